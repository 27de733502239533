package org.careerguide.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview's words are those of {@link SearchTokens}, taken over from the last index only. */
class SearchWordsTest {

    private static final String TEXT = "Plans the Café's data pipelines, and reviews them.";

    @Test
    void wordsAreTheTokensAndTheLastIndexsWordsAreTakenOver() {
        SearchWords words = SearchWords.keeping();
        words.start();
        List<String> first = words.of(TEXT);
        assertEquals(SearchTokens.of(TEXT), first);
        assertEquals(List.of("plans", "the", "cafe", "data", "pipelines", "and", "reviews", "them"), first);
        words.start();
        assertSame(first, words.of(TEXT), "taken over from the index before");
        words.start();
        words.start();
        List<String> again = words.of(TEXT);
        assertNotSame(first, again, "an index that did not use the text dropped it");
        assertEquals(first, again);
    }

    @Test
    void aBuildKeepsNothing() {
        SearchWords words = SearchWords.none();
        words.start();
        List<String> first = words.of(TEXT);
        words.start();
        assertNotSame(first, words.of(TEXT));
        assertEquals(first, words.of(TEXT));
    }
}
