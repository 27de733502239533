package org.careerguide.model;

import java.util.Comparator;

/** Something wrong with the input, at a source position: printed as {@code path:line:col: error: message}. */
public record Problem(SourcePosition position, Severity severity, String message) {

    /** Sorted by file, line and column, then errors before warnings. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::position)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(SourcePosition position, String message) {
        return new Problem(position, Severity.ERROR, message);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(position, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message;
    }
}
