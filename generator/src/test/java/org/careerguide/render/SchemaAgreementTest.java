package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Stages;
import org.careerguide.model.Problems;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped JSON Schemas and the Java validator judge every role file and site.yaml of the
 * test suite alike: the example content and the valid fixture sites are valid for both, and each
 * file of the bad-input catalogue is invalid for both, or valid for both. A few rules cannot be
 * said in JSON Schema; Java errors from them are left out of its verdict, by message, below.
 */
class SchemaAgreementTest {

    /** Java errors that no JSON Schema can express, with why. */
    private static final Map<String, String> BEYOND_SCHEMA = Map.of(
            "is greater than 'max'", "compares two values",
            "already names the role", "compares files with each other",
            "file name:", "is about the file's name, not its content",
            "invalid UTF-8", "is about bytes, before YAML",
            "UTF-16", "is about bytes, before YAML",
            "alias '", "anchors and aliases are resolved before a schema sees the data",
            "tag '", "tags are resolved before a schema sees the data",
            "nested more than", "nesting depth is a resource limit");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFixtureIsJudgedAlikeBySchemaAndValidator() throws IOException {
        JsonSchema role = schema("role.schema.json");
        JsonSchema site = schema("site.schema.json");
        List<Path> projects = new ArrayList<>(List.of(TestSites.exampleContent()));
        projects.addAll(folders(TestSites.repoRoot().resolve("generator/src/test/resources/sites")));
        folders(TestSites.repoRoot().resolve("generator/src/test/resources/invalid"))
                .forEach(dir -> projects.add(dir.resolve("site")));

        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> verdicts = new TreeMap<>();
        for (Path project : projects) {
            Map<String, List<String>> javaErrors = javaErrorsByFile(project);
            for (Path file : yamlFiles(project)) {
                String name = project.relativize(file).toString().replace('\\', '/');
                List<String> errors = javaErrors.getOrDefault(name, List.of());
                JsonSchema schema = name.equals("site.yaml") ? site : role;
                Optional<JsonNode> json = YamlToJson.convert(Files.readAllBytes(file));
                Set<ValidationMessage> schemaErrors = json.map(schema::validate).orElse(Set.of());
                boolean schemaSaysInvalid = json.isEmpty() || !schemaErrors.isEmpty();
                String verdict;
                if (!errors.isEmpty() && errors.stream().allMatch(SchemaAgreementTest::beyondSchema)) {
                    verdict = "judged by rules beyond a schema";
                } else if (schemaSaysInvalid != !errors.isEmpty()) {
                    verdict = "disagreement";
                    disagreements.add(project + "/" + name + ": schema says " + (schemaSaysInvalid
                            ? "invalid " + schemaErrors : "valid") + ", Java says " + errors);
                } else {
                    verdict = errors.isEmpty() ? "valid for both" : "invalid for both";
                }
                verdicts.merge(verdict, 1, Integer::sum);
            }
        }
        assertEquals(List.of(), disagreements);
        // Not vacuous: both verdicts occur many times.
        assertTrue(verdicts.getOrDefault("valid for both", 0) >= 20
                && verdicts.getOrDefault("invalid for both", 0) >= 30, verdicts.toString());
    }

    @Test
    void everyPropertyIsDescribed() throws IOException {
        for (String name : SchemaFiles.NAMES) {
            List<String> undescribed = new ArrayList<>();
            undescribedProperties(JSON.readTree(SchemaFiles.read(name)), "", undescribed);
            assertEquals(List.of(), undescribed, name);
        }
    }

    @Test
    void currencyListIsTheOneJavaChecksAgainst() throws IOException {
        JsonNode codes = JSON.readTree(SchemaFiles.read("role.schema.json"))
                .at("/properties/salary/properties/currency/enum");
        Set<String> inSchema = new TreeSet<>();
        codes.forEach(code -> {
            if (!code.isNull()) {
                inSchema.add(code.asText());
            }
        });
        Set<String> inJava = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inJava, inSchema, "regenerate the currency enum of role.schema.json from this JDK");
    }

    @Test
    void buildWritesTheSchemasIntoTheSite(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("site");
        GenerationReport report = TestSites.build(TestSites.repoRoot().resolve("generator/src/test/resources/sites/edge-values"),
                output);
        assertTrue(report.success(), report.problems().toString());
        for (String name : SchemaFiles.NAMES) {
            JsonNode written = JSON.readTree(output.resolve("schema").resolve(name).toFile());
            assertEquals("https://json-schema.org/draft/2020-12/schema", written.get("$schema").asText());
            assertEquals(JSON.readTree(SchemaFiles.read(name)), written);
        }
    }

    private static void undescribedProperties(JsonNode schema, String path, List<String> undescribed) {
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            properties.fields().forEachRemaining(entry -> {
                String at = path + "/" + entry.getKey();
                if (!entry.getValue().hasNonNull("description")) {
                    undescribed.add(at);
                }
                undescribedProperties(entry.getValue(), at, undescribed);
            });
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (!items.hasNonNull("description")) {
                undescribed.add(path + "[]");
            }
            undescribedProperties(items, path + "[]", undescribed);
        }
    }

    private static boolean beyondSchema(String message) {
        return BEYOND_SCHEMA.keySet().stream().anyMatch(message::contains);
    }

    /** The loader's error messages for each file of the project (the loader judges each file alone). */
    private static Map<String, List<String>> javaErrorsByFile(Path project) throws IOException {
        String root = "project";
        Problems problems = new Problems();
        Stages.load(GeneratorOptions.builder(project).displayRoot(root).drafts(true).build(), problems);
        Map<String, List<String>> byFile = new TreeMap<>();
        problems.sorted().stream()
                .filter(Problem::isError)
                .filter(problem -> problem.position().file().startsWith(root + "/"))
                .forEach(problem -> byFile.computeIfAbsent(problem.position().file().substring(root.length() + 1),
                        k -> new ArrayList<>()).add(problem.message()));
        return byFile;
    }

    private static List<Path> yamlFiles(Path project) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(project.resolve("site.yaml"))) {
            files.add(project.resolve("site.yaml"));
        }
        Path roles = project.resolve("roles");
        if (Files.isDirectory(roles)) {
            try (Stream<Path> list = Files.list(roles)) {
                list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                        .filter(p -> !Files.isSymbolicLink(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static List<Path> folders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ByteArrayInputStream(SchemaFiles.read(name)), config);
    }
}
