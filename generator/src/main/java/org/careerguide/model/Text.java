package org.careerguide.model;

/**
 * A string exactly as the author wrote it, with the place it was written.
 *
 * <p>The place is kept as its parts rather than as a {@link SourcePosition}: a guide holds a Text
 * for every name and sentence (eight million at 100,000 roles), and an object per position cost
 * 190 MB there. {@link #position()} makes one when a problem needs it.
 *
 * @param file   the project file, as in {@link SourcePosition#file()}
 * @param line   1-based line, 0 for the whole file
 * @param column 1-based column
 */
public record Text(String value, String file, int line, int column) {

    public Text(String value, SourcePosition position) {
        this(value, position.file(), position.line(), position.column());
    }

    /** Where the text was written. */
    public SourcePosition position() {
        return new SourcePosition(file, line, column);
    }

    @Override
    public String toString() {
        return value;
    }
}
