package org.careerguide.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checking test helper finds what it must, so that a green site check means something. */
class SiteLinksTest {

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
                "a/index.html: href=/x (outside the base path /base/)",
                "index.html: href=a/index.html#gone (no element with id gone)",
                "index.html: src=missing.png (no such file)",
                "index.html: href=b/index.html (no such file)"), SiteLinks.broken(site, "/base/"));
    }
}
