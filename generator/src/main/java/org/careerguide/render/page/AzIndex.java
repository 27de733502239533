package org.careerguide.render.page;

import java.util.List;

/**
 * The A-Z list of roles and their other titles ({@code az.ftlh}, {@code roles/}), split into a page per
 * letter when long.
 *
 * @param jump      every letter, linked to its section or page
 * @param letters   the letters on this page, with their entries
 * @param roleCount how many roles the guide has
 * @param families   the families, linked to their pages
 * @param pagination the pager of a letter's pages (1,000 names a page), or null when it has one page
 */
public record AzIndex(List<Jump> jump, List<Letter> letters, int roleCount, List<Family> families, Pager pagination)
        implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("jump", jump).add("letters", letters).add("roleCount", roleCount).add("families", families)
                .add("pagination", pagination);
    }

    /**
     * @param letter the letter ({@code #} for names that start with no letter)
     * @param url    its section on this page, or its page
     * @param count  how many entries it has
     */
    public record Jump(String letter, String url, int count) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("letter", letter).add("url", url).add("count", count);
        }
    }

    /**
     * @param letter  the letter
     * @param id      its section's id ({@code other} for {@code #})
     * @param entries its titles and aliases, in order
     */
    public record Letter(String letter, String id, List<Entry> entries) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("letter", letter).add("id", id).add("entries", entries);
        }
    }

    /**
     * @param name a role's title, or another title it goes by
     * @param url  the role's page
     * @param role the role's title where {@code name} is an alias, else null
     */
    public record Entry(String name, String url, String role) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("url", url).add("role", role);
        }
    }

    /**
     * @param url   the family's page
     * @param count how many roles it has
     */
    public record Family(String name, String url, int count) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("url", url).add("count", count);
        }
    }
}
