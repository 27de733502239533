package org.careerguide.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
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

    private static final int PARSER_GUARD_FACTOR = 10;
    static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final boolean unsafeHtml;
    private final int maxDepth;
    private final String tableName;
    private final Map<String, HtmlRenderer[]> renderersByRoot = new ConcurrentHashMap<>();

    /**
     * @param unsafeHtml pass raw HTML through (site.yaml {@code unsafe_html: true})
     * @param maxDepth   deepest nesting of blocks and inlines accepted
     */
    public Markdown(boolean unsafeHtml, int maxDepth) {
        this(unsafeHtml, maxDepth, "Table");
    }

    /**
     * As above; {@code tableName} is the accessible name of the box a table scrolls in, in the
     * site's language (label {@code frame.table}).
     */
    public Markdown(boolean unsafeHtml, int maxDepth, String tableName) {
        this.unsafeHtml = unsafeHtml;
        this.maxDepth = maxDepth;
        this.tableName = tableName;
    }

    /** Block Markdown (paragraphs, lists, headings, tables) for a page whose way to the site root is {@code root}. */
    public String block(String markdown, String root) {
        return render(markdown, root, false, document -> { });
    }

    /**
     * Block Markdown as {@link #block(String, String)}, handing the parsed tree to {@code parsed}
     * before it is rendered: the link check reads the same parse as the page.
     */
    public String block(String markdown, String root, Consumer<Node> parsed) {
        return render(markdown, root, false, parsed);
    }

    /**
     * Inline Markdown (one paragraph, rendered without the {@code <p>}) for a list item or a heading,
     * handing the parsed tree to {@code parsed} first (see {@link #block(String, String, Consumer)}).
     */
    public String inline(String markdown, String root, Consumer<Node> parsed) {
        return render(markdown, root, true, parsed);
    }

    /**
     * The text a reader sees of a Markdown text, without markup: for meta descriptions, JSON-LD,
     * the feed and the search index, so that each says exactly what the page shows. Markdown
     * nested too deeply is nothing here, as on the page ({@link #pageHtml}), which reports it.
     */
    public String plainText(String markdown) {
        if (PlainProse.is(markdown)) {
            return PlainProse.words(markdown);
        }
        try {
            return plainTextParsed(markdown);
        } catch (MarkdownTooDeepException e) {
            return "";
        }
    }

    /**
     * Markdown that {@code render} renders for a page, under the one rule for Markdown nested
     * deeper than the limit, wherever a page shows it: an error at the line where the limit is
     * passed, and nothing in its place. Not the source text (thousands of markers help no reader,
     * and the point of the limit is that nothing of it is processed further) and not a missing
     * value (a template testing for it would add a second, misleading error). The error fails the
     * build, so the empty place is seen only in the preview, under the error.
     *
     * @param source    a YAML field's position, or the Markdown file
     * @param firstLine for a Markdown file, the file's line where its Markdown starts (after any
     *                  front matter); 0 for a YAML field, whose own position is the error's
     */
    TemplateHTMLOutputModel pageHtml(Supplier<String> render, SourcePosition source, int firstLine,
                                     Problems problems) {
        try {
            return Html.of(render.get());
        } catch (MarkdownTooDeepException e) {
            problems.error(firstLine == 0 ? source
                    : new SourcePosition(source.file(), firstLine + Math.max(e.line(), 1) - 1, 1), e.getMessage());
            return Html.of("");
        }
    }

    /** The text of a Markdown text through the full path: render, then read the HTML's text. */
    String plainTextParsed(String markdown) {
        return org.jsoup.Jsoup.parseBodyFragment(renderParsed(markdown, "", false, document -> { })).text();
    }

    /** The parsed tree of a Markdown text (also used to check its site links). */
    public Node parse(String markdown) {
        // Refused before parsing: commonmark needs seconds (and much stack) for thousands of nested
        // markers. Below ten times the limit parsing is quick, and the tree check finds the exact line.
        int suspect = MarkdownDepth.suspectLine(markdown, PARSER_GUARD_FACTOR * maxDepth);
        if (suspect > 0) {
            throw new MarkdownTooDeepException(suspect, maxDepth);
        }
        try {
            return parser.parse(markdown);
        } catch (StackOverflowError e) {
            // Thousands of nested quotes can exhaust the parser's stack before the depth check runs.
            throw new MarkdownTooDeepException(MarkdownDepth.suspectLine(markdown, maxDepth), maxDepth);
        }
    }

    private String render(String markdown, String root, boolean inline, Consumer<Node> parsed) {
        if (PlainProse.is(markdown)) {
            // No markup, so no links for the link check either: the same HTML without a parse.
            String html = PlainProse.html(markdown);
            return inline ? html : "<p>" + html + "</p>";
        }
        return renderParsed(markdown, root, inline, parsed);
    }

    /** Renders through commonmark whatever the text: what {@link PlainProse} shortcuts must equal. */
    String renderParsed(String markdown, String root, boolean inline, Consumer<Node> parsed) {
        Node document = parse(markdown);
        Node tooDeep = MarkdownDepth.firstBeyond(document, maxDepth);
        if (tooDeep != null) {
            throw new MarkdownTooDeepException(MarkdownDepth.line(tooDeep), maxDepth);
        }
        parsed.accept(document);
        try {
            return renderers(root)[inline ? 1 : 0].render(document).strip();
        } catch (StackOverflowError e) {
            // The renderer recurses per nesting level; the depth check should have stopped this first.
            throw new MarkdownTooDeepException(0, maxDepth);
        }
    }

    private HtmlRenderer[] renderers(String root) {
        return renderersByRoot.computeIfAbsent(root, r -> new HtmlRenderer[] {renderer(r, false), renderer(r, true)});
    }

    private HtmlRenderer renderer(String root, boolean omitParagraph) {
        return HtmlRenderer.builder()
                // Added before the extensions: the first renderer of a node type wins.
                .nodeRendererFactory(context -> new TableScrollBox(context, tableName))
                .extensions(EXTENSIONS)
                .escapeHtml(!unsafeHtml)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .omitSingleParagraphP(omitParagraph)
                .attributeProviderFactory(context -> new SiteLinkRewriter(root))
                .attributeProviderFactory(context -> new TableCellAlignment())
                .build();
    }

    /** Markdown nested too deeply to render, and the line (within the text; 0 if unknown) where. */
    public static final class MarkdownTooDeepException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        MarkdownTooDeepException(int line, int limit) {
            super("Markdown is nested more than " + limit + " levels deep (quotes, lists or emphasis); flatten it");
            this.line = line;
        }

        /** The 1-based line within the Markdown text, or 0 when unknown. */
        public int line() {
            return line;
        }
    }
}
