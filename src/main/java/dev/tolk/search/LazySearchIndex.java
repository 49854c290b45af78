package dev.tolk.search;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A locale's search index: its pages' docs, and the JSON, made when first asked for from each
 * page's entry (an unchanged page's entry is taken from the index this one replaces).
 */
public final class LazySearchIndex {
    private final String locale;
    private final List<SearchIndexWriter.Doc> docs;
    private Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> known;
    private Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> entries;
    private byte[] json;

    public LazySearchIndex(String locale, List<SearchIndexWriter.Doc> docs, LazySearchIndex before) {
        this(locale, docs, before, Map.of());
    }

    /** As above, with the entries of {@code made} too (made with their pages, or kept with them in the build cache). */
    public LazySearchIndex(String locale, List<SearchIndexWriter.Doc> docs, LazySearchIndex before,
                           Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> made) {
        this.locale = locale;
        this.docs = docs;
        Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> earlier = before == null ? null : before.entries();
        if (made.isEmpty()) {
            this.known = earlier == null ? Map.of() : earlier;
        } else {
            Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> both = new HashMap<>(made);
            if (earlier != null) earlier.forEach(both::putIfAbsent);
            this.known = both;
        }
    }

    /** The docs it is made from. */
    public List<SearchIndexWriter.Doc> docs() {
        return docs;
    }

    public synchronized byte[] json() {
        if (json == null) {
            BreakIterator words = SearchIndexWriter.words(locale);
            Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> made = new HashMap<>();
            List<SearchIndexWriter.Entry> list = new ArrayList<>(docs.size());
            for (SearchIndexWriter.Doc d : docs) {
                SearchIndexWriter.Entry e = known.get(d);
                if (e == null) e = SearchIndexWriter.entry(d, words);
                made.put(d, e);
                list.add(e);
            }
            json = SearchIndexWriter.assemble(locale, list).getBytes(StandardCharsets.UTF_8);
            entries = made;
            known = null;
        }
        return json;
    }

    /** The entries made so far: this index's once made, else those of the one it replaces. */
    synchronized Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> entries() {
        return entries != null ? entries : known;
    }
}
