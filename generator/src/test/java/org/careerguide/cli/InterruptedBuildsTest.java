package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.ChildCli;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during a build, with the real CLI in a child JVM and real signals: SIGTERM and SIGKILL
 * while it writes, and two builds of one output at once. After each, the output folder holds the
 * earlier site or the new one, byte for byte, and nothing of careerguide's lies beside it. (A full
 * disk is {@link FullDiskTest}.) Waits poll for what they wait for, with generous limits for busy
 * machines; none sleeps a fixed time.
 */
class InterruptedBuildsTest {

    /** Long enough for any machine; a healthy run takes a few seconds per build. */
    static final Duration LIMIT = Duration.ofMinutes(5);

    /** Big enough that writing takes a while after the temporary folder appears. */
    static final int ROLES = 200;

    @TempDir
    static Path shared;

    static Path bigGuide;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeGuide() {
        bigGuide = GeneratedGuide.write(shared.resolve("big"), "Big Guide", ROLES);
    }

    @Test
    void sigtermWhileWritingRemovesTheTemporaryFolderPrintsOneLineAndExits143() {
        Path site = dir.resolve("out/site");
        FolderSnapshot earlier = buildSmall("earlier", site);
        try (ChildCli build = ChildCli.start(dir.resolve("logs"), "build", "--source", bigGuide.toString(),
                "--output", site.toString())) {
            build.awaitWhileRunning("pages in the temporary folder", LIMIT, () -> writing(site));
            build.terminate();
            assertEquals(143, build.exitCode(LIMIT), build.stderr());
            assertEquals("careerguide: interrupted; stopped the build and removed its temporary folder; the output"
                    + " folder was not changed", build.stderr().strip());
            assertEquals("", build.stdout());
        }
        assertEquals(earlier, FolderSnapshot.of(site), "the earlier site, byte for byte");
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void sigkillWhileWritingLeavesLitterThatTheNextBuildRemovesSayingSo() {
        Path site = dir.resolve("out/site");
        FolderSnapshot earlier = buildSmall("earlier", site);
        long pid;
        try (ChildCli build = ChildCli.start(dir.resolve("logs"), "build", "--source", bigGuide.toString(),
                "--output", site.toString())) {
            build.awaitWhileRunning("pages in the temporary folder", LIMIT, () -> writing(site));
            pid = build.pid();
            build.kill();
            assertEquals(137, build.exitCode(LIMIT));
        }
        assertEquals(earlier, FolderSnapshot.of(site), "a killed build leaves the earlier site in place");
        List<String> litter = FolderSnapshot.buildFilesBeside(site);
        assertTrue(litter.contains(".site.lock") && litter.stream().anyMatch(name -> name.startsWith(
                ".site.tmp-" + pid + "-")), () -> "what SIGKILL leaves: " + litter);

        Path next = MinimalSite.with(dir.resolve("next"), "b", MinimalSite.role("B"));
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("build", "--source", next.toString(), "--output", site.toString()), cli.err());
        String notice = cli.out().lines().filter(line -> line.startsWith("Removed ")).findFirst().orElseThrow();
        assertTrue(notice.startsWith("Removed " + site.resolveSibling(".site.tmp-" + pid + "-"))
                && notice.contains("the temporary folder of a build that was stopped (process " + pid + " on host "),
                notice);
        assertEquals(buildReference(next), FolderSnapshot.of(site), "the new site, byte for byte");
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void aSecondBuildWaitsForTheFirstOrFailsAtOnceAndTheyNeverInterleave() {
        Path site = dir.resolve("out/site");
        buildSmall("earlier", site);
        Path second = MinimalSite.with(dir.resolve("second"), "b", MinimalSite.role("B"));
        try (ChildCli first = ChildCli.start(dir.resolve("logs"), "build", "--source", bigGuide.toString(),
                "--output", site.toString())) {
            first.awaitWhileRunning("pages in the temporary folder", LIMIT, () -> writing(site));

            GenerationReport refused = new Generator().build(GeneratorOptions.builder(second).outputDir(site)
                    .lockWait(Duration.ZERO).build());
            assertFalse(refused.success());
            String problem = refused.problems().get(0).toString();
            assertTrue(problem.startsWith(site + ": error: another build is writing this output folder (process "
                    + first.pid() + " on host "), problem);

            try (ChildCli waiting = ChildCli.start(dir.resolve("logs"), "build", "--source", second.toString(),
                    "--output", site.toString(), "--lock-wait", "300s")) {
                waiting.awaitWhileRunning("a waiting message", LIMIT, () -> waiting.stdout().contains("Waiting"));
                assertTrue(waiting.stdout().startsWith("Waiting for another build of " + site + " to finish (process "
                        + first.pid() + " on host "), waiting.stdout());
                assertEquals(1, FolderSnapshot.buildFilesBeside(site).stream()
                        .filter(name -> name.startsWith(".site.tmp-")).count(), "only the first build writes");

                assertEquals(0, first.exitCode(LIMIT), first.stderr());
                assertTrue(first.stdout().startsWith("Wrote "), first.stdout());
                assertEquals(0, waiting.exitCode(LIMIT), waiting.stderr());
                assertTrue(waiting.stdout().lines().anyMatch(line -> line.startsWith("Wrote ")), waiting.stdout());
            }
        }
        assertEquals(buildReference(second), FolderSnapshot.of(site), "the second build's site, byte for byte");
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void sigintStopsServeWithOneLineAndExit130() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        try (ChildCli serve = ChildCli.start(dir.resolve("logs"), "serve", "--source", project.toString(),
                "--port", "0")) {
            serve.awaitWhileRunning("the server", LIMIT, () -> serve.stdout().contains("Serving http://localhost:"));
            String url = serve.stdout().lines().filter(line -> line.startsWith("Serving ")).findFirst().orElseThrow()
                    .replaceFirst("^Serving (\\S+) .*", "$1");
            serve.interrupt();
            assertEquals(130, serve.exitCode(LIMIT), serve.stderr());
            assertEquals("careerguide: interrupted; stopped serving " + url, serve.stderr().strip());
        }
    }

    /** True once the build writes pages: its temporary folder beside {@code site} has a roles/ folder. */
    static boolean writing(Path site) {
        try (Stream<Path> list = Files.list(site.getParent())) {
            return list.anyMatch(path -> path.getFileName().toString().startsWith(".site.tmp-")
                    && Files.isDirectory(path.resolve("roles")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a two-role guide into {@code site} in this JVM (the earlier site) and snapshots it. */
    FolderSnapshot buildSmall(String name, Path site) {
        Path project = MinimalSite.with(dir.resolve(name), "a", MinimalSite.role("A"), "z", MinimalSite.role("Z"));
        assertTrue(TestSites.build(project, site).success());
        return FolderSnapshot.of(site);
    }

    /** What a clean build of {@code project} writes, for comparing byte for byte. */
    FolderSnapshot buildReference(Path project) {
        Path reference = dir.resolve("reference-" + project.getParent().getFileName()).resolve("site");
        assertTrue(TestSites.build(project, reference).success());
        return FolderSnapshot.of(reference);
    }
}
