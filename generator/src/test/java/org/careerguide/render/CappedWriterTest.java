package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CappedWriterTest {

    /** Whatever the pieces a page is written in, even a surrogate pair cut in two, its bytes are the page's UTF-8. */
    @Test
    void writesAPageInAnyPiecesAsItsUtf8() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"<p>", "Ada", " · ", "Zürich", "😀", "\uD83D", "\uDE00", "–", "&amp;", "", "x"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder page = new StringBuilder();
            CappedWriter writer = new CappedWriter(1 << 20);
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                page.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> writer.write(piece);
                    case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
                    default -> {
                        String padded = "ab" + piece + "cd";
                        writer.write(padded, 2, piece.length());
                    }
                }
            }
            assertArrayEquals(page.toString().getBytes(StandardCharsets.UTF_8), writer.toBytes(), page::toString);
        }
    }

    @Test
    void refusesToGrowPastTheLimitInBytes() throws IOException {
        CappedWriter writer = new CappedWriter(10);
        writer.write("ü".repeat(5)); // ten bytes: at the limit
        assertThrows(CappedWriter.PageTooLargeException.class, () -> writer.write("a"));
        CappedWriter large = new CappedWriter(100_000);
        assertDoesNotThrow(() -> {
            for (int i = 0; i < 1_000; i++) {
                large.write("0123456789".repeat(10)); // grows its buffer past the first 16 KB
            }
        });
        assertArrayEquals("0123456789".repeat(10_000).getBytes(StandardCharsets.US_ASCII), large.toBytes());
    }
}
