package org.careerguide.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser stand-in for tests: fetches pages and listens to the server-sent reload events. */
final class PreviewClient implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
    private CompletableFuture<HttpResponse<Stream<String>>> events;

    PreviewClient(int port) {
        this.base = URI.create("http://localhost:" + port + "/");
    }

    /** Opens the event stream, as the injected script does; every {@code reload} event is queued. */
    void listen() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(PreviewServer.EVENTS.substring(1))).build();
        events = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        events.thenAccept(response -> {
            boolean[] reload = {false};
            response.body().forEach(line -> {
                if (line.equals("event: reload")) {
                    reload[0] = true;
                } else if (reload[0] && line.startsWith("data: ")) {
                    reloads.add(Long.parseLong(line.substring("data: ".length())));
                    reload[0] = false;
                }
            });
        });
    }

    /** The generation of the next reload event newer than {@code after}, waiting until the deadline. */
    long awaitReloadAfter(long after, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Long generation = reloads.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (generation == null) {
                throw new AssertionError("no reload event after generation " + after + " within " + timeout);
            }
            if (generation > after) {
                return generation;
            }
        }
    }

    HttpResponse<String> get(String path, String host) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (host != null) {
            request.header("Host", host);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Document page(String path) {
        HttpResponse<String> response = get(path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " -> HTTP " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base.resolve(path).toString());
    }

    @Override
    public void close() {
        if (events != null) {
            events.cancel(true);
            events.thenAccept(response -> response.body().close());
        }
    }
}
