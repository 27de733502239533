package org.careerguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.Problem;
import org.careerguide.model.Severity;
import org.careerguide.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest beside the output folder: read back as written, and a damaged one is no manifest. */
class BuildManifestTest {

    @TempDir
    Path dir;

    private final BuildManifest manifest = new BuildManifest("s1", "i1", 3, 7,
            List.of(new Problem(new SourcePosition("roles/a b.yaml", 3, 5), Severity.WARNING,
                    "tab\there, new\nline, back\\slash", "orphan")),
            Map.of("index.html", "aa", "roles/a b/index.html", "bb", "404.html", "cc"));

    @Test
    void readsBackWhatItWroteBesideTheOutput() throws IOException {
        Path site = dir.resolve("site");
        manifest.write(site);
        assertTrue(Files.isRegularFile(dir.resolve(".site.manifest")), "beside the site, not in it");
        assertEquals(Optional.of(manifest), BuildManifest.read(site));
        BuildManifest.delete(site);
        assertEquals(Optional.empty(), BuildManifest.read(site));
    }

    @Test
    void aCutOrDamagedManifestIsNone() throws IOException {
        Path site = dir.resolve("site");
        manifest.write(site);
        Path file = dir.resolve(".site.manifest");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("end")));
        assertEquals(Optional.empty(), BuildManifest.read(site), "cut short");
        Files.writeString(file, text.replace("pages 3", "pages three"));
        assertEquals(Optional.empty(), BuildManifest.read(site), "a bad number");
        Files.writeString(file, text.replace("careerguide build manifest 1", "careerguide build manifest 0"));
        assertEquals(Optional.empty(), BuildManifest.read(site), "another format");
        Files.writeString(file, text.replace("\tWARNING", "\tWARNING\tx").replace("problem WARNING", "problem BAD"));
        assertEquals(Optional.empty(), BuildManifest.read(site), "a bad problem line");
    }
}
