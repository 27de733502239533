package org.careerguide.render.page;

/**
 * The data of a page that has only the {@link Frame}'s keys: the 404 page and the comparison page
 * (whose script loads the roles it compares).
 */
public record FramePage() implements TemplateData {

    @Override
    public void components(Components out) {
    }
}
