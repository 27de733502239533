package org.careerguide.render.page;

import java.util.List;

/**
 * A family's career path ({@code paths-family.ftlh}, {@code paths/<family>/}): its ladder drawn, or
 * step by step when too large to draw, and its roles off the ladder.
 *
 * @param family the family and its roles
 */
public record PathsFamily(Family family) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("family", family);
    }

    /**
     * @param name      the family's name, or null for the roles of no family
     * @param familyUrl the family's term page, or null
     * @param indexUrl  the index of paths
     * @param roles     how many roles it has
     * @param map       its ladder drawn, or null when it is too large or has none
     * @param steps     its ladder step by step, each with its first roles (empty when drawn)
     * @param sideways  its roles off the ladder, or null when all are on it
     */
    public record Family(String name, String familyUrl, String indexUrl, int roles, CareerMap map, List<Group> steps,
                         Group sideways) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("familyUrl", familyUrl).add("indexUrl", indexUrl).add("roles", roles)
                    .add("map", map).add("steps", steps).add("sideways", sideways);
        }
    }

    /**
     * A step of the ladder, or the roles off it.
     *
     * @param label  its label ("Step 2", "Other roles")
     * @param count  how many roles it has
     * @param roles  its first roles
     * @param allUrl the pages listing all of them, or null when all are shown here
     */
    public record Group(String label, int count, List<Entry> roles, String allUrl) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("label", label).add("count", count).add("roles", roles).add("allUrl", allUrl);
        }
    }

    /**
     * A role in a path list.
     *
     * @param leadsTo     how many roles of the guide it leads to
     * @param transitions how many it names as transitions
     */
    public record Entry(String title, String url, long leadsTo, long transitions) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("leadsTo", leadsTo).add("transitions", transitions);
        }
    }
}
