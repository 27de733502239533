package org.careerguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new-site then build and check --strict; the completion script completes commands and options in bash. */
class NewSiteAndCompletionCommandTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void newSiteThenBuildAndStrictCheck() throws IOException {
        Path project = temp.resolve("guide");
        assertEquals(0, cli.run("new-site", project.toString(), "--title", "Our Careers"), cli.err());
        assertTrue(cli.out().lines().anyMatch(line -> line.equals("Wrote " + project.resolve("site.yaml"))), cli.out());
        assertEquals(0, cli.run("check", "--strict", "--source", project.toString()), cli.err());
        assertEquals("", cli.err());
        assertEquals(0, cli.run("build", "--quiet", "--source", project.toString()), cli.err());
        assertEquals("Our Careers", TestSites.parse(project.resolve("target/site/index.html"))
                .selectFirst("header a, .site-title, a[rel=home]").text());

        String pom = Files.readString(project.resolve("pom.xml"));
        assertEquals(1, cli.run("new-site", project.toString()));
        assertTrue(cli.err().startsWith("careerguide: new-site: " + project + " already holds "), cli.err());
        assertEquals(pom, Files.readString(project.resolve("pom.xml")));
        assertEquals(2, cli.run("new-site"));
        assertTrue(cli.err().startsWith("careerguide: Missing required parameter: 'DIR'"), cli.err());
    }

    @Test
    void bashCompletionCompletesCommandsAndOptions() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || "true".equals(System.getenv("CI")),
                "needs bash");
        assertEquals(0, cli.run("completion", "bash"));
        Path script = Files.writeString(temp.resolve("careerguide.bash"), cli.out());
        assertEquals(List.of("build"), complete(script, "careerguide bu"));
        assertEquals(List.of("new-role", "new-site"), complete(script, "careerguide new-"));
        assertEquals(List.of("--source", "--strict"), complete(script, "careerguide check --s"));
        assertEquals(List.of("--port"), complete(script, "careerguide serve --po"));

        assertEquals(2, cli.run("completion", "fish"));
    }

    @Test
    void zshRegistersTheCompletionThroughBashcompinit() throws Exception {
        boolean zsh = Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh"));
        Assumptions.assumeTrue(zsh || "true".equals(System.getenv("CI")), "zsh is not installed (.ci/run installs it)");
        assertEquals(0, cli.run("completion", "zsh"));
        Path script = Files.writeString(temp.resolve("careerguide.zsh"), cli.out());
        // -f: no user start-up files; the script itself must load compinit and bashcompinit.
        Process process = new ProcessBuilder("zsh", "-f", "-c", "source " + script
                + "; print -r -- \"${_comps[careerguide]}\"").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals("_bash_complete -F _complete_careerguide -o default", output.strip(), output);
    }

    /** The words bash would offer for {@code line} (the cursor at its end), sorted. */
    private static List<String> complete(Path script, String line) throws Exception {
        String command = "source " + script + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "COMP_WORDS=(" + line + ")\nCOMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_complete_careerguide\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sed 's/[= ]*$//' | sort -u\n";
        Process bash = new ProcessBuilder("bash", "-c", command)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // compopt only works in a real prompt
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(20, TimeUnit.SECONDS));
        return output.lines().filter(word -> !word.isBlank()).toList();
    }
}
