package org.careerguide.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.PlannedSite;
import org.careerguide.load.ProjectLoader;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.render.PageSpec;
import org.careerguide.theme.Theme;

/**
 * Builds the preview site into memory. The first build renders everything; later ones load, link
 * and plan the whole guide again (cheap) but render only the pages whose inputs changed: editing
 * a role re-renders that role's page, the pages that link to it and the pages listing it. A change
 * to site.yaml, the theme or static files, or a change to the set of pages, renders everything.
 * Not thread-safe: the watcher calls it from one thread.
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
    private Map<String, byte[]> lastGood;
    private Set<String> lastPages = Set.of();
    private long generation;
    private Theme lastTheme;
    /** After a failed rebuild the last good site may lag several edits behind: render everything next. */
    private boolean renderAll = true;

    PreviewBuilder(GeneratorOptions options) {
        this.options = options;
    }

    /** The result of rebuilding after {@code changed} (project-relative paths; empty = everything). */
    record Outcome(PreviewState state, RebuildResult result) {
    }

    Outcome rebuild(Collection<String> changed) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        int rendered = 0;
        int total = 0;
        boolean full = true;
        Map<String, byte[]> files = null;
        try {
            // Edits to roles and pages cannot change the theme: keep its parsed templates.
            boolean themeUnchanged = !renderAll && !changed.isEmpty()
                    && changed.stream().allMatch(path -> CONTENT_FOLDERS.stream().anyMatch(path::startsWith));
            Optional<PlannedSite> planned = generator.plan(options, problems,
                    themeUnchanged ? Optional.ofNullable(lastTheme) : Optional.empty());
            if (planned.isPresent()) {
                PlannedSite site = planned.get();
                Set<String> pages = site.pages().stream().map(PageSpec::outputPath).collect(Collectors.toSet());
                full = renderAll || changed.isEmpty() || !pages.equals(lastPages)
                        || changed.stream().anyMatch(path -> PAGE_FOLDERS.stream().noneMatch(path::startsWith));
                List<PageSpec> selected = full ? site.pages() : site.pages().stream()
                        .filter(page -> changed.stream().anyMatch(page.inputs()::contains))
                        .toList();
                Map<String, byte[]> output = new ConcurrentHashMap<>();
                rendered = site.render(selected, output::put, problems);
                total = pages.size();
                if (full) {
                    site.copyFiles(output::put, problems);
                    files = output;
                } else {
                    files = new HashMap<>(lastGood);
                    files.putAll(output);
                }
                lastPages = pages;
                lastTheme = site.theme();
            }
        } catch (IOException e) {
            problems.error(SourcePosition.ofFile(options.displayRoot()), "I/O error: " + e.getMessage());
        }
        generation++;
        RebuildResult result = new RebuildResult(problems.sorted(), rendered, total, full,
                Duration.ofNanos(System.nanoTime() - start));
        if (problems.hasErrors() || files == null) {
            // Keep serving the last good site; the errors are shown over it until a rebuild succeeds.
            renderAll = true;
            Map<String, byte[]> previous = lastGood == null ? Map.of() : lastGood;
            return new Outcome(new PreviewState(previous, errorsOf(result), generation), result);
        }
        lastGood = files;
        renderAll = false;
        return new Outcome(new PreviewState(files, List.of(), generation), result);
    }

    private static List<Problem> errorsOf(RebuildResult result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }
}
