package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tolk.search.SearchIndexWriter;
import dev.tolk.source.SourceFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A locale's search index is kept under its own entries: an edit in one locale leaves the others' keys as they were. */
class KeyCacheTest {
    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] keys(Map<String, String>... byKey) {
        return byKey;
    }

    @Test
    void anEditChangesTheSearchKeyOfItsOwnLocaleOnly() {
        KeyCache cache = KeyCache.open(tmp, new SourceFiles(), "site", null, "code");
        Map<String, String>[] before = keys(Map.of("nl-NL", "a", "de-DE", "b", "en-US", "c"), Map.of("nl-NL", "d", "en-US", "e"));
        Map<String, String>[] after = keys(Map.of("nl-NL", "a2", "de-DE", "b", "en-US", "c"), Map.of("nl-NL", "d", "en-US", "e"));
        assertNotEquals(cache.searchKey("nl-NL", before), cache.searchKey("nl-NL", after));
        assertEquals(cache.searchKey("de-DE", before), cache.searchKey("de-DE", after));
        assertEquals(cache.searchKey("en-US", before), cache.searchKey("en-US", after));
        // the order of the keys is the index's order: it is part of the key
        assertNotEquals(cache.searchKey("en-US", before), cache.searchKey("en-US", keys(before[1], before[0])));
        // a page that was not made through the cache: no key
        assertNull(cache.searchKey("de-DE", keys(before[0], null)));
    }

    @Test
    void anEntrysDigestNamesAllOfIt() {
        SearchIndexWriter.Entry entry = new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst", new String[] {"a", "b"},
                new int[] {1, 2});
        String digest = KeyProduct.searched(entry);
        assertEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 2})));
        assertNotEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/b.html", "Titel", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 2})), "url");
        assertNotEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel2", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 2})), "title");
        assertNotEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst.",
                new String[] {"a", "b"}, new int[] {1, 2})), "excerpt");
        assertNotEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"a", "c"}, new int[] {1, 2})), "terms");
        assertNotEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 3})), "weights");
        assertNotEquals(digest, KeyProduct.searched(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"ab"}, new int[] {1})), "terms framed, not run together");
    }
}
