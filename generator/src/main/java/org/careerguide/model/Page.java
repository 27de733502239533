package org.careerguide.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A free page from {@code pages/<slug>.md}: YAML front matter and Markdown; {@code file} is its path
 * in the project.
 */
public record Page(
        String slug,
        SourcePosition source,
        String file,
        Text title,
        Optional<Text> description,
        Optional<LocalDate> updated,
        boolean draft,
        String markdown,
        int markdownFirstLine) {
}
