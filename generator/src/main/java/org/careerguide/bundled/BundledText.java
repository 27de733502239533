package org.careerguide.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixed texts shipped in the jar (file stubs, preview markup): kept in resource files, not in Java. */
public final class BundledText {

    private BundledText() {
    }

    /** The UTF-8 text of the class-path resource {@code path} (absolute, e.g. {@code /careerguide/...}). */
    public static String read(String path) {
        try (InputStream in = BundledText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (a broken jar?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
