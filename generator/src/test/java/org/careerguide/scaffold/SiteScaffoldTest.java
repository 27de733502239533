package org.careerguide.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.bundled.Release;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** new-site's project: complete, valid under --strict, pinned to this version, never overwriting. */
class SiteScaffoldTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path temp;

    @Test
    void writesAProjectThatChecksStrictAndBuildsWithTheExampleRole() throws Exception {
        Path project = temp.resolve("acme-guide");
        List<Path> files = new SiteScaffold().create(project, "Acme & Co: Careers", TODAY);
        assertEquals(List.of(".github/workflows/pages.yml", ".gitignore", "pages/about.md", "pom.xml",
                "roles/software-engineer.md", "roles/software-engineer.yaml", "site.yaml"),
                files.stream().map(file -> project.relativize(file).toString().replace('\\', '/')).toList());

        GeneratorOptions strict = GeneratorOptions.builder(project).strict(true).build();
        GenerationReport check = new Generator().check(strict);
        assertTrue(check.success() && check.problems().isEmpty(), check.problems().toString());

        GenerationReport build = TestSites.build(project, project.resolve("target/site"));
        assertTrue(build.success(), build.problems().toString());
        Document role = TestSites.parse(project.resolve("target/site/roles/software-engineer/index.html"));
        assertEquals("Software Engineer", role.selectFirst("h1").text());
        assertTrue(role.select("h2").eachText().contains("A day in the life"), "the narrative is on the page");
        Document home = TestSites.parse(project.resolve("target/site/index.html"));
        assertTrue(home.title().contains("Acme & Co: Careers"), home.title());
        assertEquals("About this guide",
                TestSites.parse(project.resolve("target/site/about/index.html")).selectFirst("h1").text());
    }

    @Test
    void thePomUsesThisPluginVersionInTheSitePhase() throws Exception {
        Path project = temp.resolve("My Guide");
        new SiteScaffold().create(project, "Guide <One>", TODAY);
        org.w3c.dom.Document pom = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(project.resolve("pom.xml").toFile());
        Element root = pom.getDocumentElement();
        assertEquals("my-guide", child(root, "artifactId"));
        assertEquals("pom", child(root, "packaging"));
        assertEquals("Guide <One>", child(root, "name"));
        NodeList plugins = pom.getElementsByTagName("plugin");
        Element careerguide = null;
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("careerguide-maven-plugin".equals(child(plugin, "artifactId"))) {
                careerguide = plugin;
            } else {
                assertEquals(Release.sitePluginVersion(), child(plugin, "version"));
            }
        }
        assertEquals(Release.version(), child(careerguide, "version"));
        assertEquals("generate", careerguide.getElementsByTagName("goal").item(0).getTextContent());
        assertEquals(0, careerguide.getElementsByTagName("phase").getLength(), "generate's default phase: site");
        assertEquals("true", pom.getElementsByTagName("maven.site.skip").item(0).getTextContent());
    }

    @Test
    void theWorkflowBuildsTheSiteAndPublishesTargetSite() throws Exception {
        Path project = temp.resolve("guide");
        new SiteScaffold().create(project, null, TODAY);
        Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(project.resolve(".github/workflows/pages.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) jobs.get("build").get("steps");
        assertTrue(steps.stream().anyMatch(step -> String.valueOf(step.get("run")).startsWith("mvn -B site")));
        assertTrue(steps.stream().anyMatch(step -> String.valueOf(step.get("run"))
                .equals("mvn -B careerguide:check -Dcareerguide.strict")));
        assertTrue(steps.stream().anyMatch(step -> Map.of("path", "target/site").equals(step.get("with"))));
        assertEquals(List.of("build"), List.of(jobs.get("deploy").get("needs")));
        assertEquals(List.of("target/"), Files.readAllLines(project.resolve(".gitignore")).stream()
                .filter(line -> !line.startsWith("#")).toList());
        assertTrue(Files.readString(project.resolve("site.yaml")).contains("title: \"Career Guide\""));
    }

    @Test
    void neverOverwritesAndWritesNothingWhenAFileExists() throws Exception {
        Path project = temp.resolve("existing");
        Files.createDirectories(project.resolve("roles"));
        Files.writeString(project.resolve("site.yaml"), "title: Mine\n");
        Files.writeString(project.resolve("README.md"), "mine\n");
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> new SiteScaffold().create(project, "X", TODAY));
        assertTrue(e.getMessage().contains("already holds site.yaml"), e.getMessage());
        assertEquals("title: Mine\n", Files.readString(project.resolve("site.yaml")));
        assertFalse(Files.exists(project.resolve("pom.xml")), "nothing was written");
        try (var entries = Files.list(project.resolve("roles"))) {
            assertEquals(0, entries.count());
        }
        Path file = Files.writeString(temp.resolve("a-file"), "");
        assertThrows(ScaffoldException.class, () -> new SiteScaffold().create(file, "X", TODAY));
        assertThrows(ScaffoldException.class, () -> new SiteScaffold().create(temp.resolve("t"), "a\nb", TODAY));
    }

    private static String child(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent();
            }
        }
        return null;
    }
}
