package org.careerguide.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site link helper (the library's check over a folder) finds what it must, so a green site check means something. */
class SiteLinksHelperTest {

    @Test
    void findsMissingFilesMissingAnchorsAndBrokenSvgLinks(@TempDir Path site) {
        TestSites.write(site.resolve("index.html"), "<!DOCTYPE html><title>t</title><p id=top>"
                + "<a href=\"a/index.html#here\">ok</a> <a href=\"a/index.html#gone\">bad anchor</a>"
                + " <a href=\"#top\">ok</a> <a href=\"https://example.org/x\">external</a>"
                + " <img src=\"missing.png\" alt=\"\">"
                + " <svg><a href=\"b/index.html\"><text>bad</text></a></svg>");
        TestSites.write(site.resolve("a/index.html"), "<!DOCTYPE html><title>a</title><h1 id=here>a</h1>"
                + "<a href=\"../index.html\">up</a> <a href=\"/base/a/index.html\">root</a> <a href=\"/x\">outside</a>");
        assertEquals(List.of(
                "a/index.html: broken link '/x' -> outside the site's base path /base/",
                "index.html: broken link 'a/index.html#gone' -> anchor '#gone' missing on a/index.html",
                "index.html: broken link 'b/index.html' -> target missing",
                "index.html: broken link 'missing.png' -> target missing"), SiteLinks.broken(site, "/base/"));
    }
}
