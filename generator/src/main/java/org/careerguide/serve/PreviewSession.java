package org.careerguide.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.careerguide.GeneratorOptions;
import org.careerguide.concurrent.DaemonThreads;

/**
 * A running preview: the site built into memory, served on 127.0.0.1, rebuilt when the project
 * changes, and open pages reloaded. The CLI's {@code serve} and the Maven {@code serve} goal both
 * start one and report what it tells their listener.
 */
public final class PreviewSession implements AutoCloseable {

    private final PreviewBuilder builder;
    private final PreviewServer server;
    private final ScheduledExecutorService scheduler;
    private final Consumer<RebuildResult> listener;
    private ProjectWatcher watcher;

    private PreviewSession(PreviewBuilder builder, PreviewServer server, ScheduledExecutorService scheduler,
                           Consumer<RebuildResult> listener) {
        this.builder = builder;
        this.server = server;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    /**
     * Builds the site, starts the server and the watcher. {@code listener} hears about the first
     * build and every rebuild (on the rebuild thread). The server starts even when the first build
     * fails: the error page tells the author what to fix, and the next save rebuilds.
     */
    public static PreviewSession start(GeneratorOptions options, ServeOptions serve, Consumer<RebuildResult> listener)
            throws IOException {
        if (!Files.isDirectory(options.projectDir())) {
            throw new IOException("guide project folder not found: " + options.displayRoot());
        }
        PreviewBuilder builder = new PreviewBuilder(options);
        PreviewBuilder.Outcome first = builder.rebuild(Set.of());
        listener.accept(first.result());
        PreviewServer server = PreviewServer.start(serve.port(), first.state());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                DaemonThreads.named("careerguide-rebuild"));
        PreviewSession session = new PreviewSession(builder, server, scheduler, listener);
        try {
            session.watcher = new ProjectWatcher(options.projectDir(), serve.debounce(), scheduler, session::rebuild);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The port the server listens on (the one asked for, or the free one picked for 0). */
    public int port() {
        return server.port();
    }

    /** The site's address, e.g. {@code http://localhost:1313/}. */
    public URI url() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /**
     * Requests the home page from the running server, as a browser would, and checks that it came
     * back as an HTML page with the live-reload script. Returns a one-line description of what was
     * found; throws when the answer is wrong. Used by {@code serve --once} in scripts and tests.
     */
    public String selfCheck() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url()).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("self-check interrupted", e);
        }
        boolean reloads = response.body().contains("<script data-careerguide-live-reload>");
        if (response.statusCode() != 200 || !reloads) {
            throw new IOException("self-check of " + url() + " failed: HTTP " + response.statusCode()
                    + (reloads ? "" : ", no live-reload script"));
        }
        return "self-check: GET " + url() + " -> HTTP 200, " + response.body().length()
                + " characters of HTML, live reload on";
    }

    /** Blocks until the JVM is asked to stop (Ctrl+C), then closes the server and the watcher. */
    public void awaitShutdown() {
        awaitShutdown(() -> { });
    }

    /**
     * Blocks until the JVM is asked to stop (Ctrl+C, SIGTERM) or the calling thread is interrupted
     * (a cancelled Maven goal), then closes the server and the watcher; on a JVM stop, the hook then
     * runs {@code stopped} (a CLI prints its one line there: the JVM exits as soon as hooks end).
     */
    public void awaitShutdown(Runnable stopped) {
        awaitShutdown(() -> { }, stopped);
    }

    /**
     * {@link #awaitShutdown(Runnable)}, running {@code ready} once the hook is in place: a line such
     * as "Serving ... Ctrl+C to stop" printed there is never followed by a stop that skips {@code stopped}.
     */
    public void awaitShutdown(Runnable ready, Runnable stopped) {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                close();
            } catch (IOException e) {
                // Exiting anyway.
            }
            stopped.run();
            closed.countDown();
        }, "careerguide-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ready.run();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException stopping) {
                // The JVM is stopping: the hook closes the session.
            }
        }
    }

    private void rebuild(Set<String> changed) {
        PreviewBuilder.Outcome outcome = builder.rebuild(changed);
        // Reported before the pages reload, so that whoever sees the new page can also see the report.
        listener.accept(outcome.result());
        server.publish(outcome.state());
    }

    @Override
    public void close() throws IOException {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            server.close();
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
