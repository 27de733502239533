package org.careerguide.cli;

import java.nio.file.Path;
import org.careerguide.GeneratorOptions;

/** The options every command that reads a guide shares: --source, --base-url, --drafts, --strict. */
final class CommonOptions {

    private CommonOptions() {
    }

    static String source(Arguments arguments) {
        return arguments.value("--source").orElse(".");
    }

    static GeneratorOptions.Builder generatorOptions(Arguments arguments) {
        String source = source(arguments);
        GeneratorOptions.Builder options = GeneratorOptions.builder(Path.of(source))
                .displayRoot(source)
                .drafts(arguments.flag("--drafts"))
                .strict(arguments.flag("--strict"));
        arguments.value("--base-url").ifPresent(options::baseUrl);
        return options;
    }
}
