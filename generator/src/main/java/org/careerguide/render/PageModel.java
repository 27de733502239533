package org.careerguide.render;

import org.careerguide.render.page.Frame;
import org.careerguide.render.page.TemplateData;

/**
 * A page's template data: the {@link Frame} every page has and its kind's own record (package
 * {@code render.page}). The template sees both at its root, as one set of keys (see {@link PageRoot}).
 *
 * @param frame   the keys every page has: site, root, home, page, pages, sections, generator
 * @param content the page kind's keys: a record of {@code render.page}
 */
public record PageModel(Frame frame, TemplateData content) {
}
