package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private final CliRun cli = new CliRun();

    @Test
    void buildsAndPrintsAClosingLineWithPagesAndTime() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        Path output = dir.resolve("site");
        assertEquals(0, cli.run("build", "--source", project.toString(), "--output", output.toString(),
                "--base-url", "https://example.org/guide/"));
        assertTrue(cli.out().matches("Wrote \\d+ pages and \\d+ files to .*site in \\d+ ms\\R"), cli.out());
        assertEquals("", cli.err());
        assertTrue(Files.isRegularFile(output.resolve("roles/a/index.html")));
    }

    @Test
    void contentErrorsExitWithOneListingEveryErrorOnStderrWithoutStackTraces() {
        Path project = MinimalSite.with(dir, "a", "title: A\n", "b", "title: [B\n");
        Path output = dir.resolve("site");
        assertEquals(1, cli.run("build", "--source", project.toString(), "--output", output.toString()));
        String[] lines = cli.err().split("\\R");
        String source = project.toString();
        assertEquals(source + "/roles/a.yaml:1:1: error: missing required key 'summary' in a role file", lines[0]);
        assertTrue(lines[1].startsWith(source + "/roles/b.yaml:2:1: error: "), lines[1]);
        assertEquals(2, lines.length);
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace");
        assertTrue(cli.out().startsWith("Build failed: 2 errors, 0 warnings; the output folder was not changed"));
        assertFalse(Files.exists(output));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, cli.run("biuld"));
        assertTrue(cli.err().startsWith("careerguide: unknown command 'biuld' (did you mean 'build'?)"), cli.err());
        assertEquals(2, cli.run("build", "--sourse", "x"));
        assertTrue(cli.err().startsWith("careerguide: unknown option '--sourse' (did you mean '--source'?)"));
        assertEquals(2, cli.run("build", "--source"));
        assertTrue(cli.err().startsWith("careerguide: Missing required parameter for option '--source' (DIR)"),
                cli.err());
        assertEquals(2, cli.run("check", "--output", "x"));
        assertTrue(cli.err().startsWith("careerguide: unknown option '--output'"), "check writes nothing");
        assertEquals(2, cli.run());
        assertTrue(cli.err().startsWith("careerguide: no command given\nUsage: careerguide [-hV] [COMMAND]"),
                cli.err());
    }

    @Test
    void aBadBaseUrlOptionIsAContentErrorWithoutAStackTrace() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        assertEquals(1, cli.run("build", "--source", project.toString(), "--output", dir.resolve("site").toString(),
                "--base-url", "http://exa mple.org/"));
        assertTrue(cli.err().startsWith("--base-url: error: the base URL is not a valid URL: Illegal character"),
                cli.err());
        assertEquals(1, cli.run("check", "--source", project.toString(), "--base-url", "guides/"));
        assertEquals("--base-url: error: the base URL must be an absolute http(s) URL such as"
                + " https://example.org/guides/, found 'guides/'\n", cli.err().replace("\r\n", "\n"));
    }

    @Test
    void checkWritesNothingAndReportsWarnings() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "progression:\n  leads_to: [Cloud Architekt]\n",
                "b", MinimalSite.role("Cloud Architect"));
        assertEquals(0, cli.run("check", "--source", project.toString()));
        assertTrue(cli.err().lines().toList().contains(project + "/roles/a.yaml:4:14: warning: no role is named"
                + " 'Cloud Architekt'; it is shown as plain text (did you mean 'Cloud Architect'?) [unresolved]"),
                cli.err());
        assertFalse(Files.exists(project.resolve("target")));
        assertEquals(1, cli.run("check", "--source", project.toString(), "--strict"));
        assertTrue(cli.err().contains("4:14: error: no role is named 'Cloud Architekt'"), cli.err());
    }

    @Test
    void verboseBuildsPrintHowLongEachStageTook() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        assertEquals(0, cli.run("build", "--verbose", "--source", project.toString(), "--output",
                dir.resolve("site").toString()));
        String stages = cli.out().lines().filter(line -> line.startsWith("Stages:")).findFirst().orElseThrow();
        assertTrue(stages.matches("Stages: load \\d+ ms, link and checks \\d+ ms, theme and plan \\d+ ms,"
                + " render and write \\d+ ms, swap \\d+ ms"), stages);
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().startsWith("Usage: careerguide [-hV] [COMMAND]"), cli.out());
        assertEquals(0, cli.run("--version"));
        assertEquals("careerguide " + org.careerguide.bundled.Release.version() + "\n", cli.out().replace("\r\n", "\n"));
        assertTrue(org.careerguide.bundled.Release.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : new Main(System.out, System.err).commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            assertEquals(0, cli.run(command, "--help"), command);
            assertTrue(cli.out().startsWith("Usage: careerguide " + command + " "), cli.out());
            assertEquals(0, cli.run(command, "-V"), command);
            assertEquals("careerguide " + org.careerguide.bundled.Release.version(), cli.out().strip(), command);
        }
        assertEquals(0, cli.run("help", "build"), "git-style help <command>");
        assertTrue(cli.out().startsWith("Usage: careerguide build "), cli.out());
    }

    @Test
    void exampleContentBuildsWithoutProblems() {
        Path output = dir.resolve("site");
        assertEquals(0, cli.run("build", "--source", TestSites.exampleContent().toString(), "--output", output.toString()));
        assertEquals("", cli.err(), "the shipped guide has no errors or warnings");
    }
}
