package dev.tolk.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tolk.search.SearchIndexWriter.Doc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Partial indexes of shards joined are the index of all the pages made at once, byte for byte. */
class SearchIndexJoinTest {
    private static final String[] WORDS = {"factuur", "Rechnung", "ändern", "請求書", "ชำระเงิน", "\"quoted\"", "back\\slash",
            "line\u2028break", "lone\uD800surrogate", "emoji\uD83D\uDE00", "tab\there", "x".repeat(300), "l'homme"};

    private static byte[] write(String locale, List<Doc> docs) {
        return SearchIndexWriter.write(locale, docs).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void joinedPartsAreTheIndexOfAllDocsInKeyOrder() {
        assertJoinsToTheWhole(false);
    }

    /** A part whose docs are not in key order (no shard writes one, but a join must not depend on it). */
    @Test
    void joinsPartsWhoseDocsAreInAnyOrder() {
        assertJoinsToTheWhole(true);
    }

    private static void assertJoinsToTheWhole(boolean shuffled) {
        Random random = new Random(15);
        List<String> keys = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            keys.add(String.format("folder/page-%03d.md", i));
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            docs.add(new Doc(String.format("folder/page-%03d.html", i), WORDS[random.nextInt(WORDS.length)] + " " + i, text.toString()));
        }
        byte[] whole = write("nl-NL", docs);
        for (int shards = 1; shards <= 5; shards++) {
            List<List<String>> partKeys = new ArrayList<>();
            List<List<Doc>> partDocs = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                partKeys.add(new ArrayList<>());
                partDocs.add(new ArrayList<>());
            }
            for (int i = 0; i < docs.size(); i++) {
                int s = random.nextInt(shards); // any deal: each part keeps key order
                partKeys.get(s).add(keys.get(i));
                partDocs.get(s).add(docs.get(i));
            }
            if (shuffled) {
                for (int s = 0; s < shards; s++) {
                    long seed = random.nextLong();
                    java.util.Collections.shuffle(partKeys.get(s), new Random(seed));
                    java.util.Collections.shuffle(partDocs.get(s), new Random(seed));
                }
            }
            List<SearchIndexJoin.Part> parts = new ArrayList<>();
            for (int s = shards - 1; s >= 0; s--) parts.add(new SearchIndexJoin.Part(write("nl-NL", partDocs.get(s)), partKeys.get(s)));
            assertArrayEquals(whole, SearchIndexJoin.join("nl-NL", parts), shards + " parts");
        }
    }

    @Test
    void joinsEmptyParts() {
        byte[] empty = write("de-DE", List.of());
        assertArrayEquals(empty, SearchIndexJoin.join("de-DE", List.of(new SearchIndexJoin.Part(empty, List.of()),
                new SearchIndexJoin.Part(empty, List.of()))));
    }

    @Test
    void refusesAPartOfAnotherLocaleOrWithOtherKeys() {
        byte[] one = write("nl-NL", List.of(new Doc("a.html", "A", "text")));
        assertThrows(IllegalArgumentException.class, () -> SearchIndexJoin.join("de-DE", List.of(new SearchIndexJoin.Part(one, List.of("a.md")))));
        assertThrows(IllegalArgumentException.class, () -> SearchIndexJoin.join("nl-NL", List.of(new SearchIndexJoin.Part(one, List.of()))));
        assertThrows(IllegalArgumentException.class, () -> SearchIndexJoin.join("nl-NL",
                List.of(new SearchIndexJoin.Part("{\"v\":1}".getBytes(StandardCharsets.UTF_8), List.of()))));
        // two parts of one key
        assertThrows(IllegalArgumentException.class, () -> SearchIndexJoin.join("nl-NL",
                List.of(new SearchIndexJoin.Part(one, List.of("a.md")), new SearchIndexJoin.Part(one, List.of("a.md")))));
    }

    /** A part cut short or garbled anywhere is refused with IllegalArgumentException (the merge says so), never another exception. */
    @Test
    void refusesAPartCutShortOrGarbled() {
        byte[] part = write("nl-NL", List.of(new Doc("a.html", "A \"x\"", "factuur ändern 請求書"), new Doc("b.html", "B", "factuur")));
        List<String> keys = List.of("a.md", "b.md");
        SearchIndexJoin.join("nl-NL", List.of(new SearchIndexJoin.Part(part, keys))); // whole, it joins
        for (int cut = 0; cut < part.length; cut++) {
            byte[] shorter = java.util.Arrays.copyOf(part, cut);
            assertThrows(IllegalArgumentException.class, () -> SearchIndexJoin.join("nl-NL", List.of(new SearchIndexJoin.Part(shorter, keys))),
                    "cut at " + cut);
        }
        Random random = new Random(7);
        byte[] garbage = "[]{}\":,0129u\\x\u0001".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2_000; i++) {
            byte[] garbled = part.clone();
            garbled[random.nextInt(garbled.length)] = garbage[random.nextInt(garbage.length)];
            try {
                SearchIndexJoin.join("nl-NL", List.of(new SearchIndexJoin.Part(garbled, keys)));
            } catch (IllegalArgumentException refused) {
                // a garbled part may still read as an index (a digit for a digit); refused is the other outcome
            }
        }
    }
}
