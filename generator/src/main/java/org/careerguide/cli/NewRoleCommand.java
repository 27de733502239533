package org.careerguide.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.careerguide.scaffold.RoleScaffold;
import org.careerguide.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerguide new-role --title "Cloud Architect"}: writes a stubbed, commented role file. */
@Command(name = "new-role", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write roles/<slug>.yaml for a new role.",
                "cloud-architect.yaml for \"Cloud Architect\": every section stubbed and explained,",
                "a yaml-language-server comment pointing editors at the JSON Schema, valid as",
                "written. Never overwrites an existing role."},
        footer = {"", "Exit codes: 0 written, 1 not written (role exists, not a guide project), 2 usage errors."})
final class NewRoleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--title", paramLabel = "TEXT", required = true, description = "the role's title")
    private String title;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the guide project folder, holding site.yaml (default: ${DEFAULT-VALUE})")
    private Path source;

    @Override
    public Integer call() {
        try {
            Path file = new RoleScaffold().create(source, title, LocalDate.now());
            spec.commandLine().getOut().println("Wrote " + file
                    + "; fill it in, then preview with: careerguide serve");
            return Main.OK;
        } catch (ScaffoldException | IOException e) {
            spec.commandLine().getErr().println("careerguide: new-role: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
