package org.careerguide.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;

/**
 * Reads a content file as strict UTF-8 text. The JDK and SnakeYAML report bad bytes without a
 * position, so decoding is done here, where the line and column of the first bad byte are known.
 * A UTF-8 byte order mark is dropped (it would otherwise break the first Markdown line).
 */
public final class SourceReader {

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file's text, or empty after reporting why it cannot be read. */
    public Optional<String> read(Path file, String displayPath, Problems problems) {
        SourcePosition whole = SourcePosition.ofFile(displayPath);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(whole, String.format(Locale.ROOT,
                        "file is %,d bytes; the limit is %,d bytes", size, maxBytes));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(whole, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, displayPath, problems);
    }

    static Optional<String> decode(byte[] bytes, String displayPath, Problems problems) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            problems.error(new SourcePosition(displayPath, 1, 1),
                    "file is UTF-16 encoded; save it as UTF-8");
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            SourcePosition at = positionAfter(out, displayPath);
            int bad = bytes[in.position()] & 0xFF;
            problems.error(at, String.format(Locale.ROOT,
                    "invalid UTF-8 byte 0x%02X; save the file as UTF-8", bad));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** The position of the character just after the decoded text. */
    private static SourcePosition positionAfter(CharSequence decoded, String displayPath) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(displayPath, line, column);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
