package org.careerguide.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A file's bytes written to a stream as they are made: for files that grow with the guide
 * ({@code roles.json} and {@code roles.csv} are over a gigabyte at 100,000 roles), which a build
 * writes straight to disk instead of holding them whole.
 */
@FunctionalInterface
public interface StreamedContent {

    void writeTo(OutputStream out) throws IOException;

    /** The bytes in memory, for outputs that keep files there (the preview, the check). */
    static byte[] bytes(StreamedContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
