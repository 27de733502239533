package org.careerguide.model;

/**
 * Where a value came from: a file of the guide project (path relative to the project folder,
 * with forward slashes) and a 1-based line and column. Line 0 means "the whole file".
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:col}, or just {@code file} when the position is the whole file. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
