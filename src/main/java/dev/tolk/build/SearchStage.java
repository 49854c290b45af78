package dev.tolk.build;

import dev.tolk.catalog.PageEntry;
import dev.tolk.model.LocaleInfo;
import dev.tolk.output.SiteOutput;
import dev.tolk.search.SearchIndexPatch;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.source.WorkPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The search stage: each locale's search index, made from the page pass's entries, or the
 * cache's when made of the same entries, or patched from the locale's last index in the cache
 * when few of its entries changed ({@link #patched}). The entries are the largest thing a build holds at its
 * end, and assembling an index holds it twice more for a moment (its blocks, then the joined
 * bytes: 65 MB each for a 30,000-page Japanese index), so a large site's locales are assembled one
 * after another: each locale's entries are let go once its index is written, and the locale with
 * the most terms comes last, when the others' are gone (a 30,000x4 build assembling two at once
 * reached 1,004 MB of heap). A site of at most {@value #AT_ONCE_TERMS} terms in all (postings:
 * about 24 bytes each while assembled) has its locales' indexes made at once, one per thread;
 * a dev server's in-memory site makes each when it is first asked for.
 */
final class SearchStage {
    /** The most search index terms (postings) of all locales for which the locales' indexes are made at once. */
    static final long AT_ONCE_TERMS = 6_000_000;

    private SearchStage() {
    }

    /**
     * Writes each locale's index of the page pass's entries ({@code entries}, one map per article
     * key of {@code groups}, emptied as they are taken) into {@code out}, as JSON and as a script.
     */
    static void write(List<List<PageEntry>> groups, Map<String, KeyProduct.Searched>[] entries, List<LocaleInfo> locales,
                      KeyCache cache, KeyPass pass, StageCache.Run memo, SiteOutput out, WorkPool pool) throws Exception {
        Map<String, List<KeyProduct.Searched>> byLocale = byLocale(groups, entries, locales);
        Map<String, Long> terms = new HashMap<>();
        byLocale.forEach((locale, list) -> terms.put(locale, list.stream().mapToLong(KeyProduct.Searched::terms).sum()));
        List<String> order = new ArrayList<>(byLocale.keySet());
        order.sort(java.util.Comparator.comparing(terms::get)); // the one with the most terms last
        Map<String, Supplier<byte[]>> indexes = new LinkedHashMap<>();
        for (String locale : order) { // its entries are let go when its index is written
            indexes.put(locale, index(locale, byLocale.remove(locale), cache, pass, memo));
        }
        // a dev server's site makes an index when it is first asked for (a rebuild's reload waits for none)
        if (!memo.retains() && terms.values().stream().mapToLong(Long::longValue).sum() <= AT_ONCE_TERMS) {
            List<Supplier<byte[]>> all = new ArrayList<>(indexes.values());
            pool.forEach(all.size(), i -> all.get(i).get());
        }
        for (String locale : order) {
            Supplier<byte[]> index = indexes.remove(locale);
            // the index as JSON (for a served site), and as a script (for one opened from disk)
            out.later(locale + "/search-index.json", index);
            out.later(locale + "/search-index.js", SearchIndexWriter.scriptHead(), index, SearchIndexWriter.scriptTail());
        }
    }

    /** A locale's search index, made once when first asked for: the cache's when made of the same entries, else patched or made. */
    private static Supplier<byte[]> index(String locale, List<KeyProduct.Searched> searched, KeyCache cache, KeyPass pass,
                                          StageCache.Run memo) {
        // an index taken from the store as it was needs none of its entries: they are decoded only to make one
        Supplier<List<SearchIndexWriter.Entry>> entries = () -> searched.stream().map(e -> e.entry(pass.terms())).toList();
        Supplier<byte[]> json = !cache.stores() || memo.retains() ? memo.search(locale, entries.get())
                : () -> memo.search(locale, entries.get()).get();
        // its key (the digests of all its entries) is made where the index is, on the locales' threads
        Supplier<byte[]> made = !cache.stores() ? json : () -> {
            String key = cache.searchKey(locale, pass.searched());
            if (key == null) return json.get();
            String[] digests = searched.stream().map(KeyProduct.Searched::digest).toArray(String[]::new);
            return cache.searchIndex(locale, key, digests, earlier -> patched(locale, searched, digests, pass, earlier, json));
        };
        byte[][] once = new byte[1][];
        return () -> {
            synchronized (once) {
                if (once[0] == null) once[0] = made.get();
                return once[0];
            }
        };
    }

    /**
     * The index of {@code searched} (whose entries' digests are {@code digests}): patched from
     * {@code earlier} when that has as many docs and at most an eighth of them have other entries
     * now (only theirs are decoded), else made by {@code assemble}.
     */
    private static byte[] patched(String locale, List<KeyProduct.Searched> searched, String[] digests, KeyPass pass,
                                  KeyCache.EarlierIndex earlier, Supplier<byte[]> assemble) {
        if (earlier != null && earlier.digests().length == digests.length) {
            int most = Math.max(1, digests.length / 8);
            SortedMap<Integer, SearchIndexWriter.Entry> changed = new TreeMap<>();
            for (int i = 0; i < digests.length && changed.size() <= most; i++) {
                if (!digests[i].equals(earlier.digests()[i])) changed.put(i, searched.get(i).entry(pass.terms()));
            }
            byte[] index = changed.size() <= most ? SearchIndexPatch.patch(locale, earlier.json(), digests.length, changed) : null;
            if (index != null) return index;
        }
        return assemble.get();
    }

    /** Each locale's search index entries: its pages', in key order; {@code entries} is emptied as they are taken. */
    private static Map<String, List<KeyProduct.Searched>> byLocale(List<List<PageEntry>> groups,
                                                                    Map<String, KeyProduct.Searched>[] entries,
                                                                    List<LocaleInfo> locales) {
        Map<String, List<KeyProduct.Searched>> out = new LinkedHashMap<>();
        for (LocaleInfo l : locales) out.put(l.tag(), new ArrayList<>());
        for (int i = 0; i < groups.size(); i++) {
            for (PageEntry p : groups.get(i)) {
                KeyProduct.Searched e = entries[i].get(p.locale());
                if (e != null) out.get(p.locale()).add(e);
            }
            entries[i] = null;
        }
        return out;
    }
}
