package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.GenerationReport;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The A–Z list: one page for a small guide, a page per letter when real data brings thousands of names. */
class AzPagesTest {

    @TempDir
    Path dir;

    @Test
    void smallGuideListsTitlesAndAliasesOnOnePage() {
        Path project = MinimalSite.with(dir, "cloud-architect", MinimalSite.role("Cloud Architect")
                + "aliases: [Azure Architect, Zonal Designer]\n", "data-engineer", MinimalSite.role("Data Engineer"));
        Path site = dir.resolve("site");
        assertTrue(TestSites.build(project, site).success());
        Document az = TestSites.parse(site.resolve("roles/index.html"));
        assertEquals(List.of("A", "C", "D", "Z"), az.select("main section h2").eachText());
        assertEquals(List.of("#a", "#c", "#d", "#z"), az.select("nav[aria-label=Letters] a").eachAttr("href"));
        Element alias = az.select("main section li").stream().filter(li -> li.text().startsWith("Zonal Designer"))
                .findFirst().orElseThrow();
        assertEquals("Zonal Designer see Cloud Architect", alias.text());
        assertEquals("cloud-architect/index.html", alias.selectFirst("a").attr("href"));
        assertTrue(Files.notExists(site.resolve("a-z")));
    }

    @Test
    void manyNamesGetAPagePerLetter() {
        Path site = buildThirtyRolesWithSeventyAliases((r, a) -> (char) ('a' + (a + r) % 26) + "lias " + r + " " + a);
        Document index = TestSites.parse(site.resolve("roles/index.html"));
        assertTrue(index.select("main section").isEmpty(), "the first page only links the letters");
        List<String> letters = index.select("nav[aria-label=Letters] a").eachAttr("href");
        assertEquals(26, letters.size());
        Map<String, Integer> names = new HashMap<>();
        for (String href : letters) {
            Path page = site.resolve("roles").resolve(href).normalize();
            Document letter = TestSites.parse(page);
            assertEquals(List.of("Home", "Roles A–Z", letter.selectFirst("h1").text()),
                    letter.select("nav.crumbs li").eachText());
            for (Element link : letter.select("main section li a")) {
                Path role = page.getParent().resolve(link.attr("href")).normalize();
                assertTrue(Files.isRegularFile(role), link.attr("href"));
                names.merge(TestSites.parse(role).selectFirst("h1").text(), 1, Integer::sum);
            }
        }
        assertEquals(30, names.size());
        names.forEach((role, count) -> assertEquals(71, count, role + ": its title and its 70 aliases"));
    }

    @Test
    void aLetterWithMoreNamesThanAPageHoldsContinuesOnNumberedPages() {
        Path site = buildThirtyRolesWithSeventyAliases((r, a) -> "Alias " + r + " " + a);
        // 2,100 aliases under A: three pages of at most 1,000 names, each linking the others.
        Path first = site.resolve("a-z/a/index.html");
        List<String> names = new ArrayList<>();
        Path page = first;
        for (int number = 1; number <= 3; number++) {
            Document letter = TestSites.parse(page);
            assertEquals(number == 1 ? "Roles: A (page 1 of 3)" : "Roles: A (page " + number + " of 3)",
                    letter.selectFirst("h1").text());
            List<String> here = letter.select("main section li a").eachText();
            assertTrue(here.size() <= AzPage.LETTER_PAGE, here.size() + " names on page " + number);
            names.addAll(here);
            assertEquals("Page " + number + " of 3", letter.selectFirst("nav.pager p").text());
            assertEquals(List.of("Home", "Roles A–Z", letter.selectFirst("h1").text()),
                    letter.select("nav.crumbs li").eachText());
            Element next = letter.selectFirst("nav.pager a[rel=next]");
            if (number < 3) {
                String href = next.attr("href");
                page = page.getParent().resolve(href.endsWith(".html") ? href : href + "index.html").normalize();
                assertEquals(site.resolve("a-z/a/page/" + (number + 1) + "/index.html"), page);
            } else {
                assertEquals(null, next);
            }
        }
        assertEquals(2_100, names.size());
        assertEquals(2_100, new java.util.HashSet<>(names).size(), "no name on two pages");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(java.util.Comparator.comparing(name -> name.toLowerCase(java.util.Locale.ROOT)));
        assertEquals(sorted, names, "the pages continue the letter's order");
        Document index = TestSites.parse(site.resolve("roles/index.html"));
        assertTrue(index.selectFirst("nav[aria-label=Letters] a").attr("href").startsWith("../a-z/a/"));
        assertTrue(index.select("nav.pager").isEmpty());
        assertTrue(Files.notExists(site.resolve("a-z/r/page")), "R has 30 names: one page");
    }

    /** Builds roles "Role 0" to "Role 29", each with 70 aliases named by {@code alias(role, n)}; returns the site. */
    private Path buildThirtyRolesWithSeventyAliases(java.util.function.BiFunction<Integer, Integer, String> alias) {
        List<String> roles = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            StringBuilder aliases = new StringBuilder("aliases: [");
            for (int a = 0; a < 70; a++) {
                aliases.append(a == 0 ? "" : ", ").append(alias.apply(r, a));
            }
            roles.add("role-" + r);
            roles.add(MinimalSite.role("Role " + r) + aliases + "]\n");
        }
        Path project = MinimalSite.with(dir, roles.toArray(String[]::new));
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems().toString());
        return site;
    }
}
