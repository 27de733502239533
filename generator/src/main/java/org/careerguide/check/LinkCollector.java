package org.careerguide.check;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.careerguide.render.PageOutput;

/**
 * An output target that keeps, for each file written, only what the link check needs: that the
 * file exists and, for HTML and CSS, its anchors and references. Pages are parsed as they are
 * written, so parsing runs in parallel with rendering. Safe to write from several threads.
 */
public final class LinkCollector implements PageOutput {

    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, PageLinks> documents = new ConcurrentHashMap<>();

    @Override
    public void write(String outputPath, byte[] content) {
        files.add(outputPath);
        String name = outputPath.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            documents.put(outputPath, PageLinks.ofHtml(outputPath, new String(content, StandardCharsets.UTF_8)));
        } else if (name.endsWith(".css")) {
            documents.put(outputPath, PageLinks.ofCss(outputPath, new String(content, StandardCharsets.UTF_8)));
        }
    }

    /** Whether a file with this output path was written. */
    public boolean exists(String outputPath) {
        return files.contains(outputPath);
    }

    /** The anchors and references of an HTML page or stylesheet, if that file was written. */
    public Optional<PageLinks> document(String outputPath) {
        return Optional.ofNullable(documents.get(outputPath));
    }

    /** Every HTML page and stylesheet collected, in no particular order. */
    public Iterable<PageLinks> documents() {
        return documents.values();
    }
}
