package org.careerguide.publish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the search index and the search script cut text into words: lowercase, accents dropped,
 * split at anything not a letter or digit, words of one character left out. The script in
 * {@code assets/search.js} does the same to what the reader types; the two must agree.
 */
final class SearchTokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Words too common in summaries to help find a role; kept when they are part of a title. */
    static final Set<String> STOP_WORDS = Set.of("an", "and", "are", "as", "at", "be", "by", "for", "from", "in",
            "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "who", "with");

    private SearchTokens() {
    }

    static List<String> of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.split(folded)) {
            if (token.length() > 1) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
