package org.careerguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.RoleRef;
import org.careerguide.link.Term;
import org.careerguide.model.Role;

/**
 * The roles of {@code paths/}, family by family: which roles are on a ladder (a {@code leads_to}
 * link to or from a role of the same family) and which are linked to their family only by
 * transitions or not at all, and, for a family too large to draw, its ladder roles grouped by step.
 * One pass over the roles and their links: linear in the size of the guide.
 */
final class PathFamilies {

    /** Families with at most this many ladder roles are drawn; larger ones are grouped by step. */
    static final int DRAW_LIMIT = 40;

    /**
     * One family's roles.
     *
     * @param slug      its folder under {@code paths/}
     * @param term      the family term (empty for roles without a family)
     * @param ladder    roles with a promotion link within the family, by title
     * @param offLadder the family's other roles, by title
     * @param steps     for a family too large to draw: ladder roles by step on the career ladder
     */
    record Family(String slug, Optional<Term> term, List<Role> ladder, List<Role> offLadder,
                  Map<Integer, List<Role>> steps) {

        boolean drawn() {
            return ladder.size() <= DRAW_LIMIT;
        }

        int size() {
            return ladder.size() + offLadder.size();
        }

        String name() {
            return term.map(Term::name).orElse(null);
        }
    }

    private PathFamilies() {
    }

    static List<Family> of(CareerGraph graph) {
        Map<Optional<Term>, List<Role>> byFamily = new LinkedHashMap<>();
        Map<String, Optional<Term>> familyOf = new java.util.HashMap<>();
        for (LinkedRole linked : graph.guide().roles()) {
            Role role = linked.role();
            Optional<Term> term = role.family().flatMap(family -> graph.guide().families().find(family.value()));
            byFamily.computeIfAbsent(term, k -> new ArrayList<>()).add(role);
            familyOf.put(role.slug(), term);
        }
        Set<String> onLadder = new HashSet<>();
        for (LinkedRole linked : graph.guide().roles()) {
            for (RoleRef ref : linked.leadsTo()) {
                ref.target().filter(target -> !target.slug().equals(linked.slug())
                        && familyOf.get(target.slug()).equals(familyOf.get(linked.slug()))).ifPresent(target -> {
                            onLadder.add(target.slug());
                            onLadder.add(linked.slug());
                        });
            }
        }
        Set<String> taken = new HashSet<>();
        byFamily.keySet().forEach(term -> term.ifPresent(t -> taken.add(t.slug())));
        String other = "other";
        for (int n = 2; taken.contains(other); n++) {
            other = "other-" + n;
        }
        List<Family> families = new ArrayList<>();
        for (Map.Entry<Optional<Term>, List<Role>> entry : byFamily.entrySet()) {
            List<Role> roles = RoleModels.byTitle(entry.getValue());
            List<Role> ladder = roles.stream().filter(role -> onLadder.contains(role.slug())).toList();
            List<Role> offLadder = roles.stream().filter(role -> !onLadder.contains(role.slug())).toList();
            Map<Integer, List<Role>> steps = new TreeMap<>();
            if (ladder.size() > DRAW_LIMIT) {
                ladder.forEach(role -> steps.computeIfAbsent(graph.level(role), k -> new ArrayList<>()).add(role));
            }
            families.add(new Family(entry.getKey().map(Term::slug).orElse(other), entry.getKey(), ladder, offLadder,
                    steps));
        }
        // Named families by name, then the roles without one.
        families.sort(Comparator.comparing((Family family) -> family.term().isEmpty())
                .thenComparing(family -> family.term().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("")));
        return families;
    }
}
