package org.careerguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.careerguide.GeneratorOptions;
import org.careerguide.serve.PreviewSession;
import org.careerguide.serve.RebuildResult;
import org.careerguide.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code careerguide serve}: builds into memory, serves on 127.0.0.1, rebuilds and reloads on save. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Preview with live reload on http://localhost:1313/.",
                "Serves on 127.0.0.1 only. Watches site.yaml, roles/, pages/, static/, templates/",
                "and themes/; on save it re-renders the affected pages and reloads open browsers.",
                "A failed rebuild keeps the last good site and shows the error (file:line:col)",
                "over the page until it is fixed. Ctrl+C stops."},
        footer = {"", "Exit codes: 0 after --once, 1 content errors or failed self-check (--once), 2 usage errors,",
                "130/143 stopped by Ctrl+C/SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GuideOptions guide;

    @Mixin
    private LimitOptions limits;

    @Option(names = "--port", paramLabel = "N", converter = Port.class,
            description = "TCP port (default: 1313; 0 picks a free port, printed)")
    private int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--once", description = "build, serve, answer one self-check request and exit (for scripts)")
    private boolean once;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean[] healthy = {true};
        GeneratorOptions.Builder options = guide.generatorOptions();
        limits.apply(options);
        try (PreviewSession session = PreviewSession.start(options.build(),
                ServeOptions.onPort(port), result -> healthy[0] = report(result))) {
            String serving = "Serving " + session.url() + " (port " + session.port() + "); Ctrl+C to stop";
            if (once) {
                out.println(serving);
                out.println(session.selfCheck());
                return healthy[0] ? Main.OK : Main.CONTENT_ERRORS;
            }
            // The line goes out once the stop hook is in place: a Ctrl+C right after it still says what stopped.
            session.awaitShutdown(() -> {
                out.println(serving);
                out.flush();
            }, () -> Interruption.print(spec.commandLine().getErr(), Interruption.serveStopped(session.url().toString())));
            return Interruption.EXIT_CODE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("careerguide: serve: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }

    private boolean report(RebuildResult result) {
        guide.printProblems(result.problems(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(result.summary());
        return result.success();
    }

    /** A TCP port number, 0 for any free one. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value);
                if (number >= 0 && number <= 65535) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new TypeConversionException("must be a number from 0 to 65535, found '" + value + "'");
        }
    }
}
