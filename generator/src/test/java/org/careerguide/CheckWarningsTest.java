package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warnings of {@code check}, and {@code --strict} turning them into errors. */
class CheckWarningsTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private List<String> check(Path project, Clock clock) {
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).displayRoot("guide")
                .clock(clock).build());
        return report.problems().stream().map(Problem::toString).toList();
    }

    private static String withSalaryAsOf(String asOf) {
        return MinimalSite.role("Cloud Architect") + "salary:\n  currency: USD\n  as_of: " + asOf + "\n";
    }

    @Test
    void salaryAsOfMoreThanThreeYearsBeforeTheClockIsAWarning() {
        Path project = MinimalSite.with(dir, "cloud-architect", withSalaryAsOf("2022-11-26"));
        assertEquals(List.of("guide/roles/cloud-architect.yaml:5:10: warning: salary figures are as of 2022-11-26,"
                + " more than 3 years ago; update them and 'as_of' [stale_salary]"), check(project, NOV_2026));
    }

    @Test
    void salaryAsOfAYearCountsUntilTheEndOfThatYear() {
        Path project = MinimalSite.with(dir, "cloud-architect", withSalaryAsOf("2023"));
        assertEquals(List.of(), check(project, NOV_2026));
        Clock january2027 = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertEquals(1, check(project, january2027).size());
    }

    @Test
    void selfLinkIsAProgressionCycleOfOne() {
        Path project = MinimalSite.with(dir, "cloud-architect", MinimalSite.role("Cloud Architect")
                + "progression:\n  leads_to: [cloud-architect]\n");
        assertEquals(List.of("guide/roles/cloud-architect.yaml:4:14: warning: progression cycle: Cloud Architect ->"
                + " Cloud Architect; leads_to should point to later career steps only [cycle]"), check(project, NOV_2026));
    }

    @Test
    void strictTurnsWarningsIntoErrorsAndBuildWritesNothing() {
        Path project = MinimalSite.with(dir, "cloud-architect", MinimalSite.role("Cloud Architect")
                + "progression:\n  leads_to: [Cloud Architekt Senior]\n");
        Path output = dir.resolve("out");
        GenerationReport lenient = new Generator().build(GeneratorOptions.builder(project).outputDir(output)
                .clock(NOV_2026).build());
        assertTrue(lenient.success());
        assertEquals(1, lenient.warningCount());
        Path strictOutput = dir.resolve("strict-out");
        GenerationReport strict = new Generator().build(GeneratorOptions.builder(project).outputDir(strictOutput)
                .strict(true).clock(NOV_2026).build());
        assertFalse(strict.success());
        assertEquals(1, strict.errorCount());
        assertEquals(0, strict.warningCount());
        assertFalse(Files.exists(strictOutput), "a strict build with warnings writes nothing");
    }

    @Test
    void exampleContentPassesStrictCheck() {
        GenerationReport report = new Generator().check(GeneratorOptions.builder(TestSites.exampleContent())
                .strict(true).clock(NOV_2026).build());
        assertEquals(List.of(), report.problems());
    }
}
