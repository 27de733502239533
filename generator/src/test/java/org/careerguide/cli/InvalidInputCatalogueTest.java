package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.careerguide.testing.UpdateMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: every folder of {@code src/test/resources/invalid/} is a small guide
 * project ({@code site/}) that must be refused. The real command line runs {@code build} on each
 * and must exit 1 with exactly the lines of {@code expected.txt} (paths relative to the project;
 * {@code {output}}, {@code {source}} and {@code {tmp}} stand for the case's folders), print no
 * stack trace, leave the earlier output folder and the content byte for byte as they were, write
 * nothing else, and finish within seconds. {@code args.txt} (one argument a line) replaces the
 * default {@code --output {output}}.
 *
 * <p>After a deliberate change of messages, rewrite every expected.txt with
 * {@code mvn -pl generator test -Dtest=InvalidInputCatalogueTest -Dcareerguide.updateCatalogue=true}
 * and review the diff (each case that was rewritten ends as aborted; with CI=true the switch is refused).
 */
@DisplayName("Bad-input catalogue")
class InvalidInputCatalogueTest {

    private static final Path CATALOGUE = TestSites.repoRoot().resolve("generator/src/test/resources/invalid");
    private static final String UPDATE_PROPERTY = "careerguide.updateCatalogue";

    @TempDir
    static Path shared;
    private static Path previousOutput;

    @BeforeAll
    static void buildPreviousOutput() {
        Path project = MinimalSite.with(shared, "cloud-architect", MinimalSite.role("Cloud Architect"));
        previousOutput = shared.resolve("previous-output");
        GenerationReport report = TestSites.build(project, previousOutput);
        assertTrue(report.success(), () -> "the earlier build must succeed: " + report.problems());
    }

    static Stream<CatalogueCase> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CATALOGUE)) {
            return dirs.filter(Files::isDirectory).sorted().map(CatalogueCase::new).toList().stream();
        }
    }

    @DisplayName("refuses")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedPrecisely(CatalogueCase badInput, @TempDir Path tmp) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(badInput, tmp));
    }

    private static void check(CatalogueCase badInput, Path tmp) throws IOException {
        Path source = copy(badInput.dir().resolve("site"), tmp.resolve("site"));
        Path output = copy(previousOutput, tmp.resolve("out"));
        Map<String, String> contentBefore = snapshot(source);
        Map<String, String> outputBefore = snapshot(output);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(arguments(badInput, source, output, tmp));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        List<String> lines = normalized(stderr, source, output, tmp);

        Path expectedFile = badInput.dir().resolve("expected.txt");
        boolean update = UpdateMode.requested(UPDATE_PROPERTY);
        // Read before any rewrite: a rewritten file compared with what was just written proves nothing.
        List<String> expected = update ? lines : Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> entries = left.map(p -> p.getFileName().toString()).sorted().toList();
            assertAll(
                    () -> assertEquals(1, exit, "exit code; stderr:\n" + stderr),
                    () -> assertEquals(expected, lines, "problems printed"),
                    () -> assertFalse(lines.isEmpty(), "a catalogue case expects at least one message"),
                    () -> assertTrue(stdout.startsWith("Build failed: "), stdout),
                    () -> assertFalse((stdout + stderr).contains("Exception") || (stdout + stderr).contains("\tat "),
                            "no stack trace:\n" + stderr),
                    () -> assertEquals(outputBefore, snapshot(output), "the earlier output is unchanged"),
                    () -> assertEquals(contentBefore, snapshot(source), "the content folder is untouched"),
                    () -> assertEquals(List.of("out", "site"), entries, "nothing else was written"));
        }
        if (update) {
            Files.write(expectedFile, lines, StandardCharsets.UTF_8);
            UpdateMode.rewrote(badInput.dir().getFileName() + "/expected.txt");
        }
    }

    private static String[] arguments(CatalogueCase badInput, Path source, Path output, Path tmp) throws IOException {
        Path argsFile = badInput.dir().resolve("args.txt");
        List<String> options = Files.exists(argsFile)
                ? Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList()
                : List.of("--output", "{output}");
        List<String> args = new ArrayList<>(List.of("build", "--source", source.toString()));
        options.forEach(option -> args.add(option.replace("{source}", source.toString())
                .replace("{output}", output.toString()).replace("{tmp}", tmp.toString())));
        return args.toArray(String[]::new);
    }

    /** The printed problems with the case's temporary folders replaced by placeholders. */
    private static List<String> normalized(String stderr, Path source, Path output, Path tmp) {
        return stderr.lines()
                .map(line -> line.replace(source + "/", "").replace(output.toString(), "{output}")
                        .replace(source.toString(), "{source}").replace(tmp.toString(), "{tmp}"))
                .toList();
    }

    /** Every file (and symbolic link) below {@code dir} with its bytes (or target), by relative path. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String key = dir.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(key, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    files.put(key, Arrays.toString(Files.readAllBytes(path)));
                } else {
                    files.put(key + "/", "");
                }
            }
        }
        return files;
    }

    /** Copies a tree, keeping symbolic links as links (the catalogue has links that lead outside). */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isSymbolicLink(path)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** One catalogue entry, named as it reads in the report: "syntax: unclosed bracket". */
    record CatalogueCase(Path dir) {
        @Override
        public String toString() {
            String name = dir.getFileName().toString();
            int dash = name.indexOf('-');
            return name.substring(0, dash) + ": " + name.substring(dash + 1).replace('-', ' ');
        }
    }
}
