package org.careerguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary folder and the swap: a full disk (played by a failing file sink), cancellation, the renames. */
class OutputFolderTest {

    @TempDir
    Path dir;

    Path site;
    FolderSnapshot earlier;

    @BeforeEach
    void earlierSite() {
        site = dir.resolve("site");
        TestSites.write(site.resolve(OutputGuard.MARKER), "earlier\n");
        TestSites.write(site.resolve("index.html"), "<p>earlier</p>\n");
        TestSites.write(site.resolve("roles/a/index.html"), "<p>a</p>\n");
        earlier = FolderSnapshot.of(site);
    }

    @Test
    void theFirstFailedWriteStopsTheOutputAndCloseLeavesTheEarlierSiteAlone() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        OutputFolder.FileSink fillsUp = (file, content) -> {
            if (calls.incrementAndGet() == 5) {
                throw new IOException("No space left on device");
            }
            OutputFolder.FileSink.DISK.write(file, content);
        };
        WriteFailedException first;
        try (OutputFolder output = OutputFolder.begin(site, () -> false, fillsUp)) {
            for (int i = 1; i <= 3; i++) {
                output.write("roles/r" + i + "/index.html", bytes("page " + i));
            }
            first = assertThrows(WriteFailedException.class, () -> output.write("roles/r4/index.html", bytes("4")));
            for (int i = 5; i <= 9; i++) {
                String path = "roles/r" + i + "/index.html";
                assertSame(first, assertThrows(WriteFailedException.class, () -> output.write(path, bytes("x"))));
            }
            assertSame(first, assertThrows(WriteFailedException.class, output::commit));
            assertEquals(3, output.filesWritten());
        }
        assertEquals(5, calls.get(), "the marker, three pages and the failed one; nothing after the failure");
        assertEquals("roles/r4/index.html", first.path());
        assertEquals("No space left on device", first.reason());
        assertEquals("cannot write roles/r4/index.html: No space left on device", first.getMessage());
        assertEquals(earlier, FolderSnapshot.of(site));
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void aCancelledBuildWritesNothingMoreAndCannotCommit() throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (OutputFolder output = OutputFolder.begin(site, cancelled::get, OutputFolder.FileSink.DISK)) {
            output.write("index.html", bytes("new"));
            cancelled.set(true);
            assertThrows(BuildCancelledException.class, () -> output.write("roles/b/index.html", bytes("b")));
            assertThrows(BuildCancelledException.class, output::commit);
        }
        assertEquals(earlier, FolderSnapshot.of(site));
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void commitRenamesTheOldSiteAsideAndCloseDeletesItAfterTheNewOneIsIn() throws IOException {
        try (OutputFolder output = OutputFolder.begin(site, () -> false, OutputFolder.FileSink.DISK)) {
            output.write("index.html", bytes("new"));
            output.write("roles/b/index.html", bytes("b"));
            output.commit();
            assertTrue(output.replacedPrevious());
            assertEquals("new", Files.readString(site.resolve("index.html")));
            List<String> beside = FolderSnapshot.buildFilesBeside(site);
            assertEquals(1, beside.size(), beside::toString);
            assertTrue(beside.get(0).startsWith(".site.old-" + ProcessHandle.current().pid() + "-"), beside::toString);
        }
        assertEquals(List.of(".careerguide", "index.html", "roles/b/index.html"),
                List.copyOf(FolderSnapshot.of(site).files().keySet()));
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void aStreamedFileIsWrittenAsMadeAndCountsLikeAnyOther() throws IOException {
        try (OutputFolder output = OutputFolder.begin(site, () -> false, OutputFolder.FileSink.DISK)) {
            output.write("roles.json", out -> {
                for (int i = 0; i < 3; i++) {
                    out.write(bytes("part " + i + "\n"));
                }
            });
            assertEquals(1, output.filesWritten());
            output.commit();
        }
        assertEquals("part 0\npart 1\npart 2\n", Files.readString(site.resolve("roles.json")));
    }

    @Test
    void aStreamedFileThatFailsHalfwayStopsTheOutputAndLeavesTheEarlierSite() throws IOException {
        try (OutputFolder output = OutputFolder.begin(site, () -> false, OutputFolder.FileSink.DISK)) {
            WriteFailedException failed = assertThrows(WriteFailedException.class, () -> output.write("roles.json",
                    out -> {
                        out.write(bytes("{"));
                        throw new IOException("No space left on device");
                    }));
            assertEquals("roles.json", failed.path());
            assertSame(failed, assertThrows(WriteFailedException.class, () -> output.write("a.html", bytes("a"))));
        }
        assertEquals(earlier, FolderSnapshot.of(site));
        assertEquals(List.of("site"), FolderSnapshot.besides(site));
    }

    @Test
    void pathsCannotLeaveTheTemporaryFolder() throws IOException {
        try (OutputFolder output = OutputFolder.begin(site, () -> false, OutputFolder.FileSink.DISK)) {
            assertThrows(IOException.class, () -> output.write("../escape.html", bytes("x")));
            assertThrows(IOException.class, () -> output.write("a\\b.html", bytes("x")));
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void theReasonLeavesOutTheTemporaryPathTheSystemRepeats() {
        assertEquals("No space left on device", WriteFailedException.reason(new FileNotFoundException(
                "/tmp/.site.tmp-12-ab/roles/x/index.html (No space left on device)")));
        assertEquals("access denied", WriteFailedException.reason(new java.nio.file.AccessDeniedException(
                "/tmp/.site.tmp-12-ab/index.html")));
        assertEquals("Disk quota exceeded", WriteFailedException.reason(new IOException("Disk quota exceeded")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
