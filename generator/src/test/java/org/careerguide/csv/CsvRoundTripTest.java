package org.careerguide.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerguide.GenerationReport;
import org.careerguide.GeneratorOptions;
import org.careerguide.Stages;
import org.careerguide.cli.CliRun;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.SourcePosition;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roles.csv of a build, and the import that reads it (or any such CSV) back into role files. */
class CsvRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void importOfTheExampleGuidesRolesCsvGivesBackTheSameRoles() throws IOException {
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(TestSites.exampleContent(), site);
        assertTrue(report.success(), report.problems().toString());
        Path csv = site.resolve("roles.csv");
        List<CSVRecord> rows = rows(csv);
        Guide original = load(TestSites.exampleContent());
        assertEquals(original.roles().size(), rows.size(), "one row per role");
        assertEquals("cloud-architect", rows.stream().map(row -> row.get("slug")).filter("cloud-architect"::equals)
                .findFirst().orElseThrow());
        assertTrue(rows.get(0).isMapped("salary.levels") && rows.get(0).isMapped("progression.leads_to"),
                "columns are named as the YAML keys, nested with dots");

        Path project = dir.resolve("imported");
        Files.createDirectories(project);
        Files.copy(TestSites.exampleContent().resolve("site.yaml"), project.resolve("site.yaml"));
        CsvImport.Result imported = new CsvImport(false).run(csv, "roles.csv", project);
        assertTrue(imported.success(), imported.problems().toString());

