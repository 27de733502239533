package org.careerguide.load;

import java.util.Optional;
import java.util.Set;
import org.careerguide.model.Problems;
import org.careerguide.model.ThemeManifest;

/** Reads a theme's {@code theme.yaml} like any other YAML file of the project: safely, with positions. */
public final class ThemeManifestReader {

    static final Set<String> KEYS = Set.of("extends", "description", "stylesheets", "print_stylesheets", "scripts");

    private final YamlComposer composer = new YamlComposer(YamlLimits.DEFAULT);

    /** The manifest in {@code text} (named {@code displayPath} in messages); empty after reporting errors. */
    public Optional<ThemeManifest> read(String text, String displayPath, Problems problems) {
        YamlSource source = new YamlSource(displayPath, 0);
        int before = problems.errorCount();
        Optional<ThemeManifest> manifest = composer.compose(text, source, problems,
                        "theme.yaml is empty; write at least 'extends: default'")
                .flatMap(root -> MappingReader.of(root, source, problems, "theme.yaml", KEYS))
                .map(theme -> new ThemeManifest(displayPath, theme.text("extends"), theme.textList("stylesheets"),
                        theme.textList("print_stylesheets"), theme.textList("scripts")));
        return problems.errorCount() > before ? Optional.empty() : manifest;
    }
}
