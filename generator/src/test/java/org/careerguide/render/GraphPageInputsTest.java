package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerguide.model.Problems;
import org.careerguide.model.RenderLimits;
import org.careerguide.testing.LinkedFixtures;
import org.careerguide.testing.TestSites;
import org.careerguide.theme.Labels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph pages know the files they are made from, so incremental rebuilds redo the right pages. */
class GraphPageInputsTest {

    @TempDir
    static Path temp;
    static Map<String, PageSpec> pages;

    @BeforeAll
    static void plan() {
        List<PageSpec> planned = new PagePlanner(org.careerguide.link.CareerGraph.of(LinkedFixtures.link(TestSites.copyFixture("graph", temp))),
                new Problems(), "test", RenderLimits.DEFAULT.maxMarkdownDepth(), Labels.english()).plan();
        pages = planned.stream().collect(Collectors.toMap(PageSpec::outputPath, Function.identity()));
    }

    @Test
    void everyTermAndIndexPageIsPlanned() {
        for (String path : List.of("skills/index.html", "skills/sql/index.html", "skills/machine-learning/index.html",
                "employers/acme/index.html", "sectors/finance/index.html", "families/data/index.html",
                "families/engineering/index.html", "paths/index.html")) {
            assertTrue(pages.containsKey(path), path);
        }
    }

    @Test
    void aTermPageDependsOnTheRolesNamingItInAnySpelling() {
        assertEquals(Set.of("site.yaml", "roles/analyst.yaml", "roles/senior-analyst.yaml", "terms/employers.yaml"),
                pages.get("employers/acme/index.html").inputs(), "and the catalogue that may describe it");
        assertEquals(Set.of("site.yaml", "roles/analyst.yaml", "roles/senior-analyst.yaml", "terms/skills.yaml"),
                pages.get("skills/machine-learning/index.html").inputs());
    }

    @Test
    void aRolePageDependsOnTheRolesItComesFromAndSharesTermsWith() {
        Set<String> inputs = pages.get("roles/lead-engineer/index.html").inputs();
        assertTrue(inputs.containsAll(Set.of("roles/lead-engineer.yaml", "roles/engineer.yaml",
                "roles/analyst.yaml", "roles/senior-analyst.yaml")), inputs::toString);
        assertTrue(!inputs.contains("roles/beta-scientist.yaml"), "shares nothing with Lead Engineer");
    }

    @Test
    void pagesListingEveryRoleShareOneSetOfInputs() {
        Set<String> all = pages.get("index.html").inputs();
        assertTrue(all.containsAll(Set.of("site.yaml", "roles/analyst.yaml", "roles/lead-engineer.yaml",
                "roles/beta-scientist.yaml")), all::toString);
        // One set, not a copy per page: copies grew as pages times roles (gigabytes at 100,000 roles).
        for (String path : List.of("skills/index.html", "employers/index.html", "paths/index.html")) {
            assertEquals(all, pages.get(path).inputs(), path);
            assertSame(all, pages.get(path).inputs(), path);
        }
    }
}
