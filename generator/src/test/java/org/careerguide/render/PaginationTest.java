package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.PaginatedGuide;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Light pages at any size: the home page lists families with counts and links, and it and the
 * term pages continue on {@code page/2/} and on past 100 entries; the link check covers the pages.
 */
class PaginationTest {

    private static final int ROLES = 250;
    private static final int IN_FAMILY = 120;

    @TempDir
    static Path dir;

    private static Path site;

    /** 250 roles, all with the skill "Shared"; the first 120 in the family "Data", the rest in none. */
    @BeforeAll
    static void build() {
        Path project = PaginatedGuide.write(dir, ROLES, IN_FAMILY);
        site = dir.resolve("site");
        GenerationReport report = new Generator().build(GeneratorOptions.builder(project).outputDir(site).build());
        assertTrue(report.success(), report.problems().toString());
        GenerationReport check = new Generator().check(GeneratorOptions.builder(project).build());
        assertEquals(List.of(), check.problems().stream().filter(p -> p.isError()).toList(),
                "the output link check passes over every paginated page");
    }

    private static Document page(String path) {
        return TestSites.parse(site.resolve(path));
    }

    /** Where a link on the page at {@code from} leads, as a site path. */
    private static String target(String from, Element link) {
        return java.net.URI.create("http://site/" + from).resolve(link.attr("href")).getPath().substring(1)
                .replaceFirst("index\\.html$", "");
    }

    private static List<String> listed(Document page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void homeListsFamiliesWithCountsThenOtherRolesAHundredEntriesAPage() {
        Document home = page("index.html");
        Element family = home.selectFirst(".family-list li");
        assertNotNull(family);
        assertEquals("Data", family.selectFirst("h3 a").text());
        assertEquals("families/data/", target("index.html", family.selectFirst("h3 a")));
        assertEquals("120 roles", family.selectFirst(".count").text());
        assertEquals(5, family.select("p a").size());
        assertTrue(family.selectFirst("p").text().endsWith("and 115 more"), family.text());
        // One family entry and 130 family-less roles: 131 entries, 100 on the first page.
        assertEquals(99, home.select("#other-roles + ul a").size());
        Document second = page("page/2/index.html");
        assertEquals(31, second.select("#other-roles + ul a").size());
        assertTrue(second.select(".family-list").isEmpty());
        assertFalse(Files.exists(site.resolve("page/3/index.html")));
        Set<String> linked = new HashSet<>(listed(home, "#other-roles + ul a"));
        linked.addAll(listed(second, "#other-roles + ul a"));
        assertEquals(ROLES - IN_FAMILY, linked.size(), "every role without a family is listed once");
        assertEquals("page/2/", target("index.html", home.selectFirst(".pager a[rel=next]")));
        assertEquals("", target("page/2/index.html", second.selectFirst(".pager a[rel=prev]")));
        assertEquals("2", second.selectFirst(".pager [aria-current=page]").text());
        assertTrue(second.title().contains("page 2 of 2"), second.title());
    }

    @Test
    void termAndFamilyPagesPaginateAtAHundredRoles() {
        Document first = page("skills/shared/index.html");
        assertEquals(100, first.select(".term-roles a").size());
        assertEquals("Role 000", first.selectFirst(".term-roles a").text());
        assertEquals("skills/shared/page/2/", target("skills/shared/index.html", first.selectFirst(".pager a[rel=next]")));
        Document third = page("skills/shared/page/3/index.html");
        assertEquals(50, third.select(".term-roles a").size());
        assertEquals("Role 249", third.select(".term-roles a").last().text());
        assertNull(third.selectFirst(".pager a[rel=next]"));
        assertEquals("skills/shared/page/2/",
                target("skills/shared/page/3/index.html", third.selectFirst(".pager a[rel=prev]")));
        assertEquals("Named by 250 roles. All skills", third.selectFirst(".lede").text(), "counts stay whole");
        assertEquals(20, page("families/data/page/2/index.html").select(".term-roles a").size());
        assertFalse(Files.exists(site.resolve("families/data/page/3/index.html")));
        assertTrue(page("sectors/index.html").select(".pager").isEmpty(), "one page, no pager");
    }

    @Test
    void noPageIsHeavy() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            // paths/ (the site-wide career map) is split per family by its own work (issue 13), not here.
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !site.relativize(f).startsWith("paths")).toList()) {
                assertTrue(Files.size(file) < 60_000, file + ": " + Files.size(file) + " bytes");
            }
        }
    }
}
