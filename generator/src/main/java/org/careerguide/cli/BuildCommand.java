package org.careerguide.cli;

import java.nio.file.Path;
import org.careerguide.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerguide build}: builds the site into the output folder, swapped in only when all of it built. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build the guide site into the output folder.",
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage errors."})
final class BuildCommand extends GenerateCommand {

    @Option(names = "--output", paramLabel = "DIR",
            description = "where the site goes (default: <source>/target/site)")
    Path output;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    void configure(GeneratorOptions.Builder options) {
        if (output != null) {
            options.outputDir(output);
        }
    }
}
