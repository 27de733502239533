package org.careerguide.render;

import java.util.function.Supplier;

/**
 * A file of the site that no template renders: sitemap, feed, robots.txt, the JSON data API and
 * the search index. Its bytes are made when it is written, like a page's data.
 *
 * @param outputPath path in the output folder, e.g. {@code sitemap.xml}
 * @param content    the file's bytes
 */
public record GeneratedFile(String outputPath, Supplier<byte[]> content) {
}
