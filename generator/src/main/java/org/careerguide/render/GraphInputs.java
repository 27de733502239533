package org.careerguide.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Neighbourhood;
import org.careerguide.link.Related;
import org.careerguide.model.Role;

/**
 * The other roles a role page is made from, so that an incremental rebuild knows when to redo it:
 * the roles it links to (whose skills the overlap reads), the roles it comes from, those drawn
 * two steps away on its map, and the related roles it shows, and (not a file) the related roles
 * list itself, which an edit to any role sharing a skill, sector or family can change: a preview
 * rebuild renders a page again when its list of inputs changed. Not listed, to keep 10,000-role
 * sites cheap to plan: other roles naming the same skill or employer, since a term's link is its slug, which
 * depends only on the name's key (two names with one slug, numbered "-2", are the rare exception).
 */
final class GraphInputs {

    /** How the related-roles entry of a role page's inputs begins (no project path does: a space). */
    static final String RELATED = "related roles: ";

    private GraphInputs() {
    }

    /** The project files of those roles ({@code roles/<slug>.yaml}). */
    static Set<String> of(CareerGraph graph, LinkedRole linked) {
        Role role = linked.role();
        Set<String> inputs = new HashSet<>();
        Neighbourhood around = graph.neighbourhood(linked);
        List<Role> onPage = new ArrayList<>(around.all());
        // Their own links decide the arrows drawn between them, and the roles the page's lists name.
        onPage.addAll(linked.progressionTargets());
        graph.comesFrom(role).forEach(incoming -> onPage.add(incoming.from()));
        onPage.forEach(other -> inputs.add(other.file()));
        graph.related(role).forEach(related -> inputs.add(related.role().file()));
        inputs.add(relatedList(graph, role));
        return inputs;
    }

    /**
     * Not a file: the related roles as the page shows them (order, counts, rarest shared skills), so
     * that a rebuild that re-links the guide sees the list change when an edit elsewhere reorders it.
     */
    static String relatedList(CareerGraph graph, Role role) {
        StringBuilder list = new StringBuilder(RELATED);
        for (Related related : graph.related(role)) {
            list.append(related.role().slug()).append(' ').append(related.sharedSkills()).append(' ')
                    .append(related.sharedSectors()).append(' ').append(related.sameFamily()).append(' ')
                    .append(related.rarestSkills()).append(';');
        }
        return list.toString();
    }
}
