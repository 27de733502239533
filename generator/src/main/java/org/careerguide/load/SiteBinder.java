package org.careerguide.load;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.careerguide.model.Problems;
import org.careerguide.model.Site;
import org.careerguide.model.Text;
import org.careerguide.text.Slugs;
import org.yaml.snakeyaml.nodes.Node;

/** Binds {@code site.yaml} to a {@link Site}. */
final class SiteBinder {

    static final Set<String> SITE_KEYS = Set.of("title", "description", "base_url", "language", "theme",
            "unsafe_html", "checks");

    private final YamlSource source;
    private final Problems problems;

    SiteBinder(YamlSource source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    Optional<Site> bind(Node root) {
        Optional<MappingReader> mapping = MappingReader.of(root, source, problems, "site.yaml", SITE_KEYS);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingReader site = mapping.get();
        Optional<Text> title = site.requiredText("title");
        Optional<Text> baseUrl = site.text("base_url").map(this::checkBaseUrl);
        String language = site.text("language").map(this::checkLanguage).orElse(Site.DEFAULT_LANGUAGE);
        String theme = site.text("theme").map(this::checkTheme).orElse(Site.DEFAULT_THEME);
        boolean unsafeHtml = site.bool("unsafe_html").orElse(false);
        var checks = CheckSettingsKeys.read(site, problems);
        return title.map(t -> new Site(t, site.text("description"), baseUrl, language, theme, unsafeHtml, checks));
    }

    private Text checkBaseUrl(Text url) {
        BaseUrl.problem(url.value()).ifPresent(problem -> problems.error(url.position(), "'base_url' " + problem));
        return new Text(BaseUrl.normalize(url.value()), url.position());
    }

    private String checkLanguage(Text language) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(language.value()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
        } catch (IllformedLocaleException e) {
            problems.error(language.position(), "'language' must be a BCP 47 language tag such as en or en-GB, found '"
                    + language.value() + "'");
        }
        return language.value();
    }

    private String checkTheme(Text theme) {
        Slugs.problem(theme.value()).ifPresent(problem ->
                problems.error(theme.position(), "'theme' must be a theme folder name: " + problem));
        return theme.value();
    }
}
