package org.careerguide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.careerguide.GeneratorOptions;
import org.careerguide.ProblemListing;
import org.careerguide.model.Problem;
import picocli.CommandLine.Option;

/** The options of every command that reads a guide: --source, --base-url, --theme, --drafts, --strict, --all. */
final class GuideOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the guide project folder, holding site.yaml (default: ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "absolute URL the site is published at (overrides site.yaml base_url)")
    String baseUrl;

    @Option(names = "--theme", paramLabel = "NAME",
            description = "build with this theme instead of site.yaml's: themes/NAME/ or a shipped one (default, compact)")
    String theme;

    @Option(names = "--drafts", description = "include roles and pages marked draft: true")
    boolean drafts;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--all", description = "print every problem (default: at most 100 of one kind)")
    boolean all;

    /** Options for the library; the caller adds what only it has (output, strict, limits). */
    GeneratorOptions.Builder generatorOptions() {
        GeneratorOptions.Builder options = GeneratorOptions.builder(Path.of(source))
                .displayRoot(source)
                .drafts(drafts)
                .strict(strict)
                .theme(theme);
        if (baseUrl != null) {
            options.baseUrl(baseUrl);
        }
        return options;
    }

    /** Prints the problems, at most 100 of one kind unless {@code --all} is given. */
    void printProblems(List<Problem> problems, PrintWriter err) {
        int perKind = all ? Integer.MAX_VALUE : ProblemListing.DEFAULT_PER_KIND;
        ProblemListing.lines(problems, perKind, "--all").forEach(err::println);
    }
}
