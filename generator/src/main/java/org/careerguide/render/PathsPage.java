package org.careerguide.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.RoleRef;
import org.careerguide.model.Role;
import org.careerguide.render.page.CareerMap;
import org.careerguide.render.page.PathsFamily;
import org.careerguide.render.page.PathsGroup;
import org.careerguide.render.page.PathsIndex;
import org.careerguide.theme.Labels;

/**
 * Plans the career-path pages: {@code paths/} lists the families; {@code paths/<family>/} draws
 * the family's ladder (its promotions as arrows, its transitions within a step as dashed links),
 * or, for a family too large to draw, lists its roles by step, a few each with a link to the
 * step's full list ({@code paths/<family>/step-2/}, split into pages of {@link #PER_PAGE} roles
 * so that no page grows with the guide). Roles on no ladder of their family are listed apart:
 * they are linked by transitions only, which are moves sideways, not steps.
 */
final class PathsPage {

    static final String SITE_PATH = "paths/";
    static final String PATH = SITE_PATH + "index.html";
    /** Roles named per step on a large family's page, and per page of a step's full list. */
    static final int PREVIEW = 24;
    static final int PER_PAGE = 500;

    private final CareerGraph graph;
    private final GraphModels graphModels;
    private final PageFrame frame;
    private final Labels labels;

    PathsPage(CareerGraph graph, PageFrame frame, Labels labels) {
        this.graph = graph;
        this.graphModels = new GraphModels(graph);
        this.frame = frame;
        this.labels = labels;
    }

    List<PageSpec> plan(Set<String> allRoleInputs) {
        List<PathFamilies.Family> families = PathFamilies.of(graph);
        List<PageSpec> pages = new ArrayList<>();
        pages.add(new PageSpec(PATH, "paths.ftlh", () -> index(families), allRoleInputs));
        for (PathFamilies.Family family : families) {
            String folder = SITE_PATH + family.slug() + "/";
            pages.add(new PageSpec(folder + "index.html", "paths-family.ftlh", () -> familyPage(family, folder),
                    allRoleInputs));
            family.steps().forEach((step, roles) -> planGroup(family, folder, "step-" + step, labels.text("paths.step", step), roles,
                    allRoleInputs, pages));
            planGroup(family, folder, "sideways", labels.text("paths.sideways"), family.offLadder(), allRoleInputs,
                    pages);
        }
        return pages;
    }

    private PageModel index(List<PathFamilies.Family> families) {
        String root = SiteUrls.rootOf(PATH);
        return new PageModel(frame.of(PATH, root, "paths", StructuredData.sectionName(labels, "paths"), null),
                new PathsIndex(families.stream().map(family -> new PathsIndex.Family(family.name(), family.slug() + "/",
                        family.size(), family.ladder().size(), family.drawn())).toList()));
    }

    private PageModel familyPage(PathFamilies.Family family, String folder) {
        String path = folder + "index.html";
        String root = SiteUrls.rootOf(path);
        String title = labels.text("paths.familyTitle", familyName(family));
        List<PathsFamily.Group> groups = new ArrayList<>();
        family.steps().forEach((step, roles) -> groups.add(group(labels.text("paths.step", step), "step-" + step + "/", roles, folder)));
        return new PageModel(frame.of(path, root, "paths", title, null), new PathsFamily(new PathsFamily.Family(
                family.name(),
                family.term().map(t -> SiteUrls.relative(root, RoleModels.FAMILIES + "/" + t.slug() + "/")).orElse(null),
                "../",
                family.size(),
                family.drawn() && !family.ladder().isEmpty() ? map(family.ladder(), folder) : null,
                groups,
                family.offLadder().isEmpty() ? null
                        : group(labels.text("paths.sideways"), "sideways/", family.offLadder(), folder))));
    }

    /** A family's ladder drawn: promotions between its roles, and transitions between roles of one step. */
    private CareerMap map(List<Role> roles, String folder) {
        Map<String, Integer> numbers = new HashMap<>();
        roles.forEach(role -> numbers.putIfAbsent(role.slug(), numbers.size()));
        List<MapLayout.Edge> lateral = new ArrayList<>();
        for (Role role : roles) {
            int from = numbers.get(role.slug());
            for (RoleRef ref : graph.guide().bySlug().get(role.slug()).transitions()) {
                ref.target().map(target -> numbers.get(target.slug())).filter(to -> to > from)
                        .ifPresent(to -> lateral.add(new MapLayout.Edge(from, to)));
            }
        }
        return MapLayout.layout(GraphModels.nodes(roles, null, folder), graphModels.promotions(roles, numbers),
                lateral, true);
    }

    /** A step (or the sideways roles) on the family's page: its size and first roles, with a link to all. */
    private PathsFamily.Group group(String label, String url, List<Role> roles, String folder) {
        return new PathsFamily.Group(label, roles.size(), entries(roles.subList(0, Math.min(PREVIEW, roles.size())),
                folder), roles.size() > PREVIEW ? url : null);
    }

    private void planGroup(PathFamilies.Family family, String folder, String name, String label, List<Role> roles,
                           Set<String> inputs, List<PageSpec> pages) {
        if (roles.size() <= PREVIEW) {
            return;
        }
        int count = (roles.size() + PER_PAGE - 1) / PER_PAGE;
        for (int page = 1; page <= count; page++) {
            String path = folder + name + "/" + (page == 1 ? "" : "page/" + page + "/") + "index.html";
            List<Role> onPage = roles.subList((page - 1) * PER_PAGE, Math.min(roles.size(), page * PER_PAGE));
            int number = page;
            String base = folder + name + "/";
            pages.add(new PageSpec(path, "paths-group.ftlh",
                    () -> groupPage(family, base, path, label, roles.size(), onPage, number, count), inputs));
        }
    }

    private PageModel groupPage(PathFamilies.Family family, String base, String path, String label, int total,
                                          List<Role> roles, int page, int pages) {
        String root = SiteUrls.rootOf(path);
        String familyName = familyName(family);
        return new PageModel(frame.of(path, root, "paths", labels.text("paths.pageTitle", familyName, label, page), null),
                new PathsGroup(new PathsGroup.Group(familyName, label, total,
                        SiteUrls.relative(root, SITE_PATH + family.slug() + "/"),
                        entries(roles, SiteUrls.sitePathOf(path)),
                        page, pages,
                        page == 1 ? null : SiteUrls.relative(root, base + (page == 2 ? "" : "page/" + (page - 1) + "/")),
                        page == pages ? null : SiteUrls.relative(root, base + "page/" + (page + 1) + "/"))));
    }

    /** The family's name, or the label for roles without one. */
    private String familyName(PathFamilies.Family family) {
        return family.name() == null ? labels.text("home.otherRoles") : family.name();
    }

    /** Role links from a page in folder {@code from}, each with how many roles it leads to. */
    private List<PathsFamily.Entry> entries(List<Role> roles, String from) {
        return roles.stream().map(role -> {
            LinkedRole linked = graph.guide().bySlug().get(role.slug());
            return new PathsFamily.Entry(role.title().value(), SiteUrls.between(from, RoleModels.sitePath(role)),
                    linked.leadsTo().stream().filter(ref -> ref.target().isPresent()).count(),
                    linked.transitions().stream().filter(ref -> ref.target().isPresent()).count());
        }).toList();
    }
}
