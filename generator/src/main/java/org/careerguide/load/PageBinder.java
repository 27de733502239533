package org.careerguide.load;

import java.util.Optional;
import java.util.Set;
import org.careerguide.model.Page;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;

/** Reads a free page, {@code pages/<slug>.md}: front matter (title required) and Markdown. */
final class PageBinder {

    static final Set<String> PAGE_KEYS = Set.of("title", "description", "updated", "draft");

    private final YamlComposer composer;
    private final Problems problems;

    PageBinder(YamlComposer composer, Problems problems) {
        this.composer = composer;
        this.problems = problems;
    }

    Optional<Page> bind(String slug, String file, String text, String displayPath) {
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            problems.error(new SourcePosition(displayPath, 1, 1),
                    "a page starts with front matter: a line '---', 'title: ...', and another line '---'");
            return Optional.empty();
        }
        FrontMatter frontMatter = split.get();
        YamlSource source = new YamlSource(displayPath, frontMatter.yamlLineOffset());
        return composer.compose(frontMatter.yaml(), source, problems, "front matter is empty; it needs at least 'title'")
                .flatMap(root -> MappingReader.of(root, source, problems, "page front matter", PAGE_KEYS))
                .flatMap(page -> {
                    Optional<Text> title = page.requiredText("title");
                    return title.map(t -> new Page(slug, SourcePosition.ofFile(displayPath), file, t,
                            page.text("description"), page.date("updated"), page.bool("draft").orElse(false),
                            frontMatter.body(), frontMatter.bodyFirstLine()));
                });
    }
}
