package org.careerguide.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;

/**
 * Checks the career graph for roles no other role links to (readers can reach them only from the
 * home page). Cycles in {@code leads_to} are {@link ProgressionCycles}' job.
 */
final class ProgressionChecks {

    private ProgressionChecks() {
    }

    static void reportOrphans(List<LinkedRole> roles, Problems problems) {
        if (roles.size() < 2) {
            return;
        }
        Set<String> linkedTo = new HashSet<>();
        for (LinkedRole role : roles) {
            role.progressionTargets().stream()
                    .filter(target -> !target.slug().equals(role.slug()))
                    .forEach(target -> linkedTo.add(target.slug()));
        }
        for (LinkedRole role : roles) {
            if (!linkedTo.contains(role.slug())) {
                problems.warning(role.role().source(), CheckKind.ORPHAN, "orphan role: no other role names '"
                        + role.role().title().value() + "' in leads_to or transitions");
            }
        }
    }
}
