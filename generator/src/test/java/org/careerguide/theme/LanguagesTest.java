package org.careerguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels from message bundles: a German site has no English label left; plurals; overrides; missing keys. */
class LanguagesTest {

    private static final Path MESSAGES = TestSites.repoRoot().resolve("themes/default/messages");

    /** First folders of the pages the generator makes on its own (their headings are labels). */
    private static final Set<String> GENERATED_SECTIONS = Set.of("roles", "skills", "employers", "sectors", "families",
            "titles", "paths", "compare", "a-z");

    @TempDir
    Path dir;

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("en").stringPropertyNames()), new TreeSet<>(bundle("de").stringPropertyNames()));
    }

    /**
     * The English texts a German page must not show: each label formatted with 1 and 2 (both
     * plural forms), cut at its values. Phrases of two or more words may not appear anywhere in
     * a page; single words not as the whole text of an element (the example's content is English,
     * so a word like "Skills" may well appear inside a sentence of it).
     */
    private static Set<String> englishLabels() throws IOException {
        Properties english = bundle("en");
        Set<String> texts = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            for (int n = 1; n <= 2; n++) {
                MessageFormat format = new MessageFormat(english.getProperty(key), Locale.ENGLISH);
                // Numbers where the pattern formats a number (plurals, counts), a cut elsewhere.
                java.text.Format[] kinds = format.getFormatsByArgumentIndex();
                Object[] values = new Object[Math.max(4, kinds.length)];
                for (int i = 0; i < values.length; i++) {
                    java.text.Format kind = i < kinds.length ? kinds[i] : null;
                    values[i] = kind instanceof java.text.NumberFormat ? (Object) n
                            : kind instanceof java.text.DateFormat ? new java.util.Date(0) : "\u0000";
                }
                String text;
                try {
                    text = format.format(values);
                } catch (IllegalArgumentException numberInsideAChoice) {
                    // A number used only inside a plural's text: numbers throughout (digits are cuts too).
                    java.util.Arrays.fill(values, n);
                    text = format.format(values);
                }
                for (String part : text.split("[\\u0000\\d:.;,·()]+")) {
                    if (part.strip().length() >= 3) {
                        texts.add(part.strip());
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void theExampleGuideInGermanHasNoEnglishLabelLeft() throws IOException {
        Path project = TestSites.copyTree(TestSites.exampleContent(), dir.resolve("de"));
        Path siteYaml = project.resolve("site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("(?m)^language: .*$", "language: de-AT"));
        Path out = dir.resolve("site");
        GenerationReport report = TestSites.build(project, out);
        assertTrue(report.success(), report.problems()::toString);
        Set<String> english = englishLabels();
        List<String> found = new ArrayList<>();
        List<String> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(file -> file.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
        assertTrue(pages.size() > 100, "every page of the example: " + pages.size());
        for (String file : pages) {
            Document page = TestSites.parse(Path.of(file));
            assertEquals("de-AT", page.selectFirst("html").attr("lang"), file);
            // Phrases are looked for outside the guide's own (English) content: titles, summaries, prose.
            // (The list items of responsibilities and next steps are content too; so is the site title.)
            // The heading and lede of a page about one role, term or free page are content; those of the
            // generator's own pages (A–Z, paths, compare, indexes) are labels and are looked at.
            Document labelsOnly = page.clone();
            labelsOnly.select("title, .brand, .prose, .summary, .page, .checklist, .steps").remove();
            String path = out.relativize(Path.of(file)).toString().replace('\\', '/');
            if (path.equals("index.html") || path.matches("(roles|skills|employers|sectors|families|titles)/[^/]+/.*")
                    && !path.startsWith("roles/index.html") || path.matches("[^/]+/index.html")
                    && !GENERATED_SECTIONS.contains(path.substring(0, path.indexOf('/')))) {
                labelsOnly.select("h1, .lede").remove();
            }
            // The site's title is content (the example's is English).
            String siteTitle = page.selectFirst(".brand").text();
            String text = labelsOnly.text().replace(siteTitle, "");
            for (String label : english) {
                if (label.contains(" ") && text.contains(label)) {
                    found.add(out.relativize(Path.of(file)) + ": \"" + label + "\"");
                }
            }
            for (Element element : labelsOnly.getAllElements()) {
                List<String> values = new ArrayList<>(List.of(element.ownText().strip(), element.attr("aria-label"),
                        element.attr("title"), element.attr("placeholder")));
                // The texts the search and compare scripts show, handed to them in data attributes.
                values.addAll(element.dataset().values());
                for (String value : values) {
                    if (english.contains(value)) {
                        found.add(out.relativize(Path.of(file)) + ": <" + element.tagName() + "> \"" + value + "\"");
                    }
                }
                // Attribute texts (not in the page's text above) are searched for phrases too.
                for (String attribute : values.subList(1, values.size())) {
                    String value = attribute.replace(siteTitle, "");
                    english.stream().filter(label -> label.contains(" ") && value.contains(label)).forEach(label ->
                            found.add(out.relativize(Path.of(file)) + ": <" + element.tagName() + " …=\"" + label + "\">"));
                }
            }
        }
        assertEquals(List.of(), found.stream().distinct().toList());
    }

    @Test
    void pluralsNumbersAndDatesFollowTheLanguage() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "skills: [Design]\nupdated: 2026-03-01\n",
                "b", MinimalSite.role("B") + "skills: [Design, Writing]\n");
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        Document skills = TestSites.parse(out.resolve("skills/index.html"));
        assertEquals(List.of("2 roles", "1 role"), skills.select(".term-index .count").eachText());
        assertEquals("Updated March 1, 2026", TestSites.parse(out.resolve("roles/a/index.html")).selectFirst(".updated time").text());
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\nlanguage: de\n");
        assertTrue(TestSites.build(project, out).success());
        skills = TestSites.parse(out.resolve("skills/index.html"));
        assertEquals(List.of("2 Rollen", "1 Rolle"), skills.select(".term-index .count").eachText());
        assertEquals("Aktualisiert am 1. März 2026",
                TestSites.parse(out.resolve("roles/a/index.html")).selectFirst(".updated time").text());
    }

    @Test
    void aProjectOverridesSingleLabelsAndAMissingLabelNamesKeyLanguageAndTemplate() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + "responsibilities: [Design]\nskills: [Design]\n");
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\nlanguage: fr-CA\n");
        TestSites.write(project.resolve("messages/messages_en.properties"), "role.responsibilities=What you do\n");
        Path out = dir.resolve("out");
        assertTrue(TestSites.build(project, out).success());
        Document role = TestSites.parse(out.resolve("roles/a/index.html"));
        assertEquals("fr-CA", role.selectFirst("html").attr("lang"), "the page keeps the site's language");
        assertEquals("What you do", role.selectFirst("#responsibilities-h").text(), "no French bundle: English, overridden");
        assertEquals("Top Skills for Success", role.selectFirst("#skills-h").text());
        TestSites.write(project.resolve("templates/404.ftlh"), "<p>${msg(\"no.such.label\")}</p>");
        GenerationReport report = TestSites.build(project, out);
        assertFalse(report.success());
        assertEquals(List.of("guide/templates/404.ftlh:1:4: error: missing label 'no.such.label' for language 'en':"
                + " add it to messages_en.properties of the theme or the project (rendering 404.html)"), errors(report));
    }

    @Test
    void aBundleWithoutTheLabelsTheGeneratorWritesFailsTheBuildNamingThem() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A"));
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\nlanguage: fr\ntheme: mine\n");
        TestSites.write(project.resolve("themes/mine/theme.yaml"), "extends: default\n");
        TestSites.write(project.resolve("themes/mine/messages/messages_fr.properties"), "crumb.home=Accueil\n");
        GenerationReport report = TestSites.build(project, dir.resolve("out"));
        List<String> errors = errors(report);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("guide/themes/mine/messages: error: missing labels 'section.roles', "),
                errors.get(0));
        assertTrue(errors.get(0).contains("'chart.rangeOpen', ") && errors.get(0).contains("for language 'fr'")
                && !errors.get(0).contains("crumb.home"),
                errors.get(0));
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    private static List<String> errors(GenerationReport report) {
        return report.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }
}
