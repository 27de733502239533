package org.careerguide.render;

import org.careerguide.pipeline.MemoryMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.pipeline.PlannedSite;
import org.careerguide.model.Problem;
import org.careerguide.render.page.FreePage;
import org.careerguide.render.page.TemplateData;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.PaginatedGuide;
import org.careerguide.testing.TestSites;
import org.careerguide.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract between the page data the generator builds and the shipped themes' templates. Every
 * page of four guides (the example guide; a minimal one whose role has only a title and a summary;
 * one with the optional fields the example leaves out: occupation data, a salary basis, skill
 * categories, aliases, a title two roles share; and one large enough for every paginated page kind
 * and page link) is planned and rendered by the real pipeline
 * in every shipped theme, with the data wrapped so that each key a template looks up is recorded.
 * Freemarker already stops at a missing key read plainly; this catches the misspelt key behind
 * {@code ??}, {@code !} or {@code ?has_content}, which would only ever render as "absent": every
 * key a template asks of a page record (package {@code render.page}) must be one of that record's
 * components, and every key it asks of a map must be a key some page's data has.
 */
class TemplateContractTest {

    private static final List<String> SHIPPED_THEMES = List.of("default", "compact");

    @TempDir
    static Path temp;

    @Test
    void everyKeyATemplateLooksUpIsOneThePageDataHasAndEveryTemplateIsRendered() throws IOException {
        List<Path> guides = List.of(TestSites.exampleContent(),
                MinimalSite.with(temp.resolve("minimal"), "only", MinimalSite.role("Only Role")),
                everyOptionalField(temp.resolve("optional")),
                PaginatedGuide.write(temp.resolve("paginated"), 401, 120));
        Recorder recorder = new Recorder();
        for (String theme : SHIPPED_THEMES) {
            for (Path guide : guides) {
                GenerationReport report = new Generator().run(GeneratorOptions.builder(guide).theme(theme).build(),
                        new MemoryMode(recorder.target()));
                assertEquals(List.of(), report.problems().stream().filter(Problem::isError).toList(),
                        guide + " in the " + theme + " theme");
                assertTrue(report.pagesRendered() > 0, guide + " in the " + theme + " theme");
            }
        }

        assertEquals(Map.of(), recorder.unknownKeys(), "keys templates look up that no page's data has,"
                + " by template");
        assertEquals(templateFiles(), recorder.templatesThatRead(), "every shipped template reads page data");
    }

    /** A guide whose data has the optional keys the example guide's lacks. */
    private static Path everyOptionalField(Path dir) {
        Path project = MinimalSite.with(dir,
                "data-analyst", MinimalSite.role("Data Analyst") + """
                        aliases: [Insight Analyst, Analyst]
                        skills: [SQL]
                        codes: { soc: 15-2051, onet: 15-2051.00 }
                        entry:
                          education: Bachelor's degree
                          experience: None
                          training: None
                        employment: { count: 1656880, as_of: 2024-05, source: BLS OEWS }
                        outlook: { growth: "17%", openings: 129200, period: 2023-2033, source: BLS Projections }
                        progression:
                          leads_to: [Insight Lead]
                        salary:
                          currency: USD
                          basis: percentiles
                          levels:
                            - { level: 10th to 50th percentile, min: 60000, max: 90000 }
                            - { level: 50th percentile and above, min: 90000, max_open: true }
                        """,
                "analytics-lead", MinimalSite.role("Analytics Lead") + """
                        aliases: [Insight Lead, Analyst]
                        skills: [SQL]
                        progression:
                          transitions: [Data Analyst]
                        """);
        TestSites.write(project.resolve("terms/skills.yaml"),
                "- { name: SQL, category: tool, description: The language of relational databases. }\n");
        return project;
    }

