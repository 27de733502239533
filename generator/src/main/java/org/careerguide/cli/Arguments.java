package org.careerguide.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: a command, {@code --name value} options and {@code --flag} switches.
 * Unknown options are usage errors (exit 2), with a "did you mean" for near misses.
 */
final class Arguments {

    private final String command;
    private final Map<String, String> values;
    private final Set<String> flags;

    private Arguments(String command, Map<String, String> values, Set<String> flags) {
        this.command = command;
        this.values = values;
        this.flags = flags;
    }

    static Arguments parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        Map<String, String> values = new HashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            } else if (flagOptions.contains(name) && inlineValue == null) {
                flags.add(name);
            } else {
                Set<String> known = new java.util.TreeSet<>(valueOptions);
                known.addAll(flagOptions);
                throw new UsageException("unknown option '" + arg + "'"
                        + org.careerguide.load.DidYouMean.hint(name, known));
            }
        }
        return new Arguments(command, values, Set.copyOf(flags));
    }

    String command() {
        return command;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A wrong command line: printed with the usage, exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
