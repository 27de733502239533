package org.careerguide.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Item 4: terms/skills.yaml, employers.yaml and sectors.yaml add descriptions, fixed slugs, aliases, categories. */
class TermCataloguesTest {

    @TempDir
    Path dir;

    @Test
    void catalogueGivesDescriptionSlugCategoryAndMergesItsAliases() {
        Path project = MinimalSite.with(dir,
                "a", MinimalSite.role("A") + "skills: [JavaScript, SQL]\nhiring: { employers: [Acme] }\n",
                "b", MinimalSite.role("B") + "skills: [JS]\nskill_gaps: { missing: [ECMAScript] }\n");
        TestSites.write(project.resolve("terms/skills.yaml"), """
                - name: JavaScript
                  slug: js
                  description: The language of the web. See [MDN](https://developer.mozilla.org/).
                  aliases: [JS, ECMAScript]
                  category: tool
                """);
        TestSites.write(project.resolve("terms/employers.yaml"), "- { name: Acme, description: Makes *everything*. }\n");
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems().toString());
        assertEquals(List.of("orphan", "orphan"), report.problems().stream().map(Problem::kind).toList(),
                "catalogued spellings are not spelling variants");

        Document js = TestSites.parse(site.resolve("skills/js/index.html"));
        assertEquals("JavaScript", js.selectFirst("h1").text());
        assertEquals("Skill · tool", js.selectFirst("p.eyebrow").text());
        assertEquals("https://developer.mozilla.org/", js.selectFirst("div.prose a").attr("href"));
        assertEquals(List.of("A", "B"), js.select("section:has(#group-top) ul.term-roles a").eachText(),
                "JS is JavaScript");
        assertEquals(List.of("B"), js.select("section:has(#group-missing) ul.term-roles a").eachText(),
                "ECMAScript is JavaScript too");
        Document b = TestSites.parse(site.resolve("roles/b/index.html"));
        assertEquals("JS", b.selectFirst("#skills a").text(), "the role keeps its spelling");
        assertEquals("../../skills/js/index.html", b.selectFirst("#skills a").attr("href"));
        assertEquals("everything", TestSites.parse(site.resolve("employers/acme/index.html"))
                .selectFirst("div.prose em").text());
        assertTrue(!site.resolve("skills/javascript").toFile().exists());
    }

    @Test
    void catalogueMistakesArePositionedErrors() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "skills: [SQL]\n");
        TestSites.write(project.resolve("terms/sectors.yaml"), "- name: Finance\n  category: money\n");
        TestSites.write(project.resolve("terms/skills.yaml"), "- name: SQL\n  slug: Bad Slug\n  descripton: x\n");
        TestSites.write(project.resolve("terms/skill.yaml"), "- name: SQL\n");
        List<String> problems = TestSites.build(project, dir.resolve("site")).problems().stream()
                .map(Problem::toString).toList();
        assertEquals(List.of(
                "guide/terms/sectors.yaml:2:3: error: unknown key 'category' in a term",
                "guide/terms/skill.yaml: warning: not a term catalogue (skills.yaml, employers.yaml, sectors.yaml);"
                        + " ignored (did you mean 'skills.yaml'?) [ignored_file]",
                "guide/terms/skills.yaml:2:9: error: 'slug': 'Bad Slug' is not a valid slug: use lowercase letters"
                        + " a-z, digits and single hyphens, e.g. 'cloud-architect'",
                "guide/terms/skills.yaml:3:3: error: unknown key 'descripton' in a skill (did you mean 'description'?)"),
                problems);
    }
}
