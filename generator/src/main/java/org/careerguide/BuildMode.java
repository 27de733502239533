package org.careerguide;

import java.util.function.Consumer;

/**
 * Where one run of the pipeline puts the site, chosen once: {@code build} writes it to disk,
 * {@code check} renders it in memory and checks its links, {@code serve} renders it (or the pages
 * an edit affects) into memory. Load, link, plan, render and every check are the same in all three,
 * so the preview never drifts from the build. The preview's mode, {@code pipeline.MemoryMode}, is
 * internal to the module: it hands the server the planned site, which is made of internal stage types.
 * {@link Generator} runs these modes only and refuses any other. (Not a sealed interface: javadoc
 * 17 fails on a permitted subclass in a package it does not document.)
 */
public interface BuildMode {

    /** Render every page into a fresh folder and swap it in when the whole site is there. */
    static BuildMode disk() {
        return disk(new Cancellation(), status -> { });
    }

    /**
     * {@link #disk()}, stopping early when {@code cancellation} is cancelled; {@code status} hears
     * what the build waits for (another build of the same output folder).
     */
    static BuildMode disk(Cancellation cancellation, Consumer<String> status) {
        return new Disk(cancellation, status);
    }

    /** Render every page in memory, check every internal link of the result, write nothing. */
    static BuildMode check() {
        return new Check();
    }

    /** See {@link #disk(Cancellation, Consumer)}. */
    record Disk(Cancellation cancellation, Consumer<String> status) implements BuildMode {
    }

    /** See {@link #check()}. */
    record Check() implements BuildMode {
    }
}
