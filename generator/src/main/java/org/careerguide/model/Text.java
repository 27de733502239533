package org.careerguide.model;

/** A string exactly as the author wrote it, with the place it was written. */
public record Text(String value, SourcePosition position) {

    @Override
    public String toString() {
        return value;
    }
}
