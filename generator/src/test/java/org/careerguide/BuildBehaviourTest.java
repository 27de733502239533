package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build does with its output folder, with content it must escape, and with theme overrides. */
class BuildBehaviourTest {

    @TempDir
    Path dir;

    @Test
    void escapesScriptInTitlesAndRawHtmlAndJavascriptLinksInMarkdown() {
        Path project = MinimalSite.with(dir, "x", """
                title: "<script>alert(1)</script> Architect"
                summary: "Hello <img src=x onerror=alert(2)> [click](javascript:alert(3)) [data](data:text/html,hi)"
                responsibilities:
                  - "<b>bold</b> and [ok](https://example.org/)"
                """);
        TestSites.write(project.resolve("roles/x.md"), "<script>alert(4)</script>\n\n[v](vbscript:msgbox)\n");
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        Document page = TestSites.parse(out.resolve("roles/x/index.html"));
        assertTrue(page.select("main script").isEmpty(), "no script element from content");
        assertTrue(page.select("img").isEmpty(), "raw HTML image not emitted");
        assertTrue(page.select("b").isEmpty(), "raw HTML is escaped in inline Markdown");
        assertEquals("<script>alert(1)</script> Architect", page.selectFirst("h1").text());
        for (Element link : page.select("a")) {
            String href = link.attr("href").toLowerCase(java.util.Locale.ROOT);
            assertFalse(href.startsWith("javascript:") || href.startsWith("data:") || href.startsWith("vbscript:"),
                    () -> "unsafe link emitted: " + link);
        }
        assertNotNull(page.selectFirst("a[href=https://example.org/][rel=nofollow]"), "safe links stay, nofollow");
        assertTrue(page.text().contains("<script>alert(4)</script>"), "narrative HTML shown as text");
    }

    @Test
    void rewritesRootRelativeSiteLinksToRelativeOnes() {
        Path project = MinimalSite.with(dir,
                "a", MinimalSite.role("A") + "next_steps: [\"Read [B](/roles/b/)\", \"See [C](/about/#top)\"]\n",
                "b", MinimalSite.role("B"));
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        Document page = TestSites.parse(out.resolve("roles/a/index.html"));
        assertEquals(List.of("../../roles/b/index.html", "../../about/index.html#top"),
                page.select("#next-steps a").eachAttr("href"));
        assertTrue(page.select("#next-steps a[rel]").isEmpty(), "links within the site are not nofollow");
    }

    @Test
    void failedBuildLeavesThePreviousOutputByteIdentical() throws IOException {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"), "b", MinimalSite.role("B"));
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        Map<String, byte[]> before = snapshot(out);
        // Break one template halfway through the pages: roles render, then one fails.
        TestSites.write(project.resolve("templates/role.ftlh"),
                "<#if role.slug == \"b\">${role.noSuchField}</#if>ok");
        TestSites.write(project.resolve("roles/c.yaml"), MinimalSite.role("C"));
        GenerationReport report = TestSites.build(project, out);
        assertFalse(report.success());
        assertEquals(List.of("guide/templates/role.ftlh:1:25: error: 'role.noSuchField' is missing or null;"
                        + " use ${role.noSuchField!} or <#if role.noSuchField??> for optional values"
                        + " (rendering roles/b/index.html)"),
                report.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        assertEquals(keysAndBytes(before), keysAndBytes(snapshot(out)));
        try (Stream<Path> siblings = Files.list(dir)) {
            // The manifest of the site in place stays with it, for the next build to reuse its pages.
            assertEquals(List.of(".out.manifest", "guide", "out"), siblings.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary folder left behind");
        }
    }

    @Test
    void projectTemplateOverridesASingleThemeTemplate() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("templates/home.ftlh"),
                "<!DOCTYPE html><html lang=\"en\"><title>t</title><p id=\"custom\">${site.title}: ${roleCount}</p>");
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        assertEquals("Test Guide: 1", TestSites.parse(out.resolve("index.html")).getElementById("custom").text());
        Document role = TestSites.parse(out.resolve("roles/a/index.html"));
        assertEquals("A", role.selectFirst("h1").text(), "other templates still come from the default theme");
    }

