package org.careerguide.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * HTML made by the generator (rendered Markdown), marked as markup so that Freemarker's
 * auto-escaping prints it as it is while every other string is escaped. Templates never need
 * {@code ?no_esc}.
 */
final class Html {

    private Html() {
    }

    static TemplateHTMLOutputModel of(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("Freemarker refused HTML markup", e);
        }
    }
}
