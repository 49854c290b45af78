package dev.tolk.search;

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
    private final IndexReader r;

    private SearchIndexPatch(byte[] in) {
        this.r = new IndexReader(in);
    }

    /**
     * The index of {@code localeTag} of {@code docs} docs made from {@code before}, the index of
     * the same number of docs of which those in {@code changed} (by their place in the index)
     * had other entries; null when {@code before} does not read as such an index.
     */
    public static byte[] patch(String localeTag, byte[] before, int docs, SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        try {
            return new SearchIndexPatch(before).apply(localeTag, docs, changed);
        } catch (IndexReader.Malformed | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private byte[] apply(String localeTag, int docs, SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        boolean[] isChanged = new boolean[docs];
        for (int d : changed.keySet()) {
            if (d < 0 || d >= docs) throw new IndexReader.Malformed();
            isChanged[d] = true;
        }
        Chunks out = new Chunks();
        r.head(localeTag);
        SearchIndexWriter.head(out, localeTag);
        docs(out, isChanged, changed);
        r.terms();
        out.ascii(SearchIndexWriter.TERMS);
        terms(out, isChanged, pending(changed));
        r.end();
        return out.ascii(SearchIndexWriter.TAIL).toByteArray();
    }

    /** The docs: each one's JSON as it was, the changed ones' written from their new entries. */
    private void docs(Chunks out, boolean[] isChanged, SortedMap<Integer, SearchIndexWriter.Entry> changed) {
        for (int i = 0; i < isChanged.length; i++) {
            if (i > 0) {
                r.expect(',');
                out.ascii(",");
            }
            int start = r.at();
            r.skipDoc();
            if (isChanged[i]) SearchIndexWriter.doc(out, changed.get(i));
            else out.bytes(r.bytes(), start, r.at());
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
        for (boolean more = r.peek() != '}'; more; ) {
            int start = r.at();
            String term = pending.isEmpty() ? null : r.readString(); // compared only while new postings wait
            if (term == null) r.skipString();
            int termEnd = r.at();
            r.expect(':');
            r.expect('[');
            r.postings(isChanged.length);
            boolean touched = hasDoc(isChanged, true);
            r.expect(']');
            while (term != null && !pending.isEmpty() && pending.firstKey().compareTo(term) < 0) {
                first = term(out, first, pending.pollFirstEntry());
            }
            int[] added = term != null && !pending.isEmpty() && pending.firstKey().equals(term) ? pending.pollFirstEntry().getValue() : null;
            boolean rewritten = touched || added != null;
            if (!rewritten || added != null || hasDoc(isChanged, false)) { // else no doc has the term any more
                if (!first) out.ascii(",");
                first = false;
                if (!rewritten) {
                    out.bytes(r.bytes(), start, r.at());
                } else {
                    out.bytes(r.bytes(), start, termEnd).ascii(":[");
                    merge(out, isChanged, added);
                    out.ascii("]");
                }
            }
            more = r.skip(',');
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

    /**
     * Writes the term's earlier postings but the changed docs', with {@code added} (null: none),
     * in ascending doc (straight to {@code out}: a common term's postings span every doc, and
     * copying them into arrays twice was most of what a one-article rebuild's patch allocated).
     */
    private void merge(Chunks out, boolean[] isChanged, int[] added) {
        int[] pairs = r.pairs();
        boolean first = true;
        int a = 0;
        for (int i = 0; i < r.postingCount(); i += 2) {
            if (isChanged[pairs[i]]) continue;
            for (; added != null && a < added.length && added[a] < pairs[i]; a += 2, first = false) {
                SearchIndexWriter.posting(out, first, added[a], added[a + 1]);
            }
            SearchIndexWriter.posting(out, first, pairs[i], pairs[i + 1]);
            first = false;
        }
        for (; added != null && a < added.length; a += 2, first = false) SearchIndexWriter.posting(out, first, added[a], added[a + 1]);
    }

    /** Whether the term read has a doc that changed ({@code changed}) or one that did not. */
    private boolean hasDoc(boolean[] isChanged, boolean changed) {
        int[] pairs = r.pairs();
        for (int i = 0; i < r.postingCount(); i += 2) {
            if (isChanged[pairs[i]] == changed) return true;
        }
        return false;
    }
}
