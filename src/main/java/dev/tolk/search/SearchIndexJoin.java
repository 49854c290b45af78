package dev.tolk.search;

import dev.tolk.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One locale's search index joined from the partial indexes of shards, each made by
 * {@link SearchIndexWriter} from the pages one shard rendered: the same bytes as the index of all
 * the pages made at once. A doc's entry (excerpt and term weights) depends on its page alone, so
 * the join reads the entries back, puts the docs in the order of their pages' keys and assembles.
 */
public final class SearchIndexJoin {
    /** A shard's partial index, and the key of each of its docs in their order. */
    public record Part(byte[] json, List<String> keys) {
    }

    private record Keyed(String key, SearchIndexWriter.Entry entry) {
    }

    private SearchIndexJoin() {
    }

    /**
     * The index of {@code locale} holding every part's docs in key order.
     *
     * @throws IllegalArgumentException when a part is not an index of {@code locale}, or its docs are not as many as its keys
     */
    public static byte[] join(String locale, List<Part> parts) {
        List<Keyed> all = new ArrayList<>();
        SearchIndexWriter.TermPool terms = new SearchIndexWriter.TermPool(); // one string per term across the shards
        for (Part p : parts) all.addAll(entries(locale, p, terms));
        all.sort(Comparator.comparing(Keyed::key)); // the whole build's order: its pages' keys
        List<SearchIndexWriter.Entry> entries = new ArrayList<>(all.size());
        for (Keyed k : all) entries.add(k.entry());
        return SearchIndexWriter.assemble(locale, entries);
    }

    private static List<Keyed> entries(String locale, Part part, SearchIndexWriter.TermPool pool) {
        if (!(JsonReader.read(new String(part.json(), StandardCharsets.UTF_8)) instanceof Map<?, ?> root)
                || !(root.get("docs") instanceof List<?> docs) || !(root.get("terms") instanceof Map<?, ?> terms)) {
            throw new IllegalArgumentException("not a search index");
        }
        if (!Long.valueOf(SearchIndexWriter.FORMAT_VERSION).equals(root.get("v")) || !locale.equals(root.get("lang"))) {
            throw new IllegalArgumentException("not a version " + SearchIndexWriter.FORMAT_VERSION + " search index of " + locale);
        }
        if (docs.size() != part.keys().size()) {
            throw new IllegalArgumentException(docs.size() + " docs for " + part.keys().size() + " keys");
        }
        List<Map<String, Integer>> weights = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) weights.add(new HashMap<>());
        for (Map.Entry<?, ?> term : terms.entrySet()) {
            if (!(term.getValue() instanceof List<?> postings) || postings.size() % 2 != 0) {
                throw new IllegalArgumentException("term " + term.getKey() + " has no list of doc and weight pairs");
            }
            for (int i = 0; i < postings.size(); i += 2) {
                int doc = whole(postings.get(i), docs.size());
                weights.get(doc).put((String) term.getKey(), whole(postings.get(i + 1), Integer.MAX_VALUE));
            }
        }
        List<Keyed> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            if (!(docs.get(i) instanceof List<?> doc) || doc.size() != 3 || !(doc.get(0) instanceof String url)
                    || !(doc.get(1) instanceof String title) || !(doc.get(2) instanceof String excerpt)) {
                throw new IllegalArgumentException("doc " + i + " is not [url, title, excerpt]");
            }
            out.add(new Keyed(part.keys().get(i), SearchIndexWriter.entry(url, title, excerpt, weights.get(i), pool)));
        }
        return out;
    }

    private static int whole(Object n, int below) {
        if (n instanceof Long l && l >= 0 && l < below) return l.intValue();
        throw new IllegalArgumentException("not a doc index or weight: " + n);
    }
}
