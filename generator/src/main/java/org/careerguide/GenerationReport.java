package org.careerguide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerguide.model.Problem;
import org.careerguide.text.Plural;

/**
 * What a build or check did: the problems found (sorted by file and line), how many pages and
 * files were written, where, how long it took, and how long each stage took; {@code notices} say
 * what the build did beside the output folder (cleaning up after a killed build), and
 * {@code interrupted} that it was cancelled before its new site was in place. Of the pages,
 * {@code pagesReused} were carried over unchanged from the previous site; {@code upToDate} says the
 * site in place already was this build's, so nothing was written.
 */
public record GenerationReport(List<Problem> problems, int pagesRendered, int filesCopied, Path outputDir,
                               Duration duration, boolean written, Map<String, Duration> stages,
                               List<String> notices, boolean interrupted, int pagesReused, boolean upToDate) {

    /** A report of a run that reused nothing (a check, a preview, a clean build). */
    public GenerationReport(List<Problem> problems, int pagesRendered, int filesCopied, Path outputDir,
                            Duration duration, boolean written, Map<String, Duration> stages,
                            List<String> notices, boolean interrupted) {
        this(problems, pagesRendered, filesCopied, outputDir, duration, written, stages, notices, interrupted, 0,
                false);
    }

    public GenerationReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** No errors and not interrupted. */
    public boolean success() {
        return !interrupted && problems.stream().noneMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /**
     * The closing line a front end prints: what was written or checked, the problem counts and the
     * time. {@code source} names the guide project in a check's line.
     */
    public String summary(boolean write, String source) {
        long millis = duration.toMillis();
        String counts = Plural.of(errorCount(), "error") + ", " + Plural.of(warningCount(), "warning");
        if (interrupted) {
            return String.format(Locale.ROOT, "%s interrupted: %s (%d ms)", write ? "Build" : "Check",
                    write ? "the output folder was not changed" : "nothing was written", millis);
        }
        if (!success()) {
            return String.format(Locale.ROOT, "%s failed: %s; %s (%d ms)", write ? "Build" : "Check", counts,
                    write ? "the output folder was not changed" : "nothing was written", millis);
        }
        String problemCounts = problems.isEmpty() ? "" : " (" + counts + ")";
        if (write && upToDate) {
            return String.format(Locale.ROOT, "Site is up to date: %d pages and %d files in %s, nothing changed since"
                    + " the last build (%d ms)%s", pagesRendered, filesCopied, outputDir, millis, problemCounts);
        }
        if (write) {
            String reused = pagesReused == 0 ? "" : String.format(Locale.ROOT, " (%d rendered, %d unchanged kept)",
                    pagesRendered - pagesReused, pagesReused);
            return String.format(Locale.ROOT, "Wrote %d pages%s and %d files to %s in %d ms%s", pagesRendered,
                    reused, filesCopied, outputDir, millis, problemCounts);
        }
        return String.format(Locale.ROOT, "Checked %s: %d pages render, %s (%d ms)", source, pagesRendered,
                counts, millis);
    }
}
