package org.careerguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Term;
import org.careerguide.link.TermKey;
import org.careerguide.model.Role;

/**
 * Plans the site-wide career-path map ({@code paths/}): one map per family, its roles in bands by
 * their step on the career ladder, plus the same links as lists. Every role is drawn (no band limit).
 */
final class PathsPage {

    static final String SITE_PATH = "paths/";
    static final String PATH = SITE_PATH + "index.html";

    private final CareerGraph graph;
    private final PageFrame frame;

    PathsPage(CareerGraph graph, PageFrame frame) {
        this.graph = graph;
        this.frame = frame;
    }

    PageSpec plan(Set<String> allRoleInputs) {
        return new PageSpec(PATH, "paths.ftlh", this::model, allRoleInputs);
    }

    private Map<String, Object> model() {
        String root = SiteUrls.rootOf(PATH);
        Map<String, Object> model = frame.of(PATH, root, "paths", null, null);
        Map<String, List<Role>> byFamily = new TreeMap<>(Comparator.comparing(String::isEmpty)
                .thenComparing(Comparator.naturalOrder()));
        for (LinkedRole role : graph.guide().roles()) {
            String key = role.role().family().map(family -> TermKey.of(family.value())).orElse("");
            byFamily.computeIfAbsent(key, k -> new ArrayList<>()).add(role.role());
        }
        List<Map<String, Object>> families = new ArrayList<>();
        byFamily.forEach((key, roles) -> families.add(family(roles, root)));
        model.put("families", families);
        return model;
    }

    private Map<String, Object> family(List<Role> roles, String root) {
        Map<Integer, List<Role>> byLevel = new TreeMap<>();
        roles.stream().sorted(RoleModels.BY_TITLE)
                .forEach(role -> byLevel.computeIfAbsent(graph.level(role), k -> new ArrayList<>()).add(role));
        List<MapLayout.Band> bands = new ArrayList<>();
        byLevel.forEach((level, inLevel) -> bands.add(new MapLayout.Band("level", level,
                GraphModels.nodes(inLevel, null, SITE_PATH), Integer.MAX_VALUE)));
        Optional<Term> term = roles.get(0).family().flatMap(family -> graph.guide().families().find(family.value()));
        return ModelMaps.map()
                .put("name", term.map(Term::name).orElse(null))
                .put("url", term.map(t -> SiteUrls.relative(root, RoleModels.FAMILIES + "/" + t.slug() + "/"))
                        .orElse(null))
                .put("map", MapLayout.layout(bands))
                .build();
    }
}
