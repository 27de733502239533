package org.careerguide.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.careerguide.GeneratorOptions;
import org.careerguide.Generator;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview runs the build's pipeline in memory: same bytes, same checks, {@code --strict} included. */
class PreviewPipelineTest {

    @TempDir
    Path dir;

    @Test
    void previewServesExactlyWhatTheBuildWrites() throws IOException {
        Path output = dir.resolve("site");
        GeneratorOptions options = GeneratorOptions.builder(TestSites.exampleContent()).outputDir(output).build();
        assertTrue(new Generator().build(options).success());
        Map<String, byte[]> served = new PreviewBuilder(options).rebuild(List.of()).state().files();
        TreeSet<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.walk(output)) {
            files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(".careerguide")).forEach(written::add);
        }
        assertEquals(written, new TreeSet<>(served.keySet()));
        for (String path : written) {
            assertArrayEquals(Files.readAllBytes(output.resolve(path)), served.get(path), path);
        }
    }

    @Test
    void afterAnEditThePreviewIsWhatAFullRenderServes() {
        Path project = GeneratedGuide.write(dir.resolve("p"), "Guide", 48);
        GeneratorOptions options = GeneratorOptions.builder(project).build();
        PreviewBuilder preview = new PreviewBuilder(options);
        assertTrue(preview.rebuild(List.of()).result().success());
        // One role takes on another's skills: far roles' related roles change, not only its neighbours'.
        Path edited = project.resolve("roles/quality-associate-1.yaml");
        String skills = skills(TestSites.read(project.resolve("roles/network-specialist-1.yaml")));
        TestSites.write(edited, TestSites.read(edited).replaceFirst(SKILLS.pattern(),
                java.util.regex.Matcher.quoteReplacement(skills)));
        PreviewBuilder.Outcome after = preview.rebuild(List.of("roles/quality-associate-1.yaml"));
        assertTrue(after.result().success());
        assertTrue(after.result().pagesRendered() < after.result().pagesTotal() / 2, "not a full render");
        Map<String, byte[]> full = new PreviewBuilder(options).rebuild(List.of()).state().files();
        Map<String, byte[]> served = after.state().files();
        assertEquals(new TreeSet<>(full.keySet()), new TreeSet<>(served.keySet()));
        for (String path : full.keySet()) {
            assertArrayEquals(full.get(path), served.get(path), path);
        }
    }

    private static final java.util.regex.Pattern SKILLS = java.util.regex.Pattern.compile("(?s)skills:\n(  - [^\n]*\n)+");

    private static String skills(String yaml) {
        java.util.regex.Matcher block = SKILLS.matcher(yaml);
        assertTrue(block.find());
        return block.group();
    }

    @Test
    void strictPreviewShowsWarningsAsErrors() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "progression:\n  leads_to: [Nobody]\n");
        PreviewBuilder.Outcome lenient = new PreviewBuilder(GeneratorOptions.builder(project).build())
                .rebuild(List.of());
        assertTrue(lenient.result().success());
        assertFalse(lenient.state().broken());
        PreviewBuilder.Outcome strict = new PreviewBuilder(GeneratorOptions.builder(project).strict(true).build())
                .rebuild(List.of());
        assertFalse(strict.result().success());
        assertTrue(strict.state().broken());
        assertTrue(strict.state().errors().get(0).message().startsWith("no role is named 'Nobody'"),
                strict.state().errors().toString());
    }
}
