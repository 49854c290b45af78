package dev.tolk.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A locale's search index made from an earlier index of as many docs, a few of which have new
 * entries: the JSON of every doc and term those entries do not touch is copied as it is; the
 * changed docs, and the terms they had or have, are written again. When {@code before} is what
 * {@link SearchIndexWriter#assemble} made of the earlier entries, the result is byte for byte
 * what it makes of the new ones (a test holds the two to each other); an earlier index that does
 * not read as one of its shape gives null, and the caller assembles.
 *
 * <p>A one-article rebuild of the corpus remade two locales' indexes of 2,900 docs each, decoding
 * every page's entry and writing every term again, for the sake of one doc.
 */
public final class SearchIndexPatch {
    private final byte[] in;
    private int at;
    /** The postings of the term being read: doc, weight, doc, weight, ... */
    private int[] pairs = new int[64];
    private int pairCount;

    private SearchIndexPatch(byte[] in) {
        this.in = in;
    }

    /**
     * The index of {@code localeTag} of {@code docs} docs made from {@code before}, the index of
     * the same number of docs of which those in {@code changed} (by their place in the index)
     * had other entries; null when {@code before} does not read as such an index.
     */
    public static byte[] patch(String localeTag, byte[] before, int docs, SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        try {
            return new SearchIndexPatch(before).apply(localeTag, docs, changed);
        } catch (Malformed | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private byte[] apply(String localeTag, int docs, SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        boolean[] isChanged = new boolean[docs];
        for (int d : changed.keySet()) {
            if (d < 0 || d >= docs) throw new Malformed();
            isChanged[d] = true;
        }
        Chunks head = new Chunks();
        SearchIndexWriter.head(head, localeTag);
        Chunks out = new Chunks();
        expect(head.toByteArray(), out);
        docs(out, isChanged, changed);
        expect(SearchIndexWriter.TERMS.getBytes(StandardCharsets.US_ASCII), out);
        terms(out, isChanged, pending(changed));
        expect(SearchIndexWriter.TAIL.getBytes(StandardCharsets.US_ASCII), out);
        if (at != in.length) throw new Malformed();
        return out.toByteArray();
    }

    /** The docs: each one's JSON as it was, the changed ones' written from their new entries. */
    private void docs(Chunks out, boolean[] isChanged, SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        for (int i = 0; i < isChanged.length; i++) {
            if (i > 0) {
                expect(',');
                out.ascii(",");
            }
            int start = at;
            expect('[');
            skipString();
            expect(',');
            skipString();
            expect(',');
            skipString();
            expect(']');
            if (isChanged[i]) SearchIndexWriter.doc(out, changed.get(i));
            else out.bytes(in, start, at);
        }
    }

    /**
     * The terms, in order: each one's JSON as it was when no changed doc had it or has it now;
     * else its postings without the changed docs', with their new ones ({@code pending}, taken
     * as they are written), and gone when none are left; the terms only changed docs have, each
     * in its place.
     */
    private void terms(Chunks out, boolean[] isChanged, TreeMap<String, int[]> pending) {
        boolean first = true;
        for (boolean more = peek() != '}'; more; ) {
            int start = at;
            String term = pending.isEmpty() ? null : readString(); // compared only while new postings wait
            if (term == null) skipString();
            int termEnd = at;
            expect(':');
            expect('[');
            boolean touched = readPostings(isChanged);
            expect(']');
            while (term != null && !pending.isEmpty() && pending.firstKey().compareTo(term) < 0) {
                first = term(out, first, pending.pollFirstEntry());
            }
            int[] added = term != null && !pending.isEmpty() && pending.firstKey().equals(term) ? pending.pollFirstEntry().getValue() : null;
            int[] postings = touched || added != null ? merge(isChanged, added) : null;
            if (postings == null || postings.length > 0) {
                if (!first) out.ascii(",");
                first = false;
                if (postings == null) {
                    out.bytes(in, start, at);
                } else {
                    out.bytes(in, start, termEnd).ascii(":[");
                    pairs(out, postings);
                    out.ascii("]");
                }
            }
            more = peek() == ',';
            if (more) at++;
        }
        while (!pending.isEmpty()) first = term(out, first, pending.pollFirstEntry());
    }

    /** Each term of the changed entries with their postings (doc, weight, ... in ascending doc), in term order. */
    private static TreeMap<String, int[]> pending(SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        TreeMap<String, int[]> pending = new TreeMap<>();
        for (Map.Entry<Integer, SearchIndexWriter.Entry> c : changed.entrySet()) {
            String[] terms = c.getValue().terms();
            for (int t = 0; t < terms.length; t++) {
                int[] had = pending.get(terms[t]);
                int[] now = had == null ? new int[2] : Arrays.copyOf(had, had.length + 2);
                now[now.length - 2] = c.getKey();
                now[now.length - 1] = c.getValue().weight(t);
                pending.put(terms[t], now);
            }
        }
        return pending;
    }

    /** Writes a term only changed docs have (one the earlier index did not have); returns false (no longer the first). */
    private static boolean term(Chunks out, boolean first, Map.Entry<String, int[]> term) {
        if (!first) out.ascii(",");
        out.string(term.getKey()).ascii(":[");
        pairs(out, term.getValue());
        out.ascii("]");
        return false;
    }

    /** Postings (doc, weight, ...) as the index writes them. */
    private static void pairs(Chunks out, int[] postings) {
        for (int i = 0; i < postings.length; i += 2) SearchIndexWriter.posting(out, i == 0, postings[i], postings[i + 1]);
    }

    /** The term's earlier postings but the changed docs', with {@code added} (null: none), in ascending doc. */
    private int[] merge(boolean[] isChanged, int[] added) {
        int[] merged = new int[pairCount + (added == null ? 0 : added.length)];
        int n = 0;
        int a = 0;
        for (int i = 0; i < pairCount; i += 2) {
            if (isChanged[pairs[i]]) continue;
            while (added != null && a < added.length && added[a] < pairs[i]) {
                merged[n++] = added[a++];
                merged[n++] = added[a++];
            }
            merged[n++] = pairs[i];
            merged[n++] = pairs[i + 1];
        }
        while (added != null && a < added.length) {
            merged[n++] = added[a++];
            merged[n++] = added[a++];
        }
        return Arrays.copyOf(merged, n);
    }

    /** Reads a term's postings up to its closing bracket; true when a changed doc is among them. */
    private boolean readPostings(boolean[] isChanged) {
        pairCount = 0;
        boolean touched = false;
        if (peek() == ']') return false;
        while (true) {
            int doc = number();
            expect(',');
            int weight = number();
            if (doc >= isChanged.length) throw new Malformed();
            touched |= isChanged[doc];
            if (pairCount + 2 > pairs.length) pairs = Arrays.copyOf(pairs, 2 * pairs.length);
            pairs[pairCount++] = doc;
            pairs[pairCount++] = weight;
            if (peek() != ',') return touched;
            at++;
        }
    }

    private int number() {
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
    private void skipString() {
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
    private String readString() {
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

    private int peek() {
        if (at >= in.length) throw new Malformed();
        return in[at];
    }

    private void expect(char c) {
        if (peek() != c) throw new Malformed();
        at++;
    }

    /** Expects {@code bytes} next, and writes them to {@code out}. */
    private void expect(byte[] bytes, Chunks out) {
        if (!Arrays.equals(in, at, Math.min(in.length, at + bytes.length), bytes, 0, bytes.length)) throw new Malformed();
        at += bytes.length;
        out.bytes(bytes, 0, bytes.length);
    }

    /** The earlier index is not one of the shape the writer makes. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
