package org.careerguide.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.serve.PreviewSession;
import org.careerguide.serve.RebuildResult;
import org.careerguide.serve.ServeOptions;

/**
 * Previews the guide with live reload: builds it into memory, serves it on
 * {@code http://localhost:<port>/} (127.0.0.1 only), watches {@code site.yaml}, {@code roles/},
 * {@code pages/}, {@code static/}, {@code templates/} and {@code themes/}, re-renders the pages an
 * edit affects and reloads open browsers. A failed rebuild keeps the last good site and shows the
 * error over the page. Runs until Ctrl+C; nothing is written to disk.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractGuideMojo {

    /** TCP port on 127.0.0.1; 0 picks any free port (printed). */
    @Parameter(property = "careerguide.serve.port", defaultValue = "1313")
    private int port;

    /** Build, serve, answer one self-check request and stop (for scripts and tests). */
    @Parameter(property = "careerguide.serve.once", defaultValue = "false")
    private boolean once;

    /** Treat warnings as errors: shown over the page like errors, as build and check would fail on them. */
    @Parameter(property = "careerguide.strict", defaultValue = "false")
    private boolean strict;

    @Override
    protected String goal() {
        return "serve";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        RebuildResult[] first = new RebuildResult[1];
        try (PreviewSession session = PreviewSession.start(generatorOptions(strict).build(),
                ServeOptions.onPort(port), result -> {
                    log(result.problems());
                    getLog().info(result.summary());
                    if (first[0] == null) {
                        first[0] = result;
                    }
                })) {
            getLog().info("Serving " + session.url() + " (port " + session.port() + "); Ctrl+C to stop");
            if (once) {
                getLog().info(session.selfCheck());
                if (!first[0].success()) {
                    throw failure("The guide did not build", first[0].problems());
                }
                return;
            }
            session.awaitShutdown();
        } catch (IOException e) {
            throw new MojoExecutionException("careerguide:serve: " + e.getMessage(), e);
        }
    }
}
