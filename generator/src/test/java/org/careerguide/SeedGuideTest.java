package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Infrastructure Architect page reproduces the seed guide in full: every sentence, list
 * item, figure and name of the seed text appears on the generated page under the same heading.
 * The expected items are read from the seed text itself (a copy in src/test/resources/seed/).
 */
class SeedGuideTest {

    private static final List<String> HEADINGS = List.of("Key Responsibilities", "Top Skills for Success",
            "Career Progression", "Can Lead To", "Transition Opportunities", "Common Skill Gaps",
            "Often Missing Skills", "Development Suggestions", "Salary & Demand", "Median Salary Range",
            "Growth Trend", "Companies Hiring", "Major Employers", "Industry Sectors", "Recommended Next Steps");

    @TempDir
    static Path temp;
    static Document page;
    static Path site;
    static Map<String, List<String>> seed;

    @BeforeAll
    static void buildExampleSite() throws IOException {
        site = temp.resolve("site");
        GenerationReport report = TestSites.build(TestSites.exampleContent(), site);
        assertTrue(report.success(), () -> "example content must build: " + report.problems());
        page = TestSites.parse(site.resolve("roles/infrastructure-architect/index.html"));
        seed = readSeed(Path.of("src/test/resources/seed/infrastructure-architect.txt"));
    }

    /** The seed's lines grouped under the last heading seen; lines before the first heading under "". */
    static Map<String, List<String>> readSeed(Path file) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String current = "";
        sections.put(current, new ArrayList<>());
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip().replaceFirst("^•\\s*", "");
            if (line.isEmpty()) {
                continue;
            }
            String heading = HEADINGS.stream().filter(line::startsWith).findFirst().orElse(null);
            if (heading != null) {
                current = heading;
                sections.put(current, new ArrayList<>());
                String rest = line.substring(heading.length()).strip();
                if (!rest.isEmpty()) {
                    sections.get(current).add(rest);
                }
            } else {
                sections.get(current).add(line);
            }
        }
        return sections;
    }

    @Test
    void titleEyebrowAndSummaryComeFirst() {
        List<String> intro = seed.get("");
        assertEquals(intro.get(0), page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".eyebrow").text().startsWith(intro.get(1)));
        assertEquals(intro.get(2), page.selectFirst(".role-header .lede").text());
    }

    /** The page may add headings of its own (Comes From, Related Roles); the seed's keep their order. */
    @Test
    void everySeedHeadingIsOnThePageInOrder() {
        List<String> onPage = page.select("article h2, article h3").eachText();
        List<String> inSeedOrder = new ArrayList<>();
        int from = 0;
        for (String heading : HEADINGS) {
            int at = onPage.subList(from, onPage.size()).indexOf(heading);
            if (at >= 0) {
                inSeedOrder.add(heading);
                from += at + 1;
            }
        }
        assertEquals(HEADINGS, inSeedOrder, () -> "seed headings in order within " + onPage);
    }

    @Test
    void responsibilitiesAndSkillsAreListedItemByItem() {
        assertEquals(seed.get("Key Responsibilities"), items(section("Key Responsibilities")));
        assertEquals(seed.get("Top Skills for Success"), items(section("Top Skills for Success")));
    }

    @Test
    void progressionListsBothGroupsAsLinksToRolePages() {
        // The lists show the linked roles' titles: the seed's "Director Of Infrastructure" is "Director of ...".
        assertEquals(lowerCase(seed.get("Can Lead To")), lowerCase(items(subsection("Career Progression", "Can Lead To"))));
        assertEquals(lowerCase(seed.get("Transition Opportunities")),
                lowerCase(items(subsection("Career Progression", "Transition Opportunities"))));
        for (Element link : section("Career Progression").select("a[href]")) {
            Path target = resolve(link.attr("href"));
            assertTrue(Files.isRegularFile(target), () -> "progression link resolves: " + link);
        }
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void oftenMissingSkillsAreSplitIntoTheNineNamesTheSeedRunsTogether() {
        List<String> missing = items(subsection("Common Skill Gaps", "Often Missing Skills"));
        assertEquals(9, missing.size());
        assertEquals(String.join("", seed.get("Often Missing Skills")), String.join("", missing));
    }

    @Test
    void developmentSuggestionsAndGrowthTrendKeepEverySentence() {
        assertEquals(seed.get("Development Suggestions").get(0),
                text(subsection("Common Skill Gaps", "Development Suggestions")));
        assertEquals(seed.get("Growth Trend").get(0), text(subsection("Salary & Demand", "Growth Trend")));
    }

    @Test
    void salaryRangesShowLevelCurrencyAndFigures() {
        Elements rows = section("Salary & Demand").select("table tbody tr");
        List<String> levelThenRange = new ArrayList<>();
        for (Element row : rows) {
            levelThenRange.add(row.selectFirst("th").text() + row.selectFirst("td").text());
        }
        assertEquals(seed.get("Median Salary Range"), levelThenRange);
    }

    @Test
    void employersAndSectorsAreSeparateItems() {
        List<String> employers = items(subsection("Companies Hiring", "Major Employers"));
        List<String> sectors = items(subsection("Companies Hiring", "Industry Sectors"));
        assertEquals(10, employers.size());
        assertEquals(8, sectors.size());
        assertEquals(seed.get("Major Employers").get(0), String.join("", employers));
        assertEquals(seed.get("Industry Sectors").get(0), String.join("", sectors));
    }

    @Test
    void nextStepsAreNumberedInTheSeedsOrder() {
        List<String> lines = seed.get("Recommended Next Steps");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            assertEquals(String.valueOf(i / 2 + 1), lines.get(i), "seed numbers its steps");
            expected.add(lines.get(i + 1));
        }
        Element list = section("Recommended Next Steps").selectFirst("ol");
        assertNotNull(list, "next steps are an ordered list");
        assertEquals(expected, list.select("> li").eachText());
    }

    @Test
    void everyInternalLinkOfTheRolePageResolves() {
        for (Element link : page.select("a[href], link[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http") || href.startsWith("mailto:")) {
                continue;
            }
            if (href.startsWith("#")) {
                assertNotNull(page.getElementById(href.substring(1)), () -> "anchor exists: " + href);
                continue;
            }
            assertTrue(Files.isRegularFile(resolve(href)), () -> "link resolves: " + href);
        }
    }

    private static Path resolve(String href) {
        String path = href.replaceFirst("[#?].*$", "");
        return site.resolve("roles/infrastructure-architect").resolve(path).normalize();
    }

    private static Element section(String heading) {
        for (Element h2 : page.select("article section > h2")) {
            if (h2.text().equals(heading)) {
                return h2.parent();
            }
        }
        throw new AssertionError("no section headed " + heading);
    }

    /** The elements after an h3 of a section, up to the next h3. */
    private static Element subsection(String section, String heading) {
        Element holder = new Element("div");
        for (Element h3 : section(section).select("h3")) {
            if (h3.text().equals(heading)) {
                for (Element next = h3.nextElementSibling(); next != null && !next.is("h3");
                        next = next.nextElementSibling()) {
                    holder.appendChild(next.clone());
                }
                return holder;
            }
        }
        throw new AssertionError("no subsection " + heading + " in " + section);
    }

    private static List<String> items(Element container) {
        return container.select("li").eachText();
    }

    private static String text(Element container) {
        return container.text();
    }
}
