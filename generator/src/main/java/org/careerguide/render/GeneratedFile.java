package org.careerguide.render;

import java.util.function.Supplier;

/**
 * A file of the site that no template renders: sitemap, feed, robots.txt, the JSON data API and
 * the search index. Its bytes are made when it is written, like a page's data.
 *
 * @param outputPath path in the output folder, e.g. {@code sitemap.xml}
 * @param content    the file's bytes
 * @param stream     the same bytes, written to a stream as they are made (see {@link #streamed})
 */
public record GeneratedFile(String outputPath, Supplier<byte[]> content, StreamedContent stream) {

    /** A file made whole in memory. */
    public GeneratedFile(String outputPath, Supplier<byte[]> content) {
        this(outputPath, content, out -> out.write(content.get()));
    }

    /** A file that grows with the guide: a build writes it as it is made, never holding it whole. */
    public static GeneratedFile streamed(String outputPath, StreamedContent stream) {
        return new GeneratedFile(outputPath, () -> StreamedContent.bytes(stream), stream);
    }
}
