package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.careerguide.GenerationReport;
import org.careerguide.testing.TestSites;
import org.careerguide.testing.UpdateMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate 6: the pages of a small fixture guide (src/test/resources/sites/golden/) are compared with
 * committed copies (src/test/resources/golden-pages/), pretty-printed by jsoup so that the diff
 * is readable. Any change in the generated HTML fails here and shows in review as a diff of those
 * files. To accept a change on purpose, regenerate them and commit the diff:
 *
 * <pre>mvn -pl generator test -Dtest=GoldenPagesTest -Dcareerguide.updateGolden=true</pre>
 */
class GoldenPagesTest {

    static final String UPDATE_PROPERTY = "careerguide.updateGolden";
    static final String UPDATE_COMMAND = "mvn -pl generator test -Dtest=GoldenPagesTest -D" + UPDATE_PROPERTY + "=true";
    private static final int CONTEXT_LINES = 3;

    @TempDir
    Path temp;

    static Path goldenFolder() {
        return TestSites.repoRoot().resolve("generator/src/test/resources/golden-pages");
    }

    /**
     * The page as compared: jsoup's pretty print, one space per level; the generator's version and
     * the fingerprints of theme assets left out (they change with every stylesheet edit; ThemeChainTest
     * covers them).
     */
    static String normalize(String html) {
        Document document = Jsoup.parse(html);
        document.select("meta[name=generator]").attr("content", "careerguide");
        for (org.jsoup.nodes.Element element : document.select("link[href*=assets/], script[src*=assets/]")) {
            String attribute = element.hasAttr("src") ? "src" : "href";
            element.attr(attribute, element.attr(attribute).replaceAll("\\.[0-9a-f]{10}\\.", ".HASH."));
        }
        document.outputSettings().prettyPrint(true).indentAmount(1).outline(false);
        return document.outerHtml().strip() + "\n";
    }

    @Test
    void generatedPagesMatchTheCommittedCopies() throws IOException {
        Path project = TestSites.copyFixture("golden", temp);
        GenerationReport report = TestSites.build(project, temp.resolve("site"));
        assertTrue(report.success(), () -> "the golden fixture must build: " + report.problems());
        Map<String, String> actual = htmlPages(temp.resolve("site"), true);
        if (UpdateMode.requested(UPDATE_PROPERTY)) {
            update(actual);
            UpdateMode.rewrote(actual.size() + " golden pages");
        }
        Map<String, String> expected = htmlPages(goldenFolder(), false);
        List<String> differences = new ArrayList<>();
        for (String page : union(expected, actual)) {
            if (!expected.containsKey(page)) {
                differences.add(page + ": new page, no committed copy");
            } else if (!actual.containsKey(page)) {
                differences.add(page + ": committed copy, but the page is no longer generated");
            } else if (!expected.get(page).equals(actual.get(page))) {
                differences.add(page + ": " + firstDifference(expected.get(page), actual.get(page)));
            }
        }
        if (!differences.isEmpty()) {
            fail("generated pages differ from src/test/resources/golden-pages/ (if the change is intended, run `"
                    + UPDATE_COMMAND + "` and commit the diff):\n" + String.join("\n", differences));
        }
    }

    private static void update(Map<String, String> actual) throws IOException {
        Path folder = goldenFolder();
        for (String stale : htmlPages(folder, false).keySet()) {
            Files.delete(folder.resolve(stale));
        }
        for (Map.Entry<String, String> page : actual.entrySet()) {
            Path file = folder.resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Every .html file under {@code root}, by relative path; normalized when read from a fresh build. */
    private static Map<String, String> htmlPages(Path root, boolean normalize) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return pages;
        }
        for (String page : ExampleSite.htmlPages(root)) {
            String html = Files.readString(root.resolve(page), StandardCharsets.UTF_8);
            pages.put(page, normalize ? normalize(html) : html);
        }
        return pages;
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /** The first differing line with a few lines of context, in unified-diff style. */
    static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        StringBuilder text = new StringBuilder("differs from line " + (line + 1) + "\n");
        for (int i = Math.max(0, line - CONTEXT_LINES); i < line; i++) {
            text.append("    ").append(want.get(i)).append('\n');
        }
        for (int i = line; i < Math.min(want.size(), line + CONTEXT_LINES); i++) {
            text.append("  - ").append(want.get(i)).append('\n');
        }
        for (int i = line; i < Math.min(got.size(), line + CONTEXT_LINES); i++) {
            text.append("  + ").append(got.get(i)).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
