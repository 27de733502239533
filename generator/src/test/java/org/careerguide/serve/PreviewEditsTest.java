package org.careerguide.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.careerguide.testing.GeneratedGuide.slug;
import static org.careerguide.testing.GeneratedGuide.title;
import static org.careerguide.testing.ProjectEdits.delete;
import static org.careerguide.testing.ProjectEdits.move;
import static org.careerguide.testing.ProjectEdits.pageTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps what it can between rebuilds (loaded roles, the graph's lists, pages no edit
 * touched) and makes the files built from the whole guide on request: after every kind of edit its
 * files are, byte for byte, those of a fresh preview of the same project, and every page that changed
 * is counted as rendered.
 */
class PreviewEditsTest {

    private static final int ROLES = 48;
    private static final Pattern SKILLS = Pattern.compile("(?s)skills:\n(  - [^\n]*\n)+");

    @TempDir
    Path dir;

    private Path project;
    private GeneratorOptions options;
    private PreviewBuilder preview;
    private Map<String, byte[]> served;

    private static String roleFile(int i) {
        return "roles/" + slug(i) + ".yaml";
    }

    private static void edit(Path project, String file, String from, String to) {
        org.careerguide.testing.ProjectEdits.edit(project.resolve(file), from, to);
    }

    @Test
    void everyKindOfEditServesWhatAFreshPreviewServes() {
        start();
        List<String> steps = new ArrayList<>();
        // Roles: text only (the graph's lists are taken over), then what changes the graph.
        step(steps, "change a role's summary", true, p -> edit(p, roleFile(3), "summary: A ", "summary: Now a "),
                roleFile(3));
        step(steps, "change the same summary again", true, p -> edit(p, roleFile(3), "summary: Now a ",
                "summary: Then a "), roleFile(3));
        step(steps, "rename a role's title", false, p -> edit(p, roleFile(4), "title: Mobile Associate 1",
                "title: Mobile Apprentice 1"), roleFile(4));
        step(steps, "add a narrative", true, p -> TestSites.write(p.resolve("roles/" + slug(6) + ".md"),
                "## A day at work\n\nMostly *meetings*.\n"), "roles/" + slug(6) + ".md");
        step(steps, "change a narrative", true, p -> edit(p, "roles/" + slug(6) + ".md", "meetings", "code"),
                "roles/" + slug(6) + ".md");
        // What the graph reads: top skills (term pages, related roles) and progression (levels, maps, paths).
        step(steps, "remove a top skill", true, p -> rewrite(p, roleFile(22), "skills:\n  - [^\n]*\n", "skills:\n"),
                roleFile(22));
        String added = firstSkill(TestSites.read(project.resolve(roleFile(30))));
        assertFalse(TestSites.read(project.resolve(roleFile(22))).contains(added), "a skill role 22 lacks");
        step(steps, "add a top skill another role has", true, p -> rewrite(p, roleFile(22), "skills:\n",
                "skills:\n  - " + added + "\n"), roleFile(22));
        step(steps, "drop a leads_to target", true, p -> edit(p, roleFile(21), "  leads_to:\n    - " + title(22) + "\n",
                "  leads_to:\n"), roleFile(21));
        step(steps, "add a leads_to target far away", true, p -> edit(p, roleFile(21), "  leads_to:\n",
                "  leads_to:\n    - " + title(40) + "\n"), roleFile(21));
        step(steps, "add a role", false, p -> TestSites.write(p.resolve("roles/night-operator.yaml"),
                "title: Night Operator\nsummary: Keeps the lights on.\nfamily: Cloud\nskills: [Cloud Skill 1]\n"
                        + "responsibilities: [Watch the dashboards]\n"), "roles/night-operator.yaml");
        step(steps, "delete a role", false, p -> delete(p.resolve("roles/night-operator.yaml")),
                "roles/night-operator.yaml");
        step(steps, "rename a role", false, p -> move(p.resolve(roleFile(5)), p.resolve("roles/renamed-role.yaml")),
                roleFile(5), "roles/renamed-role.yaml");
        // Pages, templates and site.yaml.
        step(steps, "change a page", false, p -> edit(p, "pages/about.md", "Read on.", "Read on, please."),
                "pages/about.md");
        step(steps, "add a template", false, p -> TestSites.write(p.resolve("templates/page.ftlh"),
                pageTemplate("<p class=\"note\">Free page</p>")), "templates/page.ftlh");
        step(steps, "change a template", false, p -> edit(p, "templates/page.ftlh", "Free page", "A free page"),
                "templates/page.ftlh");
        step(steps, "delete a template", false, p -> delete(p.resolve("templates/page.ftlh")), "templates/page.ftlh");
        step(steps, "change site.yaml", false, p -> edit(p, "site.yaml", "title: \"Guide\"", "title: \"The Guide\""),
                "site.yaml");
        // A broken save keeps the last good site; the fix brings the preview up to date.
        edit(project, roleFile(8), "family: ", "family: [");
        assertFalse(preview.rebuild(List.of(roleFile(8))).result().success(), "a YAML error fails the rebuild");
        step(steps, "fix a broken role", false, p -> edit(p, roleFile(8), "family: [", "family: "), roleFile(8));
        step(steps, "change a summary after all that", true, p -> edit(p, roleFile(9), "summary: A ",
                "summary: Still a "), roleFile(9));
        assertEquals(19, steps.size());
    }

