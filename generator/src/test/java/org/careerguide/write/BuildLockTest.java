package org.careerguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock beside the output, between builds of one JVM (the cross-JVM case runs the CLI, see cli/). */
class BuildLockTest {

    private static final Duration LONG = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aSecondBuildWaitsSayingForWhomAndGetsTheLockWhenTheFirstEnds() throws Exception {
        Path site = dir.resolve("site");
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        BuildLock first = BuildLock.acquire(site, Duration.ZERO, () -> false, messages::add).orElseThrow();
        LockOwner owner = LockOwner.parse(Files.readString(dir.resolve(".site.lock"))).orElseThrow();
        assertEquals(ProcessHandle.current().pid(), owner.pid());

        CompletableFuture<Optional<BuildLock>> second = CompletableFuture.supplyAsync(() -> {
            try {
                return BuildLock.acquire(site, LONG, () -> false, messages::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String waiting = messages.poll(LONG.toSeconds(), TimeUnit.SECONDS);
        assertEquals("Waiting for another build of " + site + " to finish (another build in this process);"
                + " waiting up to 120 s", waiting);
        assertFalse(second.isDone(), "still waiting while the first holds the lock");
        first.close();
        try (BuildLock taken = second.get(LONG.toSeconds(), TimeUnit.SECONDS).orElseThrow()) {
            assertEquals(site, taken.output());
            assertTrue(taken.previous().isEmpty(), "the first build ended normally and deleted its lock file");
        }
        assertEquals(List.of(), FolderSnapshot.besides(site), "no lock file left");
    }

    @Test
    void withoutWaitingABusyOutputIsAClearError() throws Exception {
        Path site = dir.resolve("site");
        try (BuildLock held = BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }).orElseThrow()) {
            assertEquals(site, held.output());
            BuildLock.BusyException busy = assertThrows(BuildLock.BusyException.class,
                    () -> BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }));
            assertEquals("another build is writing this output folder (another build in this process). Build again"
                    + " when it has finished, or into another folder", busy.getMessage());
        }
    }

    @Test
    void aBuildWaitingForTheLockStopsWhenCancelled() throws Exception {
        Path site = dir.resolve("site");
        AtomicBoolean cancelled = new AtomicBoolean();
        try (BuildLock held = BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }).orElseThrow()) {
            assertEquals(site, held.output());
            Optional<BuildLock> gaveUp = BuildLock.acquire(site, LONG, cancelled::get, m -> cancelled.set(true));
            assertTrue(gaveUp.isEmpty());
        }
    }

    @Test
    void theLockFileOfAKilledBuildIsTakenOverAndItsOwnerReported() throws Exception {
        Path site = dir.resolve("site");
        Instant started = Instant.parse("2026-12-01T10:00:00Z");
        TestSites.write(dir.resolve(".site.lock"), new LockOwner(999_999_999L, "buildhost", started, "t").text());
        try (BuildLock lock = BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }).orElseThrow()) {
            LockOwner previous = lock.previous().orElseThrow();
            assertEquals(999_999_999L, previous.pid());
            assertEquals("buildhost", previous.host());
            assertEquals(started, previous.started());
        }
        assertFalse(Files.exists(dir.resolve(".site.lock")));
    }
}
