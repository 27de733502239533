package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.careerguide.testing.GeneratedGuide.slug;
import static org.careerguide.testing.ProjectEdits.delete;
import static org.careerguide.testing.ProjectEdits.edit;
import static org.careerguide.testing.ProjectEdits.move;
import static org.careerguide.testing.ProjectEdits.pageTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (one that finds the previous output and its manifest) writes exactly what a
 * clean build of the same project writes, byte for byte and file for file, after every kind of
 * edit: change, add, delete and rename of a role, a free page, a template and site.yaml. And it
 * does so by carrying over the pages whose data did not change, rendering the others.
 */
class IncrementalBuildTest {

    private static final int ROLES = 48;

    @TempDir
    Path dir;

    private Path project;
    private Path site;
    private int cleanBuilds;

    @Test
    void everyKindOfEditBuildsWhatACleanBuildWrites() throws IOException {
        start();
        List<String> steps = new ArrayList<>();
        // Roles.
        step(steps, "change a role", p -> edit(p.resolve(roleFile(3)), "summary: A ", "summary: Now a "));
        step(steps, "add a role", p -> TestSites.write(p.resolve("roles/night-operator.yaml"),
                "title: Night Operator\nsummary: Keeps the lights on.\nfamily: Cloud\nskills: [Cloud Skill 1]\n"
                        + "responsibilities: [Watch the dashboards]\n"));
        step(steps, "delete a role", p -> delete(p.resolve("roles/night-operator.yaml")));
        step(steps, "rename a role", p -> move(p.resolve(roleFile(5)), p.resolve("roles/renamed-role.yaml")));
        // Free pages.
        step(steps, "change a page", p -> edit(p.resolve("pages/about.md"), "Read on.", "Read on, please."));
        step(steps, "add a page", p -> TestSites.write(p.resolve("pages/contact.md"),
                "---\ntitle: Contact\n---\n\nWrite to us.\n"));
        step(steps, "rename a page", p -> move(p.resolve("pages/contact.md"), p.resolve("pages/write-to-us.md")));
        step(steps, "delete a page", p -> delete(p.resolve("pages/write-to-us.md")));
        // Templates: the project's own overrides of the default theme.
        step(steps, "add a template", p -> TestSites.write(p.resolve("templates/page.ftlh"),
                pageTemplate("<p class=\"note\">Free page</p>")));
        step(steps, "change a template", p -> edit(p.resolve("templates/page.ftlh"), "Free page", "A free page"));
        step(steps, "rename a template", p -> move(p.resolve("templates/page.ftlh"), p.resolve("templates/spare.ftlh")));
        step(steps, "delete a template", p -> delete(p.resolve("templates/spare.ftlh")));
        // site.yaml.
        step(steps, "change site.yaml", p -> edit(p.resolve("site.yaml"), "title: \"Guide\"", "title: \"The Guide\""));
        step(steps, "add to site.yaml", p -> edit(p.resolve("site.yaml"), "language: en\n",
                "language: en\ndescription: Careers, one page each.\n"));
        step(steps, "delete from site.yaml", p -> edit(p.resolve("site.yaml"), "description: Careers, one page each.\n",
                ""));
        step(steps, "rename the base URL in site.yaml", p -> edit(p.resolve("site.yaml"), "https://example.org/",
                "https://example.org/careers/"));
        assertEquals(16, steps.size());
    }

    @Test
    void anUnchangedGuideIsUpToDateAndACleanBuildRendersEverything() {
        start();
        GenerationReport again = build(false);
        assertTrue(again.success() && again.upToDate() && !again.written(), again::toString);
        assertTrue(again.summary(true, "p").startsWith("Site is up to date: "), again.summary(true, "p"));
        GenerationReport clean = build(true);
        assertTrue(clean.success() && clean.written() && !clean.upToDate());
        assertEquals(0, clean.pagesReused(), "--clean renders every page");
        // A touched file with the same bytes is no change; the warnings are said again either way.
        edit(project.resolve(roleFile(1)), "summary: A ", "summary: A ");
        GenerationReport touched = build(false);
        assertTrue(touched.upToDate());
        assertEquals(clean.problems(), touched.problems(), "the last build's warnings, said again");
    }

