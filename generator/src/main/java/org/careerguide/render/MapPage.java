package org.careerguide.render;

import java.util.Map;
import org.careerguide.render.page.TemplateData;

/** The data of a page kind not yet given a record of its own: its keys as a map, next to the frame's. */
record MapPage(Map<String, Object> data) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add(data);
    }
}