    /** The template files of the shipped themes (a theme that extends default may have none of its own). */
    private static Set<String> templateFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String theme : SHIPPED_THEMES) {
            Path folder = TestSites.repoRoot().resolve("themes/" + theme + "/templates");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ftlh"))
                            .forEach(names::add);
                }
            }
        }
        return names;
    }

    /** Wraps the page data of every rendered page so that the keys templates look up are recorded. */
    private static final class Recorder {

        private final Set<String> provided = ConcurrentHashMap.newKeySet();
        private final Map<String, Set<String>> missingByTemplate = new ConcurrentHashMap<>();
        private final Set<String> templatesThatRead = ConcurrentHashMap.newKeySet();
        private final Set<String> shared = ConcurrentHashMap.newKeySet();
        /** Per template, {@code Record.key} for each key asked of a page record that has no such component. */
        private final Map<String, Set<String>> notComponents = new ConcurrentHashMap<>();

        /** Renders every planned page into nothing, through a configuration that records lookups. */
        MemoryMode.MemoryTarget target() {
            return new MemoryMode.MemoryTarget() {
                @Override
                public Optional<Theme> reusableTheme() {
                    return Optional.empty();
                }

                @Override
                public MemoryMode.Selection select(PlannedSite site) {
                    Configuration configuration = site.theme().configuration();
                    shared.addAll(configuration.getSharedVariableNames());
                    configuration.setObjectWrapper(new RecordingWrapper(configuration));
                    return new MemoryMode.Selection(site.pages(), false, (path, content) -> { });
                }
            };
        }

        Map<String, Set<String>> unknownKeys() {
            Map<String, Set<String>> unknown = new TreeMap<>();
            missingByTemplate.forEach((template, keys) -> keys.stream()
                    .filter(key -> !provided.contains(key) && !shared.contains(key))
                    .forEach(key -> unknown.computeIfAbsent(template, t -> new TreeSet<>()).add(key)));
            notComponents.forEach((template, keys) -> keys.stream()
                    .filter(key -> !shared.contains(key.substring(key.indexOf('.') + 1)))
                    .forEach(key -> unknown.computeIfAbsent(template, t -> new TreeSet<>()).add(key)));
            return unknown;
        }

        Set<String> templatesThatRead() {
            return new TreeSet<>(templatesThatRead);
        }

        private final class RecordingWrapper extends DefaultObjectWrapper {

            RecordingWrapper(Configuration configuration) {
                super(configuration.getIncompatibleImprovements());
            }

            @Override
            public TemplateModel wrap(Object object) throws TemplateModelException {
                TemplateModel wrapped = super.wrap(object);
                if (object instanceof Map<?, ?> map && wrapped instanceof TemplateHashModelEx2 hash) {
                    map.keySet().forEach(key -> provided.add(String.valueOf(key)));
                    return new RecordingMap(map, hash);
                }
                if (object instanceof TemplateData && wrapped instanceof TemplateHashModelEx hash) {
                    return new RecordingRecord(object.getClass(), hash);
                }
                return wrapped;
            }
        }

        /**
         * Page data that notes which template asked it for which key, and the keys it lacks. A map's
         * missing key is reported if no page's data has it (a map has no fixed keys). A page record
         * (package {@code render.page}) has its keys fixed by its type, so a key it lacks is misspelt,
         * even behind {@code ??} and even if another kind of page has it; at a page's root (PageRoot
         * asks the kind's record for every name that is not the frame's) the shared variables are not
         * components either, and are left out.
         */
        private abstract class RecordingHash implements TemplateHashModelEx {

            private final TemplateHashModelEx hash;

            RecordingHash(TemplateHashModelEx hash) {
                this.hash = hash;
            }

            /** Notes {@code key}, asked for by {@code template}, if the data lacks it. */
            abstract void lookedUp(String template, String key);

            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                String template = Environment.getCurrentEnvironment().getCurrentTemplate().getName();
                templatesThatRead.add(template);
                lookedUp(template, key);
                return hash.get(key);
            }

            @Override
            public boolean isEmpty() throws TemplateModelException {
                return hash.isEmpty();
            }

            @Override
            public int size() throws TemplateModelException {
                return hash.size();
            }

            @Override
            public TemplateCollectionModel keys() throws TemplateModelException {
                return hash.keys();
            }

            @Override
            public TemplateCollectionModel values() throws TemplateModelException {
                return hash.values();
            }
        }

        private final class RecordingMap extends RecordingHash implements TemplateHashModelEx2 {

            private final Map<?, ?> map;
            private final TemplateHashModelEx2 hash;

            RecordingMap(Map<?, ?> map, TemplateHashModelEx2 hash) {
                super(hash);
                this.map = map;
                this.hash = hash;
            }

            @Override
            void lookedUp(String template, String key) {
                if (!map.containsKey(key)) {
                    missingByTemplate.computeIfAbsent(template, t -> ConcurrentHashMap.newKeySet()).add(key);
                }
            }

            @Override
            public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
                return hash.keyValuePairIterator();
            }
        }

        private final class RecordingRecord extends RecordingHash {

            private final Class<?> type;

            RecordingRecord(Class<?> type, TemplateHashModelEx hash) {
                super(hash);
                this.type = type;
            }

            @Override
            void lookedUp(String template, String key) {
                // Test code may read the components by reflection; the digest and the templates do not.
                if (Stream.of(type.getRecordComponents()).noneMatch(component -> component.getName().equals(key))) {
                    notComponents.computeIfAbsent(template, t -> ConcurrentHashMap.newKeySet())
                            .add(type.getSimpleName() + "." + key);
                }
            }
        }
    }

    /** Guards the guard: a key the data lacks is reported, one it has is not. */
    @Test
    void theRecorderReportsAKeyNoDataHas() throws TemplateModelException, IOException {
        Recorder recorder = render("<#if role.sumary??>x</#if>${role.summary}", Map.of("role", Map.of("summary", "s")));
        assertEquals(Map.of("t.ftlh", Set.of("sumary")), recorder.unknownKeys());
        assertEquals(Set.of("t.ftlh"), recorder.templatesThatRead());
    }

    /**
     * A key a page record lacks is reported even behind {@code ??} and even when another page's data
     * has a key of that name ({@code title}).
     */
    @Test
    void aKeyThePageRecordDoesNotHaveIsReportedWhereverElseItExists() throws TemplateModelException, IOException {
        Recorder recorder = render("<#if free.title??>x</#if><#if free.contnet??>y</#if>${free.content}${other.title}",
                Map.of("free", new FreePage(Html.of("<p>a</p>")), "other", Map.of("title", "t")));
        assertEquals(Map.of("t.ftlh", Set.of("FreePage.contnet", "FreePage.title")), recorder.unknownKeys());
    }

    /** Renders {@code template} (as {@code t.ftlh}) with {@code data} through a recorder, and returns it. */
    private static Recorder render(String template, Map<String, Object> data) throws TemplateModelException,
            IOException {
        Recorder recorder = new Recorder();
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new StringTemplateLoader() {
            {
                putTemplate("t.ftlh", template);
            }
        });
        configuration.setObjectWrapper(recorder.new RecordingWrapper(configuration));
        try {
            configuration.getTemplate("t.ftlh").process(data, new StringWriter());
        } catch (TemplateException e) {
            throw new AssertionError(e);
        }
        return recorder;
    }
}
