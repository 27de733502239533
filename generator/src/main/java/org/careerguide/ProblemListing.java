package org.careerguide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.careerguide.model.Problem;
import org.careerguide.model.Severity;
import org.careerguide.text.Plural;

/**
 * The lines a front end prints for a run's problems, at most {@code perKind} of one kind (like
 * javac's {@code -Xmaxwarns}), then one line per capped kind saying how many more there are. A
 * guide with 20,000 orphan roles should not bury its one broken template under them. A warning
 * that {@code checks:} tunes names its kind ({@link Problem#kind()}, e.g. orphan), and that is
 * its kind here too; other problems of one kind share a message apart from the names, numbers and
 * details in it: their kind is the message up to its first colon or semicolon, with quoted names
 * and numbers left out. Either way the severity is part of the kind.
 */
public final class ProblemListing {

    /** How many problems of one kind are printed unless the user asks for all of them. */
    public static final int DEFAULT_PER_KIND = 100;

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern NUMBERS = Pattern.compile("[0-9][0-9,.]*");
    private static final Pattern DETAILS = Pattern.compile("[:;(].*$");

    private ProblemListing() {
    }

    /**
     * The problems, in their order, as lines; after them, a line per kind that had more than
     * {@code perKind}, e.g. "… and 1,234 more warnings like this: orphan role (--all lists them)".
     *
     * @param perKind   the most problems of one kind printed; {@link Integer#MAX_VALUE} for all
     * @param allOption how the user asks for all of them, named in the "more" line
     */
    public static List<Line> lines(List<Problem> problems, int perKind, String allOption) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Problem> firstSkipped = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Problem problem : problems) {
            String kind = kindOf(problem);
            int count = seen.merge(kind, 1, Integer::sum);
            if (count <= perKind) {
                lines.add(new Line(problem.severity(), problem.toString()));
            } else {
                firstSkipped.putIfAbsent(kind, problem);
            }
        }
        firstSkipped.forEach((kind, problem) -> {
            int more = seen.get(kind) - perKind;
            lines.add(new Line(problem.severity(), String.format(Locale.ROOT, "… and %,d more %s like this: %s (%s lists them all)", more,
                    Plural.noun(more, problem.severity().label()), shape(problem.message()), allOption)));
        });
        return lines;
    }

    /**
     * "1 error", "3 errors": how many of {@code problems} are errors, for the headline of a failure
     * that lists them (so front ends need no English counting of their own).
     */
    public static String errorCount(List<Problem> problems) {
        return Plural.of(problems.stream().filter(Problem::isError).count(), "error");
    }

    /**
     * The severity and the problem's own kind ("warning [orphan]"), or, for a problem without one,
     * the severity and the {@link #shape} of its message ("error template syntax").
     */
    static String kindOf(Problem problem) {
        String kind = problem.kind().isEmpty() ? shape(problem.message()) : "[" + problem.kind() + "]";
        return problem.severity().label() + " " + kind;
    }

    /** The message without its names, numbers and details, which the "more" line shows: "orphan role". */
    static String shape(String message) {
        String shape = QUOTED.matcher(message).replaceAll("'…'");
        shape = NUMBERS.matcher(shape).replaceAll("N");
        return DETAILS.matcher(shape).replaceFirst("").strip();
    }

    /** One printed line and the severity of the problems it is about (a Maven log has a level per line). */
    public record Line(Severity severity, String text) {

        public boolean isError() {
            return severity == Severity.ERROR;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
