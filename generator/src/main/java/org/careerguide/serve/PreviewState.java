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
 * page can tell it is stale). After an edit of prose, the files made from the whole guide are
 * {@code later}: which files there are (the search index's depend on its words) and their bytes are
 * both made when a path {@code entries} lacks is first asked for.
 */
record PreviewState(Map<String, Supplier<byte[]>> entries, Supplier<Map<String, Supplier<byte[]>>> later,
                    List<Problem> errors, long generation) {

    /** No files made later. */
    static final Supplier<Map<String, Supplier<byte[]>>> NONE = Map::of;

    PreviewState {
        entries = Map.copyOf(entries);
        errors = List.copyOf(errors);
    }

    PreviewState(Map<String, Supplier<byte[]>> entries, List<Problem> errors, long generation) {
        this(entries, NONE, errors, generation);
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
    static <T> Supplier<T> onRequest(Supplier<T> make) {
        return new Supplier<>() {
            private T content;

            @Override
            public synchronized T get() {
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
        if (entry == null) {
            entry = later.get().get(path);
        }
        return entry == null ? null : entry.get();
    }

    boolean has(String path) {
        return entries.containsKey(path) || later.get().containsKey(path);
    }

    /** Every file, all made: what a build would write. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new HashMap<>();
        later.get().forEach((path, entry) -> files.put(path, entry.get()));
        entries.forEach((path, entry) -> files.put(path, entry.get()));
        return files;
    }

    boolean broken() {
        return !errors.isEmpty();
    }
}
