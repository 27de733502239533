package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index pages exist only for kinds some role names; family pages do not repeat the family; tables scroll in a box. */
class NoEmptyPagesTest {

    @TempDir
    Path dir;

    @Test
    void kindsNoRoleNamesHaveNoIndexPageAndNoMenuLink() {
        Path project = dir.resolve("guide");
        TestSites.write(project.resolve("site.yaml"), "title: Guide\n");
        TestSites.write(project.resolve("roles/analyst.yaml"), "title: Analyst\nsummary: Reads data.\n"
                + "family: Data\nskills: [SQL]\n");
        TestSites.write(project.resolve("roles/scientist.yaml"), "title: Scientist\nsummary: Models data.\n"
                + "family: Data\nskills: [SQL]\n");
        TestSites.write(project.resolve("roles/analyst.md"), "| Skill | What it takes |\n|---|---|\n"
                + "| Communication | Explaining results to people who did not ask for them |\n");
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems()::toString);

        assertFalse(Files.exists(site.resolve("employers")), "no employer named, no employers/ page");
        assertFalse(Files.exists(site.resolve("sectors")), "no sector named, no sectors/ page");
        assertTrue(Files.isRegularFile(site.resolve("skills/index.html")));
        Document analyst = TestSites.parse(site.resolve("roles/analyst/index.html"));
        assertEquals(List.of("Roles A–Z", "Compare", "Career paths", "Skills", "Role families"),
                analyst.select("header nav[aria-label=Site] li").eachText(), "the menu links only index pages that exist");

        Document family = TestSites.parse(site.resolve("families/data/index.html"));
        assertEquals(List.of("Analyst", "Scientist"), family.select(".term-roles li").eachText(),
                "roles listed without repeating the family");
        Document skill = TestSites.parse(site.resolve("skills/sql/index.html"));
        assertEquals(List.of("Analyst Data", "Scientist Data"), skill.select(".term-roles li").eachText(),
                "other kinds still say which family each role is in");

        Element box = analyst.selectFirst(".narrative .table-scroll");
        assertNotNull(box, "narrative table in its own scrolling box");
        assertEquals("0", box.attr("tabindex"), "the box takes keyboard focus, as a scrolling region must");
        assertEquals("region", box.attr("role"));
        assertEquals("Communication", box.selectFirst("table tbody td").text());
    }
}
