package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * The one rule for Markdown nested deeper than the limit, wherever it is shown: an error at the
 * line where the limit is passed, and nothing in its place (not the source, not a missing value).
 */
class MarkdownTooDeepTest {

    private static final int LIMIT = 5;
    private final Markdown markdown = new Markdown(false, LIMIT);

    /** Quotes nested {@code depth} deep, starting on line {@code startLine} of the text. */
    private static String quotes(int startLine, int depth) {
        return "Intro.\n\n".repeat(Math.max(0, (startLine - 1) / 2)) + ">".repeat(depth) + " deep\n";
    }

    private static List<String> errors(Problems problems) {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aYamlFieldIsReportedAtTheFieldAndShowsNothing() {
        Problems problems = new Problems();
        SourcePosition field = new SourcePosition("roles/r.yaml", 4, 10);
        String text = quotes(1, 50);
        Object html = markdown.pageHtml(() -> markdown.block(text, ""), field, 0, problems);
        assertEquals("", markupOf(html));
        assertEquals(List.of("roles/r.yaml:4:10: error: Markdown is nested more than 5 levels deep (quotes, lists"
                + " or emphasis); flatten it"), errors(problems));
    }

    @Test
    void aMarkdownFileIsReportedAtTheLineOfTheFileWhereTheLimitIsPassed() {
        Problems problems = new Problems();
        // The page's Markdown starts on line 4 (after front matter); the deep quote is its line 5.
        String text = quotes(5, 50);
        Object html = markdown.pageHtml(() -> markdown.block(text, ""), SourcePosition.ofFile("pages/about.md"), 4,
                problems);
        assertEquals("", markupOf(html));
        assertEquals(List.of("pages/about.md:8:1: error: Markdown is nested more than 5 levels deep (quotes, lists"
                + " or emphasis); flatten it"), errors(problems));
    }

    @Test
    void markdownWithinTheLimitRendersAndReportsNothing() {
        Problems problems = new Problems();
        Object html = markdown.pageHtml(() -> markdown.block(quotes(1, 2), ""),
                new SourcePosition("roles/r.yaml", 4, 10), 0, problems);
        assertEquals(List.of(), errors(problems));
        assertEquals(2, markupOf(html).split("<blockquote>", -1).length - 1);
    }

    @Test
    void plainTextOfTooDeepMarkdownIsNothingToo() {
        assertEquals("", markdown.plainText(quotes(1, 50)));
        assertEquals("Intro. deep", markdown.plainText(quotes(3, 2)));
    }

    private static String markupOf(Object html) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) html);
        } catch (TemplateModelException e) {
            throw new AssertionError(e);
        }
    }
}
