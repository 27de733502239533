package org.careerguide.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;

/**
 * Checks the career graph: roles no other role links to (readers can reach them only from the
 * home page), and cycles in {@code leads_to} (a role cannot lead, step by step, back to itself;
 * lateral {@code transitions} may go both ways and are not checked for cycles).
 */
final class ProgressionChecks {

    private ProgressionChecks() {
    }

    static void reportOrphans(List<LinkedRole> roles, Problems problems) {
        if (roles.size() < 2) {
            return;
        }
        Set<String> linkedTo = new HashSet<>();
        for (LinkedRole role : roles) {
            Stream.concat(role.leadsTo().stream(), role.transitions().stream())
                    .flatMap(ref -> ref.target().stream())
                    .filter(target -> !target.slug().equals(role.slug()))
                    .forEach(target -> linkedTo.add(target.slug()));
        }
        for (LinkedRole role : roles) {
            if (!linkedTo.contains(role.slug())) {
                problems.warning(role.role().source(), CheckKind.ORPHAN, "orphan role: no other role names '"
                        + role.role().title().value() + "' in leads_to or transitions");
            }
        }
    }

    /** Reports each leads_to cycle once, at the entry that closes it, printing the whole cycle. */
    static void reportCycles(List<LinkedRole> roles, Problems problems) {
        Map<String, LinkedRole> bySlug = new HashMap<>();
        roles.forEach(role -> bySlug.put(role.slug(), role));
        Set<String> done = new HashSet<>();
        for (LinkedRole start : roles) {
            if (!done.contains(start.slug())) {
                walk(start, bySlug, done, problems);
            }
        }
    }

    /** Depth-first, with an explicit stack: a chain of thousands of roles must not overflow the thread's stack. */
    private static void walk(LinkedRole start, Map<String, LinkedRole> bySlug, Set<String> done, Problems problems) {
        Deque<Frame> stack = new ArrayDeque<>();
        List<LinkedRole> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        stack.push(new Frame(start));
        path.add(start);
        onPath.add(start.slug());
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next >= frame.role.leadsTo().size()) {
                stack.pop();
                path.remove(path.size() - 1);
                onPath.remove(frame.role.slug());
                done.add(frame.role.slug());
                continue;
            }
            RoleRef ref = frame.role.leadsTo().get(frame.next++);
            if (ref.target().isEmpty()) {
                continue;
            }
            Role target = ref.target().get();
            if (onPath.contains(target.slug())) {
                problems.warning(ref.name().position(), CheckKind.CYCLE, "progression cycle: " + cycle(path, target.slug())
                        + "; leads_to should point to later career steps only");
            } else if (!done.contains(target.slug())) {
                LinkedRole next = bySlug.get(target.slug());
                stack.push(new Frame(next));
                path.add(next);
                onPath.add(next.slug());
            }
        }
    }

    private static String cycle(List<LinkedRole> path, String backTo) {
        int from = 0;
        while (!path.get(from).slug().equals(backTo)) {
            from++;
        }
        List<LinkedRole> loop = new ArrayList<>(path.subList(from, path.size()));
        loop.add(path.get(from));
        return loop.stream().map(role -> role.role().title().value()).collect(Collectors.joining(" -> "));
    }

    private static final class Frame {
        private final LinkedRole role;
        private int next;

        Frame(LinkedRole role) {
            this.role = role;
        }
    }
}
