package org.careerguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates are untrusted code: none can create objects, call Java, read files outside the
 * template folders or see the environment. Each attempt fails the build with the template's name,
 * and nothing of what it tried to reach shows up in any output.
 */
class TemplateSandboxTest {

    @TempDir
    Path dir;

    static List<Map.Entry<String, String>> attempts() {
        return List.of(
                Map.entry("?new runs no command", "${'freemarker.template.utility.Execute'?new()('id')}"),
                Map.entry("?new builds no object", "${'freemarker.template.utility.ObjectConstructor'?new()('java.io.File', '/')}"),
                Map.entry("?api reaches no Java method", "${role?api.getClass().getName()}"),
                Map.entry("?eval reaches no static class", "${'statics[\"java.lang.System\"].getenv(\"PATH\")'?eval}"),
                Map.entry("no include outside the templates", "<#include '/../../../../../../../etc/passwd'>"),
                Map.entry("no environment variable in the data", "${PATH}"),
                Map.entry("no system property in the data", "${.data_model['java.home']}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void templateAttemptFailsTheBuildNamingTheTemplate(Map.Entry<String, String> attempt) throws Exception {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        TestSites.write(project.resolve("templates/role.ftlh"), attempt.getValue());
        Path output = dir.resolve("out");
        GenerationReport report = new Generator().build(GeneratorOptions.builder(project).outputDir(output)
                .displayRoot("guide").build());
        List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), report.problems().toString());
        assertEquals("guide/templates/role.ftlh", errors.get(0).position().file());
        assertFalse(Files.exists(output), "nothing is written");
        String message = errors.get(0).message();
        assertFalse(message.contains("root:") || message.contains(System.getProperty("java.home")), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void sameAttemptInAnIncludedTemplateFailsToo(Map.Entry<String, String> attempt) {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        TestSites.write(project.resolve("templates/role.ftlh"), "<#include 'part.ftlh'>");
        TestSites.write(project.resolve("templates/part.ftlh"), attempt.getValue());
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).build());
        assertFalse(report.success());
        assertTrue(report.problems().stream().allMatch(p -> p.position().file().endsWith("templates/part.ftlh")),
                report.problems().toString());
    }
}