    @Test
    void siteThemeStaticFilesFollowTheProjectsFileRules() throws IOException {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\ntheme: mine\n");
        TestSites.write(project.resolve("themes/mine/static/assets/extra.css"), "p { color: red; }\n");
        TestSites.write(project.resolve("themes/mine/static/.extra.css.swp"), "editor swap file");
        Path secret = TestSites.write(dir.resolve("outside-secret.txt"), "secret");
        Files.createSymbolicLink(project.resolve("themes/mine/static/leak.txt"), secret);
        Path out = dir.resolve("out");
        GenerationReport report = TestSites.build(project, out);
        assertEquals(List.of("guide/themes/mine/static/leak.txt: error: symbolic link leads outside the guide"
                + " project; it is not read"), report.problems().stream().filter(Problem::isError)
                .map(Problem::toString).toList());
        Files.delete(project.resolve("themes/mine/static/leak.txt"));
        assertTrue(TestSites.build(project, out).success());
        assertEquals("p{color:red}", Files.readString(out.resolve(TestSites.fingerprinted(out, "assets/extra.css"))),
                "theme assets are published under a fingerprinted name");
        assertFalse(Files.exists(out.resolve(".extra.css.swp")), "editor temp files are not copied");
    }

    @Test
    void staticFilesMayRestyleTheThemeButNotReplaceAPage() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("static/assets/careerguide.css"), "body{color:black}");
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        assertEquals("body{color:black}", TestSites.read(out.resolve("assets/careerguide.css")));
        Document page = TestSites.parse(out.resolve("roles/a/index.html"));
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(TestSites.read(out.resolve("roles/a").resolve(stylesheet).normalize()).startsWith("body{color:black}"),
                "the page's fingerprinted stylesheet is built from the project's replacement");
        TestSites.write(project.resolve("static/404.html"), "<p>mine</p>");
        List<String> expected = List.of("guide/static/404.html: error: this static file would replace the"
                + " generated 404.html; rename or remove it");
        for (GenerationReport report : List.of(TestSites.build(project, out),
                new Generator().check(GeneratorOptions.builder(project).displayRoot("guide").build()))) {
            assertEquals(expected, report.problems().stream().filter(Problem::isError).map(Problem::toString)
                    .toList(), "build and check agree");
        }
    }

    @Test
    void aMarkdownFieldShownOnTwoPagesIsReportedOnce() {
        String deep = "> ".repeat(150) + "too deep";
        Path project = MinimalSite.with(dir, "a", "title: A\nsummary: \"" + deep + "\"\n");
        List<Problem> errors = TestSites.build(project, dir.resolve("out")).problems().stream()
                .filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("guide/roles/a.yaml:2:10", errors.get(0).position().toString());
    }

    @Test
    void homeGroupsRolesByFamilyAndLeavesEmptySectionsOut() {
        Path project = MinimalSite.with(dir,
                "a", MinimalSite.role("Alpha") + "family: Site Ops\n",
                "b", MinimalSite.role("Beta") + "family: Architecture\n",
                "c", MinimalSite.role("Gamma") + "family: site ops\n",
                "e", MinimalSite.role("Epsilon") + "family: Site  Ops\n",
                "d", MinimalSite.role("Delta"));
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        Document home = TestSites.parse(out.resolve("index.html"));
        assertEquals(List.of("Architecture 1 role", "Site Ops 3 roles"), home.select(".family-list h3").eachText());
        assertEquals(List.of("Alpha", "Epsilon", "Gamma"), home.select(".family-list > li").get(1).select("p a").eachText(),
                "families differing in case or spacing are one group, as on families/");
        assertEquals(List.of("Delta"), home.select("#other-roles + ul a").eachText());
        Document role = TestSites.parse(out.resolve("roles/d/index.html"));
        assertNull(role.getElementById("skills"), "a section without data is left out");
        assertNull(role.getElementById("salary"));
    }

    @Test
    void refusesOutputFoldersThatWouldLoseOrOverwriteContent() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        assertRefused(project, project, "the output folder is the guide project folder");
        assertRefused(project, project.resolve("roles/site"), "the output folder lies in roles/");
        assertRefused(project, dir, "the output folder contains the guide project");
        TestSites.write(dir.resolve("mine/notes.txt"), "precious");
        assertRefused(project, dir.resolve("mine"), "the output folder exists and was not written by careerguide");
        assertTrue(Files.exists(dir.resolve("mine/notes.txt")));
        assertTrue(TestSites.build(project, project.resolve("target/site")).success(), "target/site is fine");
    }

    private static void assertRefused(Path project, Path output, String reason) {
        GenerationReport report = TestSites.build(project, output);
        assertFalse(report.success());
        assertTrue(report.problems().get(0).message().startsWith(reason), report.problems()::toString);
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, String> keysAndBytes(Map<String, byte[]> files) {
        Map<String, String> printable = new TreeMap<>();
        files.forEach((name, bytes) -> printable.put(name, java.util.HexFormat.of().formatHex(sha(bytes))));
        return printable;
    }

    private static byte[] sha(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
