package dev.tolk.check;

import dev.tolk.check.LinkStatus.Outcome;
import dev.tolk.json.Json;
import dev.tolk.json.JsonReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of earlier external checks, kept in {@code .tolk/link-cache.json} so that a
 * second run (or a CI job that restores the file) does not ask every server again:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "links": {
 *     "https://example.org/a": { "ok": true, "status": 200, "detail": "200 OK", "checked": 1764172800 }
 *   }
 * }
 * }</pre>
 *
 * Keys are URLs without their fragment, {@code checked} is in epoch seconds. Only definitive
 * results are kept: OK, and BROKEN with a 4xx status other than 408 and 429 (a timeout, a 5xx
 * or a refusal may be different next time, and a refusal depends on the settings). The file is
 * written sorted by URL with one entry a line, so the same results give the same bytes and a
 * change reads well in a diff. A missing, unreadable or corrupt file is an empty cache (the
 * reason is kept in {@link #loadProblem()}), never a crash. Safe for use from many threads.
 */
public final class LinkCache {
    static final int FORMAT_VERSION = 1;

    private record Entry(boolean ok, int status, String detail, long checked) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final String loadProblem;

    private LinkCache(Path file, String loadProblem) {
        this.file = file;
        this.loadProblem = loadProblem;
    }

    /** A cache that lives only as long as this object; {@link #save()} does nothing. */
    public static LinkCache inMemory() {
        return new LinkCache(null, null);
    }

    /** The cache kept in {@code file}; empty when the file is missing or cannot be read as a cache. */
    public static LinkCache load(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) return new LinkCache(file, null);
        Object root;
        try {
            root = JsonReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            // a half-written or hand-edited file costs a full check, nothing more
            return new LinkCache(file, file + " was ignored: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("links") instanceof Map<?, ?> links)
                || !Long.valueOf(FORMAT_VERSION).equals(map.get("version"))) {
            return new LinkCache(file, file + " was ignored: not a version " + FORMAT_VERSION + " link cache");
        }
        LinkCache cache = new LinkCache(file, null);
        links.forEach((url, value) -> entry(value).ifPresent(e -> cache.entries.put(String.valueOf(url), e)));
        return cache;
    }

    private static Optional<Entry> entry(Object value) {
        if (value instanceof Map<?, ?> m && m.get("ok") instanceof Boolean ok && m.get("status") instanceof Long status
                && m.get("detail") instanceof String detail && m.get("checked") instanceof Long checked
                && status >= 0 && status < 1000 && definitive(ok, status.intValue())) {
            return Optional.of(new Entry(ok, status.intValue(), detail, checked));
        }
        return Optional.empty();
    }

    /** Why the file was not used, when it existed but could not be read as a cache. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    /**
     * The cached result for {@code url} (its fragment ignored) if it was checked no longer than
     * {@code maxAge} before {@code now}, marked {@link LinkStatus#fromCache()}. An entry stamped
     * more than {@code maxAge} after {@code now} is stale too: the clock that wrote it was wrong.
     */
    public synchronized Optional<LinkStatus> get(String url, Instant now, Duration maxAge) {
        String key = ExternalLinkChecker.withoutFragment(url);
        Entry e = entries.get(key);
        if (e == null) return Optional.empty();
        long age = now.getEpochSecond() - e.checked();
        if (Math.abs(age) > maxAge.getSeconds()) return Optional.empty();
        return Optional.of(new LinkStatus(key, e.ok() ? Outcome.OK : Outcome.BROKEN, e.status(), e.detail(), 0, true));
    }

    /** Remembers {@code s} as checked at {@code now} if it is definitive; other results are ignored. */
    public synchronized void put(LinkStatus s, Instant now) {
        boolean ok = s.outcome() == Outcome.OK;
        if (s.fromCache() || !(ok || s.outcome() == Outcome.BROKEN) || !definitive(ok, s.httpStatus())) return;
        entries.put(ExternalLinkChecker.withoutFragment(s.url()), new Entry(ok, s.httpStatus(), s.detail(), now.getEpochSecond()));
    }

    private static boolean definitive(boolean ok, int status) {
        return ok || (status >= 400 && status < 500 && status != 408 && status != 429);
    }

    /** Writes the cache back to its file (creating the folder), replacing it whole; nothing for an in-memory cache. */
    public void save() throws IOException {
        if (file == null) return;
        String text = serialize();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file's text: sorted by URL, one entry a line, keys in a fixed order, {@code \n} line ends. */
    synchronized String serialize() {
        Map<String, Object> links = new TreeMap<>();
        entries.forEach((url, e) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ok", e.ok());
            entry.put("status", e.status());
            entry.put("detail", e.detail());
            entry.put("checked", e.checked());
            links.put(url, entry);
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", FORMAT_VERSION);
        root.put("links", links);
        StringWriter out = new StringWriter();
        try {
            Json.write(root, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** How many entries the cache holds, fresh or not. */
    public synchronized int size() {
        return entries.size();
    }
}
