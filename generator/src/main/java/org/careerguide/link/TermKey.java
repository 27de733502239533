package org.careerguide.link;

import java.util.Locale;

/** The key under which names are matched: case and runs of white space do not matter. */
public final class TermKey {

    private TermKey() {
    }

    public static String of(String name) {
        // A loop rather than a regular expression: this runs for every name on every page.
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
