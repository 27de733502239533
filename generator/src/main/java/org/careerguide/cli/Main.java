package org.careerguide.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.careerguide.OutOfMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code careerguide <command> [options]}: the command line. Each command is a small class that
 * parses its options (picocli) and calls the library; this class only wires them together, and
 * {@link UsageErrors} reports wrong command lines. Exit codes: 0 ok, 1 content errors, 2 usage
 * errors, 130/143 interrupted (see {@link Interruption}). To add a command, write its class and
 * list it in {@code subcommands} below.
 */
@Command(name = "careerguide", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static website from a folder of career guide roles (YAML and Markdown).",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewRoleCommand.class,
                NewSiteCommand.class, ImportCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'careerguide <command> --help' for a command's options.",
                "Exit codes: 0 success, 1 content or write errors, 2 usage errors, 130/143 interrupted",
                "(Ctrl+C/SIGTERM: the build stops and removes its temporary folder; the output folder",
                "keeps the previous site)."})
public final class Main implements Callable<Integer> {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = new Main(System.out, System.err).run(args);
        } catch (OutOfMemoryError e) {
            // The library reports running out of memory as a problem; this catches it anywhere else.
            System.err.println("careerguide: " + OutOfMemory.advice());
            exit = CONTENT_ERRORS;
        }
        System.exit(exit);
    }

    /** Parses {@code args}, runs the command they name and returns its exit code. */
    int run(String[] args) {
        return commandLine().execute(args);
    }

    /** The whole command tree, printing to this instance's streams. */
    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(this);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
    }

    /** {@code --version} of every command: the library's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"careerguide " + org.careerguide.Generator.version()};
        }
    }
}
