package org.careerguide.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careerguide.load.DidYouMean;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;

/**
 * Stage 2: resolves the role names of progression lists (by title, alias or slug, in any case),
 * and indexes skills, employers, sectors and families. Names that resolve to nothing stay text and
 * are reported as warnings; two roles claiming one name is an error naming both.
 */
public final class Linker {

    public LinkedGuide link(Guide guide, Problems problems) {
        Map<String, Role> byName = nameIndex(guide.roles(), problems);
        List<String> titles = guide.roles().stream().map(role -> role.title().value()).toList();
        List<LinkedRole> linked = new ArrayList<>();
        Map<String, LinkedRole> bySlug = new LinkedHashMap<>();
        for (Role role : guide.roles()) {
            LinkedRole linkedRole = new LinkedRole(role,
                    resolve(role.progression().leadsTo(), byName, titles, problems),
                    resolve(role.progression().transitions(), byName, titles, problems));
            linked.add(linkedRole);
            bySlug.put(role.slug(), linkedRole);
        }
        return new LinkedGuide(guide, linked, bySlug,
                skills(guide.roles()),
                Taxonomy.of(guide.roles(), role -> role.hiring().employers()),
                Taxonomy.of(guide.roles(), role -> role.hiring().sectors()),
                Taxonomy.of(guide.roles(), role -> role.family().stream().toList()));
    }

    /** One index of skills: the top skills and the often-missing ones, each term knowing which. */
    private static Taxonomy skills(List<Role> roles) {
        Map<String, Function<Role, Collection<Text>>> lists = new LinkedHashMap<>();
        lists.put(LinkedGuide.TOP_SKILLS, Role::skills);
        lists.put(LinkedGuide.MISSING_SKILLS, role -> role.skillGaps().missing());
        return Taxonomy.of(roles, lists);
    }

    private static Map<String, Role> nameIndex(List<Role> roles, Problems problems) {
        Map<String, Role> byName = new HashMap<>();
        Map<String, SourcePosition> claimedAt = new HashMap<>();
        for (Role role : roles) {
            List<Text> names = new ArrayList<>();
            names.add(role.title());
            names.addAll(role.aliases());
            names.add(new Text(role.slug(), role.source()));
            for (Text name : names) {
                String key = TermKey.of(name.value());
                Role other = byName.putIfAbsent(key, role);
                if (other != null && other != role) {
                    problems.error(name.position(), "'" + name.value() + "' already names the role in "
                            + claimedAt.get(key) + "; titles, aliases and slugs must be unique");
                } else {
                    claimedAt.putIfAbsent(key, name.position());
                }
            }
        }
        return byName;
    }

    private static List<RoleRef> resolve(List<Text> names, Map<String, Role> byName, List<String> titles,
                                         Problems problems) {
        List<RoleRef> refs = new ArrayList<>();
        for (Text name : names) {
            Optional<Role> target = Optional.ofNullable(byName.get(TermKey.of(name.value())));
            if (target.isEmpty()) {
                problems.warning(name.position(), "no role is named '" + name.value() + "'; it is shown as plain text"
                        + DidYouMean.hint(name.value(), titles));
            }
            refs.add(new RoleRef(name, target));
        }
        return refs;
    }
}
