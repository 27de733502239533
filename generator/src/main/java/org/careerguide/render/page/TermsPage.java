package org.careerguide.render.page;

import java.util.List;

/**
 * The index of one kind of term ({@code terms.ftlh}): {@code skills/}, {@code employers/}, {@code sectors/},
 * {@code families/}, {@code titles/}.
 *
 * @param taxonomy the kind and its terms
 */
public record TermsPage(Taxonomy taxonomy) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("taxonomy", taxonomy);
    }

    /**
     * @param kind  {@code skills}, {@code employers}, {@code sectors}, {@code families} or {@code titles}
     * @param terms every term of the kind, the most used first
     */
    public record Taxonomy(String kind, List<Entry> terms) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("kind", kind).add("terms", terms);
        }
    }

    /**
     * A term in the index.
     *
     * @param url   the term's page
     * @param count how many roles name it
     */
    public record Entry(String name, String slug, String url, int count) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("slug", slug).add("url", url).add("count", count);
        }
    }
}
