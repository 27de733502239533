package org.careerguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server answers only loopback Host names, serves only files of the site, refuses
 * traversal in every spelling, lists no folder, and adds its script only to HTML it serves.
 * Requests are written on a raw socket so that no client normalises the path first.
 */
class PreviewServerSecurityTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Role</title></head>"
            + "<body><h1>Cloud Architect</h1></body></html>";

    @TempDir
    static Path temp;
    static PreviewServer server;

    @BeforeAll
    static void start() throws IOException {
        // A file beside the served site that no request may reach.
        TestSites.write(temp.resolve("secret.txt"), "TOP SECRET");
        Map<String, byte[]> files = Map.of(
                "index.html", PAGE.getBytes(StandardCharsets.UTF_8),
                "roles/cloud-architect/index.html", PAGE.getBytes(StandardCharsets.UTF_8),
                "assets/careerguide.css", "body{}".getBytes(StandardCharsets.UTF_8),
                "404.html", "<!DOCTYPE html><title>Not here</title><body><p>Gone</p></body>"
                        .getBytes(StandardCharsets.UTF_8));
        server = PreviewServer.start(0, PreviewState.of(files, List.of(), 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "LOCALHOST:%d", "localhost:%d", "127.0.0.1:%d"})
    void answersLoopbackHostNames(String host) throws IOException {
        assertEquals(200, request("GET", "/", host.formatted(server.port())).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:%d", "localhost.evil.example", "127.0.0.1.nip.io",
            "[::1]:%d", "0.0.0.0:%d", ""})
    void refusesOtherHostNames(String host) throws IOException {
        Response response = request("GET", "/", host.formatted(server.port()));
        assertEquals(403, response.status());
        assertFalse(response.body().contains("Cloud Architect"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/roles/../../secret.txt", "/%2e%2e/secret.txt",
            "/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt",
            "/roles/..\\..\\secret.txt", "/./index.html", "/roles//cloud-architect/", "/index.html%00.css",
            "/%c0%ae%c0%ae/secret.txt"})
    void refusesTraversalInEverySpelling(String path) throws IOException {
        Response response = request("GET", path, "localhost");
        assertTrue(response.status() == 400 || response.status() == 404, path + " -> " + response.status());
        assertFalse(response.body().contains("TOP SECRET"));
        assertFalse(response.body().contains("Cloud Architect"), "no site file under a refused path");
    }

    @Test
    void listsNoFolderAndRedirectsFolderWithoutSlash() throws IOException {
        Response folder = request("GET", "/roles/", "localhost");
        assertEquals(404, folder.status());
        Document page = Jsoup.parse(folder.body());
        assertEquals("Not here", page.title(), "the site's 404 page, not a listing");
        assertTrue(page.select("a[href*=cloud-architect]").isEmpty());
        Response noSlash = request("GET", "/roles/cloud-architect", "localhost");
        assertEquals(301, noSlash.status());
        assertTrue(noSlash.head().contains("Location: /roles/cloud-architect/"), noSlash.head());
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws IOException {
        assertEquals(405, request("POST", "/", "localhost").status());
        assertEquals(405, request("DELETE", "/index.html", "localhost").status());
    }

    @Test
    void injectsTheScriptIntoServedHtmlOnly() throws IOException {
        Document page = Jsoup.parse(request("GET", "/roles/cloud-architect/", "localhost").body());
        assertEquals(1, page.select("body > script[data-careerguide-live-reload]").size());
        assertEquals("Cloud Architect", page.selectFirst("h1").text());
        Response css = request("GET", "/assets/careerguide.css", "localhost");
        assertEquals("body{}", css.body());
        assertTrue(css.head().toLowerCase().contains("content-type: text/css"), css.head());
    }

    @Test
    void builtOutputNeverContainsTheScript() throws IOException {
        Path project = MinimalSite.with(temp.resolve("built"), "cloud-architect", MinimalSite.role("Cloud Architect"));
        Path out = temp.resolve("built-site");
        assertTrue(TestSites.build(project, out).success());
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertFalse(html.isEmpty());
            for (Path file : html) {
                // The theme's own deferred assets (search) may load; no inline script, none for live reload.
                assertTrue(TestSites.parse(file).select("script[data-careerguide-live-reload], script:not([src])")
                        .isEmpty(), file + " has a script");
            }
        }
    }

    record Response(int status, String head, String body) {
    }

    /** Sends one request exactly as written: no client-side path normalisation. */
    static Response request(String method, String rawPath, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            String[] statusLine = head.split(" ", 3);
            return new Response(Integer.parseInt(statusLine[1]), head, body);
        }
    }
}
