package org.careerguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the next build does with the folders a killed build left beside the output. */
class LeftoversTest {

    /** Beyond any system's largest process id: a build that is certainly gone. */
    private static final long GONE = 999_999_999L;

    @TempDir
    Path dir;

    @Test
    void afterAKilledSwapThePreviousSiteIsPutBackAndTheRestRemoved() throws Exception {
        Path site = dir.resolve("site");
        Path older = careerguideFolder(".site.old-" + GONE + "-00000001", "older");
        Path previous = careerguideFolder(".site.old-" + GONE + "-00000002", "previous");
        Files.setLastModifiedTime(older, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        careerguideFolder(".site.tmp-" + GONE + "-00000003", "new, half written");
        careerguideFolder(".site.tmp-1b4e28ba-2fa1-11d2-883f-0016d3cca427", "from a version without the pid");
        FolderSnapshot expected = FolderSnapshot.of(previous);

        List<String> notices;
        try (BuildLock lock = BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }).orElseThrow()) {
            notices = Leftovers.recover(lock);
        }
        assertEquals(expected, FolderSnapshot.of(site), "the newest previous site is back");
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
        assertEquals(4, notices.size(), notices::toString);
        assertEquals("Restored the previous site to " + site + " from .site.old-" + GONE + "-00000002, where a build"
                + " stopped between the two renames of its swap had left it (process " + GONE + ", no longer running)",
                notices.get(0));
        assertTrue(notices.contains("Removed " + dir.resolve(".site.tmp-" + GONE + "-00000003") + ", the temporary"
                + " folder of a build that was stopped (process " + GONE + ", no longer running)"), notices::toString);
        assertTrue(notices.contains("Removed " + older + ", a previous site left by a build stopped after its swap"
                + " (process " + GONE + ", no longer running)"), notices::toString);
    }

    @Test
    void foldersOfOthersAndOfRunningProcessesAreLeftAlone() throws Exception {
        Path site = dir.resolve("site");
        TestSites.write(site.resolve("index.html"), "current");
        Path notOurs = dir.resolve(".site.tmp-" + GONE + "-0000000a");
        TestSites.write(notOurs.resolve("notes.txt"), "no marker: the user's");
        Path otherOutput = careerguideFolder(".docs.tmp-" + GONE + "-0000000b", "another output's");
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path live = careerguideFolder(".site.tmp-" + running + "-0000000c", "a running build's");

        List<String> notices;
        try (BuildLock lock = BuildLock.acquire(site, Duration.ZERO, () -> false, m -> { }).orElseThrow()) {
            notices = Leftovers.recover(lock);
        }
        assertTrue(Files.exists(notOurs) && Files.exists(otherOutput) && Files.exists(live));
        assertEquals(List.of("Kept " + live + ": process " + running + ", which wrote it, is still running (a build"
                + " on another host or of another version?)"), notices);
        assertEquals("current", Files.readString(site.resolve("index.html")));
    }

    private Path careerguideFolder(String name, String content) {
        Path folder = dir.resolve(name);
        TestSites.write(folder.resolve(OutputGuard.MARKER), "careerguide\n");
        TestSites.write(folder.resolve("index.html"), content);
        TestSites.write(folder.resolve("roles/a/index.html"), content);
        return folder;
    }
}
