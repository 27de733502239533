package org.careerguide.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.careerguide.Progress;
import org.careerguide.csv.RolesCsv;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.StaticFile;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.PageOutput;
import org.careerguide.render.PageRenderer;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;
import org.careerguide.model.RenderLimits;
import org.careerguide.render.SchemaFiles;
import org.careerguide.render.SiteLinkCheck;
import org.careerguide.theme.Theme;

/**
 * A loaded, linked and planned site, not yet rendered: the shared first half of a build, a check
 * and a preview rebuild. The preview server renders only the pages whose {@link PageSpec#inputs()}
 * changed; a build renders them all.
 *
 * @param guide the loaded guide (with any base URL override applied)
 * @param theme the resolved theme
 * @param pages every page of the site, planned
 * @param limits time and size limits for rendering each page
 * @param markdownLinks the check of Markdown site links, run as pages render
 * @param files  files no template renders: sitemap, feed, data API, search index
 */
public record PlannedSite(Guide guide, Theme theme, List<PageSpec> pages, RenderLimits limits,
                          SiteLinkCheck markdownLinks, List<GeneratedFile> files) {

    public PlannedSite {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    /**
     * Site paths that Markdown links point to but no page has, complete once the pages are
     * rendered: already reported at their source lines, so the output link check skips them.
     */
    public Set<String> reportedLinkTargets() {
        return markdownLinks.missingTargets();
    }

    /**
     * Renders {@code selected} (in parallel) into {@code sink}, telling {@code progress} of every page
     * done; returns how many pages were written. Throws the first write {@code sink} refused, after
     * which it rendered no more pages.
     */
    public int render(List<PageSpec> selected, PageOutput sink, Problems problems, Progress progress)
            throws IOException {
        return render(selected, sink, problems, progress, PageReuse.NONE);
    }

    /** As {@link #render(List, PageOutput, Problems, Progress)}, carrying over the pages {@code reuse} has. */
    public int render(List<PageSpec> selected, PageOutput sink, Problems problems, Progress progress, PageReuse reuse)
            throws IOException {
        int total = selected.size();
        return new PageRenderer(theme, problems, limits, reuse).render(selected, sink,
                done -> progress.page(done, total));
    }

    /**
     * Copies the theme's assets, the JSON Schemas, {@code roles.csv} and the project's static files into
     * {@code sink}; returns the count. A static file of the project replaces a theme asset of the same
     * path. A file that cannot be read is a problem at its source; a write that fails is thrown.
     */
    public int copyFiles(PageOutput sink, Problems problems) throws IOException {
        int copied = 0;
        Set<String> overridden = new HashSet<>();
        guide.staticFiles().forEach(file -> overridden.add(file.outputPath()));
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            if (!overridden.contains(asset.getKey())) {
                sink.write(asset.getKey(), asset.getValue());
                copied++;
            }
        }
        for (Map.Entry<String, byte[]> schema : SchemaFiles.all().entrySet()) {
            sink.write(schema.getKey(), schema.getValue());
            copied++;
        }
        copied += writeGeneratedFiles(sink);
        for (StaticFile file : guide.staticFiles()) {
            byte[] content;
            try {
                content = Files.readAllBytes(file.file());
            } catch (IOException e) {
                problems.error(file.source(), "cannot copy: " + e.getMessage());
                continue;
            }
            // A write the sink refuses (a full disk) stops the copying: the sink reports it once.
            sink.write(file.outputPath(), content);
            copied++;
        }
        return copied;
    }

    /**
     * Writes the files made from the whole guide (roles.csv, sitemap, feed, data API, search index)
     * into {@code sink}: what any content edit can change, besides pages. Returns the count.
     */
    public int writeGeneratedFiles(PageOutput sink) throws IOException {
        List<GeneratedFile> all = generatedFiles();
        // On every core, as pages are: at 10,000 roles these are 20,000 files (each role's JSON, the
        // search shards), which one thread took seconds to make after the pages were done. The first
        // write the sink refuses stops the rest, as in PageRenderer, and is thrown once.
        AtomicReference<IOException> refused = new AtomicReference<>();
        all.parallelStream().forEach(file -> {
            if (refused.get() == null) {
                try {
                    sink.write(file.outputPath(), file.stream());
                } catch (IOException e) {
                    refused.compareAndSet(null, e);
                }
            }
        });
        if (refused.get() != null) {
            throw refused.get();
        }
        return all.size();
    }

    /** The files {@link #writeGeneratedFiles} writes, each made when its content is asked for. */
    public List<GeneratedFile> generatedFiles() {
        List<GeneratedFile> all = new ArrayList<>(1 + files.size());
        // The roles as a spreadsheet: what `careerguide import` reads back into the same roles.
        all.add(GeneratedFile.streamed(RolesCsv.OUTPUT_PATH, out -> RolesCsv.write(guide.roles(), out)));
        all.addAll(files);
        return all;
    }

    /** The output paths of every file written besides the pages. */
    public static List<String> otherFiles(Theme theme, Guide guide, List<GeneratedFile> generated) {
        List<String> files = new ArrayList<>(theme.assets().keySet());
        generated.forEach(file -> files.add(file.outputPath()));
        SchemaFiles.NAMES.forEach(name -> files.add(SchemaFiles.OUTPUT_FOLDER + name));
        files.add(RolesCsv.OUTPUT_PATH);
        guide.staticFiles().forEach(file -> files.add(file.outputPath()));
        return files;
    }
}
