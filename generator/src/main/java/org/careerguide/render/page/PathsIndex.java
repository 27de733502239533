package org.careerguide.render.page;

import java.util.List;

/**
 * The index of career paths ({@code paths.ftlh}, {@code paths/}): one entry per family.
 *
 * @param families the families, each linked to its path page
 */
public record PathsIndex(List<Family> families) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("families", families);
    }

    /**
     * @param name   the family's name, or null for the roles of no family
     * @param url    its path page
     * @param roles  how many roles it has
     * @param ladder how many of them are on its ladder (linked by promotions)
     * @param drawn  its ladder is drawn as a map (else listed step by step)
     */
    public record Family(String name, String url, int roles, int ladder, boolean drawn) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("url", url).add("roles", roles).add("ladder", ladder).add("drawn", drawn);
        }
    }
}
