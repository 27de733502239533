package org.careerguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.testing.SiteLinks;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;

/** The link checker on an output folder broken on purpose (src/test/resources/check/broken-site/). */
class LinkCheckerTest {

    private static final Optional<String> BASE = Optional.of("https://example.org/guide/");

    private static LinkChecker.Report checkBrokenSite() throws IOException {
        LinkCollector site = SiteLinks.collect(
                TestSites.repoRoot().resolve("generator/src/test/resources/check/broken-site"));
        return new LinkChecker(BASE).check(site);
    }

    @Test
    void findsEveryDeliberateBreakAndNothingElse() throws IOException {
        List<String> broken = checkBrokenSite().broken().stream().map(BrokenLink::toString).toList();
        assertEquals(List.of(
                "assets/site.css: broken link 'missing-font.woff2' -> target missing",
                "index.html: broken link '#gone' -> anchor '#gone' missing on index.html",
                "index.html: broken link 'assets/logo.png' -> target missing",
                "index.html: broken link 'https://example.org/guide/roles/zzz/' -> target missing",
                "index.html: broken link 'roles/a/index.html#nope' -> anchor '#nope' missing on roles/a/index.html",
                "index.html: broken link 'roles/b/index.html' -> target missing",
                "index.html: broken link 'roles/missing/index.html' -> target missing",
                "roles/a/index.html: broken link '../../../up.html' -> points outside the site",
                "roles/a/index.html: broken link '../../assets/missing@2x.svg' -> target missing",
                "roles/a/index.html: broken link '/roles/a/' -> outside the site's base path /guide/"), broken);
    }

    @Test
    void countsInternalAndExternalLinks() throws IOException {
        LinkChecker.Report report = checkBrokenSite();
        // external: other.example, mailto and the JSON-LD url on elsewhere.example (@context is no url)
        assertEquals(3, report.externalLinks());
        assertTrue(report.internalLinks() > 20, () -> "internal links checked: " + report.internalLinks());
    }

    @Test
    void catchesABrokenLinkInsideInlineSvg() {
        LinkCollector site = new LinkCollector();
        site.write("index.html", page("<svg><a href=\"map/\"><text>map</text></a></svg>"));
        assertEquals(List.of("index.html: broken link 'map/' -> target missing"),
                new LinkChecker(Optional.empty()).check(site).broken().stream().map(BrokenLink::toString).toList());
        site.write("map/index.html", page("<p>the map</p>"));
        assertEquals(List.of(), new LinkChecker(Optional.empty()).check(site).broken());
    }

    @Test
    void withoutBaseUrlRootRelativeLinksStartAtTheOutputRootAndAbsoluteOnesAreExternal() {
        LinkCollector site = new LinkCollector();
        site.write("a/index.html", page("<a href=\"/a/#x\">self</a><a href=\"/b/\">b</a>"
                + "<a href=\"https://example.org/guide/b/\">abs</a><p id=\"x\">x</p>"));
        LinkChecker.Report report = new LinkChecker(Optional.empty()).check(site);
        assertEquals(List.of("a/index.html: broken link '/b/' -> target missing"),
                report.broken().stream().map(BrokenLink::toString).toList());
        assertEquals(1, report.externalLinks());
    }

    @Test
    void aMalformedBaseUrlDoesNotStopTheCheck() {
        LinkCollector site = new LinkCollector();
        site.write("index.html", page("<a href=\"gone/\">gone</a><a href=\"/index.html\">home</a>"));
        for (String base : List.of("not a url/", "example.org")) {
            assertEquals(List.of("index.html: broken link 'gone/' -> target missing"), new LinkChecker(Optional.of(base))
                    .check(site).broken().stream().map(BrokenLink::toString).toList());
        }
    }

    @Test
    void decodesPercentEscapesAndIgnoresQueries() {
        LinkCollector site = new LinkCollector();
        site.write("index.html", page("<a href=\"caf%C3%A9/?q=1#r%C3%A9sum%C3%A9\">caf\u00e9</a>"));
        site.write("caf\u00e9/index.html", page("<h2 id=\"r\u00e9sum\u00e9\">R</h2>"));
        assertEquals(List.of(), new LinkChecker(Optional.empty()).check(site).broken());
    }

    @Test
    void reportsALinkBrokenOnManyPagesOnceWithACount() {
        LinkCollector site = new LinkCollector();
        site.write("index.html", page("<a href=\"gone/\">gone</a>"));
        site.write("a/index.html", page("<a href=\"../gone/\">gone</a>"));
        site.write("b/index.html", page("<a href=\"../gone/index.html\">gone</a>"));
        Problems problems = new Problems();
        new LinkChecker(Optional.empty()).report(site, problems, Set.of());
        assertEquals(List.of("a/index.html: error: broken link '../gone/' -> target missing (and 2 other pages)"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    private static byte[] page(String body) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
