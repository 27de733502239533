package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.careerguide.testing.ChildCli;
import org.careerguide.write.BuildLock;
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

    @TempDir
    static Path shared;

    static Path bigGuide;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeGuide() {
        bigGuide = GeneratedGuide.big(shared);
    }

    @Test
    void sigtermWhileWritingRemovesTheTemporaryFolderPrintsOneLineAndExits143() {
        Path site = dir.resolve("out/site");
        FolderSnapshot earlier = buildSmall("earlier", site);
        try (ChildCli build = ChildCli.start(dir.resolve("logs"), "build", "--source", bigGuide.toString(),
                "--output", site.toString())) {
            build.awaitWhileRunning("pages in the temporary folder", LIMIT, () -> FolderSnapshot.beingWritten(site));
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
            build.awaitWhileRunning("pages in the temporary folder", LIMIT, () -> FolderSnapshot.beingWritten(site));
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

    /**
     * This JVM holds the lock first (as a running build would), so the order does not depend on how
     * fast the machine is: a build that may not wait fails at once; two that may both wait, then take
     * turns, and the output ends as one complete site.
     */
    @Test
    void buildsOfOneOutputFailAtOnceOrWaitAndTakeTurnsNeverInterleaving() throws Exception {
        Path site = dir.resolve("out/site");
        buildSmall("earlier", site);
        Path small = MinimalSite.with(dir.resolve("small"), "b", MinimalSite.role("B"));
        String heldBy = "(process " + ProcessHandle.current().pid() + " on host ";
        Path logs = dir.resolve("logs");
        BuildLock held = BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }).orElseThrow();
        try (ChildCli big = ChildCli.start(logs, "build", "--source", bigGuide.toString(), "--output",
                site.toString(), "--lock-wait", "300s");
             ChildCli other = ChildCli.start(logs, "build", "--source", small.toString(), "--output",
                     site.toString(), "--lock-wait", "300s")) {
            try {
                try (ChildCli refused = ChildCli.start(logs, "build", "--source", small.toString(), "--output",
                        site.toString(), "--lock-wait", "0")) {
                    assertEquals(1, refused.exitCode(LIMIT), refused.stderr());
                    assertTrue(refused.stderr().startsWith(site + ": error: another build is writing this output"
                            + " folder " + heldBy), refused.stderr());
                }
                for (ChildCli build : List.of(big, other)) {
                    build.awaitWhileRunning("a waiting message", LIMIT, () -> build.stdout().contains("Waiting"));
                    assertTrue(build.stdout().startsWith("Waiting for another build of " + site + " to finish "
                            + heldBy), build.stdout());
                }
            } finally {
                held.close();
            }
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (big.isAlive() || other.isAlive()) {
                List<String> writing = FolderSnapshot.buildFilesBeside(site).stream()
                        .filter(name -> name.startsWith(".site.tmp-")).toList();
                assertTrue(writing.size() <= 1, () -> "two builds writing at once: " + writing);
                assertTrue(System.nanoTime() < deadline, "the builds did not end");
                Thread.sleep(5);
            }
            for (ChildCli build : List.of(big, other)) {
                assertEquals(0, build.exitCode(LIMIT), build.stderr());
                assertTrue(build.stdout().lines().anyMatch(line -> line.startsWith("Wrote ")), build.stdout());
            }
        }
        FolderSnapshot result = FolderSnapshot.of(site);
        assertTrue(result.equals(buildReference(small)) || result.equals(buildReference(bigGuide)),
                "one build's complete site, byte for byte");
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void lockWaitTakesATimeOrZero() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("build", "--source", project.toString(), "--lock-wait", "soon"));
        assertTrue(cli.err().startsWith("careerguide: --lock-wait takes a time such as 60s or 500ms, or 0 to fail"
                + " at once, not 'soon'"), cli.err());
        assertEquals(0, cli.run("build", "--source", project.toString(), "--output", dir.resolve("out/site")
                .toString(), "--lock-wait", "0"), cli.err());
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
