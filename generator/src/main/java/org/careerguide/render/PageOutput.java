package org.careerguide.render;

import java.io.IOException;

/** Where rendered pages and copied files go: a temporary folder, memory, or nowhere (check). */
@FunctionalInterface
public interface PageOutput {

    void write(String outputPath, byte[] content) throws IOException;

    /**
     * Writes a file made as it is written (see {@link StreamedContent}). This default holds it in
     * memory and hands over the bytes; an output on disk streams it to the file instead.
     */
    default void write(String outputPath, StreamedContent content) throws IOException {
        write(outputPath, StreamedContent.bytes(content));
    }
}
