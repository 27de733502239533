package org.careerguide;

import java.io.IOException;
import java.util.Optional;
import org.careerguide.load.BaseUrl;
import org.careerguide.load.ProjectFiles;
import org.careerguide.load.ProjectLoader;
import org.careerguide.load.RoleFileCache;
import org.careerguide.load.YamlLimits;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.text.Slugs;

/**
 * The first stage on its own, exactly as {@link Generator} runs it before linking and planning: for
 * tests and tools that want the loaded model rather than a site. It reports into {@code problems}
 * and goes on, so one run shows every problem. The next stage, link, is {@code LinkStage.link} in
 * the module's link package: it hands back the link stage's own types, which the module does not
 * export.
 */
public final class Stages {

    private Stages() {
    }

    /**
     * Stage 1, load: reads the guide project of {@code options} (site.yaml, roles, pages, term
     * catalogues, static files) into a {@link Guide}, with the options' base URL and theme in place
     * of site.yaml's. Empty when the project cannot be made into a guide, the base URL is not a URL
     * or the theme no folder name (reported into {@code problems}); a guide with errors in some
     * files still loads.
     */
    public static Optional<Guide> load(GeneratorOptions options, Problems problems) throws IOException {
        return load(options, new ProjectFiles(options.projectDir(), options.displayRoot()), problems);
    }

    /** {@link #load(GeneratorOptions, Problems)} from {@code files}, which the caller reads the theme from too. */
    static Optional<Guide> load(GeneratorOptions options, ProjectFiles files, Problems problems) throws IOException {
        return load(options, files, RoleFileCache.none(), problems);
    }

    /** {@link #load(GeneratorOptions, ProjectFiles, Problems)} taking unchanged roles from {@code cache}. */
    static Optional<Guide> load(GeneratorOptions options, ProjectFiles files, RoleFileCache cache, Problems problems)
            throws IOException {
        Optional<Guide> loaded = new ProjectLoader(options.maxFileBytes(), YamlLimits.DEFAULT, options.drafts(), cache)
                .load(files, problems);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> badBaseUrl = options.baseUrl().flatMap(BaseUrl::problem);
        if (badBaseUrl.isPresent()) {
            problems.error(SourcePosition.ofFile("--base-url"), "the base URL " + badBaseUrl.get());
            return Optional.empty();
        }
        Optional<String> badTheme = options.theme().flatMap(Slugs::problem);
        if (badTheme.isPresent()) {
            problems.error(SourcePosition.ofFile("--theme"), "the theme must be a theme folder name: " + badTheme.get());
            return Optional.empty();
        }
        return Optional.of(withTheme(withBaseUrl(loaded.get(), options.baseUrl()), options.theme()));
    }

    private static Guide withBaseUrl(Guide guide, Optional<String> baseUrl) {
        if (baseUrl.isEmpty()) {
            return guide;
        }
        String url = BaseUrl.normalize(baseUrl.get());
        return guide.withSite(guide.site().withBaseUrl(new Text(url, SourcePosition.ofFile("--base-url"))));
    }

    private static Guide withTheme(Guide guide, Optional<String> theme) {
        if (theme.isEmpty()) {
            return guide;
        }
        return guide.withSite(guide.site().withTheme(theme.get()));
    }
}
