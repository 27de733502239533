package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.careerguide.testing.SiteLinks;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The career graph on generated pages, read back with jsoup: taxonomy pages and their links back,
 * "Comes From", skill overlap, related roles, path maps and salary charts, and no broken link or
 * anchor anywhere. Runs on the shipped example and on the small fixture site {@code sites/graph}.
 */
class CareerGraphSiteTest {

    private static final List<String> KINDS = List.of("skills", "employers", "sectors", "families");

    @TempDir
    static Path temp;
    static Path example;
    static Path fixture;

    @BeforeAll
    static void build() {
        example = temp.resolve("example");
        GenerationReport built = TestSites.build(TestSites.exampleContent(), example);
        assertTrue(built.success(), () -> "example builds: " + built.problems());
        fixture = temp.resolve("fixture");
        GenerationReport graph = TestSites.build(TestSites.copyFixture("graph", temp), fixture);
        assertTrue(graph.success(), () -> "fixture builds: " + graph.problems());
    }

    private static Document page(Path site, String path) {
        Path file = site.resolve(path);
        assertTrue(Files.isRegularFile(file), () -> "page exists: " + path);
        return TestSites.parse(file);
    }

    private static Path file(Document page) {
        return Path.of(java.net.URI.create(page.location()));
    }

    private static Path target(Document page, Element link) {
        return SiteLinks.target(file(page), link.attr("href"));
    }

    /** The role pages: roles/<slug>/index.html (not the A–Z list roles/index.html, nor the maps roles/<slug>/map/). */
    private static List<Path> rolePages(Path site) {
        return SiteLinks.pages(site.resolve("roles")).stream()
                .filter(page -> page.getParent().getParent().equals(site.resolve("roles"))).toList();
    }

    @Test
    void noInternalLinkOrAnchorIsBrokenAnywhere() {
        assertEquals(List.of(), SiteLinks.broken(example, "/careerguide/"), "base_url is https://example.org/careerguide/");
        assertEquals(List.of(), SiteLinks.broken(fixture));
    }

    @Test
    void everySkillEmployerSectorAndFamilyOnARoleLinksToItsPageWhichLinksBack() {
        for (Path rolePath : rolePages(example)) {
            Document role = TestSites.parse(rolePath);
            List<Element> terms = new ArrayList<>(role.select("#skills .tags li, #skill-gaps .tags li,"
                    + " #hiring .tags li, .eyebrow"));
            assertFalse(terms.isEmpty());
            for (Element term : terms) {
                Element link = term.selectFirst("a[href]");
                assertNotNull(link, () -> "term is a link: " + term + " on " + rolePath);
                Document termPage = TestSites.parse(target(role, link));
                assertEquals(link.text().toLowerCase(Locale.ROOT),
                        termPage.selectFirst("h1").text().toLowerCase(Locale.ROOT), "one page per name, any case");
                assertTrue(termPage.select("main a[href]").stream()
                        .anyMatch(back -> target(termPage, back).equals(rolePath)),
                        () -> termPage.location() + " links back to " + rolePath);
            }
        }
    }

