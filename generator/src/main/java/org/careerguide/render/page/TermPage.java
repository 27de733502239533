package org.careerguide.render.page;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * A page of a skill, employer, sector, family or shared title ({@code term.ftlh}): the roles that name
 * it, in groups, {@code Pagination.PAGE_SIZE} roles a page.
 *
 * @param term       the term and its roles on this page
 * @param pagination the pager, or null when the roles fit one page
 */
public record TermPage(Term term, Pager pagination) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("term", term).add("pagination", pagination);
    }

    /**
     * @param kind        {@code skills}, {@code employers}, {@code sectors}, {@code families} or {@code titles}
     * @param name        the term's name
     * @param slug        its slug
     * @param count       how many roles name it (on every page)
     * @param category    its category from the terms file (a skill's {@code tool}, ...), or null
     * @param description its description from the terms file, as HTML, or null
     * @param groups      its roles on this page: skills have {@code top} (a top skill) and {@code missing}
     *                    (a skill gap), other kinds {@code all}
     * @param indexUrl    the index page of the kind
     */
    public record Term(String kind, String name, String slug, int count, String category,
                       TemplateHTMLOutputModel description, List<Group> groups, String indexUrl)
            implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("kind", kind).add("name", name).add("slug", slug).add("count", count)
                    .add("category", category).add("description", description).add("groups", groups)
                    .add("indexUrl", indexUrl);
        }
    }

    /**
     * @param key   {@code top}, {@code missing} or {@code all}
     * @param roles the group's roles on this page, by title
     */
    public record Group(String key, List<Role> roles) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("key", key).add("roles", roles);
        }
    }

    /**
     * A role in a group.
     *
     * @param family the role's family, or null (always null on a family's own page)
     */
    public record Role(String title, String url, String family) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("family", family);
        }
    }
}
