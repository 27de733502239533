package org.careerguide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.careerguide.model.Problem;

/**
 * What a build or check did: the problems found (sorted by file and line), how many pages and
 * files were written, where, and how long it took.
 */
public record GenerationReport(List<Problem> problems, int pagesRendered, int filesCopied, Path outputDir,
                               Duration duration, boolean written) {

    public GenerationReport {
        problems = List.copyOf(problems);
    }

    public boolean success() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