    @Test
    void indexPagesListEveryTermPageMostUsedFirst() throws IOException {
        for (String kind : KINDS) {
            Document index = page(example, kind + "/index.html");
            List<Element> items = index.select(".term-index li");
            Set<Path> linked = new HashSet<>();
            List<Integer> counts = new ArrayList<>();
            for (Element item : items) {
                linked.add(target(index, item.selectFirst("a")));
                counts.add(Integer.parseInt(item.selectFirst(".count").text().replaceAll("\\D", "")));
            }
            try (Stream<Path> dirs = Files.list(example.resolve(kind))) {
                Set<Path> pages = new HashSet<>(dirs.filter(Files::isDirectory).map(d -> d.resolve("index.html"))
                        .toList());
                assertEquals(pages, linked, kind + " index links every term page");
            }
            List<Integer> sorted = new ArrayList<>(counts);
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, counts, kind + " sorted by role count");
            assertFalse(counts.isEmpty());
        }
    }

    @Test
    void skillPagesSplitTopSkillsFromOftenMissingOnes() {
        Document learning = page(fixture, "skills/machine-learning/index.html");
        assertEquals(List.of("Senior Analyst"), learning.select("section:has(#group-top) li a").eachText());
        assertEquals(List.of("Analyst"), learning.select("section:has(#group-missing) li a").eachText());
        Document sql = page(fixture, "skills/sql/index.html");
        assertEquals("SQL", sql.selectFirst("h1").text(), "the most common spelling");
        assertEquals(List.of("Analyst", "Engineer", "Senior Analyst"),
                sql.select("section:has(#group-top) li a").eachText());
        assertNull(sql.getElementById("group-missing"), "no empty group");
    }

    @Test
    void comesFromListsEveryRoleWhoseProgressionLinksHere() {
        for (Path rolePath : rolePages(example)) {
            Document role = TestSites.parse(rolePath);
            for (Element link : role.select("#progression .columns > div:has(h3:matchesOwn(^(Can Lead To|Transition"
                    + " Opportunities)$)) a[href]")) {
                Path next = target(role, link);
                if (next.equals(rolePath)) {
                    continue;
                }
                Document nextPage = TestSites.parse(next);
                List<Path> comesFrom = nextPage.select("#progression .columns > div:has(h3:matchesOwn(^Comes From$))"
                        + " a[href]").stream().map(a -> target(nextPage, a)).toList();
                assertTrue(comesFrom.contains(rolePath), () -> next + " comes from " + rolePath);
            }
        }
        Document ia = page(example, "roles/infrastructure-architect/index.html");
        assertEquals(List.of("Cloud Architect", "Platform Engineering Lead", "Security Architect"),
                ia.select("#progression div:has(> h3:matchesOwn(^Comes From$)) li").eachText());
    }

    @Test
    void unresolvedProgressionNamesStayPlainText() {
        Document analyst = page(fixture, "roles/analyst/index.html");
        Element nowhere = analyst.select("#progression li").stream().filter(li -> li.text().equals("Nowhere Role"))
                .findFirst().orElseThrow();
        assertTrue(nowhere.select("a").isEmpty());
    }

    @Test
    void progressionListsShowTheLinkedTitleAndAnAliasOnlyWhereTheAuthorUsedOne() {
        // Lead Engineer names "Software Engineer" (Engineer's alias); Senior Analyst names "ANALYST", Analyst "engineer".
        Document lead = page(fixture, "roles/lead-engineer/index.html");
        assertEquals(List.of("Software Engineer → Engineer"), lead.select("#progression div:has(> h3:matchesOwn(^Can Lead To$)) li")
                .eachText());
        assertEquals("Engineer", lead.selectFirst("#progression div:has(> h3:matchesOwn(^Can Lead To$)) li a").text());
        assertEquals(List.of("Analyst"), page(fixture, "roles/senior-analyst/index.html")
                .select("#progression div:has(> h3:matchesOwn(^Can Lead To$)) li").eachText());
        assertEquals(List.of("Engineer"), page(fixture, "roles/analyst/index.html")
                .select("#progression div:has(> h3:matchesOwn(^Transition Opportunities$)) li").eachText());
    }

    @Test
    void nextStepsShowSharedSkillCountsAndLinkTheSkillsToLearn() {
        Document analyst = page(fixture, "roles/analyst/index.html");
        List<Element> items = analyst.select(".overlap-list > li");
        assertEquals(List.of("Senior Analyst: Shares 3 of 5 skills · to learn: Machine Learning, Leadership",
                "Engineer: Shares 2 of 3 skills · to learn: Testing"), items.stream().map(Element::text).toList());
        for (Element skill : items.get(0).select(".overlap a")) {
            assertEquals(skill.text(), TestSites.parse(target(analyst, skill)).selectFirst("h1").text());
        }
    }

    @Test
    void relatedRolesShowTheirReasonsInRankOrder() {
        Document analyst = page(fixture, "roles/analyst/index.html");
        // Skills named rarest first: SQL (3 roles) before Python (4) before Statistics (5).
        assertEquals(List.of("Senior Analyst Shares SQL, Python and 1 more skill · 1 shared sector · same family",
                "Engineer Shares SQL, Python · 1 shared sector", "Lead Engineer Shares Python",
                "Alpha Scientist Shares Statistics", "Beta Scientist Shares Statistics"),
                analyst.select("#related li").eachText());
    }

    @Test
    void everyMapNodeLinksToTheRoleItNamesAndTheListRepeatsTheLinks() {
        int nodes = 0;
        for (Path path : SiteLinks.pages(example)) {
            Document page = TestSites.parse(path);
            for (Element map : page.select("figure.path-map")) {
                List<Path> drawn = new ArrayList<>();
                for (Element node : map.select("svg a")) {
                    Path target = target(page, node);
                    // A one-line title is the text itself; a wrapped one is a line (tspan) each.
                    assertEquals(node.select("tspan").isEmpty() ? node.selectFirst("text").text()
                                    : String.join(" ", node.select("tspan").eachText()),
                            TestSites.parse(target).selectFirst("h1").text(),
                            () -> "map node on " + path + " links to its role");
                    drawn.add(target);
                    nodes++;
                }
                List<Path> listed = map.select(".map-list a").stream().map(a -> target(page, a)).toList();
                assertEquals(drawn, listed, "the text alternative has the same links in the same order");
            }
        }
        assertTrue(nodes > 20, "maps were drawn");
    }

    @Test
    void aRoleWithStepsLinksToItsOwnMapPageWhichDrawsItAndLinksBack() {
        int maps = 0;
        for (Path rolePath : rolePages(example)) {
            Document role = TestSites.parse(rolePath);
            String title = role.selectFirst("h1").text();
            assertNull(role.selectFirst("figure.path-map"), "the map is on a page of its own: " + rolePath);
            Element link = role.selectFirst("#progression .map-link a");
            boolean linked = !role.select("#progression .path-list a").isEmpty();
            assertEquals(linked, link != null, () -> "a role with steps to other roles links to its map: " + rolePath);
            if (link == null) {
                continue;
            }
            Path mapPath = target(role, link);
            assertEquals(rolePath.getParent().resolve("map/index.html"), mapPath);
            Document map = TestSites.parse(mapPath);
            Element current = map.selectFirst("figure.path-map svg a.current");
            assertNotNull(current, () -> mapPath + " draws its role");
            assertEquals(rolePath, target(map, current));
            assertEquals(title, current.select("tspan").isEmpty() ? current.selectFirst("text").text()
                    : String.join(" ", current.select("tspan").eachText()));
            assertEquals(List.of("Home", "Roles A–Z", title, "Career path map"), map.select("nav.crumbs li").eachText());
            assertEquals(rolePath, target(map, map.selectFirst("main .eyebrow a")));
            // Every role the role page names as a step or transition is a box on the map.
            Set<Path> drawn = new HashSet<>();
            map.select("figure.path-map svg a").forEach(node -> drawn.add(target(map, node)));
            role.select("#progression .path-list a").forEach(step -> assertTrue(drawn.contains(target(role, step)),
                    () -> step.text() + " is on " + mapPath));
            maps++;
        }
        assertTrue(maps >= 8, "the example's roles have maps: " + maps);
    }

    @Test
    void pathsHasAPagePerFamilyShowingEachRoleOnceWithTheSameEdgesDrawnAndListed() {
        Document index = page(example, "paths/index.html");
        assertEquals(List.of("Architecture", "Engineering Leadership", "Executive"),
                index.select(".family-paths a").eachText());
        List<Path> shown = new ArrayList<>();
        int arrows = 0;
        for (Element link : index.select(".family-paths a")) {
            Document family = TestSites.parse(target(index, link));
            family.select("figure.path-map svg a, .path-group a").forEach(node -> shown.add(target(family, node)));
            Element map = family.selectFirst("figure.path-map");
            if (map != null) {
                int drawn = map.select("svg g.lead path").size();
                assertEquals(drawn, names(map.select(".map-list .leads"), "leads to "), "every arrow listed once");
                assertEquals(map.select("svg g.lateral path").size(), names(map.select(".map-list .sideways"),
                        "transitions: "), "every transition listed once");
                assertEquals("url(#arrow)", map.selectFirst("svg g.lead").attr("marker-end"), "arrows have heads");
                assertEquals(1, map.select("svg marker#arrow").size());
                arrows += drawn;
            }
        }
        assertEquals(new HashSet<>(rolePages(example)), new HashSet<>(shown));
        assertEquals(rolePages(example).size(), shown.size(), "each role once");
        assertTrue(arrows >= 8, "the example's promotions are drawn: " + arrows);
        Document architecture = page(example, "paths/architecture/index.html");
        assertEquals(List.of("Step 1", "Step 2", "Step 3", "Step 4", "Step 5"),
                architecture.select("svg .band text").eachText());
    }

    /** How many role names the edge texts list ("leads to A; B" is two). */
    private static int names(List<Element> edges, String prefix) {
        return edges.stream().mapToInt(edge -> edge.text().replaceFirst("^,? ?" + prefix, "").split("; ").length).sum();
    }

    @Test
    void salaryChartDrawsOneBarPerLevelWithFormattedFiguresAndKeepsTheTable() {
        Document analyst = page(fixture, "roles/analyst/index.html");
        Element chart = analyst.selectFirst("#salary figure.salary-chart");
        assertNotNull(chart);
        assertEquals(2, chart.select("rect.bar").size());
        List<String> labels = chart.select("svg > text.level, svg > text.figures").eachText();
        assertTrue(labels.containsAll(List.of("Junior", "$50,000 – $70,000", "Senior", "$70,000 – $95,000")),
                labels::toString);
        assertEquals(List.of("50K", "60K", "70K", "80K", "90K", "100K"), chart.select("text.tick").eachText());
        assertTrue(chart.selectFirst("figcaption").text().contains("USD, per year"));
        assertEquals(List.of("USD 50,000 to 70,000", "USD 70,000 to 95,000"),
                analyst.select("#salary table td").eachText());
        assertEquals("Source: A test survey · As of 2026", analyst.selectFirst("#salary .source").text());
        Document ia = page(example, "roles/infrastructure-architect/index.html");
        assertTrue(ia.select("#salary svg text").eachText().contains("$110,000 – $140,000"));
    }
}
