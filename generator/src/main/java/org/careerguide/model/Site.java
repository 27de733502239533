package org.careerguide.model;

import java.util.Optional;

/** The settings of a guide project, from {@code site.yaml}. */
public record Site(
        Text title,
        Optional<Text> description,
        Optional<Text> baseUrl,
        String language,
        String theme,
        boolean unsafeHtml) {

    public static final String DEFAULT_LANGUAGE = "en";
    public static final String DEFAULT_THEME = "default";
}
