package org.careerguide.serve;

import java.time.Duration;
import org.careerguide.pipeline.MemoryMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.pipeline.PlannedSite;
import org.careerguide.link.GraphReuse;
import org.careerguide.load.ProjectLoader;
import org.careerguide.load.RoleFileCache;
import org.careerguide.model.Problem;
import org.careerguide.publish.SearchWords;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.PageOutput;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;
import org.careerguide.theme.Theme;

/**
 * Builds the preview site into memory, with the same pipeline as build and check (so {@code --strict}
 * and the limits apply). The first build renders everything; later ones run the whole pipeline again
 * but keep what an edit cannot have changed: role files the watcher did not name are not parsed again
 * ({@link RoleFileCache}), the career graph's related roles and neighbourhoods are taken over when no
 * ranking term or progression link changed ({@link GraphReuse}), and only the pages one of whose inputs
 * changed, or whose list of inputs did, are rendered: editing a role re-renders that role's page, the
 * pages that link to it, the pages listing it, and the roles whose related roles it changed (their
 * inputs name them). The files built from the whole guide (search index, data API) are made when first
 * requested, and the log line says how many wait. An edit of nothing but roles' prose (summary,
 * responsibilities, next steps, narrative text) skips the pipeline: {@link ProseEdit} puts the roles into
 * the last career graph and renders their pages alone. A change to site.yaml, the theme or static files,
 * or a change to the set of pages, renders everything. Not thread-safe: the watcher calls it from one thread.
 */
final class PreviewBuilder {

    /**
     * Folders whose files are inputs of single pages (as listed in {@link PageSpec#inputs()});
     * anything else may affect every page. Free pages are not among them: their titles are in every
     * page's navigation.
     */
    private static final List<String> PAGE_FOLDERS = List.of(ProjectLoader.ROLES + "/");

    /** Folders whose files are content only: a change there leaves the theme as it was. */
    private static final List<String> CONTENT_FOLDERS = List.of(ProjectLoader.ROLES + "/", ProjectLoader.PAGES + "/");

    private final Generator generator = new Generator();
    private final GeneratorOptions options;
    /** The roles as loaded by the last rebuilds: only the files an edit names are loaded again. */
    private final RoleFileCache roles = RoleFileCache.keeping();
    /** The last career graph's lists, taken over when an edit leaves their inputs as they were. */
    private final GraphReuse graphs = GraphReuse.keeping();
    /** The search index's words of the last rebuild: after an edit, only the edited texts are cut again. */
    private final SearchWords words = SearchWords.keeping();
    /** The data each page was last rendered from: a selected page whose data is the same keeps its bytes. */
    private final UnchangedPages unchanged = new UnchangedPages();
    private Map<String, Supplier<byte[]>> lastGood;
    /** The last good site's files made from the whole guide after a prose edit (see {@link PreviewState#later}). */
    private Supplier<Map<String, Supplier<byte[]>>> lastLater = PreviewState.NONE;
    /** How many files the last site made from the whole guide, for the log line of a prose edit. */
    private int wholeGuideFiles;
    /** The output paths of the files made from the whole guide in the last good build (see {@link Target#generatedFiles}). */
    private Set<String> lastGenerated = Set.of();
    private Set<String> lastPages = Set.of();
    /** Each page's inputs in the last good build: a page whose inputs changed is rendered again. */
    private Map<String, Set<String>> lastInputs = Map.of();
    private long generation;
    private Theme lastTheme;
    /** After a failed rebuild the last good site may lag several edits behind: render everything next. */
    private boolean renderAll = true;
    /** The last good site as planned, and the problems of loading, linking and planning it: what a prose edit starts from. */
    private PlannedSite lastSite;
    private List<Problem> lastPlanned = List.of();
    private final ProseEdit prose;
    /** How many rebuilds were prose edits, for tests: the shortcut must be taken where it may be. */
    private int proseEdits;

    PreviewBuilder(GeneratorOptions options) {
        this.options = options;
        this.prose = new ProseEdit(options, roles);
    }

    /** The result of rebuilding after {@code changed} (project-relative paths; empty = everything). */
    record Outcome(PreviewState state, RebuildResult result) {
    }

    Outcome rebuild(Collection<String> changed) {
        if (!renderAll && lastSite != null && graphs.last().isPresent()) {
            long start = System.nanoTime();
            unchanged.start(true);
            Optional<ProseEdit.Result> edited = prose.rebuild(changed, lastSite, graphs.last().get(), lastPlanned,
                    unchanged);
            if (edited.isPresent()) {
                return proseEdited(edited.get(), Duration.ofNanos(System.nanoTime() - start));
            }
        }
        // The watcher names site.yaml when it lost track of events (an overflow): then nothing loaded is trusted.
        roles.forget(contentOnly(changed) ? changed : List.of());
        unchanged.start(false);
        Target target = new Target(changed);
        GenerationReport report = generator.run(options, new MemoryMode(target));
        generation++;
        // Pages kept by digest were not rendered: the count says what this rebuild rendered.
        RebuildResult result = new RebuildResult(report.problems(), report.pagesRendered() - unchanged.kept(),
                target.total, target.full,
                report.duration(), target.generated.size());
        if (!report.success() || target.files == null) {
            // Keep serving the last good site; the errors are shown over it until a rebuild succeeds.
            renderAll = true;
            Map<String, Supplier<byte[]>> previous = lastGood == null ? Map.of() : lastGood;
            return new Outcome(new PreviewState(previous, lastLater, errorsOf(result), generation), result);
        }
        Map<String, Supplier<byte[]>> files = new HashMap<>();
        if (!target.full) {
            files.putAll(lastGood);
            // An edit may add or drop a generated file (a role's data file when it becomes a draft).
            lastGenerated.forEach(files::remove);
            files.putAll(target.generated);
        }
        target.files.forEach((path, content) -> files.put(path, PreviewState.made(content)));
        lastGood = files;
        unchanged.commit(target.full);
        lastGenerated = target.full ? Set.of() : target.generated.keySet();
        lastPages = target.pages;
        lastInputs = target.inputs;
        lastTheme = target.theme;
        lastSite = target.site;
        lastPlanned = target.planned;
        lastLater = PreviewState.NONE;
        wholeGuideFiles = 0;
        renderAll = false;
        return new Outcome(new PreviewState(files, List.of(), generation), result);
    }

