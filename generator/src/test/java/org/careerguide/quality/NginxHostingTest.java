package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The example guide on a real web server: Debian's nginx on 127.0.0.1 with a configuration of its
 * own in a temporary folder, serving the site under {@code /guides/} (built with that base URL).
 * Every page reachable from the home page, every file they load and every sitemap URL answers 200
 * with the right content type; a missing page gets the site's 404 page with status 404.
 */
@Timeout(300)
class NginxHostingTest {

    static final String NGINX = System.getProperty("careerguide.nginx", "/usr/sbin/nginx");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "css", "text/css", "js", "application/javascript", "json", "application/json",
            "xml", "text/xml", "svg", "image/svg+xml", "txt", "text/plain");

    @TempDir
    Path temp;

    private static void requireNginx() {
        if (Files.isExecutable(Path.of(NGINX))) {
            return;
        }
        String why = NGINX + " not found: install it with `apt-get install -y nginx`";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, so the hosting test must run, but " + why);
        }
        Assumptions.abort("nginx test skipped: " + why);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void servesTheGuideUnderASubPathWithNoBrokenLinks() throws Exception {
        requireNginx();
        // nginx's workers drop root's rights; they must be able to read the site and write their temp files.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/guides/";
        Path www = temp.resolve("www");
        Path site = www.resolve("guides");
        GenerationReport report = new Generator().build(GeneratorOptions.builder(TestSites.exampleContent())
                .outputDir(site).baseUrl(base).displayRoot("content").build());
        assertTrue(report.success() && report.problems().isEmpty(), report.problems().toString());
        Path config = writeConfig(port, www);
        Process nginx = new ProcessBuilder(NGINX, "-p", temp.toString(), "-c", config.toString(), "-e",
                temp.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("nginx.out").toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilServing(client, base, nginx);
            crawl(client, base);
            HttpResponse<String> missing = get(client, base + "no/such/page/");
            assertEquals(404, missing.statusCode());
            Document notFound = Jsoup.parse(missing.body(), base + "no/such/page/");
            assertEquals("Page not found", notFound.selectFirst("h1").text());
            String css = notFound.selectFirst("link[rel=stylesheet]").absUrl("href");
            assertEquals(200, get(client, css).statusCode(), "the 404 page's stylesheet loads at any depth: " + css);
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(20, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Path writeConfig(int port, Path www) throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        String config = String.join("\n",
                "worker_processes 1;",
                "daemon off;",
                "pid " + temp.resolve("nginx.pid") + ";",
                root ? "user nobody nogroup;" : "",
                "events { worker_connections 64; }",
                "http {",
                "  include /etc/nginx/mime.types;",
                "  default_type application/octet-stream;",
                "  access_log " + temp.resolve("access.log") + ";",
                "  client_body_temp_path " + temp.resolve("body") + ";",
                "  proxy_temp_path " + temp.resolve("proxy") + ";",
                "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";",
                "  scgi_temp_path " + temp.resolve("scgi") + ";",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    root " + www + ";",
                "    charset utf-8;",
                "    location /guides/ { error_page 404 /guides/404.html; }",
                "  }",
                "}", "");
        return TestSites.write(temp.resolve("nginx.conf"), config);
    }

    private static void waitUntilServing(HttpClient client, String base, Process nginx) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                fail("nginx stopped with exit code " + nginx.exitValue());
            }
            try {
                get(client, base);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail("nginx did not answer at " + base);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void crawl(HttpClient client, String base) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(base, base + "sitemap.xml", base + "robots.txt",
                base + "feed.xml", base + "roles.json"));
        List<String> failures = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            HttpResponse<String> response = get(client, url);
            String type = response.headers().firstValue("Content-Type").orElse("");
            String path = URI.create(url).getPath();
            String name = path.endsWith("/") ? "index.html" : path.substring(path.lastIndexOf('/') + 1);
            String expected = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
            if (response.statusCode() != 200) {
                failures.add(response.statusCode() + " " + url);
                continue;
            }
            if (expected == null || !type.startsWith(expected)) {
                failures.add(url + " served as '" + type + "', expected " + expected);
            }
            if (type.startsWith("text/html")) {
                pages++;
                Document page = Jsoup.parse(response.body(), url);
                for (Element link : page.select("a[href], link[href], script[src]")) {
                    String target = link.hasAttr("src") ? link.absUrl("src") : link.absUrl("href");
                    target = target.replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
                    if (target.startsWith(base)) {
                        queue.add(target);
                    }
                }
            } else if (name.equals("sitemap.xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList locs = factory.newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
                for (int i = 0; i < locs.getLength(); i++) {
                    queue.add(locs.item(i).getTextContent());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(pages >= ExampleSite.htmlPages().size() - 1, "pages crawled: " + pages);
    }
}