    @Test
    void newSkillsOnOneRoleChangeTheRelatedRolesOfFarRoles() {
        start();
        Map<String, byte[]> before = served;
        // Role 7 takes on the skills of role 30, far from it in the guide: roles whose files did not
        // change, and whose neighbours' did not either, get other related roles.
        step(new ArrayList<>(), "take on another role's skills", true, p -> TestSites.write(p.resolve(roleFile(7)),
                TestSites.read(p.resolve(roleFile(7))).replaceFirst(SKILLS.pattern(), Matcher.quoteReplacement(
                        skills(TestSites.read(p.resolve(roleFile(30))))))), roleFile(7));
        List<Integer> farRolesWithNewRelated = new ArrayList<>();
        for (int i = 0; i < ROLES; i++) {
            String page = "roles/" + slug(i) + "/index.html";
            if (Math.abs(i - 7) > 4 && !related(before.get(page)).equals(related(served.get(page)))) {
                farRolesWithNewRelated.add(i);
            }
        }
        assertFalse(farRolesWithNewRelated.isEmpty(), "some far roles' related roles changed");
    }

    @Test
    void editsOfProseAloneTakeTheShortcutAndServeWhatAFreshPreviewServes() {
        start();
        // A name no role has: a warning at its line, which moves when a line is added above it.
        edit(project, roleFile(20), "    - " + title(21) + "\n", "    - Space Pilot\n");
        step(new ArrayList<>(), "name an unknown role", false, p -> { }, roleFile(20));
        List<String> steps = new ArrayList<>();
        prose(steps, "add new words to a summary", true, p -> edit(p, roleFile(3), "summary: A ",
                "summary: Zany quixotic work. A "), roleFile(3));
        prose(steps, "change responsibilities, next steps and suggestions", true, p -> {
            edit(p, roleFile(10), "Mentor a new colleague", "Mentor two new colleagues");
            edit(p, roleFile(10), "piece 3 of", "part 3 of");
            edit(p, roleFile(10), "and ask for a review", "and ask for two reviews");
        }, roleFile(10));
        RebuildResult linked = prose(steps, "link a summary to no page", true, p -> edit(p, roleFile(11),
                "summary: A ", "summary: See [the list](/roles/nobody/). A "), roleFile(11));
        assertTrue(linked.problems().stream().anyMatch(problem -> problem.message().contains("/roles/nobody/")),
                linked.problems()::toString);
        prose(steps, "fix the link", true, p -> edit(p, roleFile(11), "/roles/nobody/", "/roles/"), roleFile(11));
        prose(steps, "save through a temporary file", true, p -> edit(p, roleFile(12), "summary: A ",
                "summary: Saved. A "), roleFile(12), "roles/sedX1y2Z3");
        prose(steps, "change the prose of two roles", true, p -> {
            edit(p, roleFile(13), "summary: A ", "summary: One. A ");
            edit(p, roleFile(14), "Mentor a new colleague", "Coach a colleague");
        }, roleFile(13), roleFile(14));
        prose(steps, "grow a summary by a line above a warning", false, p -> edit(p, roleFile(20),
                "summary: A ", "summary: >-\n  Two lines.\n  A "), roleFile(20));
        prose(steps, "change salary figures and trend", true, p -> {
            edit(p, roleFile(19), "    - { level: Entry, min: 59000", "    - { level: Entry, min: 59500");
            edit(p, roleFile(19), "  trend: Demand grows", "  trend: Demand still grows");
        }, roleFile(19));
        // In place of the trend, lines unmoved: a date more than three years old is warned about.
        prose(steps, "date salary figures (a check reads the date)", false, p -> rewrite(p, roleFile(19),
                "  trend: [^\n]*", "  as_of: 2020"), roleFile(19));
        prose(steps, "change a title", false, p -> edit(p, roleFile(15), "title: " + title(15),
                "title: Renamed Role"), roleFile(15));
        prose(steps, "change a skill", false, p -> edit(p, roleFile(16), "skills:\n  - ", "skills:\n  - Juggling\n  - "),
                roleFile(16));
        prose(steps, "make a role a draft", false, p -> edit(p, roleFile(17), "summary: A ", "draft: true\nsummary: A "),
                roleFile(17));
        TestSites.write(project.resolve("roles/notes.txt"), "not a role\n");
        step(steps, "add a stray file", false, p -> { }, "roles/notes.txt");
        prose(steps, "delete the stray file while a summary changes", false, p -> {
            delete(p.resolve("roles/notes.txt"));
            edit(p, roleFile(18), "summary: A ", "summary: Tidy. A ");
        }, "roles/notes.txt", roleFile(18));
        assertEquals(14, steps.size());
    }

