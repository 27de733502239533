package org.careerguide.link;

import java.time.LocalDate;
import org.careerguide.model.Problems;

/**
 * The warnings of {@code check} that need the whole linked guide: spelling variants of skills,
 * employers and sectors, orphan roles, progression cycles and stale salary figures. Unresolved
 * progression names are reported by {@link Linker} itself.
 */
public final class GuideChecks {

    private final LocalDate today;

    /** @param today the date salary ages are measured against */
    public GuideChecks(LocalDate today) {
        this.today = today;
    }

    public void report(LinkedGuide guide, Problems problems) {
        SpellingVariants.report(guide, problems);
        ProgressionChecks.reportOrphans(guide.roles(), problems);
        ProgressionCycles.report(guide.roles(), problems);
        SalaryAge.report(guide.guide().roles(), today, problems);
    }
}
