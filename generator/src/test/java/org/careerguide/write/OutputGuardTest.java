package org.careerguide.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders a build may replace with its output, and why the others are refused. */
class OutputGuardTest {

    @TempDir
    Path dir;

    private final OutputGuard guard = new OutputGuard(List.of("roles", "pages", "site.yaml"));

    private Optional<String> problem(Path output) throws Exception {
        Path project = dir.resolve("guide");
        Files.createDirectories(project.resolve("roles"));
        return guard.problem(project, output);
    }

    @Test
    void aNewFolderAnEmptyOneOrOneCareerguideWroteMayBeTheOutput() throws Exception {
        assertEquals(Optional.empty(), problem(dir.resolve("guide/target/site")));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(Optional.empty(), problem(dir.resolve("empty")));
        TestSites.write(dir.resolve("earlier/" + OutputGuard.MARKER), "");
        TestSites.write(dir.resolve("earlier/index.html"), "an earlier build");
        assertEquals(Optional.empty(), problem(dir.resolve("earlier")));
    }

    @Test
    void theProjectAFolderHoldingItOrAFolderTheBuildReadsIsRefused() throws Exception {
        assertEquals(Optional.of("the output folder is the guide project folder; choose another, e.g. target/site"),
                problem(dir.resolve("guide")));
        assertEquals(Optional.of("the output folder contains the guide project; choose a folder inside it or beside it"),
                problem(dir));
        assertEquals(Optional.of("the output folder lies in roles/, which the build reads; choose another, e.g."
                + " target/site"), problem(dir.resolve("guide/roles/site")));
        assertEquals(Optional.of("the output folder lies in roles/, which the build reads; choose another, e.g."
                + " target/site"), problem(dir.resolve("guide/target/../roles/x")), "after normalising the path");
    }

    @Test
    void aFolderOfTheUsersOrAFileIsNeverReplaced() throws Exception {
        TestSites.write(dir.resolve("mine/notes.txt"), "the user's");
        assertEquals(Optional.of("the output folder exists and was not written by careerguide (no .careerguide"
                + " file); it would be replaced, so empty or remove it first, or choose another"),
                problem(dir.resolve("mine")));
        TestSites.write(dir.resolve("file"), "x");
        assertEquals(Optional.of("the output path exists and is not a folder"), problem(dir.resolve("file")));
    }

    @Test
    void aLinkIntoTheProjectIsJudgedByWhereItLeads() throws Exception {
        Files.createDirectories(dir.resolve("guide/roles"));
        Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("guide/roles"));
        assertEquals(Optional.of("the output folder lies in roles/, which the build reads; choose another, e.g."
                + " target/site"), problem(dir.resolve("alias/out")));
    }
}
