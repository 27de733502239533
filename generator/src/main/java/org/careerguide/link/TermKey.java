package org.careerguide.link;

import java.util.Locale;

/** The key under which names are matched: case and runs of white space do not matter. */
public final class TermKey {

    private TermKey() {
    }

    public static String of(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
