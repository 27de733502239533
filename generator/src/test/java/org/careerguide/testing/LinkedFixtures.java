package org.careerguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.Linker;
import org.careerguide.load.ProjectFiles;
import org.careerguide.load.ProjectLoader;
import org.careerguide.load.YamlLimits;
import org.careerguide.model.Problems;

/** Loads and links a fixture guide project, for tests of the link stage. */
public final class LinkedFixtures {

    private LinkedFixtures() {
    }

    /** The linked guide of {@code project}; fails the test if it does not load without errors. */
    public static LinkedGuide link(Path project) {
        Problems problems = new Problems();
        try {
            LinkedGuide linked = new Linker().link(new ProjectLoader(1 << 20, YamlLimits.DEFAULT, false)
                    .load(new ProjectFiles(project, project.getFileName().toString()), problems)
                    .orElseThrow(() -> new AssertionError("fixture does not load: " + problems.sorted())), problems);
            if (problems.hasErrors()) {
                throw new AssertionError("fixture has errors: " + problems.sorted());
            }
            return linked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
