package org.careerguide;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.careerguide.link.GraphReuse;
import org.careerguide.load.RoleFileCache;
import org.careerguide.model.Problem;
import org.careerguide.render.PageOutput;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;
import org.careerguide.theme.Theme;

/**
 * Where one run of the pipeline puts the site, chosen once: {@code build} writes it to disk,
 * {@code check} renders it in memory and checks its links, {@code serve} renders it (or the pages
 * an edit affects) into memory. Load, link, plan, render and every check are the same in all three,
 * so the preview never drifts from the build.
 */
public sealed interface BuildMode {

    /** Render every page into a fresh folder and swap it in when the whole site is there. */
    static BuildMode disk() {
        return disk(new Cancellation(), status -> { });
    }

    /**
     * {@link #disk()}, stopping early when {@code cancellation} is cancelled; {@code status} hears
     * what the build waits for (another build of the same output folder).
     */
    static BuildMode disk(Cancellation cancellation, Consumer<String> status) {
        return new Disk(cancellation, status);
    }

    /** Render every page in memory, check every internal link of the result, write nothing. */
    static BuildMode check() {
        return new Check();
    }

    /** Render the pages {@code target} selects into its memory. */
    static BuildMode memory(MemoryTarget target) {
        return new Memory(target);
    }

    /** See {@link #disk(Cancellation, Consumer)}. */
    record Disk(Cancellation cancellation, Consumer<String> status) implements BuildMode {
    }

    /** See {@link #check()}. */
    record Check() implements BuildMode {
    }

    /** See {@link #memory(MemoryTarget)}. */
    record Memory(MemoryTarget target) implements BuildMode {
    }

    /** What the preview server decides in memory mode: which theme to reuse and which pages to render. */
    interface MemoryTarget {

        /** A theme with its parsed templates to use instead of loading it again (empty: load it). */
        Optional<Theme> reusableTheme();

        /** Hears the problems of loading, linking and planning, before any page renders (and before {@link #select}). */
        default void planned(List<Problem> problems) {
        }

        /** Of the planned site, what to render now and where it goes. */
        Selection select(PlannedSite site);

        /** Where unchanged roles come from instead of their files (none: load every role). */
        default RoleFileCache roleCache() {
            return RoleFileCache.none();
        }

        /** Which selected pages keep their last bytes (asked after {@link #select}; none: render them all). */
        default PageReuse pageReuse() {
            return PageReuse.NONE;
        }

        /** Where the career graph's lists come from when an edit cannot have changed them (none: rank every role). */
        default GraphReuse graphReuse() {
            return GraphReuse.none();
        }

        /**
         * After a partial render: makes the files built from the whole guide (search index, data API,
         * roles.csv, sitemap, feed), which any edit may change, into {@code output}; returns how many.
         * The preview makes them when they are first asked for instead.
         */
        default int generatedFiles(PlannedSite site, PageOutput output) throws IOException {
            return site.writeGeneratedFiles(output);
        }
    }

    /**
     * @param pages     the pages to render
     * @param withFiles whether to copy the assets and static files too (a full rebuild; the files made from the
     *                  whole guide, such as the search index, are written either way)
     * @param output    where rendered pages and copied files go
     */
    record Selection(List<PageSpec> pages, boolean withFiles, PageOutput output) {

        public Selection {
            pages = List.copyOf(pages);
        }
    }
}
