package org.careerguide.render.page;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * A free page: a Markdown file of the project's {@code pages/} folder ({@code page.ftlh}).
 *
 * @param content the page's Markdown as HTML
 */
public record FreePage(TemplateHTMLOutputModel content) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("content", content);
    }
}
