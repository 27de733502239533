package org.careerguide.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * A command with its own options and {@code --help} ({@code serve}, {@code new-role}): parses its
 * options, prints its usage on {@code --help} (exit 0) or on a usage error (exit 2), then runs.
 */
abstract class Subcommand {

    protected final PrintStream out;
    protected final PrintStream err;
    private final String usage;
    private final Set<String> valueOptions;
    private final Set<String> flagOptions;

    Subcommand(PrintStream out, PrintStream err, String usage, Set<String> valueOptions, Set<String> flagOptions) {
        this.out = out;
        this.err = err;
        this.usage = usage;
        this.valueOptions = valueOptions;
        this.flagOptions = flagOptions;
    }

    /** Runs the command; a usage exception thrown here is reported like a parse error. */
    abstract int execute(Arguments arguments) throws Arguments.UsageException;

    final int run(String[] args) {
        try {
            Arguments arguments = Arguments.parse(args, valueOptions, flagOptions);
            if (arguments.flag("--help")) {
                out.print(usage);
                return Main.OK;
            }
            return execute(arguments);
        } catch (Arguments.UsageException e) {
            err.println("careerguide: " + e.getMessage());
            err.print(usage);
            return Main.USAGE;
        }
    }
}
