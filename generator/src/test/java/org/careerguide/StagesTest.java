package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careerguide.link.LinkStage;
import org.careerguide.link.LinkedGuide;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Guide;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.testing.MinimalSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage API: load, then link, one at a time, as the generator runs them. */
class StagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @TempDir
    Path temp;

    @Test
    void loadReadsTheProjectAndLinkResolvesProgressionNamesToRoles() throws IOException {
        Path project = MinimalSite.with(temp,
                "junior", MinimalSite.role("Junior Analyst") + "progression:\n  leads_to:\n    - Senior Analyst\n",
                "senior", MinimalSite.role("Senior Analyst"));
        Problems problems = new Problems();

        Guide guide = Stages.load(GeneratorOptions.builder(project).build(), problems).orElseThrow();
        LinkedGuide linked = LinkStage.link(guide, TODAY, problems);

        assertEquals(List.of("junior", "senior"), guide.roles().stream().map(Role::slug).sorted().toList());
        assertEquals(List.of("senior"), linked.role("junior").orElseThrow().progressionTargets().stream()
                .map(Role::slug).toList());
        assertTrue(problems.sorted().stream().noneMatch(Problem::isError), problems.sorted().toString());
    }

    @Test
    void linkReportsANameThatNamesNoRoleAsAWarningOfItsKind() throws IOException {
        Path project = MinimalSite.with(temp,
                "junior", MinimalSite.role("Junior Analyst") + "progression:\n  leads_to:\n    - Senior Analist\n");
        Problems problems = new Problems();

        GeneratorOptions options = GeneratorOptions.builder(project).displayRoot("guide").build();
        LinkStage.link(Stages.load(options, problems).orElseThrow(), TODAY, problems);

        List<Problem> unresolved = problems.sorted().stream()
                .filter(problem -> problem.kind().equals(CheckKind.UNRESOLVED.key())).toList();
        assertEquals(1, unresolved.size(), problems.sorted().toString());
        assertEquals("guide/roles/junior.yaml", unresolved.get(0).position().file());
    }

    @Test
    void theBaseUrlOptionReplacesSiteYamlsAndEndsWithASlash() throws IOException {
        Path project = MinimalSite.with(temp, "junior", MinimalSite.role("Junior Analyst"));
        Problems problems = new Problems();

        Guide guide = Stages.load(GeneratorOptions.builder(project).baseUrl("https://example.org/guide").build(),
                problems).orElseThrow();

        assertEquals("https://example.org/guide/", guide.site().baseUrl().orElseThrow().value());
        assertEquals("--base-url", guide.site().baseUrl().orElseThrow().position().file());
    }

    @Test
    void theThemeOptionReplacesSiteYamlsAndMustBeAFolderName() throws IOException {
        Path project = MinimalSite.with(temp, "junior", MinimalSite.role("Junior Analyst"));
        Problems problems = new Problems();

        Guide guide = Stages.load(GeneratorOptions.builder(project).theme("compact").build(), problems).orElseThrow();
        Optional<Guide> refused = Stages.load(GeneratorOptions.builder(project).theme("../elsewhere").build(), problems);

        assertEquals("compact", guide.site().theme());
        assertTrue(refused.isEmpty());
        assertEquals(List.of("--theme"), problems.sorted().stream().filter(Problem::isError)
                .map(problem -> problem.position().file()).toList());
    }

    @Test
    void aBaseUrlThatIsNoUrlLoadsNothingAndIsAnErrorOfTheOption() throws IOException {
        Path project = MinimalSite.with(temp, "junior", MinimalSite.role("Junior Analyst"));
        Problems problems = new Problems();

        Optional<Guide> guide = Stages.load(GeneratorOptions.builder(project).baseUrl("guide/").build(), problems);

        assertTrue(guide.isEmpty());
        assertEquals(List.of("--base-url"), problems.sorted().stream().filter(Problem::isError)
                .map(problem -> problem.position().file()).toList());
    }

    @Test
    void theGeneratorRunsOnlyItsOwnBuildModes() {
        Path project = MinimalSite.with(temp, "a", MinimalSite.role("A"));
        BuildMode other = new BuildMode() { };
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Generator().run(GeneratorOptions.builder(project).build(), other));
        assertTrue(refused.getMessage().contains("BuildMode.disk()"), refused.getMessage());
    }
}
