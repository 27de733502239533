package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careerguide check} fails on broken links and prints each as {@code page: error: broken link ...}. */
class CheckCommandLinksTest {

    @TempDir
    Path temp;

    @Test
    void checkExitsWithContentErrorsAndNamesTheBrokenLinks() {
        Path project = TestSites.copyFixture("broken-links", temp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"check", "--source",
                        project.toString()});
        assertEquals(Main.CONTENT_ERRORS, code);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.lines().anyMatch(line -> line.equals(
                "about/index.html: error: broken link '../roles/analyst/index.html#nope' -> anchor '#nope' missing"
                        + " on roles/analyst/index.html")), errors);
        assertTrue(errors.lines().anyMatch(line -> line.endsWith(
                "/pages/about.md:9:7: warning: link to /assets/logo.png leads to no page of this site [broken_link]")), errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Check failed: 2 errors, 3 warnings"),
                out::toString);
    }
}
