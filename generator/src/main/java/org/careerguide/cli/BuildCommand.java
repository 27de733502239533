package org.careerguide.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.careerguide.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code careerguide build}: builds the site into the output folder, swapped in only when all of it built. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build the guide site into the output folder.",
        footer = {"", "Exit codes: 0 success, 1 content or write errors, 2 usage errors, 130/143 interrupted",
                "(Ctrl+C/SIGTERM: the build stops and removes its temporary folder; the output folder",
                "keeps the previous site). A second build of the same output folder waits for the first."})
final class BuildCommand extends GenerateCommand {

    @Option(names = "--output", paramLabel = "DIR",
            description = "where the site goes (default: <source>/target/site)")
    Path output;

    @Option(names = "--lock-wait", paramLabel = "T", converter = LockWait.class, description = "how long to wait"
            + " for another build of the same output folder to finish: 60s, 500ms, 0 to fail at once (default 60s)")
    Duration lockWait;

    /** {@code 60s}, {@code 500ms}, or {@code 0}: do not wait. */
    static final class LockWait implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (value.matches("0+(s|ms)?")) {
                return Duration.ZERO;
            }
            try {
                return new LimitOptions.Time().convert(value);
            } catch (TypeConversionException e) {
                throw new TypeConversionException("takes a time such as 60s or 500ms, or 0 to fail at once, not '"
                        + value + "'");
            }
        }
    }

    @Option(names = "--clean", description = "render every page; by default a build keeps the pages of the previous"
            + " output whose data did not change, and does nothing when no input changed")
    boolean clean;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    void configure(GeneratorOptions.Builder options) {
        if (output != null) {
            options.outputDir(output);
        }
        options.clean(clean);
        if (lockWait != null) {
            options.lockWait(lockWait);
        }
    }
}
