package org.careerguide.render;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The page-key hash is MurmurHash3 x64 128 with seed 0, whatever pieces it is fed in. */
class Murmur3Test {

    /** The published reference values (h1, h2) of the algorithm for these inputs. */
    @Test
    void matchesTheReferenceValues() {
        assertHash("The quick brown fox jumps over the lazy dog", 0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L);
        assertHash("The quick brown fox jumps over the lazy cog", 0x658ca970ff85269aL, 0x43fee3eaa68e5c3eL);
        assertHash("1234567890123456", 0x4fbe5dc5c0e32cf8L, 0xc0c8e96b60c322c1L);
        assertHash("", 0L, 0L);
    }

    private static void assertHash(String text, long h1, long h2) {
        byte[] expected = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(h1).putLong(h2).array();
        byte[] bytes = text.getBytes(UTF_8);
        for (int piece = 1; piece <= 40; piece++) {
            assertArrayEquals(expected, feed(bytes, piece), text + " fed " + piece + " bytes at a time");
        }
    }

    /** Chars hash as their UTF-16LE bytes do, whatever pieces they come in (ModelDigest feeds chars). */
    @Test
    void charsHashAsTheirLittleEndianBytes() {
        for (String text : new String[] {"", "a", "Pflegefachkraft", "The quick brown fox jumps over the lazy dog",
                "Café → Führung, 日本語 and 🙂 across block edges: 0123456789abcdef0123456789abcdef"}) {
            byte[] expected = feed(text.getBytes(UTF_16LE), 16);
            for (int piece = 1; piece <= 20; piece++) {
                assertArrayEquals(expected, feed(text.toCharArray(), piece), text + " fed " + piece + " chars at a time");
            }
        }
    }

    private static byte[] feed(char[] chars, int piece) {
        Murmur3 hash = new Murmur3();
        char[] buffer = new char[32];
        int used = 0;
        for (int at = 0; at < chars.length; at += piece) {
            int n = Math.min(piece, chars.length - at);
            if (used + n > buffer.length) {
                used = hash.blocks(buffer, used);
            }
            System.arraycopy(chars, at, buffer, used, n);
            used += n;
        }
        return hash.finish(buffer, used);
    }

    /** Feeds {@code bytes} through a small buffer {@code piece} bytes at a time, as ModelDigest's buffer does. */
    private static byte[] feed(byte[] bytes, int piece) {
        Murmur3 hash = new Murmur3();
        byte[] buffer = new byte[64];
        int used = 0;
        for (int at = 0; at < bytes.length; at += piece) {
            int n = Math.min(piece, bytes.length - at);
            if (used + n > buffer.length) {
                used = hash.blocks(buffer, used);
            }
            System.arraycopy(bytes, at, buffer, used, n);
            used += n;
        }
        return hash.finish(buffer, used);
    }
}
