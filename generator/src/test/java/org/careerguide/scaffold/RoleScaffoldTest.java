package org.careerguide.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class RoleScaffoldTest {

    /** Every top-level key of the content format (shared/content-format.md). */
    private static final List<String> ROLE_KEYS = List.of("title", "summary", "family", "aliases", "updated",
            "draft", "responsibilities", "skills", "progression", "skill_gaps", "salary", "hiring", "next_steps");

    @TempDir
    Path temp;

    @Test
    void writesARoleThatBuildsWithEverySectionPresentOrExplained() throws Exception {
        Path project = MinimalSite.with(temp);
        Path file = new RoleScaffold().create(project, "Cloud Architect: \"Platform\" #1", LocalDate.of(2026, 11, 27));
        assertEquals(project.resolve("roles/cloud-architect-platform-sharp-1.yaml"), file);
        String text = Files.readString(file);
        assertTrue(text.startsWith("# yaml-language-server: $schema=../target/site/schema/role.schema.json\n"));
        for (String key : ROLE_KEYS) {
            assertTrue(text.contains("\n" + key + ":") || text.contains("\n# " + key + ":"), key + " stubbed");
        }
        Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        assertEquals("Cloud Architect: \"Platform\" #1", yaml.get("title"));
        assertEquals(List.of(), yaml.get("responsibilities"));

        GenerationReport check = new Generator().check(GeneratorOptions.builder(project).strict(true).build());
        assertTrue(check.success() && check.problems().isEmpty(), () -> "stub is valid: " + check.problems());
        Path site = temp.resolve("site");
        assertTrue(TestSites.build(project, site).success());
        Document page = TestSites.parse(site.resolve("roles/cloud-architect-platform-sharp-1/index.html"));
        assertEquals("Cloud Architect: \"Platform\" #1", page.selectFirst("h1").text());
        assertTrue(page.select("#responsibilities, #skills, #salary, #hiring, #next-steps").isEmpty(),
                "empty sections are left out of the page");
    }

    @Test
    void refusesToOverwriteAnExistingRole() throws Exception {
        Path project = MinimalSite.with(temp, "cloud-architect", MinimalSite.role("Cloud Architect"));
        String before = Files.readString(project.resolve("roles/cloud-architect.yaml"));
        ScaffoldException refused = assertThrows(ScaffoldException.class,
                () -> new RoleScaffold().create(project, "Cloud Architect", LocalDate.now()));
        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals(before, Files.readString(project.resolve("roles/cloud-architect.yaml")));
    }

    @Test
    void refusesBadTitlesAndFoldersWithoutSiteYaml() {
        Path project = MinimalSite.with(temp);
        assertThrows(ScaffoldException.class, () -> new RoleScaffold().create(project, "  ", LocalDate.now()));
        assertThrows(ScaffoldException.class, () -> new RoleScaffold().create(project, "A\nB", LocalDate.now()));
        ScaffoldException notGuide = assertThrows(ScaffoldException.class,
                () -> new RoleScaffold().create(temp.resolve("elsewhere"), "Cloud Architect", LocalDate.now()));
        assertTrue(notGuide.getMessage().contains("site.yaml"), notGuide.getMessage());
        assertTrue(Files.notExists(temp.resolve("elsewhere")), "nothing written outside a guide project");
    }
}
