package org.careerguide.render;

import java.util.ArrayList;
import java.util.List;
import org.careerguide.render.page.CareerMap;
import org.careerguide.render.page.TextLine;

/**
 * Coordinates of a laid-out map ({@link MapLayout}): boxes row by row and layer by layer, arrows
 * for promotions from the bottom of one box to the top of the next (upwards where a promotion
 * closes a cycle; {@code kind} {@code lead} or {@code back}), dashed lateral links for transitions, and the same nodes and links as a list,
 * layer by layer, for the text alternative. Links are drawn first so that boxes cover them.
 */
final class MapDrawing {

    private static final MapLayout.Metrics M = MapLayout.Metrics.DEFAULT;
    private static final int ARC = 18;
    private static final int BACK_SHIFT = 10;

    private final List<MapLayout.Node> nodes;
    private final List<MapLayout.Edge> leads;
    private final List<MapLayout.Edge> lateral;
    private final int[] layer;
    private final List<List<Integer>> order;
    private final int columns;
    private final int width;
    private final int[] x;
    private final int[] y;
    private final int[] height;
    private final int[] row;
    /** Top and bottom of each row of boxes, and the left edges of its boxes. */
    private final List<int[]> rows = new ArrayList<>();
    private final List<List<Integer>> rowBoxes = new ArrayList<>();
    private final List<List<String>> lines = new ArrayList<>();

    MapDrawing(List<MapLayout.Node> nodes, List<MapLayout.Edge> leads, List<MapLayout.Edge> lateral, int[] layer,
               List<List<Integer>> order, int maxColumns) {
        this.nodes = nodes;
        this.leads = leads;
        this.lateral = lateral;
        this.layer = layer;
        this.order = order;
        int widest = order.stream().mapToInt(List::size).max().orElse(1);
        this.columns = Math.max(1, Math.min(maxColumns, widest));
        this.width = 2 * M.margin() + columns * MapLayout.BOX + (columns - 1) * M.gap();
        x = new int[nodes.size()];
        y = new int[nodes.size()];
        height = new int[nodes.size()];
        row = new int[nodes.size()];
        for (MapLayout.Node node : nodes) {
            lines.add(TextWidth.wrap(node.title(), MapLayout.BOX - 2 * M.pad(), MapLayout.FONT));
        }
    }

    CareerMap model() {
        List<CareerMap.Layer> layers = new ArrayList<>();
        int current = -1;
        for (int v = 0; v < nodes.size(); v++) {
            current = nodes.get(v).current() ? layer[v] : current;
        }
        int top = M.margin();
        int rowNumber = 0;
        for (int l = 0; l < order.size(); l++) {
            List<Integer> inLayer = order.get(l);
            if (l > 0) {
                top += M.layerGap();
            }
            layers.add(new CareerMap.Layer(l + 1, current < 0 ? 0 : l - current, top + 14, hasLateral(inLayer),
                    items(inLayer)));
            top += M.label();
            // A layer wider than the drawing wraps in staggered rows (3, 2, 3, ...), so that arrows
            // into a lower row pass between the boxes of the row above.
            for (int start = 0, r = 0; start < inLayer.size(); r++) {
                int size = columns > 1 && r % 2 == 1 ? columns - 1 : columns;
                List<Integer> inRow = inLayer.subList(start, Math.min(inLayer.size(), start + size));
                start += inRow.size();
                int rowHeight = inRow.stream().mapToInt(v -> lines.get(v).size()).max().orElse(1) * M.line()
                        + 2 * M.pad();
                int left = (width - inRow.size() * MapLayout.BOX - (inRow.size() - 1) * M.gap()) / 2;
                for (int i = 0; i < inRow.size(); i++) {
                    int v = inRow.get(i);
                    x[v] = left + i * (MapLayout.BOX + M.gap());
                    y[v] = top;
                    height[v] = rowHeight;
                    row[v] = rowNumber;
                }
                rows.add(new int[] {top, top + rowHeight});
                rowBoxes.add(inRow.stream().map(v -> x[v]).toList());
                rowNumber++;
                top += rowHeight + M.rowGap();
            }
            top -= M.rowGap();
        }
        List<CareerMap.Box> boxes = new ArrayList<>();
        for (List<Integer> inLayer : order) {
            inLayer.forEach(v -> boxes.add(box(v)));
        }
        List<CareerMap.Link> links = new ArrayList<>();
        leads.stream().filter(edge -> edge.from() != edge.to()).forEach(edge -> links.add(lead(edge)));
        lateral.forEach(edge -> links.add(lateral(edge)));
        return new CareerMap(width, top + M.margin(), columns > 2, columns, current >= 0, layers, boxes, links,
                leads.size(), lateral.size());
    }

    private boolean hasLateral(List<Integer> inLayer) {
        return lateral.stream().anyMatch(edge -> inLayer.contains(edge.to()) || inLayer.contains(edge.from()));
    }

