package org.careerguide.render;

import java.util.Map;

/** The data every page shares (site, page, root, footer links), made by {@link PagePlanner}. */
@FunctionalInterface
interface PageFrame {

    Map<String, Object> of(String path, String root, String kind, String title, String description);
}
