package org.careerguide.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;
import org.careerguide.Cancellation;
import org.careerguide.GenerationReport;
import org.careerguide.BuildMode;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.Progress;

/**
 * Ctrl+C and SIGTERM (what a CI cancel sends) during {@code build}: a shutdown hook cancels the
 * build, waits for it to remove its temporary folder and release its lock, and prints one line;
 * the JVM then exits with the signal's status, 130 for SIGINT and 143 for SIGTERM. Everything the
 * CLI does about interruption is here, for the move to another argument parser.
 */
final class Interruption {

    /** The exit code of an interrupted command (SIGINT's; the JVM uses the actual signal's). */
    static final int EXIT_CODE = 130;

    /** Removing the temporary folder of a large site takes seconds; a stuck disk gets no longer than this. */
    private static final Duration CLEANUP_WAIT = Duration.ofSeconds(60);

    private Interruption() {
    }

    /** Builds with a hook that stops the build cleanly when the JVM is asked to stop. */
    static GenerationReport build(GeneratorOptions options, PrintWriter err, Consumer<String> status,
                                  Progress progress) {
        Cancellation cancellation = new Cancellation();
        Cancellation.Registration hook = cancellation.cancelOnShutdown(CLEANUP_WAIT,
                outcome -> print(err, line(outcome)));
        try {
            return new Generator().run(options, BuildMode.disk(cancellation, status), progress);
        } finally {
            hook.close();
        }
    }

    /** Prints from a shutdown hook: flushed at once, since the JVM halts when the hooks end. */
    static void print(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    /** The line printed when {@code serve} is stopped. */
    static String serveStopped(String url) {
        return "careerguide: interrupted; stopped serving " + url;
    }

    static String line(Cancellation.Outcome outcome) {
        return "careerguide: interrupted; " + outcome.description();
    }
}
