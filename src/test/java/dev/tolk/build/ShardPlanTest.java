package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.catalog.PageEntry;
import dev.tolk.model.FrontMatter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How article keys are dealt to shards: every key to one shard, by source bytes, the same deal whatever the order. */
class ShardPlanTest {
    private static final List<String> LOCALES = List.of("nl-NL", "de-DE", "ja-JP");

    @Test
    void readsShardsAsWritten() {
        assertEquals(Optional.of(new ShardPlan(2, 4)), ShardPlan.parse("2/4"));
        assertEquals(Optional.of(new ShardPlan(1, 1)), ShardPlan.parse("1/1"));
        assertEquals("3/1000", ShardPlan.parse("3/1000").orElseThrow().toString());
        for (String bad : new String[] {"0/3", "4/3", "1/0", "1/1001", "2", "2/", "/4", "a/b", "-1/3", "1/3/5", " 1/3", "", "1.0/3"}) {
            assertEquals(Optional.empty(), ShardPlan.parse(bad), bad);
        }
        assertEquals(Optional.empty(), ShardPlan.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new ShardPlan(0, 2));
    }

    @Test
    void onlyShardOneWritesTheSiteFiles() {
        assertTrue(new ShardPlan(1, 3).writesSiteFiles());
        assertTrue(!new ShardPlan(2, 3).writesSiteFiles());
    }

    @Test
    void dealsEveryKeyToExactlyOneShard(@TempDir Path tmp) throws Exception {
        List<PageEntry> pages = site(tmp, 97);
        Set<String> keys = new HashSet<>();
        for (PageEntry p : pages) keys.add(p.key());
        for (int n = 1; n <= 7; n++) {
            Map<String, Integer> owner = new HashMap<>();
            for (int i = 1; i <= n; i++) {
                for (String key : new ShardPlan(i, n).keys(pages)) {
                    Integer before = owner.put(key, i);
                    assertEquals(null, before, key + " dealt to shards " + before + " and " + i + " of " + n);
                }
            }
            assertEquals(keys, owner.keySet(), "every key of the site is some shard's, for " + n);
        }
    }

    @Test
    void dealsTheSameWhateverTheOrderOfThePages(@TempDir Path tmp) throws Exception {
        List<PageEntry> pages = site(tmp, 50);
        List<PageEntry> shuffled = new ArrayList<>(pages);
        Collections.shuffle(shuffled, new Random(3));
        for (int i = 1; i <= 4; i++) assertEquals(new ShardPlan(i, 4).keys(pages), new ShardPlan(i, 4).keys(shuffled));
    }

    @Test
    void balancesSourceBytesAndSplitsEveryLocale(@TempDir Path tmp) throws Exception {
        List<PageEntry> pages = site(tmp, 200);
        Map<String, Long> bytesByKey = new HashMap<>();
        for (PageEntry p : pages) bytesByKey.merge(p.key(), Files.size(p.file()), Long::sum);
        long largest = Collections.max(bytesByKey.values());
        for (int n = 2; n <= 5; n++) {
            long least = Long.MAX_VALUE;
            long most = 0;
            for (int i = 1; i <= n; i++) {
                Set<String> own = new ShardPlan(i, n).keys(pages);
                long load = own.stream().mapToLong(bytesByKey::get).sum();
                least = Math.min(least, load);
                most = Math.max(most, load);
                Set<String> locales = new HashSet<>();
                for (PageEntry p : pages) {
                    if (own.contains(p.key())) locales.add(p.locale());
                }
                assertEquals(Set.copyOf(LOCALES), locales, "shard " + i + "/" + n + " has pages of every locale");
            }
            // greedy to the least loaded: no shard is ahead of another by more than one key
            assertTrue(most - least <= largest, n + " shards: " + least + ".." + most + " bytes, largest key " + largest);
        }
    }

    /** {@code keys} article keys in three locales (one locale lacks every fifth), files of 1 to 20,000 bytes. */
    private static List<PageEntry> site(Path tmp, int keys) throws Exception {
        Random random = new Random(keys);
        List<PageEntry> pages = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            for (String locale : LOCALES) {
                if (locale.equals("ja-JP") && k % 5 == 0) continue;
                String key = "articles/a-" + k + ".md";
                Path file = tmp.resolve(locale).resolve(key);
                Files.createDirectories(file.getParent());
                Files.write(file, new byte[1 + random.nextInt(20_000)]);
                pages.add(new PageEntry(locale, key, file, "content/" + locale + "/" + key, locale, false, "A " + k, "A " + k,
                        FrontMatter.NONE));
            }
        }
        return pages;
    }
}
