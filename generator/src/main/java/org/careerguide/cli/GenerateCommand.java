package org.careerguide.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.careerguide.BuildMode;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.Progress;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code build} and {@code check} share: their options, the call into the library, problems
 * as {@code path:line:col: error: message} on stderr and a closing line on stdout.
 */
abstract class GenerateCommand implements Callable<Integer> {

    /** Builds longer than this print their stage times, so a slow guide says where time goes. */
    private static final Duration LONG_BUILD = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Mixin
    GuideOptions guide;

    @Mixin
    LimitOptions limits;

    @Option(names = "--quiet", description = "print only problems")
    boolean quiet;

    @Option(names = "--verbose", description = "also print how long each stage took (printed anyway when a build takes"
            + " over 5 s, unless --quiet or CI=true)")
    boolean verbose;

    /** True for build (writes the site), false for check (renders in memory). */
    abstract boolean writes();

    /** Adds the command's own options to the library's. */
    void configure(GeneratorOptions.Builder options) {
    }

    @Override
    public Integer call() {
        GeneratorOptions.Builder options = guide.generatorOptions();
        limits.apply(options);
        configure(options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = TerminalProgress.forConsole(out, quiet);
        GenerationReport report = writes() ? Interruption.build(options.build(), err, quiet ? line -> { }
                : out::println, progress) : new Generator().run(options.build(), BuildMode.check(), progress);
        TerminalProgress.clear(progress);
        if (report.interrupted()) {
            return Interruption.EXIT_CODE; // the shutdown hook printed the one line
        }
        guide.printProblems(report.problems(), err);
        if (!quiet) {
            report.notices().forEach(out::println);
        }
        if (!quiet || !report.success()) {
            out.println(report.summary(writes(), guide.source));
        }
        if (verbose || (report.duration().compareTo(LONG_BUILD) > 0 && !quiet
                && !"true".equals(System.getenv("CI")))) {
            out.println(stages(report));
        }
        return report.success() ? Main.OK : Main.CONTENT_ERRORS;
    }

    /** "Stages: load 812 ms, link and checks 95 ms, ...": where a long build spends its time. */
    static String stages(GenerationReport report) {
        StringBuilder line = new StringBuilder("Stages:");
        report.stages().forEach((stage, time) -> line.append(line.length() > 7 ? ", " : " ")
                .append(stage).append(' ').append(time.toMillis()).append(" ms"));
        return line.toString();
    }
}
