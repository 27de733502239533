package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.careerguide.testing.PaginatedGuide;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.xml.sax.SAXException;

/**
 * Gate 1: every page of the example site, and every golden page, is valid HTML for the Nu HTML
 * Checker (the W3C validator, embedded). Errors fail the build; warnings are listed in the test output.
 */
@Timeout(120)
class HtmlValidityTest {

    /** One GNU-format message: {@code :line.col-line.col: error: text} (the source name is empty). */
    private static final Pattern MESSAGE = Pattern.compile("^[^:]*:(\\d+\\.\\d+)(?:-[\\d.]+)?: ([a-z ]+): (.*)$");

    /** One validator for the whole class: its first use loads the schemas, which takes seconds. */
    private static EmbeddedValidator validator;

    record Message(String page, String at, String type, String text) {

        boolean isError() {
            return !type.equals("info warning") && !type.equals("info");
        }

        @Override
        public String toString() {
            return page + ":" + at + ": " + type + ": " + text;
        }
    }

    @BeforeAll
    static void createValidator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    }

    static List<Message> validate(String page, InputStream html) throws IOException, SAXException {
        List<Message> messages = new ArrayList<>();
        for (String line : validator.validate(html).split("\\R")) {
            Matcher matcher = MESSAGE.matcher(line);
            if (matcher.matches()) {
                messages.add(new Message(page, matcher.group(1), matcher.group(2), matcher.group(3)));
            } else if (!line.isBlank()) {
                messages.add(new Message(page, "0.0", "unparsed", line));
            }
        }
        return messages;
    }

    @Test
    void theValidatorReportsInvalidMarkup() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + "<p id=\"a\">x</p><p id=\"a\">y</p></span></body></html>";
        List<Message> messages = validate("bad.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = messages.stream().filter(Message::isError).map(Message::text).toList();
        assertTrue(errors.contains("Duplicate ID \u201ca\u201d."), messages::toString);
        assertTrue(errors.contains("Stray end tag \u201cspan\u201d."), messages::toString);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.careerguide.quality.ExampleSite#VARIANTS")
    void everyPageOfTheExampleSiteIsValidHtml(String variant) throws Exception {
        Path site = ExampleSite.variant(variant);
        assertValid("example site, " + variant, site, ExampleSite.htmlPages(site));
    }

    /** The golden fixture uses template branches the example does not (aligned tables, hourly salaries, ...). */
    @Test
    void everyGoldenPageIsValidHtml() throws Exception {
        Path golden = GoldenPagesTest.goldenFolder();
        assertValid("golden pages", golden, ExampleSite.htmlPages(golden));
    }

    /** A guide past 100 roles a list: home, term and family pages continue on page/2/ and on. */
    @Test
    void paginatedPagesAreValidHtml() throws Exception {
        Path dir = Path.of("target", "quality", "paginated").toAbsolutePath();
        Path site = dir.resolve("site");
        org.careerguide.GenerationReport report = TestSites.build(PaginatedGuide.write(dir, 230, 120), site);
        assertTrue(report.success(), report.problems().toString());
        List<String> pages = List.of("index.html", "page/2/index.html", "skills/shared/index.html",
                "skills/shared/page/2/index.html", "skills/shared/page/3/index.html", "families/data/page/2/index.html");
        assertValid("paginated pages", site, pages);
    }

    private static void assertValid(String name, Path root, List<String> pages) throws IOException, SAXException {
        assertFalse(pages.isEmpty());
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        for (String page : pages) {
            try (InputStream html = Files.newInputStream(root.resolve(page))) {
                for (Message message : validate(page, html)) {
                    (message.isError() ? errors : warnings).add(message);
                }
            }
        }
        System.out.printf("Nu HTML Checker, %s: %d pages, %d errors, %d warnings%n", name, pages.size(),
                errors.size(), warnings.size());
        warnings.forEach(warning -> System.out.println("  " + warning));
        errors.forEach(error -> System.out.println("  " + error));
        assertEquals(List.of(), errors.stream().map(Message::toString).toList());
    }
}
