package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.search.SearchIndexWriter;
import dev.tolk.search.TermPool;
import dev.tolk.source.SourceFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A locale's search index is kept under its own entries: an edit in one locale leaves the others'
 * keys as they were; an entry read from the store is decoded when asked for, as it was made.
 */
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
        String digest = KeyProduct.digest(entry);
        assertEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 2})));
        assertNotEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/b.html", "Titel", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 2})), "url");
        assertNotEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel2", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 2})), "title");
        assertNotEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst.",
                new String[] {"a", "b"}, new int[] {1, 2})), "excerpt");
        assertNotEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"a", "c"}, new int[] {1, 2})), "terms");
        assertNotEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"a", "b"}, new int[] {1, 3})), "weights");
        assertNotEquals(digest, KeyProduct.digest(new SearchIndexWriter.Entry("nl-NL/a.html", "Titel", "Tekst",
                new String[] {"ab"}, new int[] {1})), "terms framed, not run together");
    }

    @Test
    void aStoredEntryReadsBackAsMadeWithItsDigestAndABadLengthIsAMiss() throws Exception {
        SearchIndexWriter.Entry entry = new SearchIndexWriter.Entry("ja-JP/a.html", "題名", "本文 😀", new String[] {"本文", "題名"},
                new int[] {3, 10});
        KeyProduct made = new KeyProduct(List.of(new KeyProduct.Page("ja-JP", "ja-JP/a.html", new byte[] {1, 2}, entry)),
                new KeyFindings(), Map.of());
        byte[] meta = made.encode();
        KeyProduct read = KeyProduct.decode(meta);
        KeyProduct.Searched stored = read.pages().get(0).searched();
        assertEquals(KeyProduct.digest(entry), stored.digest());
        assertEquals(entry, stored.entry(new TermPool()));
        // the bytes it was read from are the ones written back
        assertArrayEquals(meta, read.encode());
        // an entry whose parts do not add up to its length is not a product
        byte[] bad = meta.clone();
        int at = indexOf(bad, "ja-JP/a.html".getBytes(java.nio.charset.StandardCharsets.UTF_8), 2) - 4; // the url's length
        bad[at + 3]++;
        assertThrows(java.io.IOException.class, () -> KeyProduct.decode(bad));
    }

    /** Where the {@code nth} occurrence of {@code part} starts in {@code all}. */
    private static int indexOf(byte[] all, byte[] part, int nth) {
        for (int i = 0; i + part.length <= all.length; i++) {
            if (java.util.Arrays.equals(all, i, i + part.length, part, 0, part.length) && --nth == 0) return i;
        }
        throw new AssertionError("not found");
    }

    /** Writes a jar of one entry {@code a.txt} holding {@code text}, its time an hour back (or now). */
    private static void jar(Path file, String text, boolean old) throws Exception {
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(file))) {
            out.putNextEntry(new java.util.jar.JarEntry("a.txt"));
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        if (old) {
            java.nio.file.Files.setLastModifiedTime(file,
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
        }
    }

    @Test
    void theCodesFingerprintIsKeptUnderTheJarsStampAndMadeAgainWhenTheJarChanges() throws Exception {
        Path jar = tmp.resolve("tolk.jar");
        Path store = tmp.resolve("store");
        jar(jar, "one", true);
        String first = KeyCache.code(jar, store);
        assertEquals(first, KeyCache.code(jar, null), "the same fingerprint with or without a store");
        long entries;
        try (var s = java.nio.file.Files.walk(store)) {
            entries = s.filter(java.nio.file.Files::isRegularFile).count();
        }
        assertEquals(1, entries, "the fingerprint is kept");
        assertEquals(first, KeyCache.code(jar, store), "and read back");
        jar(jar, "two", true); // another Tolk at the same path: another size or time, another fingerprint
        String second = KeyCache.code(jar, store);
        assertNotEquals(first, second);
        assertEquals(second, KeyCache.code(jar, null));
        // a jar written just now is not kept: its time may not yet show the next change
        Path fresh = tmp.resolve("fresh.jar");
        jar(fresh, "three", false);
        Path other = tmp.resolve("other-store");
        KeyCache.code(fresh, other);
        assertEquals(false, java.nio.file.Files.exists(other) && java.nio.file.Files.walk(other)
                .anyMatch(java.nio.file.Files::isRegularFile), "nothing kept for a jar modified in the last two seconds");
    }
}
