package org.careerguide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.careerguide.BuildMode;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.OutOfMemory;
import org.careerguide.Progress;

/**
 * {@code java -jar careerguide.jar build|check --source DIR [--output DIR] ...}. Parses options,
 * calls the library, prints problems as {@code path:line:col: error: message} on stderr and a
 * closing line on stdout. Exit codes: 0 ok, 1 content errors, 2 usage errors.
 */
public final class Main {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    /** Builds longer than this print their stage times, so a slow guide says where time goes. */
    private static final java.time.Duration LONG_BUILD = java.time.Duration.ofSeconds(5);

    private static final Set<String> VALUE_OPTIONS = Set.of("--source", "--output", "--base-url",
            LimitOptions.MAX_FILE_SIZE, LimitOptions.MAX_PAGE_SIZE, LimitOptions.TEMPLATE_TIMEOUT);
    private static final Set<String> FLAG_OPTIONS = Set.of("--drafts", "--strict", "--quiet", "--verbose",
            "--all", "--help");

    private static final String USAGE_TEXT = """
            Usage: java -jar careerguide.jar <command> [options]

            Commands:
              build   build the guide site into the output folder
              check   validate content and render in memory; write nothing
              serve   preview with live reload on http://localhost:1313/ (see serve --help)
              new-role  write roles/<slug>.yaml for a new role (see new-role --help)

            Options:
              --source DIR     the guide project folder, holding site.yaml (default: .)
              --output DIR     where the site goes (default: <source>/target/site; build only)
              --base-url URL   absolute URL the site is published at (overrides site.yaml base_url)
              --drafts         include roles and pages marked draft: true
              --strict         treat warnings as errors
              --max-file-size N      largest content file read: bytes, or K/M (default 1M)
              --max-page-size N      largest page a template may write (default 8M)
              --template-timeout T   longest a page's template may run: 10s or 500ms (default 10s)
              --all            print every problem (default: at most 100 of one kind)
              --quiet          print only problems
              --verbose        also print how long each stage took (printed anyway when a
                               build takes over 5 s, unless --quiet or CI=true)
              --help           show this help
              --version        show the version

            Exit codes: 0 success, 1 content errors, 2 usage errors.
            """;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = new Main(System.out, System.err).run(args);
        } catch (OutOfMemoryError e) {
            // The library reports running out of memory as a problem; this catches it anywhere else.
            System.err.println("careerguide: " + OutOfMemory.advice());
            exit = CONTENT_ERRORS;
        }
        System.exit(exit);
    }

    int run(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (args.length == 1 && args[0].equals("--version")) {
            out.println("careerguide " + Generator.version());
            return OK;
        }
        if (args.length > 0 && args[0].equals(ServeCommand.NAME)) {
            return new ServeCommand(out, err).run(args);
        }
        if (args.length > 0 && args[0].equals(NewRoleCommand.NAME)) {
            return new NewRoleCommand(out, err).run(args);
        }
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, VALUE_OPTIONS, FLAG_OPTIONS);
        } catch (Arguments.UsageException e) {
            return usageError(e.getMessage());
        }
        if (arguments.flag("--help")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        return switch (arguments.command()) {
            case "build" -> generate(arguments, true);
            case "check" -> generate(arguments, false);
            default -> usageError("unknown command '" + arguments.command() + "'"
                    + org.careerguide.load.DidYouMean.hint(arguments.command(), Set.of("build", "check",
                    ServeCommand.NAME, NewRoleCommand.NAME)));
        };
    }

    private int generate(Arguments arguments, boolean write) {
        String source = CommonOptions.source(arguments);
        if (!write && arguments.value("--output").isPresent()) {
            return usageError("check writes nothing; --output is for build");
        }
        GeneratorOptions.Builder options = CommonOptions.generatorOptions(arguments);
        arguments.value("--output").ifPresent(output -> options.outputDir(Path.of(output)));
        try {
            LimitOptions.apply(arguments, options);
        } catch (Arguments.UsageException e) {
            return usageError(e.getMessage());
        }
        Progress progress = TerminalProgress.forConsole(out, arguments.flag("--quiet"));
        GenerationReport report = new Generator().run(options.build(), write ? BuildMode.disk() : BuildMode.check(),
                progress);
        TerminalProgress.clear(progress);
        CommonOptions.printProblems(report.problems(), arguments, err);
        if (!arguments.flag("--quiet") || !report.success()) {
            out.println(report.summary(write, source));
        }
        if (arguments.flag("--verbose") || (report.duration().compareTo(LONG_BUILD) > 0
                && !arguments.flag("--quiet") && !"true".equals(System.getenv("CI")))) {
            out.println(stages(report));
        }
        return report.success() ? OK : CONTENT_ERRORS;
    }

    /** "Stages: load 812 ms, link and checks 95 ms, ...": where a long build spends its time. */
    static String stages(GenerationReport report) {
        StringBuilder line = new StringBuilder("Stages:");
        report.stages().forEach((stage, time) -> line.append(line.length() > 7 ? ", " : " ")
                .append(stage).append(' ').append(time.toMillis()).append(" ms"));
        return line.toString();
    }


    private int usageError(String message) {
        err.println("careerguide: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