    /** Takes over a prose edit's pages and site: the pages, their inputs and the theme are as they were. */
    private Outcome proseEdited(ProseEdit.Result edited, Duration duration) {
        generation++;
        proseEdits++;
        Map<String, Supplier<byte[]>> files = new HashMap<>(lastGood);
        // The files made from the whole guide are all made again later, even which there are.
        lastGenerated.forEach(files::remove);
        List<GeneratedFile> generated = lastSite.generatedFiles();
        generated.forEach(file -> files.remove(file.outputPath()));
        // A prose edit's site lists none of them: the count stays the one of the site it started from.
        wholeGuideFiles = Math.max(wholeGuideFiles, generated.size());
        edited.pages().forEach((path, content) -> files.put(path, PreviewState.made(content)));
        lastGood = files;
        lastLater = edited.later();
        lastGenerated = Set.of();
        lastSite = edited.site();
        graphs.replace(edited.graph());
        unchanged.commit(false);
        RebuildResult result = new RebuildResult(edited.problems(), edited.rendered() - unchanged.kept(),
                lastPages.size(), false, duration, wholeGuideFiles);
        return new Outcome(new PreviewState(files, lastLater, List.of(), generation), result);
    }

    /** One rebuild's choices: reuse the theme after content edits, render only the pages an edit affects. */
    private final class Target implements MemoryMode.MemoryTarget {
        private final Collection<String> changed;
        private Map<String, byte[]> files;
        /** After a partial render: the files built from the whole guide, made when first requested. */
        private final Map<String, Supplier<byte[]>> generated = new HashMap<>();
        private Set<String> pages = Set.of();
        private Map<String, Set<String>> inputs = Map.of();
        private Theme theme;
        private PlannedSite site;
        private List<Problem> planned = List.of();
        private boolean full = true;
        private int total;

        Target(Collection<String> changed) {
            this.changed = changed;
        }

        @Override
        public Optional<Theme> reusableTheme() {
            // Edits to roles and pages cannot change the theme: keep its parsed templates.
            boolean themeUnchanged = !renderAll && !changed.isEmpty() && contentOnly(changed);
            return themeUnchanged ? Optional.ofNullable(lastTheme) : Optional.empty();
        }

        @Override
        public RoleFileCache roleCache() {
            return roles;
        }

        @Override
        public PageReuse pageReuse() {
            unchanged.start(!full);
            return unchanged;
        }

        @Override
        public GraphReuse graphReuse() {
            return graphs;
        }

        @Override
        public SearchWords searchWords() {
            return words;
        }

        /**
         * Keeps the files built from the whole guide for later: each is made when the browser first asks
         * for it (the search index when someone searches), like the pages Hugo's fast render leaves for
         * later. They report no problems, so the rebuild's problems are complete without them.
         */
        @Override
        public int generatedFiles(PlannedSite site, PageOutput output) {
            site.generatedFiles().forEach(file -> generated.put(file.outputPath(),
                    PreviewState.onRequest(file.content())));
            return generated.size();
        }

        @Override
        public void planned(List<Problem> problems) {
            planned = problems;
        }

        @Override
        public MemoryMode.Selection select(PlannedSite site) {
            this.site = site;
            pages = site.pages().stream().map(PageSpec::outputPath).collect(Collectors.toSet());
            inputs = site.pages().stream().collect(Collectors.toMap(PageSpec::outputPath, PageSpec::inputs,
                    (first, second) -> first));
            full = renderAll || changed.isEmpty() || !pages.equals(lastPages)
                    || changed.stream().anyMatch(path -> PAGE_FOLDERS.stream().noneMatch(path::startsWith));
            List<PageSpec> selected = full ? site.pages() : site.pages().stream()
                    .filter(page -> changed.stream().anyMatch(page.inputs()::contains)
                            || !page.inputs().equals(lastInputs.get(page.outputPath())))
                    .toList();
            Map<String, byte[]> output = new ConcurrentHashMap<>();
            files = output;
            theme = site.theme();
            total = pages.size();
            return new MemoryMode.Selection(selected, full, output::put);
        }
    }

    int proseEdits() {
        return proseEdits;
    }

    private static boolean contentOnly(Collection<String> changed) {
        return changed.stream().allMatch(path -> CONTENT_FOLDERS.stream().anyMatch(path::startsWith));
    }

    private static List<Problem> errorsOf(RebuildResult result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }
}
