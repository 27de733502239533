package org.careerguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.careerguide.model.Page;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;

/**
 * Fuzzes the loader: any bytes as a role file or a free page either load or give positioned
 * errors in that file; never an exception, never a hang. Plain {@code mvn verify} replays the
 * inputs under {@code LoaderFuzzTestInputs/} (regression mode); fuzzing is described in the README.
 */
class LoaderFuzzTest {

    private static final String FILE = "roles/fuzzed.yaml";
    private final YamlComposer composer = new YamlComposer(YamlLimits.DEFAULT);

    @FuzzTest(maxDuration = "10m")
    void roleFileNeverCrashes(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        Problems problems = new Problems();
        YamlSource source = new YamlSource(FILE, 0);
        Optional<Role> role = SourceReader.decode(bytes, FILE, problems)
                .flatMap(text -> composer.compose(text, source, problems, "empty"))
                .flatMap(root -> new RoleBinder(source, problems).bind("fuzzed", "roles/fuzzed.yaml", root, Optional.empty()));
        assertOnlyPositionedErrorsIn(FILE, problems, role.isPresent());
    }

    @FuzzTest(maxDuration = "10m")
    void pageNeverCrashes(FuzzedDataProvider data) {
        String file = "pages/fuzzed.md";
        String text = data.consumeRemainingAsString();
        Problems problems = new Problems();
        Optional<Page> page = new PageBinder(composer, problems).bind("fuzzed", "pages/fuzzed.md", text, file);
        assertOnlyPositionedErrorsIn(file, problems, page.isPresent());
    }

    /** Every problem names the file; a file that does not load has at least one error. */
    private static void assertOnlyPositionedErrorsIn(String file, Problems problems, boolean loaded) {
        for (Problem problem : problems.sorted()) {
            assertEquals(file, problem.position().file(), problem.toString());
            assertTrue(problem.position().line() >= 1, "every content error has a line: " + problem);
        }
        assertTrue(loaded || problems.hasErrors(), "a file that does not load says why");
    }
}
