package org.careerguide.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.careerguide.render.GeneratedFile;
import org.junit.jupiter.api.Test;

/**
 * The search index's word shards list, for every word, each role once with the best field it is
 * found in (title over alias over skill over summary), by role: checked against a plain map of maps.
 */
class SearchIndexTest {

    private static final List<String> WORDS = List.of("data", "analyst", "engineer", "cloud", "sql", "lead",
            "nurse", "care", "the", "of", "design", "ops", "data-ops", "Émile");

    private static String words(Random random, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", picked);
    }

    private static List<SearchIndex.Entry> entries(int count) {
        Random random = new Random(7);
        List<SearchIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new SearchIndex.Entry("r" + i, words(random, 2), List.of(words(random, 2)),
                    List.of(words(random, 1), words(random, 2)), random.nextBoolean() ? null : words(random, 1),
                    words(random, 6)));
        }
        return entries;
    }

    /** What the index must say: word to id to best field, as a map of maps. */
    private static Map<String, TreeMap<Integer, Integer>> expected(List<SearchIndex.Entry> entries) {
        Map<String, TreeMap<Integer, Integer>> postings = new TreeMap<>();
        for (int id = 0; id < entries.size(); id++) {
            SearchIndex.Entry entry = entries.get(id);
            add(postings, id, SearchIndex.TITLE, entry.title());
            for (String alias : entry.aliases()) {
                add(postings, id, SearchIndex.ALIAS, alias);
            }
            for (String skill : entry.skills()) {
                add(postings, id, SearchIndex.SKILL, skill);
            }
            add(postings, id, SearchIndex.SUMMARY, entry.family());
            add(postings, id, SearchIndex.SUMMARY, entry.summary());
        }
        return postings;
    }

    private static void add(Map<String, TreeMap<Integer, Integer>> postings, int id, int field, String text) {
        if (text == null) {
            return;
        }
        for (String token : SearchTokens.of(text)) {
            if (field != SearchIndex.SUMMARY || !SearchTokens.STOP_WORDS.contains(token)) {
                postings.computeIfAbsent(token, k -> new TreeMap<>()).merge(id, field, Math::max);
            }
        }
    }

    @Test
    void everyWordListsEachRoleOnceWithItsBestField() throws Exception {
        List<SearchIndex.Entry> entries = entries(150);
        Map<String, List<Integer>> found = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (GeneratedFile file : SearchIndex.files(entries, SearchWords.none())) {
            String script = new String(file.content().get(), StandardCharsets.UTF_8);
            if (!file.outputPath().startsWith(SearchIndex.FOLDER + "t-")) {
                continue;
            }
            JsonNode call = json.readTree("[" + script.substring("cgSearch(".length(), script.lastIndexOf(");")) + "]");
            call.get(2).fields().forEachRemaining(word -> {
                List<Integer> ids = new ArrayList<>();
                word.getValue().forEach(posting -> ids.add(posting.asInt()));
                found.put(word.getKey(), ids);
            });
        }
        Map<String, List<Integer>> wanted = new TreeMap<>();
        expected(entries).forEach((word, roles) -> {
            List<Integer> ids = new ArrayList<>();
            roles.forEach((id, field) -> ids.add(id * 4 + field));
            wanted.put(word, ids);
        });
        assertFalse(wanted.isEmpty());
        assertEquals(wanted, found);
    }
}
