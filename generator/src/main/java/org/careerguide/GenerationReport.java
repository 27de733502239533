package org.careerguide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.careerguide.model.Problem;

/**
 * What a build or check did: the problems found (sorted by file and line), how many pages and
 * files were written, where, how long it took, and how long each stage took.
 */
public record GenerationReport(List<Problem> problems, int pagesRendered, int filesCopied, Path outputDir,
                               Duration duration, boolean written, Map<String, Duration> stages) {

    public GenerationReport {
        problems = List.copyOf(problems);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
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
