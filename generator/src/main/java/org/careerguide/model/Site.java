package org.careerguide.model;

import java.util.Map;
import java.util.Optional;

/**
 * The settings of a guide project, from {@code site.yaml}.
 *
 * @param checks what {@code checks:} sets each kind of warning to; kinds not named stay warnings
 */
public record Site(
        Text title,
        Optional<Text> description,
        Optional<Text> baseUrl,
        String language,
        String theme,
        boolean unsafeHtml,
        Map<CheckKind, CheckLevel> checks) {

    public Site {
        checks = Map.copyOf(checks);
    }

    /** The same settings published at another base URL ({@code --base-url}). */
    public Site withBaseUrl(Text url) {
        return new Site(title, description, Optional.of(url), language, theme, unsafeHtml, checks);
    }

    /** The same settings built with another theme ({@code --theme}). */
    public Site withTheme(String name) {
        return new Site(title, description, baseUrl, language, name, unsafeHtml, checks);
    }

    public static final String DEFAULT_LANGUAGE = "en";
    public static final String DEFAULT_THEME = "default";
}
