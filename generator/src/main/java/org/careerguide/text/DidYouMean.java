package org.careerguide.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the closest of a set of known names to a misspelled one, for "did you mean" hints. A hint
 * that misleads is worse than none, so a name is suggested only when it is genuinely close: at most
 * one edit per five characters (three at most; a swap of two letters is one edit), and, for names
 * of several words, every word close to a word of the suggestion. "Data Scientists" is never
 * answered with "Animal Scientists", nor "Database Architects" with "Landscape Architects".
 */
public final class DidYouMean {

    private static final int MAX_EDITS = 3;

    private DidYouMean() {
    }

    /** The known name closest to {@code given}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String given, Collection<String> known) {
        String needle = normal(given);
        String[] needleWords = needle.split(" ");
        int allowed = allowedEdits(needle);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String other = normal(candidate);
            if (Math.abs(other.length() - needle.length()) > allowed) {
                continue;
            }
            int distance = distance(needle, other);
            boolean better = distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0);
            if (distance <= allowed && better && wordsClose(needleWords, other.split(" "))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean 'x'?)" or nothing. */
    public static String hint(String given, Collection<String> known) {
        return closest(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }

    /**
     * Like {@link #hint(String, Collection)} over names that stand for something else (a role's
     * aliases stand for the role): " (did you mean 'Cloud Architekt', an alias of 'Cloud Architect'?)".
     */
    public static String hint(String given, Map<String, String> knownNames, Function<String, String> describe) {
        return closest(given, knownNames.keySet())
                .map(name -> " (did you mean '" + name + "'" + describe.apply(name) + "?)").orElse("");
    }

    /** One edit per five characters, at least one and at most {@value #MAX_EDITS}. */
    static int allowedEdits(String name) {
        return Math.max(1, Math.min(MAX_EDITS, name.length() / 5));
    }

    /** Every word of the given name is a word of the candidate, or a typo of one. */
    private static boolean wordsClose(String[] given, String[] candidate) {
        for (String word : given) {
            boolean close = false;
            for (String other : candidate) {
                if (distance(word, other) <= Math.max(1, word.length() / 4)) {
                    close = true;
                    break;
                }
            }
            if (!close) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Edit distance where a swap of two neighbouring letters counts as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
