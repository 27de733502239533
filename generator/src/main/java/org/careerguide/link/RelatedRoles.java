package org.careerguide.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * Ranks the roles most like a given one by weighted shared top skills, hiring sectors and family
 * (see {@link Related#score()}). Ties go to more shared skills, then title, then slug, so the order
 * never depends on file order. Candidates come from inverted indexes (term to roles), so a role is
 * compared only with roles it shares something with, not with every role of the guide. Terms
 * named by more than {@link #COMMON_TERM} roles do not propose candidates (they relate everything
 * to everything), but they are still counted for the candidates other terms find.
 */
public final class RelatedRoles {

    /** How many related roles a page shows. */
    public static final int LIMIT = 5;
    static final int COMMON_TERM = 500;

    private static final Comparator<Related> RANKING = Comparator.comparingInt(Related::score).reversed()
            .thenComparing(Comparator.comparingInt(Related::sharedSkills).reversed())
            .thenComparing(related -> related.role().title().value().toLowerCase(Locale.ROOT))
            .thenComparing(related -> related.role().slug());

    private final Map<String, List<Role>> bySkill;
    private final Map<String, List<Role>> bySector;
    private final Map<String, List<Role>> byFamily;

    private RelatedRoles(List<Role> roles) {
        bySkill = index(roles, Role::skills);
        bySector = index(roles, role -> role.hiring().sectors());
        byFamily = index(roles, role -> role.family().stream().toList());
    }

    public static RelatedRoles of(List<Role> roles) {
        return new RelatedRoles(roles);
    }

    private static Map<String, List<Role>> index(List<Role> roles, Function<Role, Collection<Text>> names) {
        Map<String, List<Role>> index = new HashMap<>();
        for (Role role : roles) {
            for (String key : keys(names.apply(role))) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
            }
        }
        return index;
    }

    private static Set<String> keys(Collection<Text> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(name -> keys.add(TermKey.of(name.value())));
        return keys;
    }

    /** Up to {@link #LIMIT} roles most like {@code role}, best first. */
    public List<Related> of(Role role) {
        Set<String> skills = keys(role.skills());
        Set<String> sectors = keys(role.hiring().sectors());
        Optional<String> family = role.family().map(name -> TermKey.of(name.value()));
        List<Related> ranked = new ArrayList<>();
        for (Role other : candidates(role)) {
            ranked.add(new Related(other, shared(skills, other.skills()), shared(sectors, other.hiring().sectors()),
                    family.isPresent() && family.equals(other.family().map(name -> TermKey.of(name.value())))));
        }
        ranked.sort(RANKING);
        return List.copyOf(ranked.subList(0, Math.min(LIMIT, ranked.size())));
    }

    /**
     * The roles {@code role} is compared with: those sharing a top skill, sector or family that is
     * not too common. Only they can be related to it, so they are what its ranking depends on.
     */
    public Collection<Role> candidates(Role role) {
        Map<String, Role> candidates = new HashMap<>();
        propose(candidates, bySkill, keys(role.skills()));
        propose(candidates, bySector, keys(role.hiring().sectors()));
        propose(candidates, byFamily, keys(role.family().stream().toList()));
        candidates.remove(role.slug());
        return candidates.values();
    }

    private static void propose(Map<String, Role> candidates, Map<String, List<Role>> index, Set<String> keys) {
        for (String key : keys) {
            List<Role> named = index.getOrDefault(key, List.of());
            if (named.size() <= COMMON_TERM) {
                named.forEach(other -> candidates.putIfAbsent(other.slug(), other));
            }
        }
    }

    private static int shared(Set<String> keys, List<Text> names) {
        int count = 0;
        for (String key : keys(names)) {
            if (keys.contains(key)) {
                count++;
            }
        }
        return count;
    }
}
