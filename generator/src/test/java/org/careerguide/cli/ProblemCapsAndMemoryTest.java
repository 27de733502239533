package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careerguide.testing.ChildCli;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large guides with many problems print at most 100 of one kind (all with {@code --all}) and keep
 * the totals in the closing line; running out of memory is one line with advice, not a stack trace.
 */
class ProblemCapsAndMemoryTest {

    @TempDir
    Path dir;

    /** What one in-process run of the command line printed, and its exit code. */
    private record Run(int exit, List<String> stdout, List<String> stderr) {

        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                    err.toString(StandardCharsets.UTF_8).lines().toList());
        }
    }

    /** 150 roles that each name a role nobody has, and 150 orphans: 300 warnings of two kinds. */
    private Path guideWith150UnknownNames() {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            files.add("r" + i);
            files.add(MinimalSite.role("Role " + i) + "progression:\n  leads_to: [Nobody " + i + "]\n");
        }
        return MinimalSite.with(dir, files.toArray(String[]::new));
    }

    @Test
    void printsAtMostAHundredProblemsOfOneKindThenHowManyMore() {
        Path project = guideWith150UnknownNames();
        Run check = Run.of("check", "--source", project.toString());
        assertEquals(0, check.exit());
        List<String> lines = check.stderr();
        assertEquals(202, lines.size(), "100 + 100 problems and two 'more' lines");
        assertEquals(100, lines.stream().filter(line -> line.contains("warning: no role is named")).count());
        assertEquals(100, lines.stream().filter(line -> line.contains("warning: orphan role")).count());
        assertTrue(lines.contains("… and 50 more warnings like this: no role is named '…' (--all lists them all)"),
                lines.toString());
        assertTrue(lines.contains("… and 50 more warnings like this: orphan role (--all lists them all)"),
                lines.toString());
        assertTrue(check.stdout().get(0).contains("0 errors, 300 warnings"), "totals stay whole: " + check.stdout());
    }

    @Test
    void allPrintsEveryProblem() {
        Path project = guideWith150UnknownNames();
        Run check = Run.of("check", "--all", "--source", project.toString());
        assertEquals(0, check.exit());
        List<String> lines = check.stderr();
        assertEquals(300, lines.size());
        assertFalse(lines.stream().anyMatch(line -> line.contains("more warnings")));
    }

    @Test
    void runningOutOfMemoryIsOneLineWithAdviceAndKeepsTheEarlierOutput() throws Exception {
        // Forty roles of 900 KB each cannot be held in a 24 MB heap: a real OutOfMemoryError, in a child JVM.
        String big = "x".repeat(900_000);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add("r" + i);
            files.add("title: Role " + i + "\nsummary: " + big + "\n");
        }
        Path project = MinimalSite.with(dir, files.toArray(String[]::new));
        Path output = dir.resolve("site");
        Path earlier = TestSites.write(output.resolve("index.html"), "<p>the earlier site</p>");
        TestSites.write(output.resolve(org.careerguide.write.OutputGuard.MARKER), "an earlier build\n");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", ChildCli.classpath(), Main.class.getName(),
                "build", "--source", project.toString(), "--output", output.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(java.waitFor(120, TimeUnit.SECONDS), "the build ends");
        String errors = Files.readString(stderr);
        assertEquals(1, java.exitValue(), errors);
        List<String> lines = errors.lines().toList();
        assertEquals(1, lines.size(), errors);
        assertTrue(lines.get(0).contains("error: out of memory: the Java heap (at most "), errors);
        assertTrue(lines.get(0).contains("CAREERGUIDE_OPTS=-Xmx1g") && lines.get(0).contains("JAVA_TOOL_OPTIONS=-Xmx1g")
                && lines.get(0).contains("MAVEN_OPTS=-Xmx1g"),
                errors);
        assertFalse(errors.contains("OutOfMemoryError") || errors.contains("\tat "), "no stack trace");
        assertTrue(Files.readString(stdout).startsWith("Build failed: 1 error"), Files.readString(stdout));
        assertEquals("<p>the earlier site</p>", Files.readString(earlier), "the earlier output is intact");
    }
}
