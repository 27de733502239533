package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.careerguide.check.BrokenLink;
import org.careerguide.check.LinkChecker;
import org.careerguide.check.LinkCollector;
import org.careerguide.testing.SiteLinks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Gate 3: no broken internal link anywhere in the written example site: every href and src,
 * every #anchor, links inside inline SVG, JSON-LD urls and absolute links under the base URL.
 */
class SiteLinksTest {

    @ParameterizedTest(name = "{0} theme")
    @FieldSource("org.careerguide.quality.ExampleSite#THEMES")
    void theWrittenExampleSiteHasNoBrokenLinks(String theme) throws IOException {
        LinkCollector site = SiteLinks.collect(ExampleSite.output(theme));
        LinkChecker.Report report = new LinkChecker(ExampleSite.baseUrl()).check(site);
        int pages = ExampleSite.htmlPages(ExampleSite.output(theme)).size();
        System.out.printf("Links, " + theme + " theme: %d pages, %d internal links checked, %d external (not fetched), %d broken%n",
                pages, report.internalLinks(), report.externalLinks(), report.broken().size());
        report.broken().forEach(link -> System.out.println("  " + link));
        assertEquals(List.of(), report.broken().stream().map(BrokenLink::toString).toList());
        // every page links at least to the stylesheet, the icon and the home page
        assertTrue(report.internalLinks() >= 3 * pages, () -> "too few links checked: " + report.internalLinks());
    }
}
