package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's serve and new-role: help, usage errors, serve --once, and new-role then build. */
class ServeAndNewRoleCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertEquals(0, run("serve", "--help"));
        assertTrue(out().startsWith("Usage: java -jar careerguide.jar serve"), out());
        assertTrue(out().contains("--port N"));
        assertEquals(0, run("new-role", "--help"));
        assertTrue(out().contains("Usage: java -jar careerguide.jar new-role --title"), out());
        assertEquals(0, run("--help"));
        assertTrue(out().contains("serve   preview with live reload"), out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("serve", "--port", "http"));
        assertTrue(err().contains("--port must be a number from 0 to 65535, found 'http'"), err());
        assertEquals(2, run("serve", "--output", "x"));
        assertTrue(err().contains("unknown option '--output'"), err());
        assertEquals(2, run("new-role"));
        assertTrue(err().contains("new-role needs --title"), err());
        assertEquals(2, run("serv"));
        assertTrue(err().contains("did you mean"), err());
    }

    @Test
    void serveOnceBuildsServesAnswersTheSelfCheckAndExits() {
        Path project = MinimalSite.with(temp, "cloud-architect", MinimalSite.role("Cloud Architect"));
        assertEquals(0, run("serve", "--once", "--port", "0", "--source", project.toString()), err());
        assertTrue(out().matches("(?s)Rendered all \\d+ pages in \\d+ ms\\nServing http://localhost:\\d+/ .*"), out());
        assertTrue(out().contains("self-check: GET http://localhost:"), out());
        assertTrue(out().contains("-> HTTP 200"), out());
    }

    @Test
    void servePortInUseIsAClearError() throws Exception {
        Path project = MinimalSite.with(temp, "cloud-architect", MinimalSite.role("Cloud Architect"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            assertEquals(1, run("serve", "--once", "--port", port, "--source", project.toString()));
            assertTrue(err().contains("port " + port + " on 127.0.0.1 is in use"), err());
            assertTrue(err().contains("or 0 for any free one"), err());
        }
    }

    @Test
    void serveOnceFailsOnBrokenContentNamingTheFile() {
        Path project = MinimalSite.with(temp, "cloud-architect", "title: [broken\n");
        assertEquals(1, run("serve", "--once", "--port", "0", "--source", project.toString()));
        assertTrue(err().matches("(?s).*roles/cloud-architect\\.yaml:\\d+:\\d+: error: .*"), err());
    }

    @Test
    void newRoleWritesAFileThatBuildsAndRefusesToOverwrite() throws Exception {
        Path project = MinimalSite.with(temp);
        assertEquals(0, run("new-role", "--title", "Cloud Architect", "--source", project.toString()), err());
        Path file = project.resolve("roles/cloud-architect.yaml");
        assertTrue(Files.isRegularFile(file));
        String written = Files.readString(file);
        assertEquals(0, run("build", "--source", project.toString(), "--quiet"), err());
        assertEquals("Cloud Architect", TestSites.parse(project.resolve("target/site/roles/cloud-architect/index.html"))
                .selectFirst("h1").text());
        assertEquals(1, run("new-role", "--title", "cloud architect", "--source", project.toString()));
        assertTrue(err().contains("already exists"), err());
        assertEquals(written, Files.readString(file));
    }
}
