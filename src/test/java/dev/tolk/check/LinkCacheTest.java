package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.check.LinkStatus.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {
    private static final Instant NOW = Instant.parse("2025-11-26T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private static LinkStatus ok(String url) {
        return new LinkStatus(url, Outcome.OK, 200, "200 OK", 1, false);
    }

    private static LinkStatus broken(String url, int status, String detail) {
        return new LinkStatus(url, Outcome.BROKEN, status, detail, 3, false);
    }

    @Test
    void roundTripsThroughItsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".tolk/link-cache.json");
        LinkCache cache = LinkCache.load(file);
        cache.put(ok("https://example.org/a"), NOW);
        cache.put(broken("https://example.org/gone", 410, "410 Gone"), NOW);
        cache.save();

        LinkCache again = LinkCache.load(file);
        assertEquals(Optional.empty(), again.loadProblem());
        assertEquals(Optional.of(new LinkStatus("https://example.org/a", Outcome.OK, 200, "200 OK", 0, true)),
                again.get("https://example.org/a", NOW, DAY));
        assertEquals(Optional.of(new LinkStatus("https://example.org/gone", Outcome.BROKEN, 410, "410 Gone", 0, true)),
                again.get("https://example.org/gone#top", NOW.plusSeconds(60), DAY));
    }

    @Test
    void writesSortedDeterministicText(@TempDir Path dir) throws IOException {
        LinkCache one = LinkCache.load(dir.resolve("one.json"));
        one.put(ok("https://b.example/"), NOW);
        one.put(broken("https://a.example/x", 404, "404 Not Found"), NOW);
        one.put(ok("https://a.example/\"quoted\"#frag"), NOW);
        one.save();
        LinkCache two = LinkCache.load(dir.resolve("two.json"));
        two.put(ok("https://a.example/\"quoted\""), NOW);
        two.put(ok("https://b.example/"), NOW);
        two.put(broken("https://a.example/x", 404, "404 Not Found"), NOW);
        two.save();

        String expected = """
                {
                  "version": 1,
                  "links": {
                    "https://a.example/\\"quoted\\"": { "ok": true, "status": 200, "detail": "200 OK", "checked": 1764158400 },
                    "https://a.example/x": { "ok": false, "status": 404, "detail": "404 Not Found", "checked": 1764158400 },
                    "https://b.example/": { "ok": true, "status": 200, "detail": "200 OK", "checked": 1764158400 }
                  }
                }
                """;
        assertEquals(expected, Files.readString(dir.resolve("one.json"), StandardCharsets.UTF_8));
        assertEquals(-1, Files.mismatch(dir.resolve("one.json"), dir.resolve("two.json")));
    }

    @Test
    void treatsCorruptFileAsEmpty(@TempDir Path dir) throws IOException {
        for (String text : List.of("{\"version\": 1, \"links\": {\"https://a.example/\": {\"ok\": tr", "not json at all", "[]",
                "{\"version\": 99, \"links\": {}}", "\u0000\u0001binary")) {
            Path file = dir.resolve("cache.json");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            LinkCache cache = LinkCache.load(file);
            assertEquals(0, cache.size(), text);
            assertTrue(cache.loadProblem().isPresent(), text);
            cache.put(ok("https://a.example/"), NOW);
            cache.save();
            assertEquals(1, LinkCache.load(file).size());
        }
    }

    @Test
    void skipsMalformedEntriesAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cache.json");
        Files.writeString(file, """
                {"version": 1, "links": {
                  "https://a.example/": {"ok": true, "status": 200, "detail": "200 OK", "checked": 1764158400},
                  "https://b.example/": {"ok": "yes", "status": 200, "detail": "200 OK", "checked": 1764158400},
                  "https://c.example/": {"ok": false, "status": 503, "detail": "503 Service Unavailable", "checked": 1764158400}
                }}
                """, StandardCharsets.UTF_8);
        LinkCache cache = LinkCache.load(file);
        assertEquals(1, cache.size());
        assertTrue(cache.get("https://a.example/", NOW, DAY).isPresent());
    }

    @Test
    void treatsMissingFileAsEmpty(@TempDir Path dir) {
        LinkCache cache = LinkCache.load(dir.resolve("nothing-here.json"));
        assertEquals(0, cache.size());
        assertEquals(Optional.empty(), cache.loadProblem());
    }

    @Test
    void ignoresEntriesOlderThanMaxAge() {
        LinkCache cache = LinkCache.inMemory();
        cache.put(ok("https://a.example/"), NOW);
        assertTrue(cache.get("https://a.example/", NOW.plus(DAY), DAY).isPresent());
        assertFalse(cache.get("https://a.example/", NOW.plus(DAY).plusSeconds(1), DAY).isPresent());
        assertFalse(cache.get("https://a.example/", NOW.plusSeconds(1), Duration.ZERO).isPresent());
        assertFalse(cache.get("https://a.example/", NOW.minus(Duration.ofDays(2)), DAY).isPresent(), "written by a clock that ran ahead");
    }

    @Test
    void keepsOnlyDefinitiveResults() {
        LinkCache cache = LinkCache.inMemory();
        cache.put(ok("https://a.example/ok"), NOW);
        cache.put(broken("https://a.example/404", 404, "404 Not Found"), NOW);
        cache.put(broken("https://a.example/408", 408, "408 Request Timeout"), NOW);
        cache.put(broken("https://a.example/429", 429, "429 Too Many Requests"), NOW);
        cache.put(broken("https://a.example/503", 503, "503 Service Unavailable"), NOW);
        cache.put(broken("https://a.example/timeout", 0, "timed out after 20 s"), NOW);
        cache.put(new LinkStatus("http://10.0.0.5/", Outcome.REFUSED, 0, "refused: 10.0.0.5 is a private address", 0, false), NOW);
        cache.put(new LinkStatus("mailto:a@example.org", Outcome.EXCLUDED, 0, "not http(s)", 0, false), NOW);

        assertEquals(2, cache.size());
        assertTrue(cache.get("https://a.example/ok", NOW, DAY).isPresent());
        assertTrue(cache.get("https://a.example/404", NOW, DAY).isPresent());
    }

    @Test
    void inMemoryCacheSavesNothing() throws IOException {
        LinkCache cache = LinkCache.inMemory();
        cache.put(ok("https://a.example/"), NOW);
        cache.save();
        assertEquals(1, cache.size());
    }
}
