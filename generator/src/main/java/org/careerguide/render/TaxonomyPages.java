package org.careerguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.Taxonomy;
import org.careerguide.link.Term;
import org.careerguide.model.Guide;
import org.careerguide.model.Role;

/**
 * Plans the pages of skills, employers, sectors and families: one per term listing the roles
 * that name it (skills split into "needed as a top skill" and "often missing"), and an index per
 * kind sorted by how many roles name each term. Roles are listed by title and link only: a
 * common skill of a large guide names thousands of roles, and the role pages hold the rest.
 */
final class TaxonomyPages {

    /** Terms with more roles first; then by name, so the order does not depend on file order. */
    private static final Comparator<Term> BY_USE = Comparator.comparingInt((Term term) -> term.roles().size())
            .reversed().thenComparing(term -> term.name().toLowerCase(Locale.ROOT)).thenComparing(Term::slug);

    private final CareerGraph graph;
    private final PageFrame frame;
    private final Set<String> allRoleInputs;

    TaxonomyPages(CareerGraph graph, PageFrame frame, Set<String> allRoleInputs) {
        this.graph = graph;
        this.frame = frame;
        this.allRoleInputs = allRoleInputs;
    }

    List<PageSpec> plan() {
        List<PageSpec> pages = new ArrayList<>();
        plan(RoleModels.SKILLS, graph.guide().skills(), pages);
        plan(RoleModels.EMPLOYERS, graph.guide().employers(), pages);
        plan(RoleModels.SECTORS, graph.guide().sectors(), pages);
        plan(RoleModels.FAMILIES, graph.guide().families(), pages);
        return pages;
    }

    private void plan(String kind, Taxonomy taxonomy, List<PageSpec> pages) {
        String indexPath = kind + "/index.html";
        pages.add(new PageSpec(indexPath, "terms.ftlh", () -> index(indexPath, kind, taxonomy), allRoleInputs));
        for (Term term : taxonomy.terms()) {
            String path = kind + "/" + term.slug() + "/index.html";
            Set<String> inputs = new HashSet<>(Set.of(Guide.SITE_FILE));
            term.roles().forEach(role -> inputs.add(role.file()));
            pages.add(new PageSpec(path, "term.ftlh", () -> termPage(path, kind, term), inputs));
        }
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

    private Map<String, Object> termPage(String path, String kind, Term term) {
        String root = SiteUrls.rootOf(path);
        Map<String, Object> model = frame.of(path, root, "term", term.name(), null);
        List<Map<String, Object>> groups = new ArrayList<>();
        if (kind.equals(RoleModels.SKILLS)) {
            groups.add(group("top", graph.needingSkill(term.name()), root));
            groups.add(group("missing", graph.missingSkill(term.name()), root));
        } else {
            groups.add(group("all", term.roles(), root));
        }
        model.put("term", ModelMaps.map()
                .put("kind", kind)
                .put("name", term.name())
                .put("slug", term.slug())
                .put("count", term.roles().size())
                .put("groups", groups)
                .put("indexUrl", SiteUrls.relative(root, kind + "/"))
                .build());
        return model;
    }

    private Map<String, Object> group(String key, List<Role> named, String root) {
        List<Role> sorted = new ArrayList<>(named);
        sorted.sort(RoleModels.BY_TITLE);
        return ModelMaps.map().put("key", key)
                .put("roles", sorted.stream().map(role -> ModelMaps.map()
                        .put("title", role.title().value())
                        .put("url", SiteUrls.relative(root, RoleModels.sitePath(role)))
                        .put("family", role.family().map(family -> family.value()).orElse(null))
                        .build()).toList()).build();
    }
}
