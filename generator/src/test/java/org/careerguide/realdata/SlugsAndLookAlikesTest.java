package org.careerguide.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careerguide.GenerationReport;
import org.careerguide.text.Slugs;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 5: readable, stable URLs for any name; look-alike terms merged with a warning naming every spelling. */
class SlugsAndLookAlikesTest {

    @TempDir
    Path dir;

    @Test
    void namesInAnyScriptGetReadableSlugsNeverX() {
        assertEquals("strasse", Slugs.of("Straße"));
        assertEquals("aero", Slugs.of("Ærø"));
        assertEquals("shu-ju", Slugs.of("数据"));
        assertEquals("moskva", Slugs.of("Москва"));
        assertEquals("nestle", Slugs.of("Nestlé"));
        assertEquals("procter-and-gamble", Slugs.of("Procter & Gamble"));
        assertEquals("c-sharp", Slugs.of("C#"));
        assertEquals("con-role", Slugs.of("CON"), "Windows reserves con");
        String punctuation = Slugs.of("???");
        assertTrue(punctuation.matches("n-[0-9a-f]+") && punctuation.equals(Slugs.of("???")), punctuation);
    }

    @Test
    void longNamesAreCutAtAWordBoundaryTo120Characters() {
        String title = "First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers and of"
                + " Extraordinarily Long Occupational Titles";
        String slug = Slugs.of(title);
        assertEquals("first-line-supervisors-of-landscaping-lawn-service-and-groundskeeping-workers-and-of"
                + "-extraordinarily-long-occupational", slug);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertEquals(Slugs.MAX_LENGTH, 120);
    }

    @Test
    void lookAlikeTermsAreOnePageAndOneWarningNamesEverySpelling() {
        Path project = MinimalSite.with(dir,
                "a", MinimalSite.role("A") + "skills: [数据, Straße]\nhiring:\n  employers: [Nestlé, Procter & Gamble]\n",
                "b", MinimalSite.role("B") + "hiring:\n  employers: [Nestle, Procter and Gamble]\n",
                "c", MinimalSite.role("C") + "hiring:\n  employers: [NESTLÉ]\n");
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems().toString());
        assertEquals(List.of(
                "guide/roles/b.yaml:4:15: warning: employer written in 3 look-alike ways: 'Nestlé' (guide/roles/a.yaml:5:15),"
                        + " 'Nestle' (guide/roles/b.yaml:4:15), 'NESTLÉ' (guide/roles/c.yaml:4:15); they are shown as one"
                        + " employer, 'Nestlé': write it one way, or list the spellings as aliases in"
                        + " terms/employers.yaml [spelling_variant]",
                "guide/roles/b.yaml:4:23: warning: employer written in 2 look-alike ways: 'Procter & Gamble'"
                        + " (guide/roles/a.yaml:5:23), 'Procter and Gamble' (guide/roles/b.yaml:4:23); they are shown as"
                        + " one employer, 'Procter & Gamble': write it one way, or list the spellings as aliases in"
                        + " terms/employers.yaml [spelling_variant]"),
                report.problems().stream().filter(p -> p.kind().equals("spelling_variant")).map(Problem::toString)
                        .toList());
        Document employers = TestSites.parse(site.resolve("employers/index.html"));
        assertEquals(List.of("Nestlé", "Procter & Gamble"), employers.select("ul.term-index a").eachText().stream()
                .sorted().toList());
        assertTrue(Files.isRegularFile(site.resolve("employers/nestle/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("employers/procter-and-gamble/index.html")));
        assertEquals("数据", TestSites.parse(site.resolve("skills/shu-ju/index.html")).selectFirst("h1").text());
        assertEquals("Straße", TestSites.parse(site.resolve("skills/strasse/index.html")).selectFirst("h1").text());
    }

    @Test
    void aSlugCollisionIsResolvedTheSameWayWhateverTheFileOrderAndWarned() {
        Map<String, String> first = slugsOfSkills(dir.resolve("one"), "C#", "C Sharp");
        Map<String, String> second = slugsOfSkills(dir.resolve("two"), "C Sharp", "C#");
        assertEquals(Map.of("C Sharp", "c-sharp", "C#", "c-sharp-2"), first);
        assertEquals(first, second);
    }

    private Map<String, String> slugsOfSkills(Path where, String inA, String inB) {
        Path project = MinimalSite.with(where, "a", MinimalSite.role("A") + "skills: [\"" + inA + "\"]\n",
                "b", MinimalSite.role("B") + "skills: [\"" + inB + "\"]\n");
        Path site = where.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertEquals(List.of("skills 'C Sharp' at c-sharp, 'C#' at c-sharp-2 all make the slug 'c-sharp'; numbered in"
                        + " name order, so the URLs do not depend on file order: give one a slug in terms/skills.yaml"
                        + " to choose"),
                report.problems().stream().filter(p -> p.kind().equals("slug_collision")).map(Problem::message).toList());
        Map<String, String> slugs = new TreeMap<>();
        Document index = TestSites.parse(site.resolve("skills/index.html"));
        index.select("ul.term-index a").forEach(a -> slugs.put(a.text(), a.attr("href").replaceFirst("/(index\\.html)?$", "").replaceFirst(".*/", "")));
        return slugs;
    }
}
