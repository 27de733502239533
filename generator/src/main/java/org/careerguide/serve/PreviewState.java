package org.careerguide.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.careerguide.model.Problem;

/**
 * What the preview serves at one moment: the last good site (output path to bytes, some of them
 * made when first asked for), the errors of the latest rebuild if it failed (shown as an overlay,
 * empty when the site is healthy), and a generation number that grows with every rebuild (so a
 * page can tell it is stale).
 */
record PreviewState(Map<String, Supplier<byte[]>> entries, List<Problem> errors, long generation) {

    PreviewState {
        entries = Map.copyOf(entries);
        errors = List.copyOf(errors);
    }

    /** A state whose files are all made already. */
    static PreviewState of(Map<String, byte[]> files, List<Problem> errors, long generation) {
        Map<String, Supplier<byte[]>> entries = new HashMap<>();
        files.forEach((path, content) -> entries.put(path, made(content)));
        return new PreviewState(entries, errors, generation);
    }

    /** An entry for bytes made already. */
    static Supplier<byte[]> made(byte[] content) {
        return () -> content;
    }

    /**
     * An entry made by {@code make} when first asked for, then kept: files built from the whole guide,
     * such as the search index, which a preview reload rarely asks for, are made on request.
     */
    static Supplier<byte[]> onRequest(Supplier<byte[]> make) {
        return new Supplier<>() {
            private byte[] content;

            @Override
            public synchronized byte[] get() {
                if (content == null) {
                    content = make.get();
                }
                return content;
            }
        };
    }

    /** The file at {@code path} (made now if it was not yet), or null when the site has none. */
    byte[] file(String path) {
        Supplier<byte[]> entry = entries.get(path);
        return entry == null ? null : entry.get();
    }

    boolean has(String path) {
        return entries.containsKey(path);
    }

    /** Every file, all made: what a build would write. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new HashMap<>();
        entries.forEach((path, entry) -> files.put(path, entry.get()));
        return files;
    }

    boolean broken() {
        return !errors.isEmpty();
    }
}
