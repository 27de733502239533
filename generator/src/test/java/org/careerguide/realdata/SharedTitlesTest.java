package org.careerguide.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerguide.GenerationReport;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 1: an alias may be shared; a shared alias gets a page; naming it in a progression is ambiguous. */
class SharedTitlesTest {

    @TempDir
    Path dir;

    @Test
    void sharedAliasGetsAPageAndAProgressionNameMatchingSeveralRolesIsAWarningNamingThem() {
        Path project = MinimalSite.with(dir,
                "art-teachers", MinimalSite.role("Art Teachers, Postsecondary") + "aliases: [Professor, Art Professor]\n",
                "law-teachers", MinimalSite.role("Law Teachers, Postsecondary") + "aliases: [professor]\n",
                "deans", MinimalSite.role("Deans") + "progression:\n  transitions: [Professor, Art Professor]\n");
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems().toString());
        assertEquals(List.of("guide/roles/deans.yaml:4:17: warning: 'Professor' is a title of 2 roles: 'Art Teachers,"
                        + " Postsecondary' (art-teachers), 'Law Teachers, Postsecondary' (law-teachers); it is shown as"
                        + " plain text: name one of them by its title or slug [ambiguous]"),
                report.problems().stream().filter(p -> p.kind().equals("ambiguous")).map(Problem::toString).toList());

        Document deans = TestSites.parse(site.resolve("roles/deans/index.html"));
        List<String> transitions = deans.select("#progression ul.path-list li").eachText();
        assertEquals(List.of("Professor", "Art Professor"), transitions);
        assertNull(deans.select("#progression ul.path-list li").first().selectFirst("a"), "an ambiguous name is not a link");
        assertEquals("art-teachers/index.html", deans.select("#progression ul.path-list li a").first().attr("href")
                .replaceFirst("^\\.\\./", ""), "an alias of one role links to it");

        Document title = TestSites.parse(site.resolve("titles/professor/index.html"));
        assertEquals("Professor", title.selectFirst("h1").text());
        assertEquals(List.of("Art Teachers, Postsecondary", "Law Teachers, Postsecondary"),
                title.select("ul.term-roles a").eachText());
        Document index = TestSites.parse(site.resolve("titles/index.html"));
        assertEquals(List.of("Professor"), index.select("ul.term-index a").eachText(), "unshared aliases get no page");
    }

    @Test
    void aGuideWithoutSharedTitlesHasNoTitlesPages() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "aliases: [Alpha]\n");
        Path site = dir.resolve("site");
        assertTrue(TestSites.build(project, site).success());
        assertTrue(!site.resolve("titles").toFile().exists());
    }

    @Test
    void aTitleTwoRolesClaimAsTheirOwnStaysAnError() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("Data Engineer"),
                "b", MinimalSite.role("Data  engineer"));
        GenerationReport report = TestSites.build(project, dir.resolve("site"));
        assertEquals(List.of("guide/roles/b.yaml:1:8: error: 'Data  engineer' already names the role in"
                + " guide/roles/a.yaml:1:8; titles and slugs must be unique"),
                report.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
    }
}
