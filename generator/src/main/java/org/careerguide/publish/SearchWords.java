package org.careerguide.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the search index cuts each text into ({@link SearchTokens}), kept from one index to the next
 * by a process that indexes the same guide again after every edit (the preview server): after editing
 * one role, the texts of all the others are the same, and cutting them again (normalising, lowercasing,
 * splitting) was most of the index's cost. Only the texts of the last index are kept, so what an edit
 * removed is dropped. A build indexes once and keeps nothing ({@link #none}).
 * Used by one index at a time.
 */
public final class SearchWords {

    private final boolean keeps;
    private Map<String, List<String>> last = Map.of();
    private Map<String, List<String>> current = new HashMap<>();

    private SearchWords(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps each index's words for the next one. */
    public static SearchWords keeping() {
        return new SearchWords(true);
    }

    /** Keeps nothing: every text is cut when indexed (what a build does). */
    public static SearchWords none() {
        return new SearchWords(false);
    }

    /** Before an index: the words of the one before it are what this one may take over. */
    void start() {
        if (keeps) {
            last = current;
            current = new HashMap<>();
        }
    }

    /** The words of {@code text}, as {@link SearchTokens#of} cuts them (the same list for the same text). */
    List<String> of(String text) {
        if (!keeps) {
            return SearchTokens.of(text);
        }
        List<String> words = current.get(text);
        if (words == null) {
            words = last.get(text);
            if (words == null) {
                words = List.copyOf(SearchTokens.of(text));
            }
            current.put(text, words);
        }
        return words;
    }
}
