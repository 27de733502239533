package org.careerguide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.careerguide.scaffold.RoleScaffold;
import org.careerguide.scaffold.ScaffoldException;

/** {@code careerguide new-role --title "Cloud Architect"}: writes a stubbed, commented role file. */
final class NewRoleCommand extends Subcommand {

    static final String NAME = "new-role";

    private static final Set<String> VALUE_OPTIONS = Set.of("--source", "--title");
    private static final Set<String> FLAG_OPTIONS = Set.of("--help");

    static final String USAGE_TEXT = """
            Usage: java -jar careerguide.jar new-role --title "Cloud Architect" [--source DIR]

            Writes roles/<slug>.yaml (cloud-architect.yaml for "Cloud Architect") in the guide
            project: every section stubbed and explained, a yaml-language-server comment pointing
            editors at the JSON Schema, valid as written. Never overwrites an existing role.

            Options:
              --title TEXT     the role's title (required)
              --source DIR     the guide project folder, holding site.yaml (default: .)
              --help           show this help

            Exit codes: 0 written, 1 not written (role exists, not a guide project), 2 usage errors.
            """;

    NewRoleCommand(PrintStream out, PrintStream err) {
        super(out, err, USAGE_TEXT, VALUE_OPTIONS, FLAG_OPTIONS);
    }

    @Override
    int execute(Arguments arguments) throws Arguments.UsageException {
        if (arguments.value("--title").isEmpty()) {
            throw new Arguments.UsageException("new-role needs --title");
        }
        try {
            Path file = new RoleScaffold().create(Path.of(CommonOptions.source(arguments)),
                    arguments.value("--title").orElseThrow(), LocalDate.now());
            out.println("Wrote " + file + "; fill it in, then preview with: java -jar careerguide.jar serve");
            return Main.OK;
        } catch (ScaffoldException | IOException e) {
            err.println("careerguide: new-role: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
