package org.careerguide.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key under which names are matched. Look-alikes are one name: case, runs of white space,
 * accents and other scripts' letters (by transliteration), "&amp;" against "and", and punctuation
 * other than "+" and "#" do not matter, so "Nestlé" is "Nestle", "Procter &amp; Gamble" is "Procter
 * and Gamble", and "Systems  design" is "Systems Design"; but "C++" and "C#" stay apart from "C".
 */
public final class TermKey {

    /**
     * Keys already worked out: every skill is matched on every page that names it and on its
     * neighbours' pages, and transliteration is not cheap. A pure function's results, so sharing
     * them between threads and builds is safe.
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 200_000;

    private TermKey() {
    }

    public static String of(String name) {
        String known = KEYS.get(name);
        if (known != null) {
            return known;
        }
        String key = compute(name);
        if (KEYS.size() >= MAX_REMEMBERED) {
            KEYS.clear(); // a long preview session never holds more than this many names
        }
        KEYS.put(name, key);
        return key;
    }

    private static String compute(String name) {
        // A loop rather than regular expressions: this runs for every name on every page.
        String ascii = isAscii(name) ? name : Slugs.ascii(name);
        StringBuilder key = new StringBuilder(ascii.length());
        boolean space = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c == '&') {
                space = key.length() > 0;
                appendWord(key, "and", space);
                space = true;
            } else if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(c);
            } else {
                space = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static void appendWord(StringBuilder key, String word, boolean space) {
        if (space) {
            key.append(' ');
        }
        key.append(word);
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
