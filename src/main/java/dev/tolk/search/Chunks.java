package dev.tolk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * An index's JSON as UTF-8 bytes, written in blocks of a mebibyte and copied once into an array
 * of their length: a growing array would be copied at each doubling and hold up to twice the
 * index at the end. Strings go in as JSON strings, encoded as they are escaped (no string, no
 * copy of them in between).
 */
final class Chunks {
    private static final int BLOCK = 1 << 20;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[64 * 1024];
    private int used;

    private void put(int b) {
        if (used == block.length) {
            full.add(block);
            block = new byte[BLOCK];
            used = 0;
        }
        block[used++] = (byte) b;
    }

    /** Room for {@code bytes} more in the current block (a new block if need be; at most {@value #BLOCK} asked). */
    private void room(int bytes) {
        if (block.length - used < bytes) {
            full.add(used == block.length ? block : java.util.Arrays.copyOf(block, used));
            block = new byte[BLOCK];
            used = 0;
        }
    }

    /** ASCII text as it is (punctuation and names of the JSON's own). */
    Chunks ascii(String s) {
        int n = s.length();
        if (n > BLOCK) {
            for (int i = 0; i < n; i++) put(s.charAt(i));
            return this;
        }
        room(n);
        copy(s, n);
        return this;
    }

    /** The {@code n} ASCII characters of {@code s} into the block, which has room for them. */
    private void copy(String s, int n) {
        for (int i = 0; i < n; i++) block[used + i] = (byte) s.charAt(i);
        used += n;
    }

    /** The bytes {@code b[from, to)} as they are (JSON of an index made before). */
    Chunks bytes(byte[] b, int from, int to) {
        for (int n = to - from; n > 0; ) {
            room(Math.min(n, BLOCK));
            int k = Math.min(n, block.length - used);
            System.arraycopy(b, from, block, used, k);
            used += k;
            from += k;
            n -= k;
        }
        return this;
    }

    /** A non-negative number in decimal. */
    Chunks number(int n) {
        room(10);
        int digits = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) digits++;
        for (int at = used + digits - 1; at >= used; at--) {
            block[at] = (byte) ('0' + n % 10);
            n /= 10;
        }
        used += digits;
        return this;
    }

    /**
     * {@code s} as a JSON string: quotes, backslashes and control characters escaped, and
     * U+2028, U+2029 and lone surrogates as {@code \\uXXXX} (a script must parse it, and UTF-8
     * cannot hold a lone surrogate); the rest in UTF-8.
     */
    Chunks string(String s) {
        int n = s.length();
        if (n <= 4096 && plain(s, n)) { // printable ASCII with nothing to escape (nearly every term and address): copied
            room(n + 2);
            block[used++] = '"';
            copy(s, n);
            block[used++] = '"';
            return this;
        }
        put('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '"' -> escape('"');
                    case '\\' -> escape('\\');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    case '\t' -> escape('t');
                    case '\b' -> escape('b');
                    case '\f' -> escape('f');
                    default -> {
                        if (c < 0x20) unicodeEscape(c);
                        else put(c);
                    }
                }
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put(0xF0 | cp >> 18);
                put(0x80 | cp >> 12 & 0x3F);
                put(0x80 | cp >> 6 & 0x3F);
                put(0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                unicodeEscape(c);
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
        put('"');
        return this;
    }

    /** Whether {@code s} (of length {@code n}) is printable ASCII without a quote or backslash. */
    private static boolean plain(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return false;
        }
        return true;
    }

    private void escape(char c) {
        put('\\');
        put(c);
    }

    private void unicodeEscape(char c) {
        put('\\');
        put('u');
        for (int shift = 12; shift >= 0; shift -= 4) put(HEX[c >> shift & 0xF]);
    }

    byte[] toByteArray() {
        long length = used;
        for (byte[] b : full) length += b.length;
        if (length > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("search index larger than 2 GiB");
        byte[] out = new byte[(int) length];
        int at = 0;
        for (byte[] b : full) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        System.arraycopy(block, 0, out, at, used);
        return out;
    }
}
