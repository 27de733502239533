package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private final CliRun cli = new CliRun();

    @Test
    void eachCommandHasItsOwnHelp() {
        assertEquals(0, cli.run("serve", "--help"));
        assertTrue(cli.out().startsWith("Usage: careerguide serve"), cli.out());
        assertTrue(cli.out().contains("--port=N"));
        assertEquals(0, cli.run("new-role", "--help"));
        assertTrue(cli.out().contains("Usage: careerguide new-role [-hV] [--source=DIR] --title=TEXT"), cli.out());
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().lines().anyMatch(line -> line.matches(" +serve +Preview with live reload .*")), cli.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, cli.run("serve", "--port", "http"));
        assertTrue(cli.err().contains("--port must be a number from 0 to 65535, found 'http'"), cli.err());
        assertEquals(2, cli.run("serve", "--output", "x"));
        assertTrue(cli.err().contains("unknown option '--output'"), cli.err());
        assertEquals(2, cli.run("serve", "--prot", "0"));
        assertTrue(cli.err().contains("unknown option '--prot' (did you mean '--port'?)"), cli.err());
        assertEquals(2, cli.run("new-role"));
        assertTrue(cli.err().contains("careerguide: Missing required option: '--title=TEXT'"), cli.err());
        assertEquals(2, cli.run("serv"));
        assertTrue(cli.err().contains("did you mean"), cli.err());
    }

    @Test
    void serveOnceBuildsServesAnswersTheSelfCheckAndExits() {
        Path project = MinimalSite.with(temp, "cloud-architect", MinimalSite.role("Cloud Architect"));
        assertEquals(0, cli.run("serve", "--once", "--port", "0", "--source", project.toString()), cli.err());
        assertTrue(cli.out().matches("(?s)Rendered all \\d+ pages in \\d+ ms\\nServing http://localhost:\\d+/ .*"), cli.out());
        assertTrue(cli.out().contains("self-check: GET http://localhost:"), cli.out());
        assertTrue(cli.out().contains("-> HTTP 200"), cli.out());
    }

    @Test
    void servePortInUseIsAClearError() throws Exception {
        Path project = MinimalSite.with(temp, "cloud-architect", MinimalSite.role("Cloud Architect"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            assertEquals(1, cli.run("serve", "--once", "--port", port, "--source", project.toString()));
            assertTrue(cli.err().contains("port " + port + " on 127.0.0.1 is in use"), cli.err());
            assertTrue(cli.err().contains("or 0 for any free one"), cli.err());
        }
    }

    @Test
    void serveOnceFailsOnBrokenContentNamingTheFile() {
        Path project = MinimalSite.with(temp, "cloud-architect", "title: [broken\n");
        assertEquals(1, cli.run("serve", "--once", "--port", "0", "--source", project.toString()));
        assertTrue(cli.err().matches("(?s).*roles/cloud-architect\\.yaml:\\d+:\\d+: error: .*"), cli.err());
    }

    @Test
    void newRoleWritesAFileThatBuildsAndRefusesToOverwrite() throws Exception {
        Path project = MinimalSite.with(temp);
        assertEquals(0, cli.run("new-role", "--title", "Cloud Architect", "--source", project.toString()), cli.err());
        Path file = project.resolve("roles/cloud-architect.yaml");
        assertTrue(Files.isRegularFile(file));
        String written = Files.readString(file);
        assertEquals(0, cli.run("build", "--source", project.toString(), "--quiet"), cli.err());
        assertEquals("Cloud Architect", TestSites.parse(project.resolve("target/site/roles/cloud-architect/index.html"))
                .selectFirst("h1").text());
        assertEquals(1, cli.run("new-role", "--title", "cloud architect", "--source", project.toString()));
        assertTrue(cli.err().contains("already exists"), cli.err());
        assertEquals(written, Files.readString(file));
    }
}
