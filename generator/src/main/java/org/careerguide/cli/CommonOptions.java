package org.careerguide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.careerguide.GeneratorOptions;
import org.careerguide.ProblemListing;
import org.careerguide.model.Problem;

/** The options every command that reads a guide shares: --source, --base-url, --drafts, --strict, --all. */
final class CommonOptions {

    private CommonOptions() {
    }

    static String source(Arguments arguments) {
        return arguments.value("--source").orElse(".");
    }

    static GeneratorOptions.Builder generatorOptions(Arguments arguments) {
        String source = source(arguments);
        GeneratorOptions.Builder options = GeneratorOptions.builder(Path.of(source))
                .displayRoot(source)
                .drafts(arguments.flag("--drafts"))
                .strict(arguments.flag("--strict"));
        arguments.value("--base-url").ifPresent(options::baseUrl);
        return options;
    }

    /** Prints the problems on {@code err}, at most 100 of one kind unless {@code --all} is given. */
    static void printProblems(List<Problem> problems, Arguments arguments, PrintStream err) {
        int perKind = arguments.flag("--all") ? Integer.MAX_VALUE : ProblemListing.DEFAULT_PER_KIND;
        ProblemListing.lines(problems, perKind, "--all").forEach(err::println);
    }
}
