package org.careerguide.render.page;

import java.util.List;

/**
 * One page of all the roles of a step (or off the ladder) of a family ({@code paths-group.ftlh}).
 *
 * @param group the step and its roles on this page
 */
public record PathsGroup(Group group) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("group", group);
    }

    /**
     * @param family    the family's name
     * @param label     the step's label
     * @param total     how many roles the step has
     * @param familyUrl the family's path page
     * @param roles     the roles on this page
     * @param page      this page's number, from 1
     * @param pages     how many pages the step's list has
     * @param previous  the previous page, or null on the first
     * @param next      the next page, or null on the last
     */
    public record Group(String family, String label, int total, String familyUrl, List<PathsFamily.Entry> roles,
                        int page, int pages, String previous, String next) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("family", family).add("label", label).add("total", total).add("familyUrl", familyUrl)
                    .add("roles", roles).add("page", page).add("pages", pages).add("previous", previous)
                    .add("next", next);
        }
    }
}
