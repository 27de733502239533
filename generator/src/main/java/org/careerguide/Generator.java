package org.careerguide;

import org.careerguide.link.LinkStage;
import org.careerguide.pipeline.PlannedSite;
import org.careerguide.pipeline.MemoryMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.careerguide.bundled.Release;
import org.careerguide.check.LinkChecker;
import org.careerguide.check.LinkCollector;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.GraphReuse;
import org.careerguide.link.LinkedGuide;
import org.careerguide.load.ProjectFiles;
import org.careerguide.load.ProjectLoader;
import org.careerguide.load.RoleFileCache;
import org.careerguide.model.Guide;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Severity;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.publish.PublishedFiles;
import org.careerguide.publish.SearchWords;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.Markdown;
import org.careerguide.render.PagePlanner;
import org.careerguide.render.PageSpec;
import org.careerguide.theme.Theme;
import org.careerguide.theme.ThemeLoader;
import org.careerguide.write.OutputGuard;

/**
 * The facade over the four stages: load, link, render, write, run as one pipeline in a
 * {@link BuildMode}: {@link #build} writes the site, {@link #check} runs everything but writes
 * nothing, and the preview server renders into memory. Neither logs nor exits: the returned report
 * holds every problem for the caller (CLI, Mojo, preview server) to show.
 */
public final class Generator {

    /** The project entries the build reads; the output may not lie in any of them. */
    public static final List<String> READ_FOLDERS = List.of(ProjectLoader.ROLES, ProjectLoader.PAGES,
            ProjectLoader.STATIC, ProjectLoader.TERMS, ThemeLoader.TEMPLATES, ThemeLoader.THEMES, ThemeLoader.MESSAGES,
            ProjectLoader.SITE_FILE);

    /** A generator; it keeps no state between runs, so one instance can run any number of builds. */
    public Generator() {
    }

    /** Builds the site into {@code options.outputDir()}, replacing it only if everything succeeded. */
    public GenerationReport build(GeneratorOptions options) {
        return run(options, BuildMode.disk());
    }

    /**
     * Builds the site; stops early, leaving the output folder as it was, when {@code cancellation}
     * is cancelled. {@code status} hears what the build waits for (another build of the same output).
     */
    public GenerationReport build(GeneratorOptions options, Cancellation cancellation, Consumer<String> status) {
        return run(options, BuildMode.disk(cancellation, status));
    }

    /** Loads, links and renders in memory, then checks every internal link of the result; writes nothing. */
    public GenerationReport check(GeneratorOptions options) {
        return run(options, BuildMode.check());
    }

    /** Runs the pipeline once in {@code mode}: what build, check and the preview server all call. */
    public GenerationReport run(GeneratorOptions options, BuildMode mode) {
        return run(options, mode, Progress.NONE);
    }

