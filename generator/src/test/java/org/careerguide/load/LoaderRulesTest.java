package org.careerguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerguide.model.Guide;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.testing.MinimalSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One case per loading rule, each asserting the exact {@code file:line:col: severity: message}. */
class LoaderRulesTest {

    @TempDir
    Path dir;

    private List<String> problemsOf(String roleYaml) throws IOException {
        return load(MinimalSite.with(dir, "x", roleYaml)).problems;
    }

    private Loaded load(Path project) throws IOException {
        Problems problems = new Problems();
        Optional<Guide> guide = new ProjectLoader(1024 * 1024, YamlLimits.DEFAULT, false)
                .load(new ProjectFiles(project, "guide"), problems);
        return new Loaded(guide, problems.sorted().stream().map(Problem::toString).toList());
    }

    private record Loaded(Optional<Guide> guide, List<String> problems) {
    }

    @Test
    void reportsEveryMissingRequiredFieldAtTheMappingStart() throws IOException {
        assertEquals(List.of(
                "guide/roles/x.yaml:1:1: error: missing required key 'summary' in a role file",
                "guide/roles/x.yaml:1:1: error: missing required key 'title' in a role file"),
                problemsOf("family: Architecture\n"));
    }

    @Test
    void rejectsWrongTypesWithThePositionOfTheValue() throws IOException {
        assertEquals(List.of(
                "guide/roles/x.yaml:3:9: error: 'skills' must be a list, found text 'Java'",
                "guide/roles/x.yaml:4:8: error: 'title' must be text, found a list"),
                problemsOf("summary: s\nfamily: f\nskills: Java\ntitle: [a, b]\n"));
    }

