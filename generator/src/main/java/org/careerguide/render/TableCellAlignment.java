package org.careerguide.render;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Turns the {@code align} attribute that GitHub tables put on aligned cells into a
 * {@code text-align} style: {@code align} is obsolete in HTML5 and fails validation.
 */
final class TableCellAlignment implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableCell) {
            String align = attributes.remove("align");
            if (align != null) {
                attributes.put("style", "text-align: " + align);
            }
        }
    }
}
