package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.careerguide.model.RenderLimits;

/**
 * Fuzzes Markdown rendering: any text renders, or is refused as nested too deeply; never another
 * exception, never a stack overflow, and never live script or a {@code javascript:} link (raw HTML
 * is escaped by default). Plain {@code mvn verify} replays {@code MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {

    private final Markdown markdown = new Markdown(false, RenderLimits.DEFAULT.maxMarkdownDepth());

    @FuzzTest(maxDuration = "10m")
    void markdownNeverCrashes(FuzzedDataProvider data) {
        boolean inline = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        String html;
        try {
            html = inline ? markdown.inline(text, "../../", parsed -> { }) : markdown.block(text, "../../");
        } catch (Markdown.MarkdownTooDeepException refused) {
            return;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.matches("(?s).*(href|src)=\"\\s*(javascript|vbscript|data):.*"), html);
    }
}
