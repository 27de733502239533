package org.careerguide.cli;

import picocli.CommandLine.Command;

/** {@code careerguide check}: validates, links and renders in memory; writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validate content and render in memory; write nothing.",
        footer = {"", "Exit codes: 0 no errors, 1 content errors, 2 usage errors."})
final class CheckCommand extends GenerateCommand {

    @Override
    boolean writes() {
        return false;
    }
}
