package org.careerguide.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with commonmark-java: GitHub tables, autolinks, strikethrough and heading
 * anchors. By default raw HTML is escaped and only http, https and mailto links survive
 * ({@code javascript:}, {@code vbscript:} and {@code data:} become empty), because commonmark's
 * own sanitizer lets {@code data:} through. Site links written root-relative ({@code /roles/x/})
 * become relative to the page they appear on, so the site works under any path.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final boolean unsafeHtml;
    private final Map<String, HtmlRenderer[]> renderersByRoot = new ConcurrentHashMap<>();

    /** @param unsafeHtml pass raw HTML through (site.yaml {@code unsafe_html: true}) */
    public Markdown(boolean unsafeHtml) {
        this.unsafeHtml = unsafeHtml;
    }

    /** Block Markdown (paragraphs, lists, headings, tables) for a page whose way to the site root is {@code root}. */
    public String block(String markdown, String root) {
        return render(markdown, root, false);
    }

    /** Inline Markdown (one paragraph, rendered without the {@code <p>}) for a list item or a heading. */
    public String inline(String markdown, String root) {
        return render(markdown, root, true);
    }

    private String render(String markdown, String root, boolean inline) {
        Node document = parser.parse(markdown);
        try {
            return renderers(root)[inline ? 1 : 0].render(document).strip();
        } catch (StackOverflowError e) {
            // The renderer recurses per nesting level; hostile input (thousands of '>') ends here.
            throw new MarkdownTooDeepException();
        }
    }

    private HtmlRenderer[] renderers(String root) {
        return renderersByRoot.computeIfAbsent(root, r -> new HtmlRenderer[] {renderer(r, false), renderer(r, true)});
    }

    private HtmlRenderer renderer(String root, boolean omitParagraph) {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(!unsafeHtml)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .omitSingleParagraphP(omitParagraph)
                .attributeProviderFactory(context -> new SiteLinkRewriter(root))
                .attributeProviderFactory(context -> new TableCellAlignment())
                .build();
    }

    /** Markdown nested too deeply to render. */
    public static final class MarkdownTooDeepException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MarkdownTooDeepException() {
            super("Markdown is nested too deeply to render");
        }
    }
}
