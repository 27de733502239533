package org.careerguide.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.careerguide.BuildMode;
import org.careerguide.link.GraphReuse;
import org.careerguide.load.RoleFileCache;
import org.careerguide.model.Problem;
import org.careerguide.publish.SearchWords;
import org.careerguide.render.PageOutput;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;
import org.careerguide.theme.Theme;

/**
 * The preview server's build mode: render the pages {@code target} selects into its memory. The
 * target sees the {@link PlannedSite} (theme, planned pages, files), so this mode lives with it in
 * the module's internal pipeline package; {@code Generator.run} takes it like the public modes.
 *
 * @param target what to reuse and which pages to render, and where they go
 */
public record MemoryMode(MemoryMode.MemoryTarget target) implements BuildMode {

    /** What the preview server decides in memory mode: which theme to reuse and which pages to render. */
    public interface MemoryTarget {

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

        /** The search index's words of the last rebuild, taken over for the texts that are the same (none: cut every text). */
        default SearchWords searchWords() {
            return SearchWords.none();
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
    public record Selection(List<PageSpec> pages, boolean withFiles, PageOutput output) {

        public Selection {
            pages = List.copyOf(pages);
        }
    }
}
