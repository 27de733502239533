package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.testing.ChildCli;
import org.careerguide.testing.FolderSnapshot;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a build: a 2 MB tmpfs holds the earlier site but not the new one.
 * Mounting needs root, as CI has; elsewhere the test is skipped (never under CI=true), and the
 * write package's own test plays a full disk with a failing file sink instead.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneErrorWithThePathTheCauseAndTheCountAndKeepsTheEarlierSite() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mountSmallTmpfs(disk);
        try {
            Path site = disk.resolve("site");
            Path earlierGuide = MinimalSite.with(dir.resolve("earlier"), "a", MinimalSite.role("A"));
            assertTrue(TestSites.build(earlierGuide, site).success());
            FolderSnapshot earlier = FolderSnapshot.of(site);
            Path guide = GeneratedGuide.big(dir);

            try (ChildCli build = ChildCli.start(dir.resolve("logs"), "build", "--source", guide.toString(),
                    "--output", site.toString())) {
                assertEquals(1, build.exitCode(InterruptedBuildsTest.LIMIT), build.stderr());
                List<String> errors = build.stderr().lines().toList();
                assertEquals(1, errors.size(), build.stderr());
                Matcher error = Pattern.compile(Pattern.quote(site.toString()) + "/(\\S+): error: cannot write the new"
                        + " site: No space left on device; ([\\d,]+) of ([\\d,]+) pages and files were not written")
                        .matcher(errors.get(0));
                assertTrue(error.matches(), errors.get(0));
                int notWritten = Integer.parseInt(error.group(2).replace(",", ""));
                int total = Integer.parseInt(error.group(3).replace(",", ""));
                assertTrue(notWritten > 0 && notWritten < total, errors.get(0));
                assertTrue(build.stdout().startsWith("Build failed: 1 error, 0 warnings; the output folder was not"
                        + " changed"), build.stdout());
            }
            assertEquals(earlier, FolderSnapshot.of(site), "the earlier site, byte for byte");
            assertEquals(List.of("site"), FolderSnapshot.besides(site));
        } finally {
            run("umount", disk.toString());
        }
    }

    private static void mountSmallTmpfs(Path disk) throws IOException, InterruptedException {
        if (run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) != 0) {
            boolean ci = "true".equals(System.getenv("CI"));
            assertTrue(!ci, "CI runs as root and must be able to mount a tmpfs for the full-disk test");
            Assumptions.abort("cannot mount a tmpfs here (needs root); the write package's test plays a full disk");
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
