package org.careerguide.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on rendering, so that no template or Markdown text can hang a build or fill a disk.
 *
 * @param templateTimeout  longest time one page's template may run before it is stopped
 * @param maxPageBytes     largest page a template may produce, in bytes
 * @param maxMarkdownDepth deepest nesting of Markdown blocks and inlines (quotes in lists in ...)
 */
public record RenderLimits(Duration templateTimeout, long maxPageBytes, int maxMarkdownDepth) {

    /** 10 s per page, 8 MiB per page, Markdown nested 100 deep: far beyond any real guide. */
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(10), 8L * 1024 * 1024, 100);

    public RenderLimits {
        Objects.requireNonNull(templateTimeout, "templateTimeout");
        if (templateTimeout.isNegative() || templateTimeout.isZero()) {
            throw new IllegalArgumentException("templateTimeout must be positive");
        }
        if (maxPageBytes <= 0 || maxMarkdownDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
