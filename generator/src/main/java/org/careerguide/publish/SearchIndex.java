package org.careerguide.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.JsonText;

/**
 * The search index, written at build time and split so that a query downloads only a little of it.
 * Words are grouped into shards by their first two letters ({@code search/t-da.js}); a shard
 * larger than {@link #SHARD_BYTES} is split again by one more letter ({@code t-dat.js} ...), and
 * then keeps only the words equal to its prefix and the title words, so that a short query still
 * finds titles. Role titles and links sit in chunks of {@link #CHUNK} roles ({@code r-0.js}), so
 * that showing results loads only the chunks of the roles shown. {@code index.js} names the split
 * prefixes. Every file is a script calling {@code cgSearch(kind, key, data)}, so the search also
 * works where a page cannot fetch files (a site opened from the file system).
 *
 * <p>Each posting is {@code id * 4 + field}: field 3 a title word, 2 an alias word, 1 a skill word,
 * 0 a summary or family word; the search ranks by field, so title beats alias beats skill beats summary.
 */
final class SearchIndex {

    static final String FOLDER = "search/";
    static final int SHARD_BYTES = 32_000;
    static final int CHUNK = 64;
    static final int TITLE = 3;
    static final int ALIAS = 2;
    static final int SKILL = 1;
    static final int SUMMARY = 0;

    /** What the index needs of one role, its texts as the page shows them. */
    record Entry(String slug, String title, List<String> aliases, List<String> skills, String family,
                 String summary) {
    }

    private SearchIndex() {
    }

    /**
     * The index files of {@code entries}, which must be sorted as results should be listed on a tie (by title),
     * cutting texts into words through {@code words} (kept between indexes by the preview; none in a build).
     */
    static List<GeneratedFile> files(List<Entry> entries, SearchWords words) {
        words.start();
        SortedMap<String, Postings> postings = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int id = i;
            add(postings, words, id, TITLE, entry.title());
            entry.aliases().forEach(alias -> add(postings, words, id, ALIAS, alias));
            entry.skills().forEach(skill -> add(postings, words, id, SKILL, skill));
            add(postings, words, id, SUMMARY, entry.family());
            add(postings, words, id, SUMMARY, entry.summary());
        }
        List<GeneratedFile> files = new ArrayList<>();
        List<String> split = new ArrayList<>();
        Map<String, SortedMap<String, Postings>> byPrefix = group(postings, 2);
        byPrefix.forEach((prefix, group) -> shard(prefix, group, files, split));
        for (int start = 0; start < entries.size(); start += CHUNK) {
            List<List<String>> chunk = entries.subList(start, Math.min(entries.size(), start + CHUNK)).stream()
                    .map(entry -> List.of(entry.slug(), entry.title(), entry.family() == null ? "" : entry.family()))
                    .toList();
            files.add(script("r", String.valueOf(start / CHUNK), chunk));
        }
        // A LinkedHashMap, not Map.of: its order varies between JVMs, and builds must be byte for byte the same.
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("split", split);
        meta.put("chunk", CHUNK);
        meta.put("count", entries.size());
        files.add(script("m", "index", meta));
        return files;
    }

    private static void add(SortedMap<String, Postings> postings, SearchWords words, int id, int field, String text) {
        if (text == null) {
            return;
        }
        for (String token : words.of(text)) {
            if (field == SUMMARY && SearchTokens.STOP_WORDS.contains(token)) {
                continue;
            }
            postings.computeIfAbsent(token, k -> new Postings()).add(id, field);
        }
    }

    private static void shard(String prefix, SortedMap<String, Postings> words,
                              List<GeneratedFile> files, List<String> split) {
        GeneratedFile whole = script("t", prefix, encode(words, field -> true));
        boolean longer = words.keySet().stream().anyMatch(word -> word.length() > prefix.length());
        if (whole.content().get().length <= SHARD_BYTES || !longer) {
            files.add(whole);
            return;
        }
        split.add(prefix);
        // The prefix's own file: the word that is the prefix itself, and title words for short queries.
        SortedMap<String, List<Integer>> head = new TreeMap<>();
        words.forEach((word, roles) -> {
            List<Integer> kept = word.equals(prefix) ? postings(roles, field -> true)
                    : postings(roles, field -> field == TITLE);
            if (!kept.isEmpty()) {
                head.put(word, kept);
            }
        });
        files.add(script("t", prefix, head));
        SortedMap<String, Postings> rest = new TreeMap<>(words);
        rest.remove(prefix);
        group(rest, prefix.length() + 1).forEach((longerPrefix, group) -> shard(longerPrefix, group, files, split));
    }

    private static Map<String, SortedMap<String, Postings>> group(
            SortedMap<String, Postings> words, int length) {
        Map<String, SortedMap<String, Postings>> groups = new TreeMap<>();
        words.forEach((word, roles) -> groups.computeIfAbsent(word.substring(0, Math.min(length, word.length())),
                k -> new TreeMap<>()).put(word, roles));
        return groups;
    }

    private static SortedMap<String, List<Integer>> encode(SortedMap<String, Postings> words,
                                                          java.util.function.IntPredicate fields) {
        SortedMap<String, List<Integer>> encoded = new TreeMap<>();
        words.forEach((word, roles) -> encoded.put(word, postings(roles, fields)));
        return encoded;
    }

    private static List<Integer> postings(Postings roles, java.util.function.IntPredicate fields) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < roles.size; i++) {
            int posting = roles.postings[i];
            if (fields.test(posting & 3)) {
                list.add(posting);
            }
        }
        return list;
    }

    /**
     * The roles a word is found in, each once as {@code id * 4 + field} with its best field, by id.
     * Ids come in ascending order, so a role met again is the last one: plain ints, not a map of
     * boxed ones, since an index of 100,000 roles holds millions of them while it is built.
     */
    private static final class Postings {
        private int[] postings = new int[4];
        private int size;

        void add(int id, int field) {
            if (size > 0 && postings[size - 1] >> 2 == id) {
                postings[size - 1] = id * 4 + Math.max(field, postings[size - 1] & 3);
                return;
            }
            if (size == postings.length) {
                postings = java.util.Arrays.copyOf(postings, size * 2);
            }
            postings[size++] = id * 4 + field;
        }
    }

    private static GeneratedFile script(String kind, String key, Object data) {
        String name = kind.equals("m") ? "index.js" : kind + "-" + key + ".js";
        byte[] bytes = ("cgSearch(" + JsonText.compact(kind) + "," + JsonText.compact(key) + ","
                + JsonText.compact(data) + ");\n").getBytes(StandardCharsets.UTF_8);
        return new GeneratedFile(FOLDER + name, () -> bytes);
    }

}
