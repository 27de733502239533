package org.careerguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.Taxonomy;
import org.careerguide.link.Term;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.theme.Labels;

/**
 * Plans the pages of skills, employers, sectors and families: one per term listing the roles
 * that name it (skills split into "needed as a top skill" and "often missing"), and an index per
 * kind sorted by how many roles name each term. Roles are listed by title and link only, at most
 * {@link Pagination#PAGE_SIZE} a page: a common skill of a large guide names thousands of roles.
 */
final class TaxonomyPages {

    /** Terms with more roles first; then by name, so the order does not depend on file order. */
    private static final Comparator<Term> BY_USE = Comparator.comparingInt((Term term) -> term.roles().size())
            .reversed().thenComparing(term -> term.name().toLowerCase(Locale.ROOT)).thenComparing(Term::slug);

    /** Shared titles: aliases several roles use, each page listing those roles. */
    static final String TITLES = "titles";

    private final CareerGraph graph;
    private final PageFrame frame;
    private final Set<String> allRoleInputs;
    private final Markdown markdown;
    private final Problems problems;
    private final Labels labels;

    TaxonomyPages(CareerGraph graph, PageFrame frame, Set<String> allRoleInputs, Markdown markdown,
                  Problems problems, Labels labels) {
        this.labels = labels;
        this.graph = graph;
        this.frame = frame;
        this.allRoleInputs = allRoleInputs;
        this.markdown = markdown;
        this.problems = problems;
    }

    List<PageSpec> plan() {
        List<PageSpec> pages = new ArrayList<>();
        plan(RoleModels.SKILLS, graph.guide().skills(), pages);
        plan(RoleModels.EMPLOYERS, graph.guide().employers(), pages);
        plan(RoleModels.SECTORS, graph.guide().sectors(), pages);
        plan(RoleModels.FAMILIES, graph.guide().families(), pages);
        if (!graph.guide().titles().isEmpty()) {
            plan(TITLES, graph.guide().titles(), pages);
        }
        return pages;
    }

    private void plan(String kind, Taxonomy taxonomy, List<PageSpec> pages) {
        if (taxonomy.isEmpty()) {
            // No "0 employers" page: the footer does not link the kind either (PagePlanner#common).
            return;
        }
        String indexPath = kind + "/index.html";
        pages.add(new PageSpec(indexPath, "terms.ftlh", () -> index(indexPath, kind, taxonomy), allRoleInputs));
        for (Term term : taxonomy.terms()) {
            Set<String> files = new HashSet<>(Set.of(Guide.SITE_FILE));
            term.roles().forEach(role -> files.add(role.file()));
            if (!kind.equals(RoleModels.FAMILIES) && !kind.equals(TITLES)) {
                files.add("terms/" + kind + ".yaml");
            }
            Set<String> inputs = Set.copyOf(files); // shared by the term's pages, not copied for each
            String base = kind + "/" + term.slug() + "/";
            List<List<Listed>> split = Pagination.split(listed(kind, term), Pagination.PAGE_SIZE);
            for (int i = 0; i < split.size(); i++) {
                int number = i + 1;
                List<Listed> onPage = split.get(i);
                String path = Pagination.outputPath(base, number);
                pages.add(new PageSpec(path, "term.ftlh",
                        () -> termPage(path, kind, term, onPage, number, split.size()), inputs));
            }
        }
    }

    /** A role listed on a term's page, under the group that names it ("top", "missing" or "all"). */
    private record Listed(String group, Role role) {
    }

    /** Every role of the term's page, group by group, each group by title: what its pages split. */
    private List<Listed> listed(String kind, Term term) {
        List<Listed> listed = new ArrayList<>();
        Map<String, List<Role>> groups = new LinkedHashMap<>();
        if (kind.equals(RoleModels.SKILLS)) {
            groups.put("top", graph.needingSkill(term.name()));
            groups.put("missing", graph.missingSkill(term.name()));
        } else {
            groups.put("all", term.roles());
        }
        groups.forEach((group, roles) -> {
            List<Role> sorted = new ArrayList<>(roles);
            sorted.sort(RoleModels.BY_TITLE);
            sorted.forEach(role -> listed.add(new Listed(group, role)));
        });
        return listed;
    }

    private Map<String, Object> index(String path, String kind, Taxonomy taxonomy) {
        String root = SiteUrls.rootOf(path);
        Map<String, Object> model = frame.of(path, root, "terms", null, null);
        List<Map<String, Object>> terms = taxonomy.terms().stream().sorted(BY_USE).map(term -> ModelMaps.map()
                .put("name", term.name())
                .put("slug", term.slug())
                .put("url", SiteUrls.relative(root, kind + "/" + term.slug() + "/"))
                .put("count", term.roles().size())
                .build()).toList();
        model.put("taxonomy", ModelMaps.map().put("kind", kind).put("terms", terms).build());
        return model;
    }

    private Map<String, Object> termPage(String path, String kind, Term term, List<Listed> onPage, int number,
                                         int count) {
        String root = SiteUrls.rootOf(path);
        String title = count == 1 ? term.name() : labels.text("frame.pageOf", term.name(), number, count);
        Map<String, Object> model = frame.of(path, root, "term", title, null);
        // Consecutive roles of one group make one section; a page may end one group and start the next.
        Map<String, List<Role>> groups = new LinkedHashMap<>();
        onPage.forEach(listed -> groups.computeIfAbsent(listed.group(), k -> new ArrayList<>()).add(listed.role()));
        List<Map<String, Object>> sections = new ArrayList<>();
        // A family's page does not repeat the family after every role; other kinds show it.
        boolean showFamily = !kind.equals(RoleModels.FAMILIES);
        groups.forEach((key, roles) -> sections.add(group(key, roles, root, showFamily)));
        model.put("term", ModelMaps.map()
                .put("kind", kind)
                .put("name", term.name())
                .put("slug", term.slug())
                .put("count", term.roles().size())
                .put("category", term.category().orElse(null))
                .put("description", term.description().map(text -> description(text, root)).orElse(null))
                .put("groups", sections)
                .put("indexUrl", SiteUrls.relative(root, kind + "/"))
                .build());
        model.put("pagination", Pagination.model(kind + "/" + term.slug() + "/", number, count));
        return model;
    }

    private Object description(Text text, String root) {
        return markdown.pageHtml(() -> markdown.block(text.value(), root), text.position(), 0, problems);
    }

    private Map<String, Object> group(String key, List<Role> sorted, String root, boolean showFamily) {
        return ModelMaps.map().put("key", key)
                .put("roles", sorted.stream().map(role -> ModelMaps.map()
                        .put("title", role.title().value())
                        .put("url", SiteUrls.relative(root, RoleModels.sitePath(role)))
                        .put("family", showFamily ? role.family().map(family -> family.value()).orElse(null) : null)
                        .build()).toList()).build();
    }
}
