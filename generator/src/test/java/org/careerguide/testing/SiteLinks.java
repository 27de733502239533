package org.careerguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks every page of a generated site and finds the internal links that lead nowhere: a missing
 * file, or a #fragment with no element of that id on the target page. Looks at every href and src,
 * including links inside inline SVG ({@code href} and {@code xlink:href}). External links
 * (any scheme, or protocol-relative) are not followed.
 */
public final class SiteLinks {

    private final Path site;
    private final String basePath;
    private final Map<Path, Document> parsed = new HashMap<>();

    private SiteLinks(Path site, String basePath) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath;
    }

    /** Every broken internal link of the site, as "page: attribute=value (why)"; empty when all resolve. */
    public static List<String> broken(Path site) {
        return broken(site, "/");
    }

    /**
     * The same for a site served under {@code basePath} ("/careerguide/"): root-relative links such
     * as the 404 page's must start with it, and resolve from the site folder.
     */
    public static List<String> broken(Path site, String basePath) {
        return new SiteLinks(site, basePath).check();
    }

    /** Every HTML page of the site. */
    public static List<Path> pages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a relative link of {@code page} points to (query and fragment dropped). */
    public static Path target(Path page, String href) {
        String path = href.replaceFirst("[?#].*$", "");
        if (path.isEmpty()) {
            return page;
        }
        Path resolved = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        return path.endsWith("/") ? resolved.resolve("index.html") : resolved;
    }

    private List<String> check() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages(site)) {
            for (Element element : document(page).getAllElements()) {
                for (String attribute : List.of("href", "src", "xlink:href")) {
                    if (element.hasAttr(attribute)) {
                        String href = element.attr(attribute);
                        problem(page, href).ifPresent(why -> broken.add(
                                site.relativize(page) + ": " + attribute + "=" + href + " (" + why + ")"));
                    }
                }
            }
        }
        return broken;
    }

    private Optional<String> problem(Path page, String href) {
        if (href.isEmpty()) {
            return Optional.of("empty link");
        }
        if (href.startsWith("//") || URI.create(href.replace(" ", "%20")).getScheme() != null) {
            return Optional.empty();
        }
        Path target;
        if (href.startsWith("/")) {
            if (!href.startsWith(basePath)) {
                return Optional.of("outside the base path " + basePath);
            }
            target = target(site.resolve("index.html"), href.substring(basePath.length()));
        } else {
            target = target(page, href);
        }
        if (!target.startsWith(site)) {
            return Optional.of("leaves the site");
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of("no such file");
        }
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        if (!fragment.isEmpty() && target.toString().endsWith(".html")
                && document(target).getElementById(fragment) == null
                && document(target).selectFirst("a[name=" + fragment + "]") == null) {
            return Optional.of("no element with id " + fragment);
        }
        return Optional.empty();
    }

    private Document document(Path page) {
        return parsed.computeIfAbsent(page, TestSites::parse);
    }
}
