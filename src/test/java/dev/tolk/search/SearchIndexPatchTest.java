package dev.tolk.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tolk.search.SearchIndexWriter.Entry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An index patched from an earlier one is byte for byte the index assembled from the new
 * entries, over random docs and edits: text that the JSON escapes, terms in every range that
 * sorts differently by UTF-16 and by UTF-8, weights past a byte, docs that lose every term or
 * gain ones no doc had, terms that no doc keeps.
 */
class SearchIndexPatchTest {
    /** Terms and text: ASCII, escapes, Latin-1, CJK, a character past U+FFFF, U+FF21 (above a surrogate in UTF-16, below it in UTF-8). */
    private static final String[] PIECES = {"a", "b", "zz", "the", "\"", "\\", "\n", "\u0001", "\u007f", "é", "ß", "語",
        "\uD83D\uDE00", "\uFF21", "\u2028", "\uD800", "/", "ok", "0", "99"};

    @Test
    void aPatchedIndexIsTheAssembledOne() {
        Random random = new Random(20261207);
        for (int round = 0; round < 2_000; round++) {
            int docs = random.nextInt(12);
            List<Entry> before = new ArrayList<>();
            for (int d = 0; d < docs; d++) before.add(entry(random, d));
            List<Entry> after = new ArrayList<>(before);
            SortedMap<Integer, Entry> changed = new TreeMap<>();
            for (int k = docs == 0 ? 0 : random.nextInt(Math.min(docs, 4) + 1); k > 0; k--) {
                int d = random.nextInt(docs);
                Entry e = entry(random, d);
                after.set(d, e);
                changed.put(d, e);
            }
            byte[] expected = SearchIndexWriter.assemble("nl-NL", after);
            byte[] patched = SearchIndexPatch.patch("nl-NL", SearchIndexWriter.assemble("nl-NL", before), docs, changed);
            assertArrayEquals(expected, patched, () -> "round " + new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void anIndexOfAnotherShapeIsNotPatched() {
        Random random = new Random(7);
        List<Entry> entries = List.of(entry(random, 0), entry(random, 1), entry(random, 2));
        byte[] index = SearchIndexWriter.assemble("de-DE", entries);
        SortedMap<Integer, Entry> changed = new TreeMap<>(java.util.Map.of(1, entry(random, 1)));
        assertNull(SearchIndexPatch.patch("nl-NL", index, 3, changed), "another locale's");
        assertNull(SearchIndexPatch.patch("de-DE", index, 2, changed), "of more docs");
        assertNull(SearchIndexPatch.patch("de-DE", index, 4, changed), "of fewer docs");
        assertNull(SearchIndexPatch.patch("de-DE", Arrays.copyOf(index, index.length - 1), 3, changed), "cut short");
        byte[] longer = Arrays.copyOf(index, index.length + 1);
        longer[index.length] = ' ';
        assertNull(SearchIndexPatch.patch("de-DE", longer, 3, changed), "with more after it");
        for (int cut = 0; cut < index.length; cut += 7) {
            byte[] garbled = index.clone();
            garbled[cut] = '}';
            byte[] patched = SearchIndexPatch.patch("de-DE", garbled, 3, changed); // null, or an index made of what still reads
            if (patched != null) dev.tolk.json.JsonReader.read(new String(patched, StandardCharsets.UTF_8));
        }
    }

    private static Entry entry(Random random, int doc) {
        TreeSet<String> terms = new TreeSet<>();
        for (int t = random.nextInt(6); t > 0; t--) terms.add(text(random, 1 + random.nextInt(2)));
        String[] sorted = terms.toArray(new String[0]);
        int[] weights = new int[sorted.length];
        for (int t = 0; t < weights.length; t++) weights[t] = random.nextInt(10) == 0 ? 256 + random.nextInt(1000) : 1 + random.nextInt(13);
        return new Entry("p/" + doc + text(random, random.nextInt(3)) + ".html", text(random, random.nextInt(4)),
                text(random, random.nextInt(5)), sorted, weights);
    }

    private static String text(Random random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) s.append(PIECES[random.nextInt(PIECES.length)]);
        return s.toString();
    }
}
