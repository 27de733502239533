package org.careerguide.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128 (Austin Appleby's public-domain hash), fed in pieces. Page keys only need to
 * tell an edited page's data from the previous build's: a fast 128-bit hash does that as well as a
 * cryptographic one, at a fraction of the cost (SHA-256 was a third of a full build's CPU time).
 * Nobody gains from making two pages of their own guide collide.
 */
final class Murmur3 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long length;

    /**
     * Hashes the whole 16-byte blocks among the first {@code used} bytes of {@code buffer}, moves the
     * rest to its start and returns how many bytes that is.
     */
    int blocks(byte[] buffer, int used) {
        int whole = used & ~15;
        for (int i = 0; i < whole; i += 16) {
            block((long) LONGS.get(buffer, i), (long) LONGS.get(buffer, i + 8));
        }
        length += whole;
        int rest = used - whole;
        System.arraycopy(buffer, whole, buffer, 0, rest);
        return rest;
    }

    /**
     * {@link #blocks(byte[], int)} for UTF-16 code units: each char is the two bytes of UTF-16LE, so
     * chars hash exactly as those bytes would. Four chars make a 64-bit lane without a byte copy,
     * which is what makes text cheap to hash.
     */
    int blocks(char[] buffer, int used) {
        int whole = used & ~7;
        for (int i = 0; i < whole; i += 8) {
            block(lane(buffer, i), lane(buffer, i + 4));
        }
        length += 2L * whole;
        int rest = used - whole;
        System.arraycopy(buffer, whole, buffer, 0, rest);
        return rest;
    }

    private static long lane(char[] chars, int at) {
        return chars[at] | (long) chars[at + 1] << 16 | (long) chars[at + 2] << 32 | (long) chars[at + 3] << 48;
    }

    /** {@link #finish(byte[], int)} for UTF-16 code units (see {@link #blocks(char[], int)}). */
    byte[] finish(char[] buffer, int used) {
        int tail = blocks(buffer, used);
        byte[] bytes = new byte[2 * tail];
        for (int i = 0; i < tail; i++) {
            bytes[2 * i] = (byte) buffer[i];
            bytes[2 * i + 1] = (byte) (buffer[i] >>> 8);
        }
        return finish(bytes, bytes.length);
    }

    /** The 16-byte hash of everything fed, ending with the first {@code used} bytes of {@code buffer}. */
    byte[] finish(byte[] buffer, int used) {
        int tail = blocks(buffer, used);
        length += tail;
        if (tail > 0) {
            long k1 = 0;
            long k2 = 0;
            for (int i = tail - 1; i >= 8; i--) {
                k2 = (k2 << 8) | (buffer[i] & 0xffL);
            }
            for (int i = Math.min(tail, 8) - 1; i >= 0; i--) {
                k1 = (k1 << 8) | (buffer[i] & 0xffL);
            }
            if (tail > 8) {
                h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
            }
            h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        byte[] out = new byte[16];
        LONGS.set(out, 0, h1);
        LONGS.set(out, 8, h2);
        return out;
    }

    private void block(long k1, long k2) {
        h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
