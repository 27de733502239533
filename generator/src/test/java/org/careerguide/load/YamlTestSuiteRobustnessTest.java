package org.careerguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;

/**
 * The 391 inputs of the YAML test suite as role files: each loads, or is answered with errors in
 * that file at a line and column. No exception, no hang. The inputs the suite marks as invalid
 * YAML are all refused.
 */
class YamlTestSuiteRobustnessTest {

    private static final Path SUITE = TestSites.repoRoot().resolve("generator/src/test/resources/yaml-test-suite");

    @Test
    void everyInputLoadsOrIsAnsweredWithPositionedErrors() throws IOException {
        Set<String> invalidYaml = new HashSet<>(Files.readAllLines(SUITE.resolve("ERRORS.txt"), StandardCharsets.UTF_8));
        List<Path> inputs;
        try (Stream<Path> files = Files.list(SUITE)) {
            inputs = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(391, inputs.size());
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            YamlComposer composer = new YamlComposer(YamlLimits.DEFAULT);
            for (Path input : inputs) {
                String name = input.getFileName().toString();
                String display = "roles/" + name;
                Problems problems = new Problems();
                YamlSource source = new YamlSource(display, 0);
                Optional<Role> role;
                try {
                    role = SourceReader.decode(Files.readAllBytes(input), display, problems)
                            .flatMap(text -> composer.compose(text, source, problems, "empty"))
                            .flatMap(root -> new RoleBinder(source, problems).bind("x", "roles/x.yaml", root, Optional.empty()));
                } catch (RuntimeException e) {
                    failures.add(name + ": " + e);
                    continue;
                }
                for (Problem problem : problems.sorted()) {
                    if (!problem.position().file().equals(display) || problem.position().line() < 1) {
                        failures.add(name + ": not positioned: " + problem);
                    }
                }
                if (role.isEmpty() && !problems.hasErrors()) {
                    failures.add(name + ": refused without an error");
                }
                String id = name.substring(0, name.length() - ".yaml".length());
                boolean invalid = invalidYaml.contains(id) || invalidYaml.contains(id.replaceAll("-[0-9]+$", ""));
                if (invalid && role.isPresent()) {
                    failures.add(name + ": invalid YAML accepted");
                }
            }
        });
        assertEquals(List.of(), failures);
        assertTrue(invalidYaml.size() > 50, "the suite lists its invalid inputs");
    }
}