        Guide reloaded = load(project);
        assertEquals(plain(original.roles()), plain(reloaded.roles()));
        assertTrue(reloaded.roles().stream().anyMatch(role -> role.narrative().isPresent()), "narratives too");
    }

    @Test
    void openEndedLevelsCodesOccupationAndWaiversSurviveTheRoundTrip() throws IOException {
        Path project = MinimalSite.with(dir.resolve("a"), "software-developers", MinimalSite.role("Software Developers")
                + "# careerguide: allow orphan\n"
                + "aliases: [Programmer; Analyst, \"Back\\\\slash\"]\n"
                + "codes: { soc: 15-1252, onet: 15-1252.00 }\n"
                + "entry: { education: Bachelor's degree }\n"
                + "employment: { count: 1656880, as_of: 2024-05, source: BLS OEWS }\n"
                + "outlook: { growth: \"17%\", openings: 129200, period: 2023-2033 }\n"
                + "salary:\n  currency: USD\n  period: hour\n  basis: percentiles\n  levels:\n"
                + "    - { level: Lower half, min: 16.90, max: 48.00 }\n"
                + "    - { level: \"Top: 10%\", min: 115, max_open: true }\n  as_of: 2024\n");
        Path csv = dir.resolve("roles.csv");
        Files.write(csv, RolesCsv.of(load(project).roles()));
        Path target = MinimalSite.with(dir.resolve("b"));
        CsvImport.Result result = new CsvImport(false).run(csv, "roles.csv", target);
        assertTrue(result.success(), result.problems().toString());
        assertEquals(plain(load(project).roles()), plain(load(target).roles()));
    }

    @Test
    void badRowsAreReportedAtTheirLineAndFieldAndNothingIsWritten() throws IOException {
        Path project = MinimalSite.with(dir, "existing", MinimalSite.role("Existing"));
        Path csv = TestSites.write(dir.resolve("in.csv"), "title,summary,salary.levels,employment.count\n"
                + "Data Engineer,Builds pipelines.,Entry: 1 to 2,12\n"
                + "Data Scientist,\"Two\nlines.\",Entry: lots,x\n"
                + ",No title.,,\n");
        CsvImport.Result result = new CsvImport(false).run(csv, "in.csv", project);
        List<String> problems = result.problems().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "in.csv:2:1: error: row for roles/data-engineer.yaml: missing required key 'currency' in 'salary'"
                        + " (needed for levels)",
                "in.csv:3:3: error: salary level 'Entry: lots' must be written 'Level: min to max' (Entry Level:"
                        + " 110000 to 140000) or 'Level: min or more'",
                "in.csv:3:4: error: 'employment.count' must be a number like 120000, found 'x'",
                "in.csv:5:1: error: every role needs a title and a summary; this row has no title"), problems);
        assertTrue(result.written().isEmpty());
        assertFalse(Files.exists(project.resolve("roles/data-engineer.yaml")), "nothing written while a row is bad");
    }

    @Test
    void unknownColumnsGetASuggestionAndExistingRolesAreKeptUnlessAskedToOverwrite() throws IOException {
        Path project = MinimalSite.with(dir, "existing", MinimalSite.role("Existing"));
        Path typo = TestSites.write(dir.resolve("typo.csv"), "title,sumary\nA,B\n");
        assertEquals(List.of("typo.csv:1:1: error: no 'summary' column; every role needs one",
                        "typo.csv:1:2: error: unknown column 'sumary' (did you mean 'summary'?); columns are"
                        + " named as the YAML keys, nested keys with dots (salary.currency), codes as"
                        + " codes.<classification>"),
                new CsvImport(false).run(typo, "typo.csv", project).problems().stream().map(Object::toString)
                        .toList());
        String before = Files.readString(project.resolve("roles/existing.yaml"));
        Path csv = TestSites.write(dir.resolve("in.csv"), "slug,title,summary\nexisting,Existing,Replaced.\n");
        CsvImport.Result kept = new CsvImport(false).run(csv, "in.csv", project);
        assertEquals(List.of("in.csv:2:1: error: roles/existing.yaml exists already; it is not replaced unless you"
                + " ask to overwrite (--overwrite)"), kept.problems().stream().map(Object::toString).toList());
        assertEquals(before, Files.readString(project.resolve("roles/existing.yaml")));
        assertTrue(new CsvImport(true).run(csv, "in.csv", project).success());
        assertEquals("Replaced.", load(project).roles().get(0).summary().value());
    }

    @Test
    void theCommandLineImportsAndTheSlugIsCutAtAWordBoundary() throws IOException {
        Path project = MinimalSite.with(dir);
        String title = "Supervisor of " + "Extraordinarily Long Occupational Titles ".repeat(4).strip();
        Path csv = TestSites.write(dir.resolve("in.csv"), "title,summary\n\"" + title + "\",Supervises.\n");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("import", "--csv", csv.toString(), "--source", project.toString()), cli.err());
        String slug;
        try (var files = Files.list(project.resolve("roles"))) {
            slug = files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("supervisor"))
                    .findFirst().orElseThrow().replace(".yaml", "");
        }
        assertTrue(slug.length() <= 120 && title.toLowerCase().replace(' ', '-').startsWith(slug + "-"), slug);
        assertEquals(1, cli.run("import", "--csv", csv.toString(), "--source", project.toString()),
                "a second import does not overwrite");
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    static Guide load(Path project) throws IOException {
        Problems problems = new Problems();
        Optional<Guide> guide = Stages.load(GeneratorOptions.builder(project).displayRoot("").drafts(true).build(),
                problems);
        assertTrue(guide.isPresent(), problems.sorted().toString());
        return guide.get();
    }

    /** A model as plain values, leaving out where each value was written (files and lines differ by design). */
    static Object plain(Object value) {
        if (value instanceof SourcePosition) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(CsvRoundTripTest::plain).orElse(null);
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(plain(item)));
            return value instanceof java.util.Set<?> ? new java.util.HashSet<>(list) : list;
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString() + "/" + number.scale();
        }
        if (value != null && value.getClass().isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    fields.put(component.getName(), plain(component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return value.getClass().getSimpleName() + fields;
        }
        return value;
    }

    private static List<Object> plain(List<Role> roles) {
        List<Object> list = new ArrayList<>();
        roles.forEach(role -> list.add(plain(role)));
        return list;
    }
}
