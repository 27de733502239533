package org.careerguide.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.careerguide.model.Role;

/**
 * A role's place in the progression graph, two steps each way: what leads to the roles it comes
 * from, what it comes from, what it leads to, its transitions, and where those go next. A role
 * appears once per direction: a role this one both leads to and comes from shows on both sides,
 * but the two-step bands only hold roles not shown yet, so cycles end the walk instead of looping.
 * The two-step bands stop at a given size: a hub role can have thousands of roles two steps away.
 */
public record Neighbourhood(Role role, List<Role> twoBack, List<Role> comesFrom, List<Role> leadsTo,
                            List<Role> transitions, List<Role> twoOn) {

    /** How many roles each two-step band holds at most: a hub role can have thousands two steps away. */
    public static final int FAR_LIMIT = 6;

    public Neighbourhood {
        twoBack = List.copyOf(twoBack);
        comesFrom = List.copyOf(comesFrom);
        leadsTo = List.copyOf(leadsTo);
        transitions = List.copyOf(transitions);
        twoOn = List.copyOf(twoOn);
    }

    static Neighbourhood of(LinkedRole linked, LinkedGuide guide, ReverseLinks reverse, int farLimit) {
        Set<String> shown = new HashSet<>(Set.of(linked.slug()));
        List<Role> leadsTo = take(targets(linked.leadsTo()), shown);
        List<Role> transitions = take(targets(linked.transitions()), shown);
        // A role can be both a next step and a source (moves both ways): it shows in both bands.
        List<Role> comesFrom = take(reverse.sources(linked.role()), new HashSet<>(Set.of(linked.slug())));
        comesFrom.forEach(role -> shown.add(role.slug()));
        List<Role> twoOn = step(leadsTo, transitions, role -> forward(guide, role), shown, farLimit);
        List<Role> twoBack = step(comesFrom, List.of(), reverse::sources, shown, farLimit);
        return new Neighbourhood(linked.role(), twoBack, comesFrom, leadsTo, transitions, twoOn);
    }

    private static List<Role> forward(LinkedGuide guide, Role role) {
        LinkedRole linked = guide.bySlug().get(role.slug());
        List<Role> next = new ArrayList<>(targets(linked.leadsTo()));
        next.addAll(targets(linked.transitions()));
        return next;
    }

    /** Up to {@code limit} roles one step beyond {@code first} and {@code second}, not shown yet. */
    private static List<Role> step(List<Role> first, List<Role> second, Function<Role, List<Role>> next,
                                   Set<String> shown, int limit) {
        List<Role> found = new ArrayList<>();
        List<Role> from = new ArrayList<>(first);
        from.addAll(second);
        for (Role role : from) {
            for (Role beyond : next.apply(role)) {
                if (found.size() == limit) {
                    return found;
                }
                if (shown.add(beyond.slug())) {
                    found.add(beyond);
                }
            }
        }
        return found;
    }

    private static List<Role> targets(List<RoleRef> refs) {
        List<Role> targets = new ArrayList<>();
        refs.forEach(ref -> ref.target().ifPresent(targets::add));
        return targets;
    }

    /** The roles not shown yet, each once, marking them shown. */
    private static List<Role> take(List<Role> roles, Set<String> shown) {
        List<Role> taken = new ArrayList<>();
        for (Role role : roles) {
            if (shown.add(role.slug())) {
                taken.add(role);
            }
        }
        return taken;
    }
}
