package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped example guide: the seed role and the ten roles it names, complete and all linked. */
class ExampleGuideTest {

    @TempDir
    static Path temp;
    static Path site;
    static Guide guide;

    @BeforeAll
    static void loadAndBuild() throws IOException {
        Problems problems = new Problems();
        guide = Stages.load(GeneratorOptions.builder(TestSites.exampleContent()).displayRoot("content").build(),
                problems).orElseThrow();
        site = temp.resolve("site");
        assertTrue(TestSites.build(TestSites.exampleContent(), site).success());
    }

    @Test
    void hasElevenRolesAndStrictCheckPasses() {
        assertEquals(11, guide.roles().size());
        GenerationReport strict = new Generator().check(GeneratorOptions.builder(TestSites.exampleContent())
                .strict(true).build());
        assertTrue(strict.success(), () -> strict.problems().toString());
        assertEquals(List.of(), strict.problems());
    }

    @Test
    void everyProgressionNameOfTheSeedIsALinkToARolePage() {
        Document seed = TestSites.parse(site.resolve("roles/infrastructure-architect/index.html"));
        Element progression = seed.getElementById("progression");
        List<Element> named = progression.select("h3:containsOwn(Can Lead To) + ul > li, "
                + "h3:containsOwn(Transition Opportunities) + ul > li");
        assertEquals(10, named.size());
        for (Element item : named) {
            Element link = item.selectFirst("a[href]");
            assertNotNull(link, () -> "resolves to a role: " + item.text());
            Path target = site.resolve("roles/infrastructure-architect").resolve(link.attr("href")).normalize();
            assertEquals(item.text().toLowerCase(java.util.Locale.ROOT),
                    TestSites.parse(target).selectFirst("h1").text().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void everyRoleHasTheSeedsShapeAndDepth() {
        for (Role role : guide.roles()) {
            String name = role.slug();
            assertTrue(between(role.responsibilities().size(), 8, 10), name + " responsibilities");
            assertTrue(between(role.skills().size(), 12, 14), name + " skills");
            assertTrue(between(role.nextSteps().size(), 5, 6), name + " next steps");
            assertFalse(role.progression().leadsTo().isEmpty() && role.progression().transitions().isEmpty(),
                    name + " progression");
            assertFalse(role.skillGaps().missing().isEmpty(), name + " missing skills");
            assertTrue(role.skillGaps().suggestions().isPresent(), name + " development suggestions");
            assertTrue(role.family().isPresent() && role.updated().isPresent(), name + " family and updated");
            assertFalse(role.hiring().employers().isEmpty() || role.hiring().sectors().isEmpty(), name + " hiring");
            var salary = role.salary().orElseThrow();
            assertTrue(salary.source().isPresent() && salary.asOf().isPresent() && salary.trend().isPresent(),
                    name + " salary source, as_of and trend");
            assertTrue(salary.levels().size() >= 2, name + " salary levels");
            if (!name.equals("infrastructure-architect")) {
                assertTrue(salary.source().get().value().toLowerCase(java.util.Locale.ROOT).contains("illustrative"),
                        name + " says its figures are illustrative");
            }
        }
    }

    @Test
    void principalArchitectEarnsMoreThanTheSeedsSeniorRange() {
        Role seed = role("infrastructure-architect");
        Role principal = role("principal-architect");
        var seniorMax = seed.salary().orElseThrow().levels().get(2).max();
        assertTrue(principal.salary().orElseThrow().levels().get(0).min().compareTo(seniorMax) > 0);
    }

    @Test
    void atLeastThreeNarrativesWithHeadingsATableAndLinksToOtherRoles() throws IOException {
        List<Role> withNarrative = guide.roles().stream().filter(role -> role.narrative().isPresent()).toList();
        assertTrue(withNarrative.size() >= 3, "narratives: " + withNarrative.size());
        for (Role role : withNarrative) {
            Element narrative = TestSites.parse(site.resolve("roles/" + role.slug() + "/index.html"))
                    .selectFirst(".narrative");
            assertFalse(narrative.select("h2").isEmpty(), role.slug() + " has headings");
            assertNotNull(narrative.selectFirst("table"), role.slug() + " has a table");
            assertTrue(narrative.select("a[href]").stream().anyMatch(a -> a.attr("href").contains("/index.html")),
                    role.slug() + " links to other pages");
        }
    }

    @Test
    void aboutPageExistsAndEveryPageLinksToItFromTheSiteMenu() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("about/index.html")));
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Optional<Element> link = TestSites.parse(page).select("header nav[aria-label=Site] a").stream()
                        .filter(a -> a.text().equals("About this guide")).findFirst();
                assertTrue(link.isPresent(), () -> "the site menu links to about: " + page);
            }
        }
    }

    private static Role role(String slug) {
        return guide.roles().stream().filter(role -> role.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
