package org.careerguide.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.careerguide.model.Role;

/**
 * The step of each role on its career ladder, for the site map: 1 for a role no other role leads
 * to, otherwise one more than the nearest role leading to it (breadth first over {@code leads_to},
 * so cycles end the walk). Roles only reachable through a cycle start their own ladder at 1.
 */
final class ProgressionLevels {

    private final Map<String, Integer> levels;

    private ProgressionLevels(Map<String, Integer> levels) {
        this.levels = levels;
    }

    public static ProgressionLevels of(LinkedGuide guide, ReverseLinks reverse) {
        Map<String, Integer> levels = new HashMap<>();
        Deque<LinkedRole> queue = new ArrayDeque<>();
        for (LinkedRole role : guide.roles()) {
            if (reverse.to(role.role()).stream().noneMatch(Incoming::leadsTo)) {
                levels.put(role.slug(), 1);
                queue.add(role);
            }
        }
        walk(guide, levels, queue);
        for (LinkedRole role : guide.roles()) {
            if (!levels.containsKey(role.slug())) {
                levels.put(role.slug(), 1);
                queue.add(role);
                walk(guide, levels, queue);
            }
        }
        return new ProgressionLevels(levels);
    }

    private static void walk(LinkedGuide guide, Map<String, Integer> levels, Deque<LinkedRole> queue) {
        while (!queue.isEmpty()) {
            LinkedRole role = queue.poll();
            int next = levels.get(role.slug()) + 1;
            for (RoleRef ref : role.leadsTo()) {
                ref.target().filter(target -> !levels.containsKey(target.slug())).ifPresent(target -> {
                    levels.put(target.slug(), next);
                    queue.add(guide.bySlug().get(target.slug()));
                });
            }
        }
    }

    public int of(Role role) {
        return levels.getOrDefault(role.slug(), 1);
    }
}
