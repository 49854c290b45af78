package dev.tolk.search;

import java.util.List;

/**
 * A locale's search index: its pages' entries, in the order of their keys, and the JSON made
 * from them when first asked for.
 */
public final class LazySearchIndex {
    private final String locale;
    private final List<SearchIndexWriter.Entry> entries;
    private byte[] json;

    public LazySearchIndex(String locale, List<SearchIndexWriter.Entry> entries) {
        this.locale = locale;
        this.entries = List.copyOf(entries);
    }

    /** The entries it is made from. */
    public List<SearchIndexWriter.Entry> entries() {
        return entries;
    }

    public synchronized byte[] json() {
        if (json == null) json = SearchIndexWriter.assemble(locale, entries);
        return json;
    }
}
