package org.careerguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes that extend themes: what each level overrides, what it inherits, and chains that cannot work. */
class ThemeChainTest {

    @TempDir
    Path dir;

    private static List<String> errors(GenerationReport report) {
        return report.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    private static GenerationReport build(Path project, Path out, String theme) {
        return new Generator().build(GeneratorOptions.builder(project).displayRoot("guide").outputDir(out)
                .theme(theme).build());
    }

    @Test
    void aThemeChangesOnlyWhatItOverridesAndInheritsTheRestThroughTheChain() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\ntheme: leaf\n");
        // leaf -> middle -> compact (shipped) -> default (shipped)
        TestSites.write(project.resolve("themes/leaf/theme.yaml"), "extends: middle\nstylesheets: [assets/leaf.css]\n");
        TestSites.write(project.resolve("themes/leaf/static/assets/leaf.css"), ".leaf { color: red; }\n");
        TestSites.write(project.resolve("themes/leaf/templates/404.ftlh"),
                "<!DOCTYPE html><html lang=\"en\"><title>t</title><p id=\"leaf\">${theme.chain?join(\" > \")}</p>");
        TestSites.write(project.resolve("themes/middle/theme.yaml"), "extends: compact\n");
        TestSites.write(project.resolve("themes/middle/templates/home.ftlh"),
                "<!DOCTYPE html><html lang=\"en\"><title>t</title><p id=\"middle\">${roleCount}</p>");
        Path out = dir.resolve("out");
        GenerationReport report = TestSites.build(project, out);
        assertEquals(List.of(), errors(report));
        assertEquals("leaf > middle > compact > default", TestSites.parse(out.resolve("404.html"))
                .getElementById("leaf").text());
        assertEquals("1", TestSites.parse(out.resolve("index.html")).getElementById("middle").text());
        Document role = TestSites.parse(out.resolve("roles/a/index.html"));
        assertEquals("A", role.selectFirst("h1").text(), "the role template comes from default, at the end of the chain");
        String css = TestSites.read(out.resolve(TestSites.fingerprinted(out, "assets/careerguide.css")));
        assertTrue(css.indexOf("system-ui") >= 0 && css.indexOf("Charter") > css.indexOf("system-ui"),
                "compact's stylesheet follows default's, overriding what it changes");
        assertTrue(css.endsWith(".leaf{color:red}"), "leaf's stylesheet is added after the inherited one");
        assertFalse(Files.exists(out.resolve("assets/leaf.css")), "bundled stylesheets are not published alone");
        assertEquals(List.of("../../" + TestSites.fingerprinted(out, "assets/careerguide.css")),
                role.select("link[rel=stylesheet]:not([media=print])").eachAttr("href"));
    }

    @Test
    void fingerprintsChangeWithTheContentSoHostsMayCacheForever() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        String before = TestSites.fingerprinted(out, "assets/careerguide.css");
        assertTrue(TestSites.build(project, dir.resolve("again")).success());
        assertEquals(before, TestSites.fingerprinted(dir.resolve("again"), "assets/careerguide.css"),
                "the same content keeps its name");
        TestSites.write(project.resolve("themes/mine/theme.yaml"), "extends: default\nstylesheets: [assets/mine.css]\n");
        TestSites.write(project.resolve("themes/mine/static/assets/mine.css"), "h1 { color: green; }\n");
        assertTrue(build(project, dir.resolve("mine"), "mine").success());
        String after = TestSites.fingerprinted(dir.resolve("mine"), "assets/careerguide.css");
        assertFalse(before.equals(after), "changed content gets a new name: " + after);
    }

    @Test
    void aCycleOfThemesIsRefusedAtItsExtendsLine() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\ntheme: one\n");
        TestSites.write(project.resolve("themes/one/theme.yaml"), "# first\nextends: two\n");
        TestSites.write(project.resolve("themes/two/theme.yaml"), "description: x\nextends:   one\n");
        Path out = dir.resolve("out");
        GenerationReport report = TestSites.build(project, out);
        assertEquals(List.of("guide/themes/two/theme.yaml:2:12: error: themes extend each other in a cycle:"
                + " one -> two -> one; one of them must extend another theme, such as default"), errors(report));
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anUnknownParentOrStylesheetIsNamedWhereItIsWritten() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("themes/mine/theme.yaml"), "extends: defualt\n");
        assertEquals(List.of("guide/themes/mine/theme.yaml:1:10: error: theme 'mine' extends 'defualt', which is not"
                + " found: expected the folder themes/defualt/ or one of the shipped themes"),
                errors(build(project, dir.resolve("out"), "mine")));
        TestSites.write(project.resolve("themes/mine/theme.yaml"), "extends: default\nstylesheets:\n  - assets/gone.css\n");
        assertEquals(List.of("guide/themes/mine/theme.yaml:3:5: error: stylesheet 'assets/gone.css' not found in"
                + " static/ of this theme or the themes it extends"), errors(build(project, dir.resolve("out"), "mine")));
        TestSites.write(project.resolve("themes/mine/theme.yaml"), "extend: default\n");
        assertEquals(List.of("guide/themes/mine/theme.yaml:1:1: error: unknown key 'extend' in theme.yaml"
                + " (did you mean 'extends'?)"), errors(build(project, dir.resolve("out"), "mine")));
    }

    @Test
    void theCompactThemeIsChosenForOneBuildWithoutTouchingSiteYaml() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        Path out = dir.resolve("out");
        assertTrue(build(project, out, "compact").success());
        String css = TestSites.read(out.resolve(TestSites.fingerprinted(out, "assets/careerguide.css")));
        assertTrue(css.contains("Charter"), "compact's stylesheet is bundled");
        assertEquals(List.of("--theme: error: theme 'nope' not found: expected the folder themes/nope/ or one of"
                + " the shipped themes (default, compact)"), errors(build(project, dir.resolve("x"), "nope")));
        assertEquals(List.of("--theme: error: the theme must be a theme folder name: " + org.careerguide.text.Slugs
                .problem("../x").orElseThrow()), errors(build(project, dir.resolve("x"), "../x")));
    }
}
