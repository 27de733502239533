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
 * {@code interrupted} that it was cancelled before its new site was in place.
 */
public record GenerationReport(List<Problem> problems, int pagesRendered, int filesCopied, Path outputDir,
                               Duration duration, boolean written, Map<String, Duration> stages,
                               List<String> notices, boolean interrupted) {

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
        if (write) {
            return String.format(Locale.ROOT, "Wrote %d pages and %d files to %s in %d ms%s", pagesRendered,
                    filesCopied, outputDir, millis, problems.isEmpty() ? "" : " (" + counts + ")");
        }
        return String.format(Locale.ROOT, "Checked %s: %d pages render, %s (%d ms)", source, pagesRendered,
                counts, millis);
    }
}
