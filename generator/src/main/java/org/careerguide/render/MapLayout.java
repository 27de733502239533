package org.careerguide.render;

import org.careerguide.render.page.CareerMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Lays out a career-path map at build time, as a layered drawing of a directed graph: promotions
 * ({@code leads_to}) point down from layer to layer, layers by longest path (cycles broken where
 * a depth-first walk meets them), sources pulled down next to what they lead to, and the order in
 * each layer found by barycentre sweeps, which undo most crossings. Transitions are lateral links:
 * a role linked only sideways shares the layer of the role it is linked to and is never a step.
 * The drawing is as wide as its widest layer needs (at most {@link #MAX_COLUMNS} boxes a row;
 * wider layers wrap), so it fills the content column without shrinking small maps. Titles are
 * wrapped in full. The result is plain numbers and strings for a template to draw as inline SVG.
 */
final class MapLayout {

    /** Boxes a row: a role's map fits a phone with little scrolling; a family's map may use the whole column. */
    static final int MAX_COLUMNS = 3;
    static final int FAMILY_COLUMNS = 4;
    static final int BOX = 160;
    static final int FONT = 13;
    private static final int MARGIN = 12;
    private static final int GAP = 24;
    private static final int ROW_GAP = 12;
    private static final int PAD = 8;
    private static final int LINE = 17;
    private static final int LABEL = 22;
    private static final int LAYER_GAP = 28;
    private static final int SWEEPS = 4;

    /** A role on the map: its title, its link from the page, and whether it is the page's own role. */
    record Node(String title, String url, boolean current) {
    }

    /** A link from one node (by number) to another. */
    record Edge(int from, int to) {
    }

    private final List<Node> nodes;
    private final List<Edge> leads;
    private final List<Edge> lateral;
    private final List<List<Integer>> down = new ArrayList<>();
    private final List<List<Integer>> up = new ArrayList<>();
    private final int[] layer;

    private MapLayout(List<Node> nodes, List<Edge> leads, List<Edge> lateral) {
        this.nodes = nodes;
        this.leads = leads;
        this.lateral = lateral;
        for (int i = 0; i < nodes.size(); i++) {
            down.add(new ArrayList<>());
            up.add(new ArrayList<>());
        }
        for (Edge edge : leads) {
            down.get(edge.from()).add(edge.to());
            up.get(edge.to()).add(edge.from());
        }
        layer = new int[nodes.size()];
    }

    /** The drawing of {@code nodes} with promotions {@code leads} and transitions {@code lateral}. */
    static CareerMap layout(List<Node> nodes, List<Edge> leads, List<Edge> lateral) {
        return layout(nodes, leads, lateral, false);
    }

    /**
     * As {@link #layout(List, List, List)}; with {@code withinLayers} (a family's map), only the
     * transitions between roles of one layer are drawn (else a tangle of dashed lines), and rows
     * may hold {@link #FAMILY_COLUMNS} boxes.
     */
    static CareerMap layout(List<Node> nodes, List<Edge> leads, List<Edge> lateral, boolean withinLayers) {
        MapLayout map = new MapLayout(nodes, leads, lateral);
        map.assignLayers();
        List<Edge> drawn = withinLayers ? lateral.stream().filter(e -> map.layer[e.from()] == map.layer[e.to()])
                .toList() : lateral;
        return new MapDrawing(nodes, leads, drawn, map.layer, map.order(), withinLayers ? FAMILY_COLUMNS : MAX_COLUMNS)
                .model();
    }

    /** Longest-path layers over the promotions that do not close a cycle; lateral-only nodes join their partner's layer. */
    private void assignLayers() {
        boolean[][] forward = forwardEdges();
        int n = nodes.size();
        int[] pending = new int[n];
        for (int v = 0; v < n; v++) {
            for (int j = 0; j < down.get(v).size(); j++) {
                if (forward[v][j]) {
                    pending[down.get(v).get(j)]++;
                }
            }
        }
        List<Integer> ready = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (pending[v] == 0) {
                ready.add(v);
            }
        }
        List<Integer> topological = new ArrayList<>();
        while (!ready.isEmpty()) {
            int v = ready.remove(ready.size() - 1);
            topological.add(v);
            for (int j = 0; j < down.get(v).size(); j++) {
                int w = down.get(v).get(j);
                if (forward[v][j]) {
                    layer[w] = Math.max(layer[w], layer[v] + 1);
                    if (--pending[w] == 0) {
                        ready.add(w);
                    }
                }
            }
        }
        // A source sits just above the highest layer it leads to, not at the top far from it.
        for (int i = topological.size() - 1; i >= 0; i--) {
            int v = topological.get(i);
            if (up.get(v).isEmpty() && !down.get(v).isEmpty()) {
                layer[v] = down.get(v).stream().mapToInt(w -> layer[w]).min().orElse(1) - 1;
            }
        }
        for (Edge edge : lateral) {
            if (isolated(edge.to()) && !isolated(edge.from())) {
                layer[edge.to()] = layer[edge.from()];
            } else if (isolated(edge.from()) && !isolated(edge.to())) {
                layer[edge.from()] = layer[edge.to()];
            }
        }
        int top = Arrays.stream(layer).min().orElse(0);
        for (int v = 0; v < n; v++) {
            layer[v] -= top;
        }
    }

    private boolean isolated(int v) {
        return down.get(v).isEmpty() && up.get(v).isEmpty();
    }

    /** Which promotion edges to keep for layering: all but those a depth-first walk finds closing a cycle. */
    private boolean[][] forwardEdges() {
        int n = nodes.size();
        boolean[][] forward = new boolean[n][];
        int[] state = new int[n]; // 0 new, 1 on the walk's path, 2 done
        for (int v = 0; v < n; v++) {
            forward[v] = new boolean[down.get(v).size()];
        }
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            // Iterative, so a long chain cannot exhaust the stack: frames of (node, next edge).
            List<int[]> stack = new ArrayList<>();
            stack.add(new int[] {start, 0});
            state[start] = 1;
            while (!stack.isEmpty()) {
                int[] frame = stack.get(stack.size() - 1);
                int v = frame[0];
                if (frame[1] == down.get(v).size()) {
                    state[v] = 2;
                    stack.remove(stack.size() - 1);
                    continue;
                }
                int j = frame[1]++;
                int w = down.get(v).get(j);
                forward[v][j] = state[w] != 1 && w != v;
                if (state[w] == 0) {
                    state[w] = 1;
                    stack.add(new int[] {w, 0});
                }
            }
        }
        return forward;
    }

    /** The nodes of each layer, left to right, after barycentre sweeps down and up. */
    private List<List<Integer>> order() {
        int layers = Arrays.stream(layer).max().orElse(-1) + 1;
        List<List<Integer>> order = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            order.add(new ArrayList<>());
        }
        for (int v = 0; v < nodes.size(); v++) {
            order.get(layer[v]).add(v);
        }
        double[] position = new double[nodes.size()];
        updatePositions(order, position);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int l = 1; l < layers; l++) {
                sortByBarycentre(order.get(l), up, position);
                updatePositions(order, position);
            }
            for (int l = layers - 2; l >= 0; l--) {
                sortByBarycentre(order.get(l), down, position);
                updatePositions(order, position);
            }
        }
        // Lateral-only nodes go beside their partner in the order given: the first right, the second left
        // (so the partner is in the middle of its row), the rest on the right, wrapping onto rows below.
        for (List<Integer> inLayer : order) {
            List<Integer> placed = new ArrayList<>();
            for (int v : inLayer) {
                if (!isolated(v) || partner(v) < 0) {
                    placed.add(v);
                }
            }
            Map<Integer, int[]> sides = new java.util.HashMap<>();
            for (int v : inLayer) {
                int partner = partner(v);
                if (isolated(v) && partner >= 0) {
                    int[] side = sides.computeIfAbsent(partner, p -> new int[2]); // placed left, right
                    int at = placed.indexOf(partner);
                    if (side[1] > side[0] && side[0] < (MAX_COLUMNS - 1) / 2) {
                        placed.add(at - side[0], v);
                        side[0]++;
                    } else {
                        placed.add(at + side[1] + 1, v);
                        side[1]++;
                    }
                }
            }
            inLayer.clear();
            inLayer.addAll(placed);
        }
        return order;
    }

    /** The node a lateral-only node is linked to, or -1. */
    private int partner(int v) {
        for (Edge edge : lateral) {
            if (edge.to() == v && layer[edge.from()] == layer[v]) {
                return edge.from();
            }
            if (edge.from() == v && layer[edge.to()] == layer[v]) {
                return edge.to();
            }
        }
        return -1;
    }

    private static void updatePositions(List<List<Integer>> order, double[] position) {
        for (List<Integer> inLayer : order) {
            for (int i = 0; i < inLayer.size(); i++) {
                position[inLayer.get(i)] = i;
            }
        }
    }

    /** Sorts a layer by the mean position of each node's neighbours in the layer before; others keep their place. */
    private static void sortByBarycentre(List<Integer> inLayer, List<List<Integer>> neighbours, double[] position) {
        double[] key = new double[position.length];
        for (int v : inLayer) {
            key[v] = neighbours.get(v).isEmpty() ? position[v]
                    : neighbours.get(v).stream().mapToDouble(w -> position[w]).average().orElse(position[v]);
        }
        inLayer.sort(Comparator.comparingDouble((Integer v) -> key[v]).thenComparingDouble(v -> position[v]));
    }

    /** Font, box and spacing figures the drawing uses, in drawing units. */
    record Metrics(int margin, int gap, int rowGap, int pad, int line, int label, int layerGap) {
        static final Metrics DEFAULT = new Metrics(MARGIN, GAP, ROW_GAP, PAD, LINE, LABEL, LAYER_GAP);
    }
}
