package org.careerguide.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;
import org.careerguide.model.Severity;
import org.careerguide.model.SourcePosition;

/**
 * Finds cycles in {@code leads_to} as strongly connected components (Tarjan's algorithm, without
 * recursion, so time and memory grow with the links only), and reports each component once: at
 * the {@code leads_to} entry that closes a shortest cycle through its first role (by file), with
 * that cycle and the component's size. A guide where thousands of roles lead back to each other
 * gets one line of at most {@link #MAX_LINE} characters, not one cycle spelled out per member.
 */
final class ProgressionCycles {

    /** The longest problem line printed for one component, position and severity included. */
    static final int MAX_LINE = 300;

    private static final String ADVICE = "; leads_to should point to later career steps only";

    private final List<LinkedRole> roles;
    /** Per role (by index), the indexes of the roles its resolved leads_to entries name, in order. */
    private final int[][] next;
    /** Per role and entry of {@link #next}, where the author wrote it. */
    private final SourcePosition[][] written;

    private ProgressionCycles(List<LinkedRole> roles) {
        this.roles = roles;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            index.put(roles.get(i).slug(), i);
        }
        next = new int[roles.size()][];
        written = new SourcePosition[roles.size()][];
        for (int i = 0; i < roles.size(); i++) {
            List<RoleRef> refs = roles.get(i).leadsTo().stream().filter(ref -> ref.target().isPresent()).toList();
            next[i] = new int[refs.size()];
            written[i] = new SourcePosition[refs.size()];
            for (int e = 0; e < refs.size(); e++) {
                next[i][e] = index.get(refs.get(e).target().get().slug());
                written[i][e] = refs.get(e).name().position();
            }
        }
    }

    static void report(List<LinkedRole> roles, Problems problems) {
        ProgressionCycles graph = new ProgressionCycles(roles);
        for (int[] component : graph.components()) {
            graph.reportComponent(component, problems);
        }
    }

    /** The components that hold a cycle: two or more roles, or one role that leads to itself. */
    List<int[]> components() {
        int n = roles.size();
        int[] order = new int[n];
        int[] low = new int[n];
        int[] edge = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(order, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> calls = new ArrayDeque<>();
        List<int[]> found = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            calls.push(root);
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!calls.isEmpty()) {
                int v = calls.peek();
                if (edge[v] < next[v].length) {
                    int w = next[v][edge[v]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int parent = calls.peek();
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    List<Integer> members = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        members.add(w);
                    } while (w != v);
                    if (members.size() > 1 || leadsToItself(v)) {
                        found.add(members.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
        }
        return found;
    }

    private boolean leadsToItself(int v) {
        return Arrays.stream(next[v]).anyMatch(w -> w == v);
    }

    private void reportComponent(int[] component, Problems problems) {
        int start = component[0];
        for (int member : component) {
            if (roles.get(member).role().source().compareTo(roles.get(start).role().source()) < 0) {
                start = member;
            }
        }
        List<Integer> cycle = shortestCycle(start, component);
        int last = cycle.get(cycle.size() - 2);
        SourcePosition closing = closingEntry(last, start);
        String size = cycle.size() - 1 == component.length ? ""
                : String.format(Locale.ROOT, " (one of the cycles among %,d roles that lead to each other)",
                component.length);
        String prefix = "progression cycle: ";
        int budget = MAX_LINE - (closing + ": " + Severity.WARNING.label() + ": ").length() - prefix.length()
                - size.length() - ADVICE.length() - (" [" + CheckKind.CYCLE.key() + "]").length();
        List<String> titles = cycle.stream().map(i -> roles.get(i).role().title().value()).toList();
        problems.warning(closing, CheckKind.CYCLE, prefix + BoundedJoin.join(titles, " -> ", budget) + size + ADVICE);
    }

    /** The roles of a shortest cycle through {@code start}, starting and ending with it (breadth first). */
    private List<Integer> shortestCycle(int start, int[] component) {
        boolean[] member = new boolean[roles.size()];
        for (int m : component) {
            member[m] = true;
        }
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        int end = -1;
        while (!queue.isEmpty() && end < 0) {
            int v = queue.poll();
            for (int w : next[v]) {
                if (w == start) {
                    end = v;
                    break;
                }
                if (member[w] && !cameFrom.containsKey(w)) {
                    cameFrom.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<Integer> cycle = new ArrayList<>();
        cycle.add(start);
        for (int v = end; v != start; v = cameFrom.get(v)) {
            cycle.add(v);
        }
        cycle.add(start);
        // Built backwards from the closing role; the author reads it forwards.
        List<Integer> forwards = new ArrayList<>();
        forwards.add(start);
        for (int i = cycle.size() - 2; i >= 1; i--) {
            forwards.add(cycle.get(i));
        }
        forwards.add(start);
        return forwards;
    }

    private SourcePosition closingEntry(int from, int to) {
        for (int e = 0; e < next[from].length; e++) {
            if (next[from][e] == to) {
                return written[from][e];
            }
        }
        throw new IllegalStateException("no leads_to entry closes the cycle");
    }
}
