package org.careerguide.theme;

import freemarker.template.Configuration;
import java.util.Map;
import java.util.function.Function;

/**
 * A resolved theme: the Freemarker configuration whose loader looks in the guide project's
 * {@code templates/}, then its {@code themes/<name>/templates/}, then the embedded default theme;
 * the theme's static assets; and a way to name a template's file in error messages.
 *
 * @param configuration the hardened Freemarker configuration (thread-safe once built)
 * @param assets        static files by output path ({@code assets/careerguide.css} ...)
 * @param templateFiles maps a template name to the file it was loaded from, for messages
 * @param labels        the fixed texts in the site's language, for text the generator builds in Java
 */
public record Theme(Configuration configuration, Map<String, byte[]> assets, Function<String, String> templateFiles,
                    Labels labels) {

    public Theme {
        assets = Map.copyOf(assets);
    }

    public String templateFile(String templateName) {
        return templateFiles.apply(templateName);
    }
}
