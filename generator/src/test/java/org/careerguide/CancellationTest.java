package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a build in this JVM, as the shutdown hook and the Maven goal do, and the recovery a
 * build does first. (Real signals to the CLI: cli/InterruptedBuildsTest.)
 */
class CancellationTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @TempDir
    static Path guides;

    @TempDir
    Path dir;

    static Path bigGuide;

    @BeforeAll
    static void bigGuide() {
        bigGuide = GeneratedGuide.big(guides);
    }

    @Test
    void cancelAndAwaitReturnsOnlyOnceTheTemporaryFolderIsGone() throws Exception {
        Path site = dir.resolve("out/site");
        FolderSnapshot earlier = buildSmall(site);
        Cancellation cancellation = new Cancellation();
        CompletableFuture<GenerationReport> build = CompletableFuture.supplyAsync(() -> new Generator().build(
                GeneratorOptions.builder(bigGuide).outputDir(site).build(), cancellation, status -> { }));
        awaitWriting(site, build);

        assertEquals(Cancellation.Outcome.OUTPUT_UNCHANGED, cancellation.cancelAndAwait(LIMIT));
        assertEquals(List.of("site"), FolderSnapshot.besides(site), "clean when the wait returns");
        GenerationReport report = build.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(report.interrupted() && !report.success() && !report.written());
        assertTrue(report.summary(true, "big").startsWith("Build interrupted: the output folder was not changed ("));
        assertEquals(earlier, FolderSnapshot.of(site));
    }

    @Test
    void interruptingTheCallingThreadCancelsTheBuildAsAStoppedMavenGoalDoes() throws Exception {
        Path site = dir.resolve("out/site");
        FolderSnapshot earlier = buildSmall(site);
        Cancellation cancellation = new Cancellation();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        CompletableFuture<GenerationReport> report = new CompletableFuture<>();
        Thread goal = new Thread(() -> {
            report.complete(cancellation.runInterruptibly(() -> new Generator().build(
                    GeneratorOptions.builder(bigGuide).outputDir(site).build(), cancellation, status -> { })));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        goal.start();
        awaitWriting(site, report);
        goal.interrupt();
        goal.join(LIMIT.toMillis());

        assertTrue(report.get().interrupted());
        assertTrue(stillInterrupted.get(), "the goal's thread keeps its interrupt status");
        assertEquals(earlier, FolderSnapshot.of(site));
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void aBuildCancelledBeforeItWritesLeavesNothing() {
        Path site = dir.resolve("out/site");
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        GenerationReport report = new Generator().build(GeneratorOptions.builder(MinimalSite.with(dir, "a",
                MinimalSite.role("A"))).outputDir(site).build(), cancellation, status -> { });
        assertTrue(report.interrupted());
        assertEquals(Cancellation.Outcome.NOTHING_WRITTEN, cancellation.cancelAndAwait(Duration.ZERO));
        assertFalse(Files.exists(site.getParent()));
    }

    @Test
    void aBuildThatFailsOnContentStillPutsBackTheSiteAKilledSwapHadMovedAside() throws IOException {
        Path site = dir.resolve("out/site");
        FolderSnapshot earlier = buildSmall(site);
        Files.move(site, site.resolveSibling(".site.old-999999999-0000abcd"));
        Path broken = MinimalSite.with(dir.resolve("broken"), "a", "title: [A\n");

        GenerationReport report = TestSites.build(broken, site);
        assertFalse(report.success());
        assertEquals(List.of("Restored the previous site to " + site + " from .site.old-999999999-0000abcd, where a"
                + " build stopped between the two renames of its swap had left it (process 999999999, no longer"
                + " running)"), report.notices());
        assertEquals(earlier, FolderSnapshot.of(site));
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    private FolderSnapshot buildSmall(Path site) {
        assertTrue(TestSites.build(MinimalSite.with(dir.resolve("small"), "a", MinimalSite.role("A")), site).success());
        return FolderSnapshot.of(site);
    }

    /** Polls until the build writes pages into its temporary folder; fails if it ends first. */
    private static void awaitWriting(Path site, CompletableFuture<GenerationReport> build) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!FolderSnapshot.beingWritten(site)) {
            assertFalse(build.isDone(), "the build ended before it was stopped");
            assertTrue(System.nanoTime() < deadline, "the build did not start writing");
            Thread.sleep(5);
        }
    }
}