    @Test
    void newSkillsOnOneRoleRenderTheOtherRolesWhoseRelatedRolesChange() {
        start();
        FolderSnapshot before = FolderSnapshot.of(site);
        Map<Integer, Document> oldPages = new java.util.HashMap<>();
        for (int i = 0; i < ROLES; i++) {
            oldPages.put(i, TestSites.parse(site.resolve(rolePage(i))));
        }
        // Role 7 takes on the skills of role 30, far from it in the guide: the related roles of roles
        // whose files, and whose neighbours' files, did not change are now different.
        TestSites.write(project.resolve(roleFile(7)), TestSites.read(project.resolve(roleFile(7)))
                .replaceFirst("(?s)skills:\n(  - [^\n]*\n)+", java.util.regex.Matcher.quoteReplacement(
                        skills(TestSites.read(project.resolve(roleFile(30)))))));
        GenerationReport report = build(false);
        assertTrue(report.success(), report.problems()::toString);
        FolderSnapshot after = FolderSnapshot.of(site);
        assertEquals(clean().files(), after.files(), "byte-identical to a clean build");
        List<Integer> farRolesWithNewRelated = new ArrayList<>();
        for (int i = 0; i < ROLES; i++) {
            // Roles up to four steps away share the edited role's map; the others share only the skills'
            // weights, which the edit changed for every role that has one of them.
            String related = "#related li";
            if (Math.abs(i - 7) > 4 && !oldPages.get(i).select(related).text()
                    .equals(TestSites.parse(site.resolve(rolePage(i))).select(related).text())) {
                farRolesWithNewRelated.add(i);
            }
        }
        assertFalse(farRolesWithNewRelated.isEmpty(), "some far roles' related roles changed");
        for (int i : farRolesWithNewRelated) {
            assertTrue(changed(before, after, "").contains(rolePage(i)), "rendered again: " + rolePage(i));
        }
        int rendered = report.pagesRendered() - report.pagesReused();
        assertTrue(report.pagesReused() > 0, "unchanged pages are kept");
        assertTrue(rendered >= changed(before, after, "").stream().filter(path -> path.endsWith(".html")).count(),
                "every page that changed was rendered");
        assertTrue(rendered < report.pagesRendered() / 2, () -> "most pages were kept, rendered " + rendered);
    }

    private static String skills(String yaml) {
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?s)skills:\n(  - [^\n]*\n)+").matcher(yaml);
        assertTrue(block.find());
        return block.group();
    }

    /** Builds the start state (the generated guide, a free page), then checks that the output is a clean build's. */
    private void start() {
        project = GeneratedGuide.write(dir.resolve("p"), "Guide", ROLES);
        TestSites.write(project.resolve("pages/about.md"), "---\ntitle: About\n---\n\nSee the [first role](/roles/"
                + slug(0) + "/). Read on.\n");
        site = dir.resolve("out/site");
        GenerationReport first = build(false);
        assertTrue(first.success() && first.written(), first.problems()::toString);
        assertEquals(0, first.pagesReused(), "nothing to reuse the first time");
    }

    private void step(List<String> steps, String what, Consumer<Path> edit) {
        FolderSnapshot before = FolderSnapshot.of(site);
        edit.accept(project);
        GenerationReport report = build(false);
        assertTrue(report.success() && report.written(), () -> what + ": " + report.problems());
        FolderSnapshot after = FolderSnapshot.of(site);
        FolderSnapshot clean = clean();
        assertEquals(new TreeSet<>(clean.files().keySet()), new TreeSet<>(after.files().keySet()),
                what + ": the same files");
        assertEquals(clean.files(), after.files(), what + ": the same bytes");
        int rendered = report.pagesRendered() - report.pagesReused();
        assertTrue(rendered >= changed(before, after, "").stream().filter(path -> path.endsWith(".html")).count(),
                what + ": every page that changed was rendered");
        steps.add(what);
    }

    private FolderSnapshot clean() {
        Path output = dir.resolve("clean-" + cleanBuilds++ + "/site");
        GenerationReport report = new Generator().build(options(output, true));
        assertTrue(report.success(), report.problems()::toString);
        return FolderSnapshot.of(output);
    }

    private GenerationReport build(boolean clean) {
        return new Generator().build(options(site, clean));
    }

    private GeneratorOptions options(Path output, boolean clean) {
        return GeneratorOptions.builder(project).outputDir(output).displayRoot("p").clean(clean).build();
    }

    /** Output paths under {@code prefix} whose bytes differ, or that are new. */
    private static Set<String> changed(FolderSnapshot before, FolderSnapshot after, String prefix) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> file : after.files().entrySet()) {
            if (file.getKey().startsWith(prefix) && !file.getValue().equals(before.files().get(file.getKey()))) {
                changed.add(file.getKey());
            }
        }
        return changed;
    }

    private static String rolePage(int i) {
        return "roles/" + slug(i) + "/index.html";
    }

    private static String roleFile(int i) {
        return "roles/" + slug(i) + ".yaml";
    }
}
