package org.careerguide.render;

import org.careerguide.render.page.Frame;

/** The data every page shares (site, page, root, footer links), made by {@link PagePlanner}. */
@FunctionalInterface
interface PageFrame {

    Frame of(String path, String root, String kind, String title, String description);
}
