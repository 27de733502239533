package org.careerguide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerguide.render.ModelDigest;
import org.careerguide.render.PageModel;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;
import org.careerguide.write.BuildManifest;
import org.careerguide.write.OutputFolder;

/**
 * The pages of an incremental build: a page whose key (its data, path and template, see
 * {@link ModelDigest}) equals the key the previous build recorded for the same path is carried
 * over from the site in place; every other page is rendered. Either way its key is recorded for
 * the next build. Safe to call from the renderer's threads.
 */
final class IncrementalPages implements PageReuse {

    private final Map<String, String> previousKeys;
    private final Path previousSite;
    private final OutputFolder output;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /** Pages of {@code previous} (empty: render everything) carried over from {@code previousSite} into {@code output}. */
    IncrementalPages(Optional<BuildManifest> previous, Path previousSite, OutputFolder output) {
        this.previousKeys = previous.map(BuildManifest::pageKeys).orElse(Map.of());
        this.previousSite = previousSite;
        this.output = output;
    }

    @Override
    public Optional<String> key(PageSpec page, PageModel model) {
        return ModelDigest.of(page.outputPath(), page.template(), model);
    }

    @Override
    public boolean carryOver(PageSpec page, String key) throws IOException {
        if (!key.equals(previousKeys.get(page.outputPath()))) {
            return false;
        }
        Path previous = previousSite.resolve(page.outputPath()).normalize();
        if (!previous.startsWith(previousSite) || !Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
            return false; // someone removed it from the site in place: render it again
        }
        output.carryOver(page.outputPath(), previous);
        keys.put(page.outputPath(), key);
        reused.incrementAndGet();
        return true;
    }

    @Override
    public void rendered(PageSpec page, String key) {
        keys.put(page.outputPath(), key);
    }

    /** The key of every page carried over or rendered, for the next build's manifest. */
    Map<String, String> keys() {
        return Map.copyOf(keys);
    }

    /** How many pages were carried over. */
    int reused() {
        return reused.get();
    }
}
