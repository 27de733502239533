package org.careerguide.model;

import java.util.Comparator;

/**
 * Something wrong with the input, at a source position: printed as {@code path:line:col: error: message}.
 * A warning that site.yaml's {@code checks:} can tune has a kind (see {@link CheckKind}), printed
 * after the message as {@code [orphan]}; other problems have the kind "".
 */
public record Problem(SourcePosition position, Severity severity, String message, String kind) {

    public Problem(SourcePosition position, Severity severity, String message) {
        this(position, severity, message, "");
    }

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

    /** A warning of a kind that {@code checks:} in site.yaml and {@code # careerguide: allow} comments tune. */
    public static Problem warning(SourcePosition position, CheckKind kind, String message) {
        return new Problem(position, Severity.WARNING, message, kind.key());
    }

    /** The same problem with another severity (strict mode, {@code checks: {kind: error}}). */
    public Problem as(Severity newSeverity) {
        return new Problem(position, newSeverity, message, kind);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message + (kind.isEmpty() ? "" : " [" + kind + "]");
    }
}
