package org.careerguide.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Taxonomy;
import org.careerguide.link.Term;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * The other roles a role page is made from, so that an incremental rebuild knows when to redo it:
 * the roles on its map and in "Comes From", and every role sharing a skill, employer, sector or
 * family with it (they decide the related roles and each term's shown spelling and slug).
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
        add(inputs, graph.guide().skills(), role.skills());
        add(inputs, graph.guide().skills(), role.skillGaps().missing());
        add(inputs, graph.guide().employers(), role.hiring().employers());
        add(inputs, graph.guide().sectors(), role.hiring().sectors());
        add(inputs, graph.guide().families(), role.family().stream().toList());
        return inputs;
    }

    private static void add(Set<String> inputs, Taxonomy taxonomy, List<Text> names) {
        names.forEach(name -> taxonomy.find(name.value()).map(Term::roles)
                .ifPresent(roles -> roles.forEach(other -> inputs.add(PagePlanner.roleFile(other)))));
    }
}