    /** Runs the pipeline once in {@code mode}, telling {@code progress} about stages and pages as it goes. */
    public GenerationReport run(GeneratorOptions options, BuildMode mode, Progress progress) {
        if (!(mode instanceof BuildMode.Disk || mode instanceof BuildMode.Check || mode instanceof MemoryMode)) {
            throw new IllegalArgumentException("not a build mode of careerguide's: " + mode
                    + " (use BuildMode.disk() or BuildMode.check())");
        }
        long start = System.nanoTime();
        Problems problems = new Problems();
        StageTimes times = new StageTimes(progress);
        WriteStage writeStage = mode instanceof BuildMode.Disk disk
                ? new WriteStage(options, disk.cancellation(), disk.status()) : null;
        WriteStage.Result result = WriteStage.Result.NOTHING;
        try {
            result = runStages(options, mode, writeStage, problems, times);
        } catch (IOException e) {
            problems.error(SourcePosition.ofFile(options.displayRoot()), "I/O error: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            // The stages' data is unreachable once they have unwound, so reporting has memory again.
            problems.error(SourcePosition.ofFile(options.displayRoot()), OutOfMemory.advice());
        }
        List<Problem> sorted = strict(problems.sorted(), options.strict());
        return new GenerationReport(sorted, result.pages(), result.files(), options.outputDir(),
                Duration.ofNanos(System.nanoTime() - start), result.written(), times.asMap(),
                writeStage == null ? List.of() : writeStage.notices(), result.interrupted(), result.reused(),
                result.upToDate());
    }

    private WriteStage.Result runStages(GeneratorOptions options, BuildMode mode, WriteStage writeStage,
                                        Problems problems, StageTimes times) throws IOException {
        Path projectDir = options.projectDir();
        if (!Files.isDirectory(projectDir)) {
            problems.error(SourcePosition.ofFile(options.displayRoot()), "guide project folder not found");
            return WriteStage.Result.NOTHING;
        }
        if (writeStage != null) {
            Optional<String> refused = new OutputGuard(READ_FOLDERS).problem(projectDir, options.outputDir());
            if (refused.isPresent()) {
                problems.error(SourcePosition.ofFile(options.outputDir().toString()), refused.get());
                return WriteStage.Result.NOTHING;
            }
            writeStage.recover();
            Optional<WriteStage.Result> upToDate = writeStage.upToDate(problems);
            if (upToDate.isPresent()) {
                times.mark("compare with the previous build");
                return upToDate.get();
            }
        }
        Optional<Theme> reuse = mode instanceof MemoryMode memory ? memory.target().reusableTheme()
                : Optional.empty();
        MemoryMode.MemoryTarget target = mode instanceof MemoryMode memory ? memory.target() : null;
        Optional<PlannedSite> planned = plan(options, problems, reuse,
                target == null ? RoleFileCache.none() : target.roleCache(),
                target == null ? GraphReuse.none() : target.graphReuse(),
                target == null ? SearchWords.none() : target.searchWords(), times);
        if (mode instanceof BuildMode.Disk disk && disk.cancellation().isCancelled()) {
            return WriteStage.Result.INTERRUPTED;
        }
        if (planned.isEmpty()) {
            return WriteStage.Result.NOTHING;
        }
        PlannedSite site = planned.get();
        if (writeStage != null) {
            // Renders, writes and drops each page in turn: the rendered site is never held whole.
            return writeStage.write(site, problems, times);
        }
        if (mode instanceof MemoryMode memory) {
            memory.target().planned(problems.sorted());
            MemoryMode.Selection selection = memory.target().select(site);
            int pages = site.render(selection.pages(), selection.output(), problems, times.progress(),
                    memory.target().pageReuse());
            // A partial rebuild still writes the files made from the whole guide: any edit may change them.
            int files = selection.withFiles() ? site.copyFiles(selection.output(), problems)
                    : memory.target().generatedFiles(site, selection.output());
            times.mark("render");
            return new WriteStage.Result(pages, files, false, false);
        }
        return checkInMemory(site, problems, times);
    }

    /** Keeps what the link check needs of each page and file, and writes nothing. */
    private static WriteStage.Result checkInMemory(PlannedSite site, Problems problems, StageTimes times)
            throws IOException {
        LinkCollector collected = new LinkCollector();
        int pages = site.render(site.pages(), collected, problems, times.progress());
        int files = site.copyFiles(collected, problems);
        times.mark("render");
        if (!problems.hasErrors()) {
            new LinkChecker(site.guide().site().baseUrl().map(Text::value))
                    .report(collected, problems, site.reportedLinkTargets());
        }
        times.mark("link check");
        return new WriteStage.Result(pages, files, false, false);
    }

    /**
     * Loads, links and plans the site without rendering it: what every mode shares. Reuses
     * {@code reuse} (a theme with its parsed templates) when given, unchanged roles from {@code roles} and
     * graph lists from {@code graphs}. Empty when there are errors
     * (reported into {@code problems}).
     */
    private Optional<PlannedSite> plan(GeneratorOptions options, Problems problems, Optional<Theme> reuse,
                                       RoleFileCache roles, GraphReuse graphs, SearchWords words, StageTimes times)
            throws IOException {
        Path projectDir = options.projectDir();
        ProjectFiles files = new ProjectFiles(projectDir, options.displayRoot());
        Optional<Guide> loaded = Stages.load(options, files, roles, problems);
        times.mark("load");
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Guide guide = loaded.get();
        LinkedGuide linked = LinkStage.link(guide, LocalDate.now(options.clock()), problems);
        // The link stage is complete before anything renders: planning and rendering only read the graph.
        CareerGraph graph = CareerGraph.of(linked, graphs);
        times.mark("link and checks");
        SourcePosition themeNamedAt = options.theme().isPresent() ? SourcePosition.ofFile("--theme")
                : SourcePosition.ofFile(files.display(projectDir.resolve(ProjectLoader.SITE_FILE)));
        Optional<Theme> theme = reuse.isPresent() ? reuse
                : new ThemeLoader().load(files, guide.site(), themeNamedAt, problems);
        if (theme.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        PagePlanner planner = new PagePlanner(graph, problems, version(), options.limits().maxMarkdownDepth(),
                theme.get().labels());
        PublishedFiles published = new PublishedFiles(linked,
                new Markdown(guide.site().unsafeHtml(), options.limits().maxMarkdownDepth()), problems, words);
        List<GeneratedFile> generated = new ArrayList<>(published.plan());
        List<PageSpec> pages = planner.plan(PlannedSite.otherFiles(theme.get(), guide, generated));
        generated.addAll(published.sitemap(pages));
        OutputCollisions.report(pages, generated, theme.get(), guide, problems);
        times.mark("theme and plan");
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedSite(guide, theme.get(), pages, options.limits(), planner.linkCheck(),
                generated));
    }

    private static List<Problem> strict(List<Problem> problems, boolean strict) {
        if (!strict) {
            return problems;
        }
        return problems.stream().map(p -> p.isError() ? p : p.as(Severity.ERROR)).toList();
    }

    /**
     * careerguide's version, e.g. {@code 0.1.0}: the one {@link Release} reads from the resource Maven
     * filters, so it is the same from the jar, from classes in a test and inside the Maven plugin.
     */
    public static String version() {
        return Release.version();
    }

}
