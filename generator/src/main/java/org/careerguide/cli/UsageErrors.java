package org.careerguide.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.careerguide.text.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a wrong command line the way the rest of careerguide reports mistakes: one line
 * {@code careerguide: unknown option '--sourse' (did you mean '--source'?)} on stderr, then the
 * command's usage, exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("careerguide: " + message(e));
        command.usage(err);
        return Main.USAGE;
    }

    private static String message(ParameterException e) {
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            // "--port must be a number ...", where picocli would say "Invalid value for option ...".
            return option.longestName() + " " + bad.getMessage();
        }
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        CommandLine command = e.getCommandLine();
        String given = unmatched.getUnmatched().get(0);
        if (given.startsWith("-")) {
            String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
            List<String> known = new ArrayList<>();
            command.getCommandSpec().options().forEach(option -> known.addAll(List.of(option.names())));
            return "unknown option '" + given + "'" + DidYouMean.hint(name, known);
        }
        if (!command.getSubcommands().isEmpty()) {
            return "unknown command '" + given + "'" + DidYouMean.hint(given, command.getSubcommands().keySet());
        }
        return "unexpected argument '" + given + "'";
    }
}
