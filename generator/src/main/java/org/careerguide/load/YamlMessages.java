package org.careerguide.load;

import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's parser messages into messages an author can act on: the problem, and where
 * the construct that it belongs to was opened (an unclosed quote or bracket is found far from where
 * it started).
 */
final class YamlMessages {

    private YamlMessages() {
    }

    static String describe(MarkedYAMLException e, YamlSource source) {
        String problem = clean(e.getProblem());
        String context = e.getContext();
        if (problem.contains("'\\t(TAB)'") || problem.contains("\\t(TAB)")) {
            return "tab character; indent with spaces, not tabs";
        }
        if (problem.startsWith("found duplicate anchor")) {
            return problem;
        }
        if (problem.startsWith("but found another document")) {
            // SnakeYAML splits this sentence in two; say it whole, and what to do.
            return "a second YAML document starts here; a file holds one document: remove this '---' line"
                    + " and what follows, or move it to a file of its own";
        }
        if (context == null || context.isBlank()) {
            return problem;
        }
        Mark contextMark = e.getContextMark();
        String where = contextMark == null ? "" : " started at " + shortPosition(source, contextMark);
        return problem + " (" + clean(context) + where + ")";
    }

    static String clean(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        String oneLine = message.strip().replaceAll("\\s+", " ");
        int in = oneLine.indexOf(" in 'string'");
        if (in < 0) {
            in = oneLine.indexOf(" in 'reader'");
        }
        return in > 0 ? oneLine.substring(0, in) : oneLine;
    }

    private static String shortPosition(YamlSource source, Mark mark) {
        return String.format(Locale.ROOT, "%d:%d", mark.getLine() + 1 + source.lineOffset(), mark.getColumn() + 1);
    }
}
