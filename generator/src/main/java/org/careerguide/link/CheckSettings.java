package org.careerguide.link;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerguide.model.CheckKind;
import org.careerguide.model.CheckLevel;
import org.careerguide.model.Guide;
import org.careerguide.model.Problem;
import org.careerguide.model.ProblemPolicy;
import org.careerguide.model.Role;
import org.careerguide.model.Severity;

/**
 * How the guide's warnings are tuned: site.yaml's {@code checks:} sets each kind to error, warning
 * or off, and a role file's {@code # careerguide: allow <kind>} comment waives that kind for the
 * warnings reported in that file. Errors and warnings without a kind are never changed;
 * {@code --strict} later turns whatever warnings remain into errors.
 */
public final class CheckSettings implements ProblemPolicy {

    private final Map<CheckKind, CheckLevel> levels;
    private final Map<String, Set<CheckKind>> waivedByFile;

    private CheckSettings(Map<CheckKind, CheckLevel> levels, Map<String, Set<CheckKind>> waivedByFile) {
        this.levels = levels;
        this.waivedByFile = waivedByFile;
    }

    public static CheckSettings of(Guide guide) {
        Map<String, Set<CheckKind>> waived = new HashMap<>();
        for (Role role : guide.roles()) {
            if (!role.allowedChecks().isEmpty()) {
                waived.put(role.source().file(), role.allowedChecks());
            }
        }
        return new CheckSettings(guide.site().checks(), waived);
    }

    @Override
    public Optional<Problem> apply(Problem problem) {
        if (problem.isError() || problem.kind().isEmpty()) {
            return Optional.of(problem);
        }
        Optional<CheckKind> kind = CheckKind.fromKey(problem.kind());
        if (kind.isEmpty()) {
            return Optional.of(problem);
        }
        if (waivedByFile.getOrDefault(problem.position().file(), Set.of()).contains(kind.get())) {
            return Optional.empty();
        }
        return switch (levels.getOrDefault(kind.get(), CheckLevel.WARNING)) {
            case OFF -> Optional.empty();
            case ERROR -> Optional.of(problem.as(Severity.ERROR));
            case WARNING -> Optional.of(problem);
        };
    }
}