    /** The text alternative of one layer: each node with where its promotions and transitions go. */
    private List<CareerMap.Item> items(List<Integer> inLayer) {
        List<CareerMap.Item> items = new ArrayList<>();
        for (int v : inLayer) {
            List<String> next = new ArrayList<>();
            List<String> sideways = new ArrayList<>();
            leads.stream().filter(edge -> edge.from() == v && edge.to() != v)
                    .forEach(edge -> next.add(nodes.get(edge.to()).title()));
            // A transition is listed once, at the role that names it, as it is drawn once.
            lateral.stream().filter(edge -> edge.from() == v).forEach(edge -> sideways.add(nodes.get(edge.to()).title()));
            MapLayout.Node node = nodes.get(v);
            items.add(new CareerMap.Item(node.title(), node.url(), node.current(), next, sideways));
        }
        return items;
    }

    private CareerMap.Box box(int v) {
        MapLayout.Node node = nodes.get(v);
        List<String> text = lines.get(v);
        int firstBaseline = y[v] + (height[v] - text.size() * M.line()) / 2 + M.line() - 4;
        List<TextLine> spans = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            spans.add(new TextLine(text.get(i), firstBaseline + i * M.line()));
        }
        return new CareerMap.Box(node.title(), node.url(), node.current(), x[v], y[v], MapLayout.BOX, height[v],
                centre(v), spans);
    }

    private int centre(int v) {
        return x[v] + MapLayout.BOX / 2;
    }

    /**
     * An arrow from the bottom of one box to the top of the other (from the top of one to the bottom
     * of the other when it points back up), passing rows in between through the gaps between boxes.
     */
    private CareerMap.Link lead(MapLayout.Edge edge) {
        int from = edge.from();
        int to = edge.to();
        boolean downwards = y[to] > y[from];
        // An arrow pointing back up runs beside the one down, if the two roles lead to each other.
        int shift = downwards ? 0 : BACK_SHIFT;
        int upper = downwards ? from : to;
        int lower = downwards ? to : from;
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {centre(upper) + shift, y[upper] + height[upper]});
        int xEnd = centre(lower) + shift;
        int yEnd = y[lower];
        for (int r = row[upper] + 1; r < row[lower]; r++) {
            int[] band = rows.get(r);
            int[] last = points.get(points.size() - 1);
            double along = (double) (band[0] - last[1]) / Math.max(1, yEnd - last[1]);
            int gapX = gap(r, (int) Math.round(last[0] + along * (xEnd - last[0])));
            points.add(new int[] {gapX, band[0] - 2});
            points.add(new int[] {gapX, band[1] + 2});
        }
        points.add(new int[] {xEnd, yEnd});
        StringBuilder d = new StringBuilder("M" + points.get(0)[0] + " " + points.get(0)[1]);
        for (int i = 1; i < points.size(); i++) {
            int[] a = points.get(i - 1);
            int[] b = points.get(i);
            if (a[0] == b[0]) {
                // Straight down: the short form, one for a run of them, keeps pages light.
                int last = d.lastIndexOf("V");
                if (last >= 0 && last > Math.max(d.lastIndexOf("C"), d.lastIndexOf("M"))) {
                    d.setLength(last);
                }
                d.append('V').append(b[1]);
                continue;
            }
            int bend = Math.max(6, (b[1] - a[1]) / 2);
            d.append('C').append(a[0]).append(' ').append(a[1] + bend).append(' ').append(b[0]).append(' ')
                    .append(b[1] - bend).append(' ').append(b[0]).append(' ').append(b[1]);
        }
        // Drawn from the upper box to the lower one; the template puts the arrowhead at the end
        // (a marker), or at the start for an arrow pointing back up.
        return new CareerMap.Link(downwards ? "lead" : "back", d.toString());
    }

    /** The x nearest {@code wanted} where a line can cross row {@code r} without touching a box. */
    private int gap(int r, int wanted) {
        List<Integer> boxes = rowBoxes.get(r);
        int clear = M.gap() / 2;
        for (int left : boxes) {
            if (wanted > left - 4 && wanted < left + MapLayout.BOX + 4) {
                int best = left - clear;
                for (int other : boxes) {
                    for (int candidate : new int[] {other - clear, other + MapLayout.BOX + clear}) {
                        if (Math.abs(candidate - wanted) < Math.abs(best - wanted)) {
                            best = candidate;
                        }
                    }
                }
                return Math.max(2, Math.min(width - 2, best));
            }
        }
        return wanted;
    }

    /** A dashed link, no arrowhead: side to side for neighbours in a row, an arc under the row otherwise. */
    private CareerMap.Link lateral(MapLayout.Edge edge) {
        int a = x[edge.from()] <= x[edge.to()] ? edge.from() : edge.to();
        int b = a == edge.from() ? edge.to() : edge.from();
        String d;
        if (row[a] == row[b] && x[b] - x[a] == MapLayout.BOX + M.gap()) {
            int mid = y[a] + Math.min(height[a], height[b]) / 2;
            d = "M" + (x[a] + MapLayout.BOX) + " " + mid + "H" + x[b];
        } else if (row[a] == row[b]) {
            int bottom = y[a] + height[a];
            d = "M" + centre(a) + " " + bottom + "Q" + (centre(a) + centre(b)) / 2 + " " + (bottom + 2 * ARC) + " "
                    + centre(b) + " " + (y[b] + height[b]);
        } else {
            int ya = y[a] + height[a] / 2;
            int yb = y[b] + height[b] / 2;
            d = "M" + centre(a) + " " + ya + "L" + centre(b) + " " + yb;
        }
        return new CareerMap.Link("lateral", d);
    }
}
