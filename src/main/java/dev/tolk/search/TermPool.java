package dev.tolk.search;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build's index terms, each held once in memory however many pages have it, and each
 * thread's word iterator of each locale (making one costs more than indexing a page); safe
 * for the page pass's threads.
 */
public final class TermPool {
    private final ConcurrentHashMap<String, String> terms = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, BreakIterator>> words = ThreadLocal.withInitial(HashMap::new);

    /** This thread's terms by their UTF-8 bytes, for {@link #of(byte[], int, int)}. */
    private final ThreadLocal<Utf8Terms> byBytes = ThreadLocal.withInitial(Utf8Terms::new);

    public String of(String term) {
        String had = terms.putIfAbsent(term, term);
        return had == null ? term : had;
    }

    /**
     * The term spelled by the UTF-8 bytes {@code utf8[offset, offset + length)}, as this pool
     * spells it: a term read back from the cache is looked up by its bytes, and no string is
     * made for one already known (most are: a locale's index decodes every page's terms, half
     * a million strings for the corpus's two locales, nearly all repeats).
     */
    public String of(byte[] utf8, int offset, int length) {
        return byBytes.get().of(this, utf8, offset, length);
    }

    /** This thread's word iterator of {@code localeTag}. */
    public BreakIterator words(String localeTag) {
        return words.get().computeIfAbsent(localeTag, SearchIndexWriter::words);
    }

    /** One thread's table of terms by their UTF-8 bytes (open addressing): a pool's strings, found without making one. */
    private static final class Utf8Terms {
        private int[] hashes = new int[1024];
        private byte[][] keys = new byte[1024][];
        private String[] values = new String[1024];
        private int size;

        String of(TermPool pool, byte[] utf8, int offset, int length) {
            int hash = 1;
            for (int i = offset; i < offset + length; i++) hash = 31 * hash + utf8[i];
            hash ^= hash >>> 16;
            int mask = keys.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                byte[] key = keys[slot];
                if (key == null) break;
                if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, utf8, offset, offset + length)) return values[slot];
            }
            String term = pool.of(new String(utf8, offset, length, StandardCharsets.UTF_8));
            if (2 * (size + 1) > keys.length) grow();
            put(hash, Arrays.copyOfRange(utf8, offset, offset + length), term);
            return term;
        }

        private void put(int hash, byte[] key, String value) {
            int mask = keys.length - 1;
            int slot = hash & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            hashes[slot] = hash;
            keys[slot] = key;
            values[slot] = value;
            size++;
        }

        private void grow() {
            int[] oldHashes = hashes;
            byte[][] oldKeys = keys;
            String[] oldValues = values;
            hashes = new int[2 * oldKeys.length];
            keys = new byte[2 * oldKeys.length][];
            values = new String[2 * oldKeys.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) put(oldHashes[i], oldKeys[i], oldValues[i]);
            }
        }
    }
}
