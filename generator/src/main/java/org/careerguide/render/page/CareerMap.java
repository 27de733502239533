package org.careerguide.render.page;

import java.util.List;

/**
 * A drawn career map (a role's neighbourhood, a family's ladder): boxes layer by layer, arrows for
 * promotions, dashed links for transitions, and the same as lists for the text alternative. All
 * coordinates are in drawing units of a {@code viewBox} {@code width} by {@code height}.
 *
 * @param wide         more than two columns: the page may give the drawing more room
 * @param columns      boxes per row at most
 * @param relative     the map is drawn around a current role (layers numbered from it)
 * @param layers       the text alternative, layer by layer
 * @param nodes        the boxes
 * @param links        promotions and transitions, drawn before the boxes
 * @param leadCount    how many promotions the map has
 * @param lateralCount how many transitions it draws
 */
public record CareerMap(int width, int height, boolean wide, int columns, boolean relative, List<Layer> layers,
                        List<Box> nodes, List<Link> links, int leadCount, int lateralCount) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("width", width).add("height", height).add("wide", wide).add("columns", columns)
                .add("relative", relative).add("layers", layers).add("nodes", nodes).add("links", links)
                .add("leadCount", leadCount).add("lateralCount", lateralCount);
    }

    /**
     * One layer of the map (a step of the ladder).
     *
     * @param number     the layer's number from the top, from 1
     * @param offset     its distance from the current role's layer (negative above it); 0 without a current role
     * @param labelY     the baseline of the layer's label
     * @param hasLateral some transition starts or ends in this layer
     * @param items      its roles
     */
    public record Layer(int number, int offset, int labelY, boolean hasLateral, List<Item> items)
            implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("number", number).add("offset", offset).add("labelY", labelY).add("hasLateral", hasLateral)
                    .add("items", items);
        }
    }

    /**
     * A role in the text alternative.
     *
     * @param current     it is the page's own role
     * @param leadsTo     the titles of the roles it is promoted to, on the map
     * @param transitions the titles of the roles it names as transitions, on the map
     */
    public record Item(String title, String url, boolean current, List<String> leadsTo, List<String> transitions)
            implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("current", current).add("leadsTo", leadsTo)
                    .add("transitions", transitions);
        }
    }

    /**
     * A role's box.
     *
     * @param cx    the box's horizontal centre
     * @param lines the title wrapped to the box, each line with its baseline
     */
    public record Box(String title, String url, boolean current, int x, int y, int width, int height, int cx,
                      List<TextLine> lines) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("current", current).add("x", x).add("y", y)
                    .add("width", width).add("height", height).add("cx", cx).add("lines", lines);
        }
    }

    /**
     * A promotion or transition drawn between two boxes.
     *
     * @param kind {@code lead} (downwards), {@code back} (upwards, closing a cycle) or {@code lateral}
     * @param d    the SVG path
     */
    public record Link(String kind, String d) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("kind", kind).add("d", d);
        }
    }
}
