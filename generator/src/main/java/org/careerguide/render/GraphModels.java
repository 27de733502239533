package org.careerguide.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.Incoming;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Neighbourhood;
import org.careerguide.link.Related;
import org.careerguide.link.RoleRef;
import org.careerguide.link.SkillOverlap;
import org.careerguide.model.Role;
import org.careerguide.render.page.CareerMap;
import org.careerguide.render.page.RolePage;

/**
 * The template data of a role's place in the career graph: the roles it comes from, the skill
 * overlap with each next role, related roles with their reasons, and the career-path map.
 */
final class GraphModels {

    private final CareerGraph graph;

    GraphModels(CareerGraph graph) {
        this.graph = graph;
    }

    /**
     * A role's place in the graph, as its page shows it.
     *
     * @param comesFrom  the roles that lead to it or name it as a transition
     * @param nextSkills per next role, the skills shared and to learn
     * @param related    related roles, with their reasons
     */
    record Place(List<RolePage.ComesFrom> comesFrom, List<RolePage.NextRole> nextSkills,
                 List<RolePage.RelatedRole> related) {
    }

    /** The role's place in the graph, with links from its page. */
    Place of(LinkedRole role, String root) {
        // Links between role pages are written from this role's folder: ../principal-architect/index.html.
        String here = RoleModels.sitePath(role.role());
        return new Place(graph.comesFrom(role.role()).stream().map(incoming -> comesFrom(incoming, here)).toList(),
                nextSkills(role, root, here),
                graph.related(role.role()).stream().map(related -> related(related, here)).toList());
    }

    /** Whether the role has a map of its own: a role without a resolved step or transition has none to draw. */
    boolean hasMap(LinkedRole role) {
        return graph.neighbourhood(role).all().size() > 1;
    }

    /** The role's map (see {@link #map(Neighbourhood, String)}) as drawn on a page in folder {@code here}. */
    CareerMap map(LinkedRole role, String here) {
        return map(graph.neighbourhood(role), here);
    }

    private static RolePage.ComesFrom comesFrom(Incoming incoming, String here) {
        String title = incoming.from().title().value();
        return new RolePage.ComesFrom(title, title, url(incoming.from(), here), null,
                incoming.leadsTo() ? "leadsTo" : "transition");
    }

    /** One entry per distinct next role (leads-to first, then transitions) that lists top skills. */
    private List<RolePage.NextRole> nextSkills(LinkedRole role, String root, String here) {
        Map<String, Role> next = new LinkedHashMap<>();
        role.progressionTargets().stream().filter(target -> !target.skills().isEmpty())
                .forEach(target -> next.putIfAbsent(target.slug(), target));
        next.remove(role.slug());
        List<RolePage.NextRole> models = new ArrayList<>();
        for (Role target : next.values()) {
            SkillOverlap overlap = SkillOverlap.between(role.role(), target);
            models.add(new RolePage.NextRole(target.title().value(), url(target, here), overlap.shared().size(),
                    overlap.total(),
                    RoleModels.terms(overlap.shared(), graph.guide().skills(), RoleModels.SKILLS, root),
                    RoleModels.terms(overlap.toLearn(), graph.guide().skills(), RoleModels.SKILLS, root)));
        }
        return models;
    }

    private static RolePage.RelatedRole related(Related related, String here) {
        return new RolePage.RelatedRole(related.role().title().value(), url(related.role(), here),
                related.sharedSkills(), related.sharedSectors(), related.sameFamily(),
                Math.round(related.similarity() * 100), related.rarestSkills());
    }

    /** The role's map: every role of its neighbourhood, the promotions among them, and its transitions. */
    private CareerMap map(Neighbourhood around, String here) {
        List<Role> roles = around.all();
        Map<String, Integer> numbers = new HashMap<>();
        roles.forEach(role -> numbers.putIfAbsent(role.slug(), numbers.size()));
        List<MapLayout.Edge> lateral = new ArrayList<>();
        around.transitions().forEach(role -> lateral.add(new MapLayout.Edge(0, numbers.get(role.slug()))));
        // Transitions sit beside the role: their own promotions are not drawn, or they would become steps.
        Set<String> beside = new HashSet<>();
        around.transitions().forEach(role -> beside.add(role.slug()));
        // By slug: comparing whole role records field by field cost a tenth of each role page's model.
        List<Role> ladder = roles.stream().filter(role -> !beside.contains(role.slug())).toList();
        return MapLayout.layout(nodes(roles, around.role(), here), promotions(ladder, numbers), lateral);
    }

    /** The {@code leads_to} links among the given roles (numbered by {@code numbers}). */
    List<MapLayout.Edge> promotions(List<Role> roles, Map<String, Integer> numbers) {
        List<MapLayout.Edge> edges = new ArrayList<>();
        Set<String> among = new HashSet<>();
        roles.forEach(role -> among.add(role.slug()));
        // Each pair once: a set of the pairs drawn, not a scan of the edges so far for every link.
        Set<Long> drawn = new HashSet<>();
        for (Role role : roles) {
            int from = numbers.get(role.slug());
            for (RoleRef ref : graph.guide().bySlug().get(role.slug()).leadsTo()) {
                Role target = ref.target().orElse(null);
                if (target == null || !among.contains(target.slug())) {
                    continue;
                }
                int to = numbers.get(target.slug());
                if (to != from && drawn.add(((long) from << 32) | to)) {
                    edges.add(new MapLayout.Edge(from, to));
                }
            }
        }
        return edges;
    }

    /** Map nodes linking to each role from a page in folder {@code from}. */
    static List<MapLayout.Node> nodes(List<Role> roles, Role current, String from) {
        return roles.stream().map(role -> new MapLayout.Node(role.title().value(), url(role, from),
                role == current)).toList();
    }

    private static String url(Role role, String from) {
        return SiteUrls.between(from, RoleModels.sitePath(role));
    }
}
