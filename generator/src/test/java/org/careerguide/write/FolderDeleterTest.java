package org.careerguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a folder careerguide wrote: all of it, and nothing a link in it points to. */
class FolderDeleterTest {

    @TempDir
    Path dir;

    private Path site() {
        Path site = dir.resolve("site");
        TestSites.write(site.resolve(OutputGuard.MARKER), "");
        TestSites.write(site.resolve("index.html"), "home");
        for (int i = 0; i < 30; i++) {
            TestSites.write(site.resolve("roles/r" + i + "/index.html"), "role " + i);
        }
        TestSites.write(site.resolve("assets/deep/er/still.css"), "css");
        return site;
    }

    @Test
    void deletesTheWholeTree() throws Exception {
        Path site = site();
        FolderDeleter.delete(site);
        assertFalse(Files.exists(site));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void followsNoSymbolicLinkOut() throws Exception {
        Path site = site();
        Path outside = dir.resolve("outside");
        TestSites.write(outside.resolve("keep.txt"), "the user's");
        Files.createSymbolicLink(site.resolve("roles/link"), outside);
        Files.createSymbolicLink(site.resolve("file-link"), outside.resolve("keep.txt"));
        FolderDeleter.delete(site);
        assertFalse(Files.exists(site));
        assertEquals("the user's", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aPathThatIsNoFolderIsDeletedAsAFileAndAMissingOneIsNothingToDo() throws Exception {
        Path file = dir.resolve("site");
        TestSites.write(file, "not a folder");
        FolderDeleter.delete(file);
        assertFalse(Files.exists(file));
        FolderDeleter.delete(dir.resolve("never-there"));
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }
}
