package org.careerguide.serve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerguide.render.ModelDigest;
import org.careerguide.render.PageModel;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;

/**
 * The preview's answer to "can this page keep its bytes?": a page an edit may have changed (by its
 * inputs, which name whole files) is rendered only when its data differs from the data it was last
 * rendered from, compared by digest as an incremental build does. Editing a summary selects every page
 * that shows the role, but most of them show only its title. The data is built either way, so the
 * Markdown checks report as before; the theme is the same (a theme change renders every page).
 * One rebuild at a time: {@link #start} before it (again once it knows whether pages may be kept),
 * {@link #commit} after it succeeded.
 */
final class UnchangedPages implements PageReuse {

    /** The digest each page of the last good preview was rendered from. */
    private Map<String, String> keys = new HashMap<>();
    private final Map<String, String> made = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();
    private boolean carry;

    /** Before a rebuild; {@code carry} false renders every selected page (the theme or the site changed). */
    void start(boolean carry) {
        this.carry = carry;
        made.clear();
        kept.set(0);
    }

    /** After a rebuild that succeeded: its digests are the last good ones ({@code full}: of every page). */
    void commit(boolean full) {
        if (full) {
            keys = new HashMap<>();
        }
        keys.putAll(made);
    }

    /** How many selected pages the last rebuild kept instead of rendering. */
    int kept() {
        return kept.get();
    }

    @Override
    public Optional<String> key(PageSpec page, PageModel model) {
        return ModelDigest.of(page.outputPath(), page.template(), model);
    }

    @Override
    public boolean carryOver(PageSpec page, String key) {
        if (carry && key.equals(keys.get(page.outputPath()))) {
            made.put(page.outputPath(), key);
            kept.incrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public void rendered(PageSpec page, String key) {
        made.put(page.outputPath(), key);
    }
}
