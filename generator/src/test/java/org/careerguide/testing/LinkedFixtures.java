package org.careerguide.testing;

import org.careerguide.link.LinkStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.careerguide.GeneratorOptions;
import org.careerguide.Stages;
import org.careerguide.link.LinkedGuide;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;

/** Loads and links a fixture guide project through the generator's own stages, for tests of the link stage. */
public final class LinkedFixtures {

    private LinkedFixtures() {
    }

    /**
     * The linked guide of {@code project}, as a build with default options would link it today;
     * fails the test if it does not load and link without errors.
     */
    public static LinkedGuide link(Path project) {
        Problems problems = new Problems();
        try {
            GeneratorOptions options = GeneratorOptions.builder(project)
                    .displayRoot(project.getFileName().toString()).build();
            Guide guide = Stages.load(options, problems)
                    .orElseThrow(() -> new AssertionError("fixture does not load: " + problems.sorted()));
            LinkedGuide linked = LinkStage.link(guide, LocalDate.now(options.clock()), problems);
            if (problems.hasErrors()) {
                throw new AssertionError("fixture has errors: " + problems.sorted());
            }
            return linked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
