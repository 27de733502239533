package org.careerguide.render.page;

import java.util.List;

/**
 * A page of the home page's list of roles ({@code home.ftlh}): families with a sample of their roles,
 * then the roles of no family, {@code Pagination.PAGE_SIZE} entries a page.
 *
 * @param families    the families on this page, each with its first roles
 * @param others      the roles of no family on this page
 * @param familyCount how many families the guide has
 * @param roleCount   how many roles
 * @param pagination  the pager, or null when the list fits one page
 */
public record HomePage(List<Family> families, List<Link> others, int familyCount, int roleCount, Pager pagination)
        implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("families", families).add("others", others).add("familyCount", familyCount)
                .add("roleCount", roleCount).add("pagination", pagination);
    }

    /**
     * A family with a sample of its roles.
     *
     * @param url   the family's page
     * @param count how many roles it has
     * @param roles its first roles, by title
     * @param more  how many more it has than shown
     */
    public record Family(String name, String url, int count, List<Link> roles, int more) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("url", url).add("count", count).add("roles", roles).add("more", more);
        }
    }
}
