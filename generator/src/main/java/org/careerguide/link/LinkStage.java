package org.careerguide.link;

import java.time.LocalDate;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;

/**
 * Stage 2, link, as one call: what {@code Generator} runs after loading, and what tests and tools
 * inside the module call to get the linked guide of a loaded one (outside the module, the loaded
 * {@link Guide} is the API).
 */
public final class LinkStage {

    private LinkStage() {
    }

    /**
     * From here on tunes {@code problems} to site.yaml's {@code checks:} and the roles' allow comments,
     * resolves the progression names between roles, indexes skills, employers, sectors and families,
     * and reports the checks that need the whole guide (salary figures are dated against
     * {@code today}). Planning and rendering only read what it returns.
     */
    public static LinkedGuide link(Guide guide, LocalDate today, Problems problems) {
        problems.tune(CheckSettings.of(guide));
        LinkedGuide linked = new Linker().link(guide, problems);
        new GuideChecks(today).report(linked, problems);
        return linked;
    }
}
