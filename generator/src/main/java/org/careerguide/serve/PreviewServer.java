package org.careerguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.careerguide.concurrent.DaemonThreads;

/**
 * The preview's HTTP server (the JDK's own, on 127.0.0.1): serves the in-memory site, adds the
 * live-reload script to HTML pages, and streams a {@code reload} server-sent event to every open
 * page after each rebuild. There is no directory listing: a path is a file of the site or a 404.
 */
final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/_careerguide/events";

    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveReloadInjector injector = new LiveReloadInjector();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile PreviewState state;

    private PreviewServer(HttpServer server, ExecutorService executor, PreviewState state) {
        this.server = server;
        this.executor = executor;
        this.state = state;
    }

    /** Starts serving {@code initial} on 127.0.0.1:{@code port} (0: any free port). */
    static PreviewServer start(int port, PreviewState initial) throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is in use (" + e.getMessage()
                    + "); choose another port, or 0 for any free one", e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(DaemonThreads.named("careerguide-preview-http"));
        http.setExecutor(executor);
        PreviewServer preview = new PreviewServer(http, executor, initial);
        http.createContext("/", preview::handle);
        http.start();
        return preview;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code next} from now on and tells every open page to reload. */
    void publish(PreviewState next) {
        state = next;
        for (OutputStream listener : listeners) {
            try {
                sendReload(listener, next.generation());
            } catch (IOException e) {
                // The page was closed: forget it.
                listeners.remove(listener);
                closeQuietly(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!RequestPolicy.allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(exchange, 403, "text/plain; charset=utf-8", bytes("Forbidden: use http://localhost/\n"));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed\n"));
                return;
            }
            if (exchange.getRequestURI().getPath() != null && exchange.getRequestURI().getPath().equals(EVENTS)) {
                openEvents(exchange);
                return;
            }
            serveFile(exchange);
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        Optional<String> path = RequestPolicy.outputPath(exchange.getRequestURI());
        if (path.isEmpty()) {
            respond(exchange, 400, "text/plain; charset=utf-8", bytes("Bad request path\n"));
            return;
        }
        PreviewState current = state;
        byte[] content = current.file(path.get());
        if (content == null && current.has(path.get() + "/index.html")) {
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
            respond(exchange, 301, "text/plain; charset=utf-8", bytes("Moved\n"));
            return;
        }
        int status = 200;
        String served = path.get();
        if (content == null) {
            status = 404;
            served = "404.html";
            content = current.has(served) ? current.file(served)
                    : bytes("<!DOCTYPE html><title>404</title><p>Not found</p>");
        }
        String type = RequestPolicy.contentType(served);
        if (type.startsWith("text/html")) {
            content = injector.inject(content, current);
        }
        respond(exchange, status, type, content);
    }

    private void openEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(bytes("retry: 500\n\n"));
        // The current generation: a page rendered before the latest rebuild reloads at once.
        sendReload(body, state.generation());
        listeners.add(body);
        // The stream stays open after this handler returns; publish() writes to it.
    }

    private static void sendReload(OutputStream listener, long generation) throws IOException {
        synchronized (listener) {
            listener.write(bytes("event: reload\ndata: " + generation + "\n\n"));
            listener.flush();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    @Override
    public void close() {
        listeners.forEach(PreviewServer::closeQuietly);
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
