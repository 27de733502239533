package org.careerguide.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.TermCatalogues;
import org.careerguide.model.TermCatalogues.CatalogueTerm;
import org.careerguide.model.Text;
import org.careerguide.text.DidYouMean;
import org.careerguide.text.Slugs;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads the optional term catalogues {@code terms/skills.yaml}, {@code terms/employers.yaml} and
 * {@code terms/sectors.yaml}: each a list of {@code {name, slug, description, aliases, category}}
 * ({@code category} for skills only). Without them every term is made from the role files alone.
 */
final class TermCatalogueLoader {

    static final List<String> FILES = List.of("skills.yaml", "employers.yaml", "sectors.yaml");
    static final Set<String> TERM_KEYS = Set.of("name", "slug", "description", "aliases", "category");
    static final Set<String> NON_SKILL_KEYS = Set.of("name", "slug", "description", "aliases");

    private final SourceReader reader;
    private final YamlComposer composer;

    TermCatalogueLoader(SourceReader reader, YamlComposer composer) {
        this.reader = reader;
        this.composer = composer;
    }

    TermCatalogues load(ProjectFiles files, Problems problems) throws IOException {
        Map<String, List<CatalogueTerm>> loaded = new java.util.HashMap<>();
        for (Path file : files.list(ProjectLoader.TERMS, problems)) {
            String name = file.getFileName().toString();
            String display = files.display(file);
            if (!FILES.contains(name)) {
                problems.warning(SourcePosition.ofFile(display), CheckKind.IGNORED_FILE, "not a term catalogue ("
                        + String.join(", ", FILES) + "); ignored" + DidYouMean.hint(name, FILES));
                continue;
            }
            loaded.put(name, reader.read(file, display, problems)
                    .flatMap(text -> composer.compose(text, new YamlSource(display, 0), problems,
                            "term catalogue is empty; write a list of terms, or delete the file"))
                    .map(root -> terms(root, new YamlSource(display, 0), name.equals("skills.yaml"), problems))
                    .orElse(List.of()));
        }
        return new TermCatalogues(loaded.getOrDefault("skills.yaml", List.of()),
                loaded.getOrDefault("employers.yaml", List.of()), loaded.getOrDefault("sectors.yaml", List.of()));
    }

    private static List<CatalogueTerm> terms(Node root, YamlSource source, boolean skills, Problems problems) {
        if (!(root instanceof SequenceNode list)) {
            problems.error(source.position(root), "a term catalogue must be a list of terms (- name: ...), found "
                    + MappingReader.kind(root));
            return List.of();
        }
        List<CatalogueTerm> terms = new ArrayList<>();
        for (Node item : list.getValue()) {
            MappingReader.of(item, source, problems, skills ? "a skill" : "a term",
                    skills ? TERM_KEYS : NON_SKILL_KEYS).ifPresent(term -> {
                Optional<Text> name = term.requiredText("name");
                Optional<Text> slug = term.text("slug");
                slug.ifPresent(s -> Slugs.problem(s.value()).ifPresent(problem ->
                        problems.error(s.position(), "'slug': " + problem)));
                name.ifPresent(n -> terms.add(new CatalogueTerm(n, slug, term.text("description"),
                        term.textList("aliases"), term.text("category"), term.position())));
            });
        }
        return terms;
    }
}
