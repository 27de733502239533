package org.careerguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.careerguide.check.BrokenLink;
import org.careerguide.check.LinkChecker;
import org.careerguide.check.LinkCollector;

/**
 * Test helpers over a generated site folder: its pages, where a link of a page leads, and the
 * internal links that lead nowhere (a missing file, or a #fragment with no element of that id),
 * including links inside inline SVG. External links are not followed.
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    /** Every broken internal link of the site, as "page: link -> why"; empty when all resolve. */
    public static List<String> broken(Path site) {
        return broken(site, "/");
    }

    /**
     * The same for a site served under {@code basePath} ("/careerguide/"): root-relative links such
     * as the 404 page's must start with it, and resolve from the site folder. The checking is the
     * library's own link check ({@link LinkChecker}), run over the written folder.
     */
    public static List<String> broken(Path site, String basePath) {
        try {
            return new LinkChecker(Optional.of("https://site.invalid" + basePath))
                    .check(collect(site)).broken().stream().map(BrokenLink::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An already written site folder, fed to the link check as a build feeds it (every file, by its path). */
    public static LinkCollector collect(Path site) throws IOException {
        LinkCollector collector = new LinkCollector();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                collector.write(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return collector;
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
}
