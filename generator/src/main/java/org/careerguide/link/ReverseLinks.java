package org.careerguide.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.model.Role;

/**
 * "Comes from": for every role, the roles whose progression names it, in the guide's role order.
 * A role that names another both as a next step and as a transition counts once, as a next step;
 * a role naming itself is left out. Built in one pass over all links.
 */
final class ReverseLinks {

    private final Map<String, List<Incoming>> bySlug;

    private ReverseLinks(Map<String, List<Incoming>> bySlug) {
        this.bySlug = bySlug;
    }

    public static ReverseLinks of(List<LinkedRole> roles) {
        Map<String, Map<String, Incoming>> found = new HashMap<>();
        for (LinkedRole role : roles) {
            add(found, role, role.leadsTo(), true);
            add(found, role, role.transitions(), false);
        }
        Map<String, List<Incoming>> bySlug = new HashMap<>();
        found.forEach((slug, incoming) -> bySlug.put(slug, List.copyOf(incoming.values())));
        return new ReverseLinks(bySlug);
    }

    private static void add(Map<String, Map<String, Incoming>> found, LinkedRole from, List<RoleRef> refs,
                            boolean leadsTo) {
        for (RoleRef ref : refs) {
            ref.target().filter(target -> !target.slug().equals(from.slug())).ifPresent(target ->
                    found.computeIfAbsent(target.slug(), k -> new LinkedHashMap<>())
                            .putIfAbsent(from.slug(), new Incoming(from.role(), leadsTo)));
        }
    }

    /** The roles that name {@code role} in their progression. */
    public List<Incoming> to(Role role) {
        return bySlug.getOrDefault(role.slug(), List.of());
    }
}
