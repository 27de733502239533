package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.careerguide.Progress;
import org.junit.jupiter.api.Test;

/** Progress is one line rewritten in place on a terminal, and nothing when piped or quiet. */
class TerminalProgressTest {

    @Test
    void drawsStagesAndPagesOnOneLineThenClearsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(bytes, true, StandardCharsets.UTF_8));
        progress.stageDone("load");
        progress.page(1, 2);
        progress.page(2, 2);
        TerminalProgress.clear(progress);
        List<String> frames = Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("\r"))
                .filter(frame -> !frame.isEmpty()).toList();
        // Page 1 came within a tenth of a second of the stage line: skipped. The last page is always drawn.
        assertEquals(List.of("load done", "rendering 2 / 2 pages", " ".repeat("rendering 2 / 2 pages".length())),
                frames, "each frame padded over the one before; cleared before the closing line");
    }

    @Test
    void testsRunPipedSoThereIsNoProgress() {
        // Surefire's forked JVM has no console: the same as a build in CI or piped into a file.
        assertSame(Progress.NONE, TerminalProgress.forConsole(new PrintWriter(System.out), false));
        assertSame(Progress.NONE, TerminalProgress.forConsole(new PrintWriter(System.out), true));
    }
}
