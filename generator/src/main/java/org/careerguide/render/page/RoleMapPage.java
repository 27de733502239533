package org.careerguide.render.page;

/**
 * A role's career map on a page of its own ({@code role-map.ftlh}, {@code roles/<slug>/map/}).
 *
 * @param roleMap the role and its map
 */
public record RoleMapPage(RoleMap roleMap) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("roleMap", roleMap);
    }

    /**
     * @param title the role's title
     * @param url   the role's page, relative to the map's
     * @param map   the roles around it, drawn
     */
    public record RoleMap(String title, String url, CareerMap map) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("map", map);
        }
    }
}
