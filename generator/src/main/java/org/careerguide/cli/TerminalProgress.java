package org.careerguide.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.careerguide.Progress;

/**
 * Progress on an interactive terminal: one line, rewritten in place, saying which stage is done
 * and how many pages are rendered ("rendering 4,210 / 14,475 pages"), cleared before the closing
 * line. Redrawn at most ten times a second, so printing never slows the build. Not used in CI, when
 * output is piped, or with {@code --quiet}: then only the closing line is printed.
 */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private long lastDraw;
    private int lastLength;

    TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    /** Progress for a terminal when there is one (and not in CI, and not quiet); otherwise none. */
    static Progress forConsole(PrintWriter out, boolean quiet) {
        boolean interactive = System.console() != null && !"true".equals(System.getenv("CI"));
        return interactive && !quiet ? new TerminalProgress(out) : Progress.NONE;
    }

    @Override
    public synchronized void stageDone(String stage) {
        draw(stage + " done", true);
    }

    @Override
    public synchronized void page(int done, int total) {
        draw(String.format(Locale.ROOT, "rendering %,d / %,d pages", done, total), done == total);
    }

    /** Removes the progress line, so the next line starts clean. */
    static void clear(Progress progress) {
        if (progress instanceof TerminalProgress terminal) {
            terminal.draw("", true);
        }
    }

    private synchronized void draw(String line, boolean always) {
        long now = System.nanoTime();
        if (!always && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())) + "\r");
        out.flush();
        lastLength = line.length();
    }
}
