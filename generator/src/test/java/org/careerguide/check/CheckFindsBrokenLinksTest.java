package org.careerguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Generator.check} (behind the CLI's and the Maven plugin's check) reports broken links in content. */
class CheckFindsBrokenLinksTest {

    @TempDir
    Path temp;

    @Test
    void checkReportsEachBrokenLinkAtThePageHoldingIt() {
        Path project = TestSites.copyFixture("broken-links", temp);
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).build());
        assertFalse(report.success());
        assertEquals(List.of(
                "about/index.html: error: broken link '../assets/logo.png' -> target missing",
                "about/index.html: error: broken link '../roles/analyst/index.html#nope' -> anchor '#nope' missing"
                        + " on roles/analyst/index.html",
                // the role summary is on the home page and the role page: one problem, with a count
                "about/index.html: error: broken link '../roles/nobody/index.html' -> target missing"
                        + " (and 2 other pages)",
                "index.html: error: broken link 'about/index.html#how-to-read' -> anchor '#how-to-read' missing"
                        + " on about/index.html (and 1 other page)"),
                report.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        // The source-level check also points authors at the Markdown lines, as warnings.
        assertEquals(3, report.warningCount(), () -> report.problems().toString());
        assertFalse(Files.exists(project.resolve("target")), "check writes nothing");
    }

    @Test
    void theExampleGuideChecksClean() {
        GenerationReport report = new Generator().check(GeneratorOptions.builder(TestSites.exampleContent()).build());
        assertTrue(report.success(), () -> report.problems().toString());
        assertEquals(List.of(), report.problems());
    }
}
