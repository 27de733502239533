package org.careerguide.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Puts each Markdown table in a box of its own that scrolls sideways when the table is wider than
 * the screen, so cells can wrap at word boundaries instead of mid-word and the page itself never
 * scrolls sideways. The box can take keyboard focus (a scrolling region must, WCAG 2.1.1) and is
 * named as a region. The table's head, body and cells are still drawn by the tables extension.
 */
final class TableScrollBox implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final String name;

    /** @param name the box's accessible name, in the site's language */
    TableScrollBox(HtmlNodeRendererContext context, String name) {
        this.context = context;
        this.html = context.getWriter();
        this.name = name;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class);
    }

    @Override
    public void render(Node table) {
        Map<String, String> box = new LinkedHashMap<>();
        box.put("class", "table-scroll");
        box.put("role", "region");
        box.put("tabindex", "0");
        box.put("aria-label", name);
        html.line();
        html.tag("div", box);
        html.tag("table", context.extendAttributes(table, "table", Map.of()));
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/table");
        html.tag("/div");
        html.line();
    }
}
