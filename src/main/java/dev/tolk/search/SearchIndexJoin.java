package dev.tolk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One locale's search index joined from the partial indexes of shards, each made by
 * {@link SearchIndexWriter} from the pages one shard rendered: the same bytes as the index of all
 * the pages made at once. A doc's entry (excerpt and term weights) depends on its page alone, so
 * the join puts the docs in the order of their pages' keys, each doc's JSON copied as its shard
 * wrote it, and gives each term the postings of every part, its docs numbered in the whole.
 * Nothing but the terms is decoded: reading every part back into entries and assembling them
 * again took a second per locale of the corpus, on one thread.
 */
public final class SearchIndexJoin {
    /** A shard's partial index, and the key of each of its docs in their order. */
    public record Part(byte[] json, List<String> keys) {
    }

    /** A part as read: where each doc's JSON is in it, and its terms. */
    private record Read(byte[] json, int[] docStarts, int[] docEnds, List<Term> terms) {
    }

    /** A term of a part and its postings there: doc, weight, ... (the docs numbered in the part). */
    private record Term(String term, int[] postings) {
    }

    private record Slot(String key, int part, int doc) {
    }

    private SearchIndexJoin() {
    }

    /**
     * The index of {@code locale} holding every part's docs in key order.
     *
     * @throws IllegalArgumentException when a part is not an index of {@code locale} as the writer
     *     writes them, its docs are not as many as its keys, or two parts' docs share a key
     */
    public static byte[] join(String locale, List<Part> parts) {
        List<Read> read = new ArrayList<>(parts.size());
        for (Part p : parts) read.add(read(locale, p));
        List<Slot> slots = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<String> keys = parts.get(p).keys();
            for (int d = 0; d < keys.size(); d++) slots.add(new Slot(keys.get(d), p, d));
        }
        slots.sort(Comparator.comparing(Slot::key)); // the whole build's order: its pages' keys
        int[][] whole = new int[parts.size()][]; // each part's docs' numbers in the whole index
        for (int p = 0; p < parts.size(); p++) whole[p] = new int[parts.get(p).keys().size()];
        Chunks json = new Chunks();
        SearchIndexWriter.head(json, locale);
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (i > 0 && s.key().equals(slots.get(i - 1).key())) throw new IllegalArgumentException("two docs of the key " + s.key());
            whole[s.part()][s.doc()] = i;
            Read r = read.get(s.part());
            if (i > 0) json.ascii(",");
            json.bytes(r.json(), r.docStarts()[s.doc()], r.docEnds()[s.doc()]);
        }
        json.ascii(SearchIndexWriter.TERMS);
        TreeMap<String, List<int[]>> terms = new TreeMap<>(); // a term's postings in each part that has it, renumbered
        for (int p = 0; p < read.size(); p++) {
            for (Term t : read.get(p).terms()) {
                int[] postings = t.postings();
                for (int k = 0; k < postings.length; k += 2) postings[k] = whole[p][postings[k]];
                terms.computeIfAbsent(t.term(), x -> new ArrayList<>(2)).add(postings);
            }
        }
        boolean first = true;
        for (Map.Entry<String, List<int[]>> t : terms.entrySet()) {
            if (!first) json.ascii(",");
            first = false;
            json.string(t.getKey()).ascii(":[");
            long[] postings = inDocOrder(t.getKey(), t.getValue());
            for (int k = 0; k < postings.length; k++) {
                SearchIndexWriter.posting(json, k == 0, (int) (postings[k] >>> 32), (int) postings[k]);
            }
            json.ascii("]");
        }
        return json.ascii(SearchIndexWriter.TAIL).toByteArray();
    }

    /** The postings of a term in all parts, each as {@code doc << 32 | weight}, in ascending doc. */
    private static long[] inDocOrder(String term, List<int[]> parts) {
        int n = 0;
        for (int[] p : parts) n += p.length / 2;
        long[] all = new long[n];
        int at = 0;
        boolean ascending = true;
        for (int[] p : parts) {
            for (int k = 0; k < p.length; k += 2) {
                all[at] = (long) p[k] << 32 | p[k + 1];
                ascending &= at == 0 || all[at] >>> 32 > all[at - 1] >>> 32;
                at++;
            }
        }
        if (!ascending) {
            Arrays.sort(all); // parts are not in key order of one another (nor, in a hand-made part, in their own)
            for (int k = 1; k < all.length; k++) {
                if (all[k] >>> 32 == all[k - 1] >>> 32) throw new IllegalArgumentException("term " + term + " has a doc twice");
            }
        }
        return all;
    }

    private static Read read(String locale, Part part) {
        IndexReader r = new IndexReader(part.json());
        try {
            r.head(locale);
        } catch (IndexReader.Malformed | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a version " + SearchIndexWriter.FORMAT_VERSION + " search index of " + locale);
        }
        try {
            int docs = part.keys().size();
            int[] starts = new int[docs];
            int[] ends = new int[docs];
            int n = 0;
            if (r.peek() != ']') {
                do {
                    if (n == docs) throw new IllegalArgumentException("more docs than the " + docs + " keys");
                    starts[n] = r.at();
                    r.skipDoc();
                    ends[n++] = r.at();
                } while (r.skip(','));
            }
            if (n != docs) throw new IllegalArgumentException(n + " docs for " + docs + " keys");
            r.terms();
            List<Term> terms = new ArrayList<>();
            if (r.peek() != '}') {
                do {
                    String term = r.readString();
                    r.expect(':');
                    r.expect('[');
                    r.postings(docs);
                    if (r.postingCount() > 0) { // a term of no doc is in no index
                        terms.add(new Term(term, Arrays.copyOf(r.pairs(), r.postingCount())));
                    }
                    r.expect(']');
                } while (r.skip(','));
            }
            r.end();
            return new Read(part.json(), starts, ends, terms);
        } catch (IndexReader.Malformed | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a search index as Tolk writes them, at byte " + r.at());
        }
    }
}