    /** A {@link #step} that must ({@code shortcut}) or must not be a prose edit. */
    private RebuildResult prose(List<String> steps, String what, boolean shortcut, Consumer<Path> edit,
                                String... changed) {
        int before = preview.proseEdits();
        RebuildResult result = step(steps, what, shortcut, edit, changed);
        assertEquals(shortcut ? before + 1 : before, preview.proseEdits(), what + ": a prose edit");
        return result;
    }

    /** Builds the start state: the generated guide and a free page, previewed once in full. */
    private void start() {
        project = GeneratedGuide.write(dir.resolve("p"), "Guide", ROLES);
        TestSites.write(project.resolve("pages/about.md"), "---\ntitle: About\n---\n\nSee the [first role](/roles/"
                + slug(0) + "/). Read on.\n");
        options = GeneratorOptions.builder(project).displayRoot("p").build();
        preview = new PreviewBuilder(options);
        PreviewBuilder.Outcome first = preview.rebuild(List.of());
        assertTrue(first.result().success(), first.result().problems()::toString);
        served = first.state().files();
    }

    /**
     * Makes one edit, rebuilds the preview with the paths the watcher would name, and compares every
     * file with a fresh preview's; {@code partial} says the rebuild must not have rendered every page.
     */
    private RebuildResult step(List<String> steps, String what, boolean partial, Consumer<Path> edit,
                               String... changed) {
        edit.accept(project);
        PreviewBuilder.Outcome outcome = preview.rebuild(Arrays.asList(changed));
        RebuildResult result = outcome.result();
        assertTrue(result.success(), () -> what + ": " + result.problems());
        Map<String, byte[]> now = outcome.state().files();
        PreviewBuilder.Outcome fresh = new PreviewBuilder(options).rebuild(List.of());
        assertEquals(fresh.result().problems(), result.problems(), what + ": the same problems");
        Map<String, byte[]> expected = fresh.state().files();
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(now.keySet()), what + ": the same files");
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            assertArrayEquals(file.getValue(), now.get(file.getKey()), what + ": " + file.getKey());
        }
        assertEquals(expected.keySet().stream().filter(path -> path.endsWith(".html")).count(), result.pagesTotal(),
                what + ": pages counted");
        long changedPages = now.entrySet().stream().filter(file -> file.getKey().endsWith(".html"))
                .filter(file -> !Arrays.equals(file.getValue(), served.get(file.getKey()))).count();
        assertTrue(result.pagesRendered() >= changedPages, what + ": every page that changed was rendered ("
                + result.pagesRendered() + " rendered, " + changedPages + " changed)");
        if (partial) {
            assertFalse(result.full(), what + ": not a full render");
            assertTrue(result.pagesRendered() < result.pagesTotal() / 2, what + ": most pages kept");
        }
        served = now;
        steps.add(what);
        return result;
    }

    /** Replaces the first match of {@code regex} in {@code file} (a YAML edit the watcher sees as one save). */
    private static void rewrite(Path project, String file, String regex, String replacement) {
        Path path = project.resolve(file);
        TestSites.write(path, TestSites.read(path).replaceFirst(regex, Matcher.quoteReplacement(replacement)));
    }

    private static String firstSkill(String yaml) {
        return skills(yaml).lines().skip(1).findFirst().orElseThrow().substring("  - ".length());
    }

    private static List<String> related(byte[] page) {
        return Jsoup.parse(new String(page, java.nio.charset.StandardCharsets.UTF_8)).select("#related li").eachText();
    }

    private static String skills(String yaml) {
        Matcher block = SKILLS.matcher(yaml);
        assertTrue(block.find());
        return block.group();
    }
}
