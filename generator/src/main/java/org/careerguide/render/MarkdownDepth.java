package org.careerguide.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Measures how deeply a Markdown tree nests, without recursion: commonmark's renderer recurses once
 * per level and overflows the stack on a few thousand nested quotes or lists, so depth is checked
 * before rendering and reported with the line where the limit is passed.
 */
final class MarkdownDepth {

    private MarkdownDepth() {
    }

    /** The first node nested deeper than {@code limit}, or null when the whole tree is within it. */
    static Node firstBeyond(Node document, int limit) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return node;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    /**
     * The first line that opens more than {@code limit} quotes or lists ({@code > > > ...},
     * {@code - - - ...}, or list items indented that deep): where to point when the parser itself
     * would need seconds and much stack to build the tree. Counts no more levels than the tree
     * would have, so it never refuses what the tree check accepts. 0 when no line looks like that.
     */
    static int suspectLine(String markdown, int limit) {
        int number = 0;
        for (String line : markdown.split("\n", -1)) {
            number++;
            int markers = 0;
            int spaces = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '>' || ((c == '-' || c == '*' || c == '+') && (i + 1 == line.length()
                        || line.charAt(i + 1) == ' '))) {
                    markers++;
                } else if (c == ' ' || c == '\t') {
                    // A space right after a marker separates; other leading white space indents.
                    boolean separator = i > 0 && "->*+".indexOf(line.charAt(i - 1)) >= 0;
                    spaces += separator ? 0 : c == '\t' ? 4 : 1;
                } else {
                    break;
                }
            }
            if (markers + spaces / 2 > limit) {
                return number;
            }
        }
        return 0;
    }

    /** The 1-based line of a node within its Markdown text, or of its nearest ancestor that has one; 0 if none. */
    static int line(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}
