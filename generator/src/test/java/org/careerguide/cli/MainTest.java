package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, where messages go, and their format. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildsAndPrintsAClosingLineWithPagesAndTime() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        Path output = dir.resolve("site");
        assertEquals(0, run("build", "--source", project.toString(), "--output", output.toString()));
        assertTrue(stdout().matches("Wrote \\d+ pages and \\d+ files to .*site in \\d+ ms\\R"), stdout());
        assertEquals("", stderr());
        assertTrue(Files.isRegularFile(output.resolve("roles/a/index.html")));
    }

    @Test
    void contentErrorsExitWithOneListingEveryErrorOnStderrWithoutStackTraces() {
        Path project = MinimalSite.with(dir, "a", "title: A\n", "b", "title: [B\n");
        Path output = dir.resolve("site");
        assertEquals(1, run("build", "--source", project.toString(), "--output", output.toString()));
        String[] lines = stderr().split("\\R");
        String source = project.toString();
        assertEquals(source + "/roles/a.yaml:1:1: error: missing required key 'summary' in a role file", lines[0]);
        assertTrue(lines[1].startsWith(source + "/roles/b.yaml:2:1: error: "), lines[1]);
        assertEquals(2, lines.length);
        assertFalse(stderr().contains("Exception") || stderr().contains("\tat "), "no stack trace");
        assertTrue(stdout().startsWith("Build failed: 2 errors, 0 warnings; the output folder was not changed"));
        assertFalse(Files.exists(output));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("biuld"));
        assertTrue(stderr().startsWith("careerguide: unknown command 'biuld' (did you mean 'build'?)"), stderr());
        err.reset();
        assertEquals(2, run("build", "--sourse", "x"));
        assertTrue(stderr().startsWith("careerguide: unknown option '--sourse' (did you mean '--source'?)"));
        err.reset();
        assertEquals(2, run("build", "--source"));
        assertTrue(stderr().startsWith("careerguide: --source needs a value"));
        assertEquals(2, run());
    }

    @Test
    void aBadBaseUrlOptionIsAContentErrorWithoutAStackTrace() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        assertEquals(1, run("build", "--source", project.toString(), "--output", dir.resolve("site").toString(),
                "--base-url", "http://exa mple.org/"));
        assertTrue(stderr().startsWith("--base-url: error: the base URL is not a valid URL: Illegal character"),
                stderr());
        err.reset();
        assertEquals(1, run("check", "--source", project.toString(), "--base-url", "guides/"));
        assertEquals("--base-url: error: the base URL must be an absolute http(s) URL such as"
                + " https://example.org/guides/, found 'guides/'\n", stderr().replace("\r\n", "\n"));
    }

    @Test
    void checkWritesNothingAndReportsWarnings() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "progression:\n  leads_to: [Cloud Architekt]\n",
                "b", MinimalSite.role("Cloud Architect"));
        assertEquals(0, run("check", "--source", project.toString()));
        assertTrue(stderr().lines().toList().contains(project + "/roles/a.yaml:4:14: warning: no role is named"
                + " 'Cloud Architekt'; it is shown as plain text (did you mean 'Cloud Architect'?)"), stderr());
        assertFalse(Files.exists(project.resolve("target")));
        err.reset();
        assertEquals(1, run("check", "--source", project.toString(), "--strict"));
        assertTrue(stderr().contains("4:14: error: no role is named 'Cloud Architekt'"), stderr());
    }

    @Test
    void verboseBuildsPrintHowLongEachStageTook() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        assertEquals(0, run("build", "--verbose", "--source", project.toString(), "--output",
                dir.resolve("site").toString()));
        String stages = stdout().lines().filter(line -> line.startsWith("Stages:")).findFirst().orElseThrow();
        assertTrue(stages.matches("Stages: load \\d+ ms, link and checks \\d+ ms, theme and plan \\d+ ms,"
                + " render and write \\d+ ms, swap \\d+ ms"), stages);
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().contains("Usage: java -jar careerguide.jar <command> [options]"));
        out.reset();
        assertEquals(0, run("--version"));
        assertTrue(stdout().startsWith("careerguide "));
    }

    @Test
    void exampleContentBuildsWithoutProblems() {
        Path output = dir.resolve("site");
        assertEquals(0, run("build", "--source", TestSites.exampleContent().toString(), "--output", output.toString()));
        assertEquals("", stderr(), "the shipped guide has no errors or warnings");
    }
}
