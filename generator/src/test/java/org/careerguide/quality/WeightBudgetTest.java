package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careerguide.check.PageLinks;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Gate 4: the example site is light and self-contained. A role page with the CSS and JS it links
 * stays within 42 KB uncompressed; no page loads anything from another site; no web fonts; the
 * only images are inline SVG (plus the SVG favicon, which is no part of a page's content).
 */
class WeightBudgetTest {

    /**
     * 42 KB, counted strictly (1 KB = 1000 bytes). It was 30 KB, which the heaviest example role
     * page (29.3 KB) could not keep once every page got what a published guide needs: header menu
     * and search box with breadcrumbs (1.9 KB of HTML), schema.org JSON-LD and OpenGraph tags
     * (3.2 KB on that page), their styles (1.9 KB of CSS) and the search script (5.6 KB, deferred,
     * cached across pages). Lowering it again means trimming the role page's own sections.
     */
    static final long ROLE_PAGE_BUDGET = 42_000;
    /** A print stylesheet, fetched after the page is shown (not counted in the page's budget above). */
    static final long PRINT_BUDGET = 2_000;

    /** Link relations that name a related page rather than load a resource. */
    private static final Set<String> NON_LOADING_RELS = Set.of("canonical", "alternate", "author", "license", "help",
            "next", "prev", "me", "bookmark", "search", "external", "nofollow", "noopener", "noreferrer");
    private static final Pattern ABSOLUTE = Pattern.compile("^\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//");
    private static final Set<String> FONT_FILES = Set.of("woff", "woff2", "ttf", "otf", "eot");
    private static final Set<String> IMAGE_FILES = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico",
            "tif", "tiff");

    private static final Path SITE = ExampleSite.output();

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.careerguide.quality.ExampleSite#VARIANTS")
    void aRolePageWithItsCssAndJsStaysWithinBudget(String theme) {
        Path site = ExampleSite.variant(theme);
        List<String> pages = ExampleSite.htmlPages(site);
        System.out.printf("Weight per kind of page, %s (HTML + linked CSS + JS, uncompressed; budget for roles:"
                + " %,d bytes)%n", theme, ROLE_PAGE_BUDGET);
        System.out.printf("  %-12s %5s %10s %10s %10s  %s%n", "kind", "pages", "html max", "css+js", "total max",
                "heaviest page");
        long heaviestRole = 0;
        for (Map.Entry<String, List<String>> kind : PageKinds.byKind(pages).entrySet()) {
            String heaviest = null;
            long max = -1;
            long htmlMax = 0;
            for (String page : kind.getValue()) {
                long total = pageWeight(site, page);
                htmlMax = Math.max(htmlMax, size(site.resolve(page)));
                if (total > max) {
                    max = total;
                    heaviest = page;
                }
            }
            long linked = max - size(site.resolve(heaviest));
            System.out.printf("  %-12s %5d %,10d %,10d %,10d  %s%n", kind.getKey(), kind.getValue().size(), htmlMax,
                    linked, max, heaviest);
            if (kind.getKey().equals("roles/*")) {
                heaviestRole = max;
            }
        }
        assertTrue(heaviestRole > 0, "the example site has role pages");
        long weight = heaviestRole;
        assertTrue(weight <= ROLE_PAGE_BUDGET, () -> "the heaviest role page weighs " + weight + " bytes, over the "
                + ROLE_PAGE_BUDGET + " byte budget");
    }

    @Test
    void noPageLoadsAnythingFromAnotherSite() {
        List<String> outside = new ArrayList<>();
        for (String page : ExampleSite.htmlPages()) {
            Document document = TestSites.parse(SITE.resolve(page));
            for (String url : loadedUrls(document)) {
                if (ABSOLUTE.matcher(url).find()) {
                    outside.add(page + " loads " + url);
                }
            }
        }
        for (Path css : filesEnding("css")) {
            cssUrls(read(css)).stream().filter(url -> ABSOLUTE.matcher(url).find())
                    .forEach(url -> outside.add(SITE.relativize(css) + " loads " + url));
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void noWebFontsAndOnlyInlineSvgImages() {
        List<String> found = new ArrayList<>();
        for (Path file : filesEnding(null)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (FONT_FILES.contains(extension) || IMAGE_FILES.contains(extension)) {
                found.add("file " + SITE.relativize(file));
            }
            if (extension.equals("css") && read(file).toLowerCase(Locale.ROOT).contains("@font-face")) {
                found.add("@font-face in " + SITE.relativize(file));
            }
        }
        for (String page : ExampleSite.htmlPages()) {
            Document document = TestSites.parse(SITE.resolve(page));
            document.select("img, picture, input[type=image], embed, object, iframe, svg image, link[as=font]")
                    .forEach(element -> found.add(page + ": <" + element.tagName() + ">"));
            document.select("link[rel~=(?i)icon]").stream()
                    .filter(link -> !link.attr("href").endsWith(".svg"))
                    .forEach(link -> found.add(page + ": icon " + link.attr("href")));
            document.select("style").forEach(style -> {
                if (style.data().toLowerCase(Locale.ROOT).contains("@font-face")) {
                    found.add(page + ": @font-face");
                }
            });
        }
        assertEquals(List.of(), found);
    }

    /**
     * A page's bytes plus those of each stylesheet and script it links, each counted once. A
     * stylesheet for print only ({@code media="print"}) does not hold up the page on screen and is
     * fetched after it; it has a budget of its own ({@link #PRINT_BUDGET}).
     */
    private static long pageWeight(Path site, String page) {
        Path file = site.resolve(page);
        Document document = TestSites.parse(file);
        Set<Path> linked = new LinkedHashSet<>();
        for (Element print : document.select("link[rel~=(?i)stylesheet][href][media=print]")) {
            long bytes = size(localFile(site, file, print.attr("href")));
            assertTrue(bytes <= PRINT_BUDGET, () -> page + ": print stylesheet of " + bytes + " bytes, over the "
                    + PRINT_BUDGET + " byte budget");
        }
        for (Element element : document.select("link[rel~=(?i)stylesheet][href]:not([media=print]), script[src]")) {
            String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            linked.add(localFile(site, file, url));
        }
        return size(file) + linked.stream().mapToLong(WeightBudgetTest::size).sum();
    }

    /** The URLs a browser fetches to show the page (not the pages it links to). */
    private static List<String> loadedUrls(Document document) {
        List<String> urls = new ArrayList<>();
        for (Element link : document.select("link[href]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            if (!NON_LOADING_RELS.containsAll(rels)) {
                urls.add(link.attr("href"));
            }
        }
        for (Element element : document.select("[src], [srcset], [poster], object[data], svg image, svg use")) {
            for (String attribute : List.of("src", "poster", "data", "href", "xlink:href")) {
                if (element.hasAttr(attribute) && !(attribute.equals("data") && !element.nameIs("object"))
                        && !(attribute.contains("href") && !element.nameIs("image") && !element.nameIs("use"))) {
                    urls.add(element.attr(attribute));
                }
            }
            for (String candidate : element.attr("srcset").split(",")) {
                if (!candidate.isBlank()) {
                    urls.add(candidate.strip().split("\\s+")[0]);
                }
            }
        }
        document.select("style").forEach(style -> urls.addAll(cssUrls(style.data())));
        document.select("[style]").forEach(element -> urls.addAll(cssUrls(element.attr("style"))));
        return urls;
    }

    /** The url() and @import references of a stylesheet, as the link check reads them. */
    private static List<String> cssUrls(String css) {
        return PageLinks.ofCss("", css).links();
    }

    private static Path localFile(Path site, Path page, String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String base = ExampleSite.basePath();
        Path file = path.startsWith(base) ? site.resolve(path.substring(base.length()))
                : page.getParent().resolve(path);
        assertTrue(Files.isRegularFile(file.normalize()), () -> page + " links a missing or outside file: " + url);
        return file.normalize();
    }

    private static List<Path> filesEnding(String extension) {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> extension == null || file.toString().endsWith("." + extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
