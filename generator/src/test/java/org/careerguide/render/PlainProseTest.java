package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.careerguide.model.RenderLimits;
import org.careerguide.testing.OnetGuide;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The plain-prose shortcut gives exactly what the full Markdown path gives (HTML inline and as a
 * block, and the plain text of meta descriptions and JSON-LD), on real sentences and on random
 * strings full of Markdown's special characters; and it does not take text that has markup.
 */
class PlainProseTest {

    private final Markdown markdown = new Markdown(false, RenderLimits.DEFAULT.maxMarkdownDepth());

    @Test
    void givesWhatTheFullPathGivesOnRealText() throws IOException {
        List<String> texts = new ArrayList<>(exampleGuideTexts());
        Optional<Path> onet = OnetGuide.dataDir();
        if (onet.isPresent()) {
            texts.addAll(onetTasks(onet.get()));
        }
        int plain = 0;
        for (String text : texts) {
            plain += sameBothWays(text) ? 1 : 0;
        }
        // Most real sentences are plain prose: the shortcut must actually be taken.
        assertTrue(plain > texts.size() / 2, plain + " of " + texts.size() + " texts took the shortcut");
    }

    @Test
    void givesWhatTheFullPathGivesOnRandomStrings() {
        String alphabet = "ab Z9.,;'\"()-+=*_`#>|~!@:/\\[]<>&\t\u00a0\u2003é数\n01234 www.";
        Random random = new Random(20261203);
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            plain += sameBothWays(text.toString()) ? 1 : 0;
        }
        assertTrue(plain > 100, plain + " random strings took the shortcut");
    }

    @Test
    void leavesMarkupToTheParser() {
        for (String text : List.of("**bold**", "a [link](x)", "1. first", "- item", "> quote", "# heading",
                "see https://example.org", "mail me@example.org", "www.example.org", "a & b", "a <b>",
                "x\ny", " leading", "trailing ", "a\u00a0b", "tab\there", "a ~~b~~", "a | b", "`code`",
                "escaped \\*")) {
            assertFalse(PlainProse.is(text), text);
        }
        assertTrue(PlainProse.is("Design \"resilient\" systems (on-premises and cloud); 24/7 support."));
    }

    /** Whether the text took the shortcut; either way, asserts that both paths agree. */
    private boolean sameBothWays(String text) {
        boolean plain = PlainProse.is(text);
        if (plain) {
            assertEquals(markdown.renderParsed(text, "", true, node -> { }), markdown.inline(text, "", node -> { }), text);
            assertEquals(markdown.renderParsed(text, "", false, node -> { }), markdown.block(text, ""), text);
            assertEquals(markdown.plainTextParsed(text), markdown.plainText(text), text);
        }
        return plain;
    }

    /** Every string of the example guide's roles: summaries, responsibilities, skills, gaps, steps. */
    private static List<String> exampleGuideTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestSites.repoRoot().resolve("content/roles"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                strings(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)), texts);
            }
        }
        assertTrue(texts.size() > 200, "example texts: " + texts.size());
        return texts;
    }

    private static void strings(Object value, List<String> into) {
        if (value instanceof String text) {
            into.add(text.strip());
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> strings(item, into));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> strings(item, into));
        }
    }

    /** The task statements of the O*NET occupations (18,796 real sentences). */
    private static List<String> onetTasks(Path dir) throws IOException {
        List<String> tasks = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("onet_tasks.tsv.gz"))), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                tasks.add(line.split("\t")[2]);
            }
        }
        return tasks;
    }
}
