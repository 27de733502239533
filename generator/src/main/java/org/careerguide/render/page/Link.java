package org.careerguide.render.page;

/**
 * A link with a title: a free page in the menu, a role in a list.
 *
 * @param title what the link says
 * @param url   where it leads, relative to this page
 */
public record Link(String title, String url) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("title", title).add("url", url);
    }
}
