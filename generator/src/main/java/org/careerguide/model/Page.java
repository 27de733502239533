package org.careerguide.model;

import java.time.LocalDate;
import java.util.Optional;

/** A free page from {@code pages/<slug>.md}: YAML front matter and Markdown. */
public record Page(
        String slug,
        SourcePosition source,
        Text title,
        Optional<Text> description,
        Optional<LocalDate> updated,
        boolean draft,
        String markdown,
        int markdownFirstLine) {
}