    @Test
    void rejectsUnknownKeysWithDidYouMean() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:3:1: error: unknown key 'responsibilites' in a role file"
                        + " (did you mean 'responsibilities'?)"),
                problemsOf(MinimalSite.role("A") + "responsibilites: [x]\n"));
    }

    @Test
    void rejectsDuplicateKeysNamingTheFirst() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:3:1: error: duplicate key 'title' (first defined at 1:1)"),
                problemsOf(MinimalSite.role("A") + "title: B\n"));
    }

    @Test
    void rejectsTabIndentation() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:4:1: error: tab character; indent with spaces, not tabs"),
                problemsOf(MinimalSite.role("A") + "skills:\n\t- Java\n"));
    }

    @Test
    void rejectsInvalidUtf8AtTheBadByte() throws IOException {
        Path project = MinimalSite.with(dir);
        Files.write(project.resolve("roles/x.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', 'A', '\n',
                's', 'u', 'm', ':', ' ', (byte) 0xC3, '(', '\n'});
        assertEquals(List.of("guide/roles/x.yaml:2:6: error: invalid UTF-8 byte 0xC3; save the file as UTF-8"),
                load(project).problems);
    }

    @Test
    void rejectsGlobalTags() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:3:9: error: tag '!!javax.script.ScriptEngineManager' is not"
                        + " allowed; write the value without a tag"),
                problemsOf(MinimalSite.role("A") + "family: !!javax.script.ScriptEngineManager [x]\n"));
    }

    @Test
    void rejectsAliasBombsAtTheFirstCollectionAlias() throws IOException {
        String bomb = MinimalSite.role("A") + "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n";
        assertEquals(List.of("guide/roles/x.yaml:4:8: error: alias '*a' repeats a list or mapping;"
                + " aliases are allowed for plain values only"), problemsOf(bomb));
    }

    @Test
    void rejectsSelfReferencingAliases() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:3:16: error: alias '*x' repeats a list or mapping;"
                        + " aliases are allowed for plain values only"),
                problemsOf(MinimalSite.role("A") + "skills: &x [a, *x]\n"));
    }

    @Test
    void rejectsDeepNesting() throws IOException {
        String deep = "[".repeat(30) + "]".repeat(30);
        assertEquals(List.of("guide/roles/x.yaml:3:28: error: nested more than 20 levels deep"),
                problemsOf(MinimalSite.role("A") + "skills: " + deep + "\n"));
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:1:1: error: role file is empty; it needs at least 'title' and"
                + " 'summary'"), problemsOf("# only a comment\n"));
    }

    @Test
    void reportsAnUnclosedQuoteWhereItStarted() throws IOException {
        List<String> problems = problemsOf("title: \"Cloud\nsummary: s\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("guide/roles/x.yaml:3:1: error: found unexpected end of stream"),
                problems::toString);
        assertTrue(problems.get(0).endsWith("(while scanning a quoted scalar started at 1:8)"), problems::toString);
    }

    @Test
    void rejectsAListRootAndSeveralDocuments() throws IOException {
        assertEquals(List.of("guide/roles/x.yaml:1:1: error: a role file must be a mapping of keys to values,"
                + " found a list"), problemsOf("- title: A\n"));
        List<String> twoDocs = problemsOf(MinimalSite.role("A") + "---\n" + MinimalSite.role("B"));
        assertEquals(1, twoDocs.size());
        assertEquals("guide/roles/x.yaml:3:1: error: a second YAML document starts here; a file holds one"
                + " document: remove this '---' line and what follows, or move it to a file of its own", twoDocs.get(0));
    }

    @Test
    void keepsScalarsExactlyAsWritten() throws IOException {
        Loaded loaded = load(MinimalSite.with(dir, "x", "title: NO\nsummary: 1.10\nfamily: 012\n"
                + "skills: [yes, 12:30:00, on]\n"));
        assertEquals(List.of(), loaded.problems);
        Role role = loaded.guide.orElseThrow().roles().get(0);
        assertEquals("NO", role.title().value());
        assertEquals("1.10", role.summary().value());
        assertEquals("012", role.family().orElseThrow().value());
        assertEquals(List.of("yes", "12:30:00", "on"), role.skills().stream().map(t -> t.value()).toList());
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws IOException {
        Path project = MinimalSite.with(dir);
        byte[] yaml = MinimalSite.role("A").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[yaml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(yaml, 0, withBom, 3, yaml.length);
        Files.write(project.resolve("roles/x.yaml"), withBom);
        Loaded loaded = load(project);
        assertEquals(List.of(), loaded.problems);
        assertEquals("A", loaded.guide.orElseThrow().roles().get(0).title().value());
    }

    @Test
    void rejectsUtf16Files() throws IOException {
        Path project = MinimalSite.with(dir);
        Files.write(project.resolve("roles/x.yaml"), ("\uFEFF" + MinimalSite.role("A"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        assertEquals(List.of("guide/roles/x.yaml:1:1: error: file is UTF-16 encoded; save it as UTF-8"),
                load(project).problems);
    }

    @Test
    void checksSalaryRangesCurrencyAndPeriod() throws IOException {
        assertEquals(List.of(
                "guide/roles/x.yaml:4:13: error: 'currency' must be an ISO 4217 code such as USD, EUR or GBP,"
                        + " found 'DOLLARS'",
                "guide/roles/x.yaml:5:11: error: 'period' must be year, month or hour, found 'week'",
                "guide/roles/x.yaml:7:23: error: 'min' (200) is greater than 'max' (100)",
                "guide/roles/x.yaml:8:26: error: 'min' must be a number like 120000, found 'lots'"),
                problemsOf(MinimalSite.role("A") + "salary:\n  currency: DOLLARS\n  period: week\n  levels:\n"
                        + "    - { level: Entry, min: 200, max: 100 }\n    - { level: Mid, min: lots, max: 100 }\n"));
    }

    @Test
    void rejectsFileNamesThatAreNotSlugs() throws IOException {
        Path project = MinimalSite.with(dir, "Cloud_Architect", MinimalSite.role("A"), "con", MinimalSite.role("B"));
        assertEquals(List.of(
                "guide/roles/Cloud_Architect.yaml: error: file name: 'Cloud_Architect' is not a valid slug: use"
                        + " lowercase letters a-z, digits and single hyphens, e.g. 'cloud-architect'",
                "guide/roles/con.yaml: error: file name: slug 'con' is a reserved file name on Windows"),
                load(project).problems);
    }

    @Test
    void rejectsOversizeFilesBeforeReadingThem() throws IOException {
        Path project = MinimalSite.with(dir, "x", MinimalSite.role("A") + "# " + "x".repeat(2000) + "\n");
        Problems problems = new Problems();
        new ProjectLoader(1000, YamlLimits.DEFAULT, false).load(new ProjectFiles(project, "guide"), problems);
        assertEquals(List.of("guide/roles/x.yaml: error: file is 2,036 bytes; the limit is 1,000 bytes"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void reportsProblemsOfAllFilesInOneRun() throws IOException {
        Path project = MinimalSite.with(dir, "a", "title: A\n", "b", "summary: B\n");
        List<String> problems = load(project).problems;
        assertEquals(List.of(
                "guide/roles/a.yaml:1:1: error: missing required key 'summary' in a role file",
                "guide/roles/b.yaml:1:1: error: missing required key 'title' in a role file"), problems);
    }

    @Test
    void skipsDraftsUnlessAsked() throws IOException {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"), "b", MinimalSite.role("B") + "draft: true\n");
        assertEquals(List.of("a"), load(project).guide.orElseThrow().roles().stream().map(Role::slug).toList());
        Problems problems = new Problems();
        Guide withDrafts = new ProjectLoader(1 << 20, YamlLimits.DEFAULT, true)
                .load(new ProjectFiles(project, "guide"), problems).orElseThrow();
        assertEquals(2, withDrafts.roles().size());
        assertFalse(problems.hasErrors());
    }

    @Test
    void readsPageFrontMatterWithFileLinePositions() throws IOException {
        Path project = MinimalSite.with(dir);
        org.careerguide.testing.TestSites.write(project.resolve("pages/about.md"),
                "---\ntitle: About\ncolour: blue\n---\n# Hi\n");
        assertEquals(List.of("guide/pages/about.md:3:1: error: unknown key 'colour' in page front matter"),
                load(project).problems);
    }
}
