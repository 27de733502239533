package org.careerguide.render;

import java.io.IOException;
import java.util.Optional;

/**
 * What an incremental build asks of each page before rendering it: with the page's data in hand,
 * can it carry the page over from the previous output instead? The renderer builds the data either
 * way (building it runs the page's Markdown link checks), so the problems reported stay the same.
 */
public interface PageReuse {

    /** Renders every page and remembers nothing: check, serve, and a clean build. */
    PageReuse NONE = new PageReuse() {
        @Override
        public Optional<String> key(PageSpec page, PageModel model) {
            return Optional.empty();
        }

        @Override
        public boolean carryOver(PageSpec page, String key) {
            return false;
        }

        @Override
        public void rendered(PageSpec page, String key) {
        }
    };

    /** What the page's bytes depend on besides the theme, as a digest; empty if it cannot be told. */
    Optional<String> key(PageSpec page, PageModel model);

    /**
     * Puts the previous build's copy of {@code page} into the new output when that copy was made from
     * the same {@code key}; false when the page must be rendered. Throws when the output refuses it.
     */
    boolean carryOver(PageSpec page, String key) throws IOException;

    /** The page was rendered from {@code key} and written. */
    void rendered(PageSpec page, String key);
}
