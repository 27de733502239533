package org.careerguide.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page being rendered into memory as UTF-8, refusing to grow past a limit: a template that loops
 * while writing fails fast instead of filling memory and then the disk. Each string is encoded as it
 * comes (for ASCII a copy) rather than collected in a StringBuilder and encoded at the end: a page's
 * first non-Latin-1 character ("·" in every title) turned the builder into two bytes a character,
 * widening every later string, and the whole page was then copied twice more.
 */
final class CappedWriter extends Writer {

    private byte[] bytes = new byte[16 * 1024];
    private int size;
    private final long maxBytes;
    /** A high surrogate that ended the last write, encoded with the low one that starts the next. */
    private char pendingHigh;

    CappedWriter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        // A template's own text comes as characters: ASCII (nearly all of it) is copied byte by byte
        // in one pass, rather than made a string, checked and copied again.
        if (pendingHigh == 0 && size + (long) length <= maxBytes) {
            ensure(length);
            int ascii = 0;
            while (ascii < length && chars[offset + ascii] < 0x80) {
                bytes[size + ascii] = (byte) chars[offset + ascii];
                ascii++;
            }
            size += ascii;
            offset += ascii;
            length -= ascii;
        }
        if (length > 0) {
            write(new String(chars, offset, length));
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
        if (pendingHigh != 0) {
            part = pendingHigh + part;
            pendingHigh = 0;
        }
        int end = part.length();
        if (end > 0 && Character.isHighSurrogate(part.charAt(end - 1))) {
            pendingHigh = part.charAt(end - 1);
            part = part.substring(0, end - 1);
        }
        append(part.getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] encoded) throws PageTooLargeException {
        if (size + (long) encoded.length > maxBytes) {
            throw new PageTooLargeException();
        }
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page's UTF-8 bytes (a lone high surrogate at the very end as "?", as String.getBytes writes it). */
    byte[] toBytes() throws PageTooLargeException {
        if (pendingHigh != 0) {
            append(String.valueOf(pendingHigh).getBytes(StandardCharsets.UTF_8));
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    /** Thrown into the template when the page passes the limit. */
    static final class PageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        PageTooLargeException() {
            super("page too large");
        }
    }
}
