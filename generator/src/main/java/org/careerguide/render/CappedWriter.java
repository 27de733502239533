package org.careerguide.render;

import java.io.IOException;
import java.io.Writer;

/**
 * A page being rendered into memory, refusing to grow past a limit: a template that loops while
 * writing fails fast instead of filling memory and then the disk. Every character is at least one
 * UTF-8 byte, so counting characters never lets an over-limit page through; the exact byte size is
 * checked again once the page is complete.
 */
final class CappedWriter extends Writer {

    // A StringBuilder, not a StringWriter: one thread writes a page, so StringBuffer's locks only cost.
    private final StringBuilder buffer = new StringBuilder(16 * 1024);
    private final long maxChars;
    private long written;

    CappedWriter(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > maxChars) {
            throw new PageTooLargeException();
        }
        buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        written += length;
        if (written > maxChars) {
            throw new PageTooLargeException();
        }
        // A whole string is copied in bulk; append(CharSequence, start, end) reads it char by char
        // (Freemarker writes whole strings, so that was a tenth of rendering).
        if (offset == 0 && length == text.length()) {
            buffer.append(text);
        } else {
            buffer.append(text, offset, offset + length);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return buffer.toString();
    }

    /** Thrown into the template when the page passes the limit. */
    static final class PageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        PageTooLargeException() {
            super("page too large");
        }
    }
}
