package org.careerguide.cli;

import java.nio.file.Path;
import org.careerguide.GeneratorOptions;
import picocli.CommandLine.Option;

/** The options of every command that reads a guide: --source, --base-url, --drafts. */
final class GuideOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the guide project folder, holding site.yaml (default: ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "absolute URL the site is published at (overrides site.yaml base_url)")
    String baseUrl;

    @Option(names = "--drafts", description = "include roles and pages marked draft: true")
    boolean drafts;

    /** Options for the library; the caller adds what only it has (output, strict, limits). */
    GeneratorOptions.Builder generatorOptions() {
        GeneratorOptions.Builder options = GeneratorOptions.builder(Path.of(source))
                .displayRoot(source)
                .drafts(drafts);
        if (baseUrl != null) {
            options.baseUrl(baseUrl);
        }
        return options;
    }
}
