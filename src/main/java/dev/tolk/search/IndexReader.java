package dev.tolk.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the JSON of an index as {@link SearchIndexWriter} writes it, byte by byte, for what is
 * made from indexes already written ({@link SearchIndexPatch}, {@link SearchIndexJoin}): their
 * docs and terms are copied as bytes where they stay as they were, so nothing is decoded that is
 * not compared. What does not read as the writer's shape throws {@link Malformed}.
 */
final class IndexReader {
    private static final byte[] TERMS = SearchIndexWriter.TERMS.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = SearchIndexWriter.TAIL.getBytes(StandardCharsets.US_ASCII);
    private final byte[] in;
    private int at;
    /** The postings of the term read last: doc, weight, doc, weight, ... ({@link #postingCount} of them). */
    private int[] pairs = new int[64];
    private int pairCount;

    IndexReader(byte[] in) {
        this.in = in;
    }

    /** The bytes read. */
    byte[] bytes() {
        return in;
    }

    /** Where the next byte is read. */
    int at() {
        return at;
    }

    /** The next byte, not read yet. */
    int peek() {
        if (at >= in.length) throw new Malformed();
        return in[at];
    }

    /** Reads {@code c}, or throws. */
    void expect(char c) {
        if (peek() != c) throw new Malformed();
        at++;
    }

    /** Reads {@code c} when it comes next; whether it did. */
    boolean skip(char c) {
        if (at >= in.length || in[at] != c) return false;
        at++;
        return true;
    }

    /** Reads {@code bytes}, or throws. */
    void expect(byte[] bytes) {
        if (!Arrays.equals(in, at, Math.min(in.length, at + bytes.length), bytes, 0, bytes.length)) throw new Malformed();
        at += bytes.length;
    }

    /** Reads what the writer writes as an index's start for {@code localeTag}, up to its first doc. */
    void head(String localeTag) {
        Chunks head = new Chunks();
        SearchIndexWriter.head(head, localeTag);
        expect(head.toByteArray());
    }

    /** Reads what the writer writes between an index's docs and its terms. */
    void terms() {
        expect(TERMS);
    }

    /** Reads what the writer writes at an index's end, and nothing after it. */
    void end() {
        expect(TAIL);
        if (at != in.length) throw new Malformed();
    }

    /**
     * Reads a term's postings up to its closing bracket, each doc below {@code docs}: then
     * {@link #pairs()} holds them (doc, weight, ...), {@link #postingCount()} of its numbers.
     */
    void postings(int docs) {
        pairCount = 0;
        if (peek() == ']') return;
        do {
            int doc = number();
            expect(',');
            int weight = number();
            if (doc >= docs) throw new Malformed();
            if (pairCount + 2 > pairs.length) pairs = Arrays.copyOf(pairs, 2 * pairs.length);
            pairs[pairCount++] = doc;
            pairs[pairCount++] = weight;
        } while (skip(','));
    }

    /** The postings {@link #postings} read (the array itself, reused: its first {@link #postingCount()} numbers). */
    int[] pairs() {
        return pairs;
    }

    /** How many numbers (two a posting) {@link #postings} read. */
    int postingCount() {
        return pairCount;
    }

    /** Steps over a doc ({@code [url,title,excerpt]}). */
    void skipDoc() {
        expect('[');
        skipString();
        expect(',');
        skipString();
        expect(',');
        skipString();
        expect(']');
    }

    /** A whole number of at most {@link Integer#MAX_VALUE}, as the writer writes them (digits only). */
    int number() {
        int start = at;
        long n = 0;
        while (at < in.length && in[at] >= '0' && in[at] <= '9') {
            n = 10 * n + (in[at++] - '0');
            if (n > Integer.MAX_VALUE) throw new Malformed();
        }
        if (at == start) throw new Malformed();
        return (int) n;
    }

    /** Steps over a JSON string (its escapes checked: one copied as it is must read). */
    void skipString() {
        expect('"');
        while (true) {
            byte b = in[at++];
            if (b == '"') return;
            if (b >= 0 && b < 0x20) throw new Malformed();
            if (b == '\\') escape();
        }
    }

    /** Steps over what follows a backslash. */
    private void escape() {
        byte e = in[at++];
        if (e == 'u') {
            for (int k = 0; k < 4; k++) {
                if (Character.digit(in[at++], 16) < 0) throw new Malformed();
            }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
            throw new Malformed();
        }
    }

    /** Reads a JSON string as {@link Chunks#string} writes them. */
    String readString() {
        expect('"');
        int start = at;
        StringBuilder escaped = null;
        int plain = start; // in[plain, at) not in escaped yet
        while (true) {
            byte b = in[at];
            if (b == '"') break;
            if (b >= 0 && b < 0x20) throw new Malformed();
            if (b != '\\') {
                at++;
                continue;
            }
            if (escaped == null) escaped = new StringBuilder();
            escaped.append(new String(in, plain, at - plain, StandardCharsets.UTF_8));
            byte e = in[at + 1];
            at += 2;
            switch (e) {
                case '"', '\\', '/' -> escaped.append((char) e);
                case 'n' -> escaped.append('\n');
                case 'r' -> escaped.append('\r');
                case 't' -> escaped.append('\t');
                case 'b' -> escaped.append('\b');
                case 'f' -> escaped.append('\f');
                case 'u' -> {
                    int c = 0;
                    for (int k = 0; k < 4; k++) c = c << 4 | Character.digit(in[at++], 16);
                    if (c < 0) throw new Malformed();
                    escaped.append((char) c);
                }
                default -> throw new Malformed();
            }
            plain = at;
        }
        String s = escaped == null ? new String(in, start, at - start, StandardCharsets.UTF_8)
                : escaped.append(new String(in, plain, at - plain, StandardCharsets.UTF_8)).toString();
        at++;
        return s;
    }

    /** The bytes read are not an index of the writer's shape. */
    static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
