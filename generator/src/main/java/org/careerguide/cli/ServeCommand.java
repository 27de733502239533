package org.careerguide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;
import org.careerguide.model.Problem;
import org.careerguide.serve.PreviewSession;
import org.careerguide.serve.RebuildResult;
import org.careerguide.serve.ServeOptions;

/** {@code careerguide serve}: builds into memory, serves on 127.0.0.1, rebuilds and reloads on save. */
final class ServeCommand extends Subcommand {

    static final String NAME = "serve";

    private static final Set<String> VALUE_OPTIONS = Set.of("--source", "--base-url", "--port");
    private static final Set<String> FLAG_OPTIONS = Set.of("--drafts", "--once", "--help");

    static final String USAGE_TEXT = """
            Usage: java -jar careerguide.jar serve [options]

            Builds the guide into memory and serves it on http://localhost:<port>/ (127.0.0.1 only).
            Watches site.yaml, roles/, pages/, static/, templates/ and themes/; on save it re-renders
            the affected pages and reloads open browsers. A failed rebuild keeps the last good site
            and shows the error (file:line:col) over the page until it is fixed. Ctrl+C stops.

            Options:
              --source DIR     the guide project folder, holding site.yaml (default: .)
              --port N         TCP port (default: 1313; 0 picks a free port, printed)
              --base-url URL   absolute URL the site is published at (overrides site.yaml base_url)
              --drafts         include roles and pages marked draft: true
              --once           build, serve, answer one self-check request and exit (for scripts)
              --help           show this help

            Exit codes: 0 after --once, 1 content errors or failed self-check (--once), 2 usage
            errors, 130/143 stopped by Ctrl+C/SIGTERM.
            """;

    ServeCommand(PrintStream out, PrintStream err) {
        super(out, err, USAGE_TEXT, VALUE_OPTIONS, FLAG_OPTIONS);
    }

    @Override
    int execute(Arguments arguments) throws Arguments.UsageException {
        int port = port(arguments);
        boolean[] healthy = {true};
        try (PreviewSession session = PreviewSession.start(CommonOptions.generatorOptions(arguments).build(),
                ServeOptions.onPort(port), result -> healthy[0] = report(result))) {
            out.println("Serving " + session.url() + " (port " + session.port() + "); Ctrl+C to stop");
            if (arguments.flag("--once")) {
                out.println(session.selfCheck());
                return healthy[0] ? Main.OK : Main.CONTENT_ERRORS;
            }
            session.awaitShutdown(() -> err.println(Interruption.serveStopped(session.url().toString())));
            return Interruption.EXIT_CODE;
        } catch (IOException e) {
            err.println("careerguide: serve: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }

    private boolean report(RebuildResult result) {
        for (Problem problem : result.problems()) {
            err.println(problem);
        }
        out.println(result.summary());
        return result.success();
    }

    private static int port(Arguments arguments) throws Arguments.UsageException {
        String value = arguments.value("--port").orElse(Integer.toString(ServeOptions.DEFAULT_PORT));
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new Arguments.UsageException("--port must be a number from 0 to 65535, found '" + value + "'");
    }
}
