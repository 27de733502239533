package org.careerguide.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.render.SchemaFiles;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data API of a built guide (roles.json and roles/<slug>/index.json) against the shipped
 * schema and the pages; drafts kept out of every published file; a site without base_url gets no
 * absolute outputs and one warning.
 */
class DataAndDraftsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAFT = """
            title: Quantum Infrastructure Whisperer
            summary: Not ready yet.
            draft: true
            updated: 2026-12-01
            skills: [Systems Design]
            """;

    private static GenerationReport build(Path project, Path output, boolean drafts) {
        return new Generator().build(GeneratorOptions.builder(project).outputDir(output).drafts(drafts)
                .displayRoot(project.getFileName().toString()).build());
    }

    private static Path example(Path temp) throws IOException {
        Path project = TestSites.copyTree(TestSites.exampleContent(), temp.resolve("content"));
        TestSites.write(project.resolve("roles/quantum-infrastructure-whisperer.yaml"), DRAFT);
        return project;
    }

    @Test
    void dataFilesValidateAgainstTheShippedSchemaAndMatchThePages(@TempDir Path temp) throws IOException {
        Path project = example(temp);
        Path site = temp.resolve("site");
        GenerationReport report = build(project, site, false);
        assertTrue(report.success(), report.problems().toString());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(SchemaFiles.read("data.schema.json")));
        JsonNode all = JSON.readTree(site.resolve("roles.json").toFile());
        assertEquals(Set.of(), schema.validate(all));
        assertEquals(JSON.readTree(SchemaFiles.read("data.schema.json")),
                JSON.readTree(site.resolve("schema/data.schema.json").toFile()));
        List<String> pages;
        try (Stream<Path> roles = Files.list(site.resolve("roles"))) {
            pages = roles.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        }
        assertEquals(pages.size(), all.get("roles").size());
        for (JsonNode role : all.get("roles")) {
            Path folder = site.resolve(role.get("path").asText());
            JsonNode own = JSON.readTree(folder.resolve("index.json").toFile());
            Set<ValidationMessage> problems = schema.validate(own);
            assertEquals(Set.of(), problems, role.get("slug").asText());
            assertEquals(role, own);
            Document page = TestSites.parse(folder.resolve("index.html"));
            assertEquals(page.selectFirst("h1").text(), role.get("title").asText());
            assertEquals(page.select("#skills li").stream().map(li -> li.text()).toList(), names(role.get("skills")));
            assertEquals(role.get("url").asText(), page.selectFirst("link[rel=canonical]").attr("href"));
            for (JsonNode skill : role.get("skills")) {
                assertTrue(Files.isRegularFile(site.resolve(skill.get("path").asText()).resolve("index.html")),
                        skill.toString());
            }
            for (JsonNode next : role.get("progression").get("leadsTo")) {
                if (next.has("path")) {
                    Document target = TestSites.parse(site.resolve(next.get("path").asText()).resolve("index.html"));
                    assertEquals(next.get("title").asText(), target.selectFirst("h1").text());
                }
            }
        }
    }

    @Test
    void draftsAreInNoPublishedFileEvenWhenTheirPagesAreBuilt(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        GenerationReport report = build(example(temp), site, true);
        assertTrue(report.success(), report.problems().toString());
        assertTrue(Files.isRegularFile(site.resolve("roles/quantum-infrastructure-whisperer/index.html")));
        assertFalse(Files.exists(site.resolve("roles/quantum-infrastructure-whisperer/index.json")));
        for (String file : List.of("roles.json", "sitemap.xml", "feed.xml")) {
            String text = Files.readString(site.resolve(file));
            assertFalse(text.contains("quantum") || text.contains("Quantum"), file);
        }
        try (Stream<Path> index = Files.list(site.resolve("search"))) {
            for (Path shard : index.toList()) {
                assertFalse(Files.readString(shard).contains("quantum"), shard.toString());
            }
        }
    }

    @Test
    void withoutBaseUrlAbsoluteOutputsAreLeftOutWithOneWarning(@TempDir Path temp) throws IOException {
        Path project = example(temp);
        String settings = Files.readString(project.resolve("site.yaml")).replaceAll("(?m)^base_url:.*\\n", "");
        TestSites.write(project.resolve("site.yaml"), settings);
        Path site = temp.resolve("site");
        GenerationReport report = build(project, site, false);
        assertTrue(report.success(), report.problems().toString());
        List<Problem> warnings = new ArrayList<>(report.problems());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("no base_url"), warnings.toString());
        for (String file : List.of("sitemap.xml", "robots.txt", "feed.xml")) {
            assertFalse(Files.exists(site.resolve(file)), file);
        }
        Document page = TestSites.parse(site.resolve("roles/principal-architect/index.html"));
        assertTrue(page.select("script[type=application/ld+json], link[rel=canonical], meta[property=og:url]")
                .isEmpty());
        JsonNode all = JSON.readTree(site.resolve("roles.json").toFile());
        assertFalse(all.get("roles").get(0).has("url"));
        assertTrue(all.get("roles").get(0).has("path"));
    }

    private static List<String> names(JsonNode links) {
        List<String> names = new ArrayList<>();
        links.forEach(link -> names.add(link.get("name").asText()));
        return names;
    }
}
