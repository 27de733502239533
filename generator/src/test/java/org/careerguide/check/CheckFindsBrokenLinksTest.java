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
                "about/index.html: error: broken link '../roles/analyst/index.html#nope' -> anchor '#nope' missing"
                        + " on roles/analyst/index.html",
                // The role's summary holds the link; the home page lists role titles only, so one page holds it.
                "roles/analyst/index.html: error: broken link '../../about/index.html#how-to-read' -> anchor"
                        + " '#how-to-read' missing on about/index.html"),
                report.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        // Missing pages and files that authors' Markdown links to are reported once, at the Markdown
        // line, as warnings (errors with --strict), not again at every page that shows the link.
        assertEquals(List.of(
                "broken-links/pages/about.md:8:22: warning: link to /roles/nobody/ leads to no page of this site [broken_link]",
                "broken-links/pages/about.md:9:7: warning: link to /assets/logo.png leads to no page of this site [broken_link]",
                "broken-links/roles/analyst.yaml:2:10: warning: link to /roles/nobody/ leads to no page of this site [broken_link]"),
                report.problems().stream().filter(p -> !p.isError())
                        .map(p -> p.toString().substring(p.toString().indexOf("broken-links/"))).toList());
        assertFalse(Files.exists(project.resolve("target")), "check writes nothing");
    }

    @Test
    void aPercentEncodedMarkdownLinkToAMissingPageIsReportedOnceAtItsLine() {
        Path project = org.careerguide.testing.MinimalSite.with(temp, "a",
                org.careerguide.testing.MinimalSite.role("A") + "next_steps: [\"See [it](/roles/caf%C3%A9/)\"]\n");
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).displayRoot("guide")
                .build());
        assertEquals(List.of("guide/roles/a.yaml:3:14: warning: link to /roles/caf%C3%A9/ leads to no page of"
                + " this site [broken_link]"), report.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theExampleGuideChecksClean() {
        GenerationReport report = new Generator().check(GeneratorOptions.builder(TestSites.exampleContent()).build());
        assertTrue(report.success(), () -> report.problems().toString());
        assertEquals(List.of(), report.problems());
    }
}
