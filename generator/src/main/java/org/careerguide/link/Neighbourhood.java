package org.careerguide.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.careerguide.model.Role;

/**
 * A role's place in the progression graph, two promotions each way, and its lateral moves: the
 * roles that lead to the roles that lead to it ({@code twoBack}), those that lead to it
 * ({@code comesFrom}), those it leads to and where they lead next ({@code twoOn}), and the roles
 * it names as transitions or that name it as one ({@code transitions}). Only {@code leads_to}
 * links count as steps; a transition is a move sideways and never a step. A role appears once:
 * the first band that reaches it keeps it, so cycles end the walk instead of looping. The bands
 * stop at a given size: a hub role can have thousands of roles two steps away.
 */
public record Neighbourhood(Role role, List<Role> twoBack, List<Role> comesFrom, List<Role> leadsTo,
                            List<Role> transitions, List<Role> twoOn) {

    /** How many roles a band a step away or sideways holds at most, as drawn on a role's map. */
    public static final int NEAR_LIMIT = 9;
    /** How many roles each two-step band holds at most: a hub role can have thousands two steps away. */
    public static final int FAR_LIMIT = 6;

    public Neighbourhood {
        twoBack = List.copyOf(twoBack);
        comesFrom = List.copyOf(comesFrom);
        leadsTo = List.copyOf(leadsTo);
        transitions = List.copyOf(transitions);
        twoOn = List.copyOf(twoOn);
    }

    /** Every role of the neighbourhood, the role itself first. */
    public List<Role> all() {
        List<Role> all = new ArrayList<>(List.of(role));
        all.addAll(twoBack);
        all.addAll(comesFrom);
        all.addAll(leadsTo);
        all.addAll(transitions);
        all.addAll(twoOn);
        return all;
    }

    static Neighbourhood of(LinkedRole linked, LinkedGuide guide, ReverseLinks reverse, int nearLimit, int farLimit) {
        Set<String> shown = new HashSet<>(Set.of(linked.slug()));
        Function<Role, List<Role>> forward = role -> targets(guide.bySlug().get(role.slug()).leadsTo());
        Function<Role, List<Role>> backward = role -> reverse.to(role).stream().filter(Incoming::leadsTo)
                .map(Incoming::from).toList();
        List<Role> leadsTo = take(forward.apply(linked.role()), shown, nearLimit);
        List<Role> comesFrom = take(backward.apply(linked.role()), shown, nearLimit);
        List<Role> sideways = new ArrayList<>(targets(linked.transitions()));
        reverse.to(linked.role()).stream().filter(incoming -> !incoming.leadsTo())
                .forEach(incoming -> sideways.add(incoming.from()));
        List<Role> transitions = take(sideways, shown, nearLimit);
        List<Role> twoOn = step(leadsTo, forward, shown, farLimit);
        List<Role> twoBack = step(comesFrom, backward, shown, farLimit);
        return new Neighbourhood(linked.role(), twoBack, comesFrom, leadsTo, transitions, twoOn);
    }

    /** Up to {@code limit} roles one step beyond {@code from}, not shown yet. */
    private static List<Role> step(List<Role> from, Function<Role, List<Role>> next, Set<String> shown, int limit) {
        List<Role> found = new ArrayList<>();
        for (Role role : from) {
            found.addAll(take(next.apply(role), shown, limit - found.size()));
        }
        return found;
    }

    private static List<Role> targets(List<RoleRef> refs) {
        List<Role> targets = new ArrayList<>();
        refs.forEach(ref -> ref.target().ifPresent(targets::add));
        return targets;
    }

    /** Up to {@code limit} of the roles not shown yet, each once, marking them shown. */
    private static List<Role> take(List<Role> roles, Set<String> shown, int limit) {
        List<Role> taken = new ArrayList<>();
        for (Role role : roles) {
            if (taken.size() >= limit) {
                break;
            }
            if (shown.add(role.slug())) {
                taken.add(role);
            }
        }
        return taken;
    }
}
