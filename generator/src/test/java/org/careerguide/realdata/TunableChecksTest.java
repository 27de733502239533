package org.careerguide.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 6: checks: in site.yaml, allow comments in role files, --strict for what remains; kinds named. */
class TunableChecksTest {

    @TempDir
    Path dir;

    private Path project(String checks) {
        Path project = MinimalSite.with(dir,
                "a", MinimalSite.role("A") + "progression:\n  leads_to: [B, Nobody]\n",
                "b", "# careerguide: allow unresolved\n" + MinimalSite.role("B") + "progression:\n  leads_to: [Ghost]\n",
                "c", "# careerguide: allow orphan, stale_salary\n" + MinimalSite.role("C")
                        + "salary:\n  currency: USD\n  as_of: 2001\n");
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\n" + checks);
        return project;
    }

    private List<String> check(Path project, boolean strict) {
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).displayRoot("guide")
                .strict(strict).build());
        return report.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyWarningNamesItsKindAndAllowCommentsWaiveThemForTheirRole() {
        assertEquals(List.of(
                "guide/roles/a.yaml:1:1: warning: orphan role: no other role names 'A' in leads_to or transitions [orphan]",
                "guide/roles/a.yaml:4:17: warning: no role is named 'Nobody'; it is shown as plain text [unresolved]"),
                check(project(""), false));
    }

    @Test
    void checksInSiteYamlSetEachKindToErrorWarningOrOffAndStrictTurnsTheRestIntoErrors() {
        Path project = project("checks:\n  orphan: off\n  unresolved: error\n");
        assertEquals(List.of("guide/roles/a.yaml:4:17: error: no role is named 'Nobody'; it is shown as plain text"
                + " [unresolved]"), check(project, false));
        Path quiet = project("checks: {orphan: off, unresolved: off}\n");
        assertEquals(List.of(), check(quiet, true), "strict passes once every warning is off or waived");
        Path strict = project("checks: {unresolved: off}\n");
        assertEquals(List.of("guide/roles/a.yaml:1:1: error: orphan role: no other role names 'A' in leads_to or"
                + " transitions [orphan]"), check(strict, true));
    }

    @Test
    void aBuildFailsOnAWarningKindSetToErrorAndKeepsTheEarlierOutput() {
        Path project = project("checks: {orphan: error}\n");
        GenerationReport report = TestSites.build(project, dir.resolve("site"));
        assertFalse(report.success());
        assertFalse(dir.resolve("site/index.html").toFile().exists());
    }

    @Test
    void unknownKindsAndLevelsArePositionedErrorsWithSuggestions() {
        Path project = project("checks:\n  orphans: off\n  cycle: never\n");
        TestSites.write(project.resolve("roles/d.yaml"), "# careerguide: allow stale-salary\n" + MinimalSite.role("D"));
        List<String> errors = check(project, false).stream().filter(line -> line.contains(": error: ")).toList();
        assertEquals(List.of(
                "guide/roles/d.yaml:1:22: error: unknown check kind 'stale-salary' in 'careerguide: allow' (did you"
                        + " mean 'stale_salary'?); kinds: orphan, cycle, unresolved, ambiguous, spelling_variant,"
                        + " stale_salary, slug_collision, broken_link, ignored_file",
                "guide/site.yaml:3:3: error: unknown check kind 'orphans' in 'checks' (did you mean 'orphan'?); kinds:"
                        + " orphan, cycle, unresolved, ambiguous, spelling_variant, stale_salary, slug_collision,"
                        + " broken_link, ignored_file",
                "guide/site.yaml:4:10: error: 'checks.cycle' must be error, warning or off, found 'never'"), errors);
        assertTrue(errors.stream().allMatch(line -> !line.endsWith("]")), "errors have no kind to tune");
    }
}
