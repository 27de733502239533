package org.careerguide.render.page;

/**
 * A skill, employer, sector or family as a role names it, linked to its page when the guide has one.
 *
 * @param name the name as written on the role
 * @param slug the term page's slug, or null when the term has no page
 * @param url  the term page's link, relative to this page, or null
 */
public record TermLink(String name, String slug, String url) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("name", name).add("slug", slug).add("url", url);
    }
}
