package org.careerguide.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One role of the guide, from {@code roles/<slug>.yaml} and the optional {@code roles/<slug>.md}.
 * Markdown fields keep their source text; rendering happens later. {@code file} is the role file's
 * path in the project ({@code roles/<slug>.yaml}): what pages made from the role depend on.
 *
 * @param occupation    codes, entry requirements, employment and outlook (all optional)
 * @param allowedChecks kinds of warning waived for this role by {@code # careerguide: allow <kind>} comments
 */
public record Role(
        String slug,
        SourcePosition source,
        String file,
        Text title,
        Text summary,
        Optional<Text> family,
        List<Text> aliases,
        Optional<LocalDate> updated,
        boolean draft,
        List<Text> responsibilities,
        List<Text> skills,
        Progression progression,
        SkillGaps skillGaps,
        Optional<Salary> salary,
        Hiring hiring,
        List<Text> nextSteps,
        Optional<Narrative> narrative,
        Occupation occupation,
        Set<CheckKind> allowedChecks) {

    public Role {
        aliases = List.copyOf(aliases);
        responsibilities = List.copyOf(responsibilities);
        skills = List.copyOf(skills);
        nextSteps = List.copyOf(nextSteps);
        allowedChecks = Set.copyOf(allowedChecks);
    }
}
