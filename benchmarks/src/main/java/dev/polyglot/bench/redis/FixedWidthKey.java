package dev.polyglot.bench.redis;

import java.nio.charset.StandardCharsets;

/**
 * A reusable key buffer {@code PREFIX + 10 zero-padded digits}: setting a number rewrites the digits in place,
 * so building a key allocates nothing. Jedis copies the bytes out before a call returns, so reuse is safe.
 */
final class FixedWidthKey {
    static final int DIGITS = 10;
    private final byte[] bytes;
    private final int start;

    FixedWidthKey(String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        bytes = new byte[p.length + DIGITS];
        System.arraycopy(p, 0, bytes, 0, p.length);
        start = p.length;
    }

    /** The key for {@code n}, 0 to 9,999,999,999; the same array every time. */
    byte[] of(long n) {
        long v = n;
        for (int i = bytes.length - 1; i >= start; i--) {
            bytes[i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        return bytes;
    }

    /** A fresh copy of the key for {@code n}, for pipelines that hold keys until they sync. */
    byte[] copyOf(long n) { return of(n).clone(); }
}
