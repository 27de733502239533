package org.careerguide.render;

import java.util.HashSet;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.model.Role;

/**
 * The other roles a role page is made from, so that an incremental rebuild knows when to redo it:
 * the roles on its map (which include its next roles, whose skills the overlap reads), the roles
 * it comes from, and the candidates of its related roles. Other roles naming the same skill or
 * employer do not count: a term's link is its slug, which depends only on the name's key (two
 * different names with one slug, numbered "-2" in role order, are the rare exception).
 */
final class GraphInputs {

    private GraphInputs() {
    }

    /** The project files of those roles ({@code roles/<slug>.yaml}). */
    static Set<String> of(CareerGraph graph, LinkedRole linked) {
        Role role = linked.role();
        Set<String> inputs = new HashSet<>();
        graph.neighbourhood(linked).all().forEach(other -> inputs.add(PagePlanner.roleFile(other)));
        graph.comesFrom(role).forEach(incoming -> inputs.add(PagePlanner.roleFile(incoming.from())));
        graph.relatedCandidates(role).forEach(other -> inputs.add(PagePlanner.roleFile(other)));
        return inputs;
    }
}
