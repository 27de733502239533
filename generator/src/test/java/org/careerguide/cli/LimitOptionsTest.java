package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limit options: sizes with K/M, times in s/ms, malformed values are usage errors. */
class LimitOptionsTest {

    @Test
    void sizesAndTimesParse() {
        assertEquals(1024L, new LimitOptions.Size().convert("1K"));
        assertEquals(2L * 1024 * 1024, new LimitOptions.Size().convert("2m"));
        assertEquals(777L, new LimitOptions.Size().convert("777"));
        assertEquals(Duration.ofSeconds(10), new LimitOptions.Time().convert("10s"));
        assertEquals(Duration.ofSeconds(3), new LimitOptions.Time().convert("3"));
        assertEquals(Duration.ofMillis(500), new LimitOptions.Time().convert("500ms"));
    }

    /** Runs {@code check} on the project with {@code --max-file-size value}; returns the exit code and stderr. */
    private static Map.Entry<Integer, String> checkWithMaxFileSize(Path project, String value) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"check", "--source", project.toString(), "--max-file-size", value});
        return Map.entry(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void malformedLimitIsAUsageError(@TempDir Path dir) {
        Map.Entry<Integer, String> run = checkWithMaxFileSize(MinimalSite.with(dir, "r1", MinimalSite.role("Role 1")),
                "lots");
        assertEquals(2, run.getKey());
        assertTrue(run.getValue().startsWith("careerguide: --max-file-size takes a positive size such as 1048576,"
                + " 512K or 2M, not 'lots'"), run.getValue());
    }

    @Test
    void fileSizeLimitFromTheCommandLineApplies(@TempDir Path dir) {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        TestSites.write(project.resolve("roles/r1.md"), "x".repeat(2000));
        Map.Entry<Integer, String> run = checkWithMaxFileSize(project, "1K");
        assertEquals(1, run.getKey());
        assertTrue(run.getValue().contains("roles/r1.md: error: file is 2,000 bytes; the limit is 1,024 bytes"),
                run.getValue());
    }
}
