package org.careerguide.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.text.TermKey;

/**
 * Every name a role answers to. A role's own names (its title and its slug) belong to it alone:
 * two roles claiming one, or an alias claiming another role's own name, is an error naming both
 * places. An alias may be shared: "Professor" is a title of many roles; a progression name that
 * is a shared alias is ambiguous, and each shared alias gets a page listing its roles.
 */
final class TitleIndex {

    private final Map<String, Role> own = new HashMap<>();
    private final Map<String, List<Role>> byAlias = new HashMap<>();
    /** Every title and alias as written, with the role title it stands for: for "did you mean". */
    private final Map<String, String> suggestions = new TreeMap<>();

    TitleIndex(List<Role> roles, Problems problems) {
        Map<String, SourcePosition> claimedAt = new HashMap<>();
        for (Role role : roles) {
            for (Text name : List.of(role.title(), new Text(role.slug(), role.source()))) {
                claim(TermKey.of(name.value()), name, role, claimedAt, problems);
            }
            suggestions.put(role.title().value(), role.title().value());
        }
        for (Role role : roles) {
            for (Text alias : role.aliases()) {
                String key = TermKey.of(alias.value());
                Role owner = own.get(key);
                if (owner != null) {
                    if (owner != role) {
                        problems.error(alias.position(), "'" + alias.value() + "' already names the role in "
                                + claimedAt.get(key) + "; titles and slugs must be unique (aliases may be shared"
                                + " by several roles, but not take another role's own title)");
                    }
                    continue;
                }
                List<Role> named = byAlias.computeIfAbsent(key, k -> new ArrayList<>());
                if (!named.contains(role)) {
                    named.add(role);
                }
                suggestions.putIfAbsent(alias.value(), role.title().value());
            }
        }
    }

    private void claim(String key, Text name, Role role, Map<String, SourcePosition> claimedAt, Problems problems) {
        Role other = own.putIfAbsent(key, role);
        if (other != null && other != role) {
            problems.error(name.position(), "'" + name.value() + "' already names the role in "
                    + claimedAt.get(key) + "; titles and slugs must be unique");
        } else {
            claimedAt.putIfAbsent(key, name.position());
        }
    }

    /** The roles a progression name may mean: one for a title, slug or unshared alias; several for a shared alias. */
    List<Role> find(String name) {
        String key = TermKey.of(name);
        Role owner = own.get(key);
        if (owner != null) {
            return List.of(owner);
        }
        return byAlias.getOrDefault(key, List.of());
    }

    /** Titles and aliases as written, each with the title of the role it names. */
    Map<String, String> suggestions() {
        return suggestions;
    }

    /** The match keys of the aliases that two or more roles share. */
    java.util.Set<String> sharedKeys() {
        java.util.Set<String> shared = new java.util.HashSet<>();
        byAlias.forEach((key, roles) -> {
            if (roles.size() > 1) {
                shared.add(key);
            }
        });
        return shared;
    }
}
