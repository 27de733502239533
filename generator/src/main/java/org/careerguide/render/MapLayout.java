package org.careerguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a career-path map at build time: bands of role boxes from top to bottom, two boxes a
 * row, titles wrapped to fit, an arrow between bands. The result is plain numbers and strings that
 * a template draws as inline SVG. The drawing is 340 units wide, so at a 320 px phone width it
 * shrinks only a little and 13-unit text stays readable.
 */
final class MapLayout {

    static final int WIDTH = 340;
    /** Boxes shown per band of a role's own links, and per band two steps away; the rest are counted ("and 3 more"). */
    static final int NEAR_LIMIT = 10;
    static final int FAR_LIMIT = org.careerguide.link.Neighbourhood.FAR_LIMIT;
    private static final int MARGIN = 6;
    private static final int GAP = 8;
    private static final int PAD = 8;
    private static final int LINE = 18;
    private static final int LABEL = 22;
    private static final int ARROW = 20;
    private static final int CHARS_PER_LINE = 20;
    private static final int MAX_LINES = 3;
    private static final int SINGLE_WIDTH = 220;

    /** A role on the map: its title, its link from the page, and whether it is the page's own role. */
    record Node(String title, String url, boolean current) {
    }

    /** One band of boxes: what it is ({@code comesFrom}, {@code level}, ...), a number for levels, how many to draw. */
    record Band(String kind, int number, List<Node> nodes, int limit) {
    }

    private MapLayout() {
    }

    static Map<String, Object> layout(List<Band> bands) {
        List<Map<String, Object>> placed = new ArrayList<>();
        List<Map<String, Object>> arrows = new ArrayList<>();
        int y = MARGIN;
        for (Band band : bands) {
            if (band.nodes().isEmpty()) {
                continue;
            }
            if (!placed.isEmpty()) {
                arrows.add(ModelMaps.map().put("x", WIDTH / 2).put("y1", y).put("y2", y + ARROW - 4).build());
                y += ARROW;
            }
            Map<String, Object> model = ModelMaps.map().put("kind", band.kind()).put("number", band.number())
                    .put("labelY", y + 14).build();
            y += LABEL;
            List<Node> shown = band.nodes().subList(0, Math.min(band.limit(), band.nodes().size()));
            List<Map<String, Object>> boxes = new ArrayList<>();
            y = placeRows(shown, y, boxes);
            model.put("nodes", boxes);
            int more = band.nodes().size() - shown.size();
            if (more > 0) {
                model.put("more", more);
                model.put("moreY", y + 12);
                y += LABEL;
            }
            placed.add(model);
        }
        return ModelMaps.map().put("width", WIDTH).put("height", y + MARGIN).put("bands", placed)
                .put("arrows", arrows).build();
    }

    /** Places boxes two a row (one, centred, when the band has just one); returns the y below them. */
    private static int placeRows(List<Node> nodes, int top, List<Map<String, Object>> boxes) {
        int columns = nodes.size() == 1 ? 1 : 2;
        int width = columns == 1 ? SINGLE_WIDTH : (WIDTH - 2 * MARGIN - GAP) / 2;
        int y = top;
        for (int row = 0; row < nodes.size(); row += columns) {
            List<Node> inRow = nodes.subList(row, Math.min(nodes.size(), row + columns));
            List<List<String>> wrapped = inRow.stream().map(node -> wrap(node.title())).toList();
            int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
            int height = lines * LINE + 2 * PAD;
            for (int i = 0; i < inRow.size(); i++) {
                int x = columns == 1 ? (WIDTH - width) / 2 : MARGIN + i * (width + GAP);
                boxes.add(box(inRow.get(i), wrapped.get(i), x, y, width, height));
            }
            y += height + GAP;
        }
        return y;
    }

    private static Map<String, Object> box(Node node, List<String> lines, int x, int y, int width, int height) {
        int firstBaseline = y + (height - lines.size() * LINE) / 2 + LINE - 4;
        List<Map<String, Object>> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            text.add(ModelMaps.map().put("text", lines.get(i)).put("y", firstBaseline + i * LINE).build());
        }
        return ModelMaps.map().put("title", node.title()).put("url", node.url()).put("current", node.current())
                .put("x", x).put("y", y).put("width", width).put("height", height).put("cx", x + width / 2)
                .put("lines", text).build();
    }

    /** Greedy word wrap; a title longer than the box allows ends in an ellipsis (the full title is the tooltip). */
    static List<String> wrap(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            cut.set(MAX_LINES - 1, cut.get(MAX_LINES - 1) + "…");
            return cut;
        }
        return lines.stream().map(MapLayout::shorten).toList();
    }

    private static String shorten(String line) {
        return line.length() <= CHARS_PER_LINE + 2 ? line : line.substring(0, CHARS_PER_LINE) + "…";
    }
}
