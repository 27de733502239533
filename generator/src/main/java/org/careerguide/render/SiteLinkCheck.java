package org.careerguide.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import org.careerguide.text.DidYouMean;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Warns about Markdown links to site pages that the build does not produce. Authors write site
 * links root-relative ({@code /roles/cloud-architect/}, {@code /about/}); each is checked against
 * the planned pages and copied files, with a "did you mean" over the site's pages. The check reads
 * the tree the page's renderer parsed ({@link #at}), so each Markdown text is parsed once; it runs
 * on the threads that render pages.
 */
public final class SiteLinkCheck {

    // Filled once by expect (or shared by expectAs) before pages render, then only read.
    private Set<String> files = new HashSet<>();
    private Set<String> pageUrls = new TreeSet<>();
    private final Problems problems;
    private final Set<String> missingTargets = new ConcurrentSkipListSet<>();

    public SiteLinkCheck(Problems problems) {
        this.problems = problems;
    }

    /**
     * Sets what links may lead to; called once, after planning and before rendering.
     *
     * @param pages       every planned page
     * @param otherFiles  output paths of every other file the build writes (assets, static files)
     */
    void expect(List<PageSpec> pages, Collection<String> otherFiles) {
        for (PageSpec page : pages) {
            files.add(page.outputPath());
            pageUrls.add("/" + SiteUrls.sitePathOf(page.outputPath()));
        }
        files.addAll(otherFiles);
    }

    /** Expects what {@code planned}, the check of a site with the same pages and files, expects (shared, not copied). */
    void expectAs(SiteLinkCheck planned) {
        files = planned.files;
        pageUrls = planned.pageUrls;
    }

    /**
     * The check of one Markdown text's parsed tree, reporting at {@code at}.
     *
     * @param firstLine the file line of the text's first line, or 0 to report at {@code at} itself
     *                  (positions inside a YAML scalar cannot be mapped back exactly)
     */
    Consumer<Node> at(SourcePosition at, int firstLine) {
        return document -> links(document).forEach(link -> report(link, at, firstLine));
    }

    /** The site paths of the missing targets reported so far, e.g. {@code roles/nobody/}. */
    public Set<String> missingTargets() {
        return Set.copyOf(missingTargets);
    }

    /**
     * @param firstLine the file line of the text's first line, or 0 to report at {@code at} itself
     */
    private void report(Found link, SourcePosition at, int firstLine) {
        String target = link.url();
        if (exists(target)) {
            return;
        }
        SourcePosition position = firstLine == 0 || link.line() < 0 ? at
                : new SourcePosition(at.file(), firstLine + link.line(), link.column() + 1);
        missingTargets.add(sitePath(target));
        problems.warning(position, org.careerguide.model.CheckKind.BROKEN_LINK, "link to " + target + " leads to no page of this site"
                + DidYouMean.hint(target, pageUrls));
    }

    /**
     * A root-relative URL as a decoded site path without query, fragment or index.html
     * ({@code /roles/caf%C3%A9/#x} is {@code roles/café/}), as the output link check names targets.
     */
    static String sitePath(String url) {
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("^/", "");
        if (path.indexOf('%') >= 0) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return path; // malformed escapes: left as written, and reported as missing
            }
        }
        return SiteUrls.sitePathOf(path);
    }

    private boolean exists(String url) {
        String path = sitePath(url);
        return files.contains(SiteUrls.outputPath(path)) || files.contains(path + "/index.html");
    }

    private static List<Found> links(Node document) {
        List<Found> found = new ArrayList<>();
        try {
            document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image, image.getDestination());
                visitChildren(image);
            }

            private void add(Node node, String url) {
                if (url != null && url.startsWith("/") && !url.startsWith("//")) {
                    List<SourceSpan> spans = node.getSourceSpans();
                    SourceSpan span = spans.isEmpty() ? null : spans.get(0);
                    found.add(new Found(url, span == null ? -1 : span.getLineIndex(),
                            span == null ? 0 : span.getColumnIndex()));
                }
            }
            });
        } catch (StackOverflowError e) {
            // Too deep to walk: rendering reports the nesting as an error of its own.
            found.clear();
        }
        return found;
    }

    /** A site link and its 0-based line and column within the Markdown text (line -1 when unknown). */
    private record Found(String url, int line, int column) {
    }
}
