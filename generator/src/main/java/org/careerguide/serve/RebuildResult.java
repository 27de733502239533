package org.careerguide.serve;

import java.time.Duration;
import java.util.List;
import org.careerguide.model.Problem;
import org.careerguide.text.Plural;

/**
 * The outcome of one preview rebuild, for the log line the CLI and the Mojo print.
 *
 * @param problems      errors and warnings of this rebuild, sorted
 * @param pagesRendered how many pages were re-rendered
 * @param pagesTotal    how many pages the site has
 * @param full          whether every page was re-rendered (theme, site.yaml or page set changed)
 * @param duration      wall time of the rebuild
 * @param onRequest     how many files built from the whole guide (search index, data API) are left to be
 *                      made when first requested, after a partial rebuild
 */
public record RebuildResult(List<Problem> problems, int pagesRendered, int pagesTotal, boolean full,
                            Duration duration, int onRequest) {

    public RebuildResult {
        problems = List.copyOf(problems);
    }

    public boolean success() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** One line for the console, e.g. "Rendered 2 of 15 pages in 14 ms; 20 files made on request". */
    public String summary() {
        long millis = duration.toMillis();
        if (!success()) {
            long errors = problems.stream().filter(Problem::isError).count();
            return "Build failed with " + Plural.of(errors, "error")
                    + "; the preview shows them over the last good pages until a save fixes them (" + millis + " ms)";
        }
        String pages = full ? "all " + pagesTotal + " pages" : pagesRendered + " of " + pagesTotal + " pages";
        return "Rendered " + pages + " in " + millis + " ms"
                + (onRequest > 0 ? "; " + Plural.of(onRequest, "file") + " made on request" : "");
    }
}
