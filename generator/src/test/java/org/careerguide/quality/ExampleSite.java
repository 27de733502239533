package org.careerguide.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;

/**
 * The shipped example guide, built once per test JVM and theme into
 * {@code target/quality/example-site} (default theme) or {@code target/quality/example-site-<theme>},
 * and shared by the quality gates (validity, accessibility, links, weight), which run for every
 * shipped theme. It stays there after the run, so a failing gate's page can be opened and inspected.
 */
final class ExampleSite {

    /** The shipped themes: each must pass every gate. */
    static final List<String> THEMES = List.of("default", "compact");

    /**
     * The builds every browser gate looks at: each shipped theme, and the German build ("de", default
     * theme) and the German build with the compact theme ("compact-de").
     */
    static final List<String> VARIANTS = List.of("default", "compact", "de", "compact-de");

    private static final Map<String, Path> OUTPUTS = new HashMap<>();

    private ExampleSite() {
    }

    /** The site built with the default theme. */
    static Path output() {
        return output("default");
    }

    /** The site built with {@code theme}; builds it on first use and fails loudly if the example does not build. */
    static synchronized Path output(String theme) {
        return OUTPUTS.computeIfAbsent(theme, name -> {
            Path target = Path.of("target", "quality", name.equals("default") ? "example-site" : "example-site-" + name)
                    .toAbsolutePath();
            GenerationReport report = new Generator().build(GeneratorOptions.builder(TestSites.exampleContent())
                    .outputDir(target).theme(name).build());
            if (!report.success() || !report.problems().isEmpty()) {
                throw new IllegalStateException("the example guide must build cleanly with the " + name + " theme: "
                        + report.problems());
            }
            return target;
        });
    }

    /** The example guide in German ({@code language: de} in a copy of its site.yaml), default theme. */
    static Path german() {
        return variant("de");
    }

    /**
     * A build of {@link #VARIANTS}: {@code <theme>} in the example's own language (English), or
     * {@code de} / {@code <theme>-de} in German ({@code language: de} in a copy of its site.yaml).
     */
    static synchronized Path variant(String variant) {
        if (!variant.endsWith("de")) {
            return output(variant);
        }
        String theme = variant.equals("de") ? "default" : variant.substring(0, variant.length() - "-de".length());
        return OUTPUTS.computeIfAbsent(variant, name -> {
            Path target = Path.of("target", "quality", "example-site-" + name).toAbsolutePath();
            Path project = TestSites.copyTree(TestSites.exampleContent(), Path.of("target", "quality", "example-de")
                    .toAbsolutePath());
            Path siteYaml = project.resolve("site.yaml");
            TestSites.write(siteYaml, TestSites.read(siteYaml).replaceFirst("(?m)^language: .*$", "language: de"));
            GenerationReport report = new Generator().build(GeneratorOptions.builder(project).outputDir(target)
                    .theme(theme).build());
            if (!report.success() || !report.problems().isEmpty()) {
                throw new IllegalStateException("the example guide must build cleanly in German with the " + theme
                        + " theme: " + report.problems());
            }
            return target;
        });
    }

    /** The absolute URL the example site is published at, from its home page's canonical link. */
    static Optional<String> baseUrl() {
        Document home = TestSites.parse(output().resolve("index.html"));
        return Optional.ofNullable(home.selectFirst("link[rel=canonical]")).map(link -> link.attr("href"));
    }

    /** The path the example site is published under (e.g. {@code /guide/}). */
    static String basePath() {
        return baseUrl().map(url -> URI.create(url).getPath()).orElse("/");
    }

    /** Every HTML page of the built site, as paths relative to its folder with forward slashes, sorted. */
    static List<String> htmlPages() {
        return htmlPages(output());
    }

    /** Every HTML file under {@code root}, as paths relative to it with forward slashes, sorted. */
    static List<String> htmlPages(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".html"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
