package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageEntry;
import dev.tolk.config.SiteConfig;
import dev.tolk.model.FrontMatter;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The catalog stage's products: each article file's entry (its title, front matter and
 * findings) as the last build read it, with the file's size, modification time and digest. A
 * file whose size and time are as recorded is not read: its entry is the recorded one, and its
 * digest the one the page keys need. Any other file is read, and recorded for the next build.
 *
 * <p>A one-off build keeps the record on disk ({@link #open}), in one entry of the cache store
 * per content folder and configuration, and does not record a file that changed in the two
 * seconds before the build began (it might change again within the clock's tick: git's "racily
 * clean" rule); a bad record is ignored, and every file read. The record also keeps each include
 * file's digest with its size and time, so that a build whose includes are unchanged reads none
 * ({@link #includes}). A dev server keeps the entries in memory ({@link #kept}), and reads again
 * every file its watcher reported.
 */
final class EntryStore implements CatalogReader.Reads {
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LIST = 2;
    private static final byte MAP = 3;
    /** Entries per parallel run of the record's decoding. */
    private static final int ENTRIES_PER_RUN = 256;

    /**
     * A file as recorded: its size and time, the digest of its bytes, its entry, the digest of its
     * front matter as other pages see it ({@link KeyCache#frontMatter}), and the record's bytes in
     * the store as the last build wrote them (null for an entry read now), written back as they are
     * (a view of the record read, not a copy).
     */
    record Known(ContentTree.Stamp stamp, String digest, CatalogReader.FileEntry entry, String frontMatter,
                 java.nio.ByteBuffer recorded) {
    }

    /** An include file as recorded: its size and time, and the digest of its bytes. */
    record Digested(ContentTree.Stamp stamp, String digest) {
    }

    private final CacheStore store;
    private final String key;
    private final SourceFiles files;
    private final Map<Path, Known> before;
    private final Map<Path, Known> now = new ConcurrentHashMap<>();
    /** The include files' digests as recorded, by path; and this build's include files with their stamps. */
    private final Map<Path, Digested> includesBefore;
    private final Map<Path, ContentTree.Stamp> includes = new HashMap<>();
    private final long racyAfter;
    private final Predicate<Path> reported;
    private volatile boolean changed;
    /** The files read afresh in this build (recorded or not). */
    private final Set<Path> readAgain = ConcurrentHashMap.newKeySet();

    private EntryStore(CacheStore store, String key, SourceFiles files, Map<Path, Known> before,
                       Map<Path, Digested> includesBefore, long racyAfter, Predicate<Path> reported) {
        this.store = store;
        this.key = key;
        this.files = files;
        this.before = before;
        this.includesBefore = includesBefore;
        this.racyAfter = racyAfter;
        this.reported = reported;
    }

    /** The entries a dev server's last build read ({@code before}); a file {@code reported} by its watcher is read again. */
    static EntryStore kept(Map<Path, Known> before, SourceFiles files, Predicate<Path> reported) {
        return new EntryStore(null, null, files, before, Map.of(), Long.MAX_VALUE, reported);
    }

    /**
     * The entries recorded for {@code source} read with {@code config} by this {@code code} (none if
     * there is no such record), decoded on {@code pool}'s threads.
     */
    static EntryStore open(Path cache, SiteConfig config, Path source, Path workDir, String code, SourceFiles files,
                           WorkPool pool) {
        long racyAfter = CacheStore.racyAfter(); // files modified after this, as the build began, are read but not recorded
        CacheStore store = new CacheStore(cache, CacheStore.DEFAULT_LIMIT);
        String key = key(config, source, workDir, code);
        Map<Path, Known> before = Map.of();
        Map<Path, Digested> includes = Map.of();
        byte[] payload = store.get(key).orElse(null);
        if (payload != null) {
            try {
                PayloadReader in = new PayloadReader(payload);
                before = decode(payload, in, pool);
                includes = digested(in, payload.length);
            } catch (Exception e) {
                before = Map.of(); // passed the checksum but does not decode: every file is read
                includes = Map.of();
            }
        }
        return new EntryStore(store, key, files, before, includes, racyAfter, file -> false);
    }

    /** The record's key in the store: one record per content folder, configuration and Tolk. */
    static String key(SiteConfig config, Path source, Path workDir, String code) {
        return new Fingerprint().add(CacheStore.FORMAT).add("catalog entries, each framed, with the includes' digests")
                .add(code).value(config)
                .value(source.toAbsolutePath().normalize()).value(workDir.toAbsolutePath().normalize()).hex();
    }

    @Override
    public CatalogReader.FileEntry read(String locale, String key, Path file, ContentTree.Stamp stamp,
                                        Supplier<CatalogReader.FileEntry> fresh) {
        Known known = before.get(file);
        if (known != null && stamp != null && stamp.equals(known.stamp()) && locale.equals(known.entry().entry().locale())
                && key.equals(known.entry().entry().key()) && !reported.test(file)) {
            files.known(file, known.digest());
            now.put(file, known);
            return known.entry();
        }
        readAgain.add(file);
        CatalogReader.FileEntry entry = fresh.get();
        boolean recorded = store == null // in memory: any entry (one without a stamp is read again next time)
                || stamp != null && stamp.modified() < racyAfter && recordable(entry.entry() == null ? null : entry.entry().frontMatter().values());
        if (entry.entry() != null && recorded) {
            try {
                now.put(file, new Known(stamp, files.digest(file), entry, KeyCache.frontMatter(entry.entry().frontMatter()), null));
                changed = true;
            } catch (IOException e) {
                // not recorded: read again next time
            }
        }
        return entry;
    }

    /**
     * Keeps every entry found that this build did not read again (the catalog of a kept scan is
     * updated with the edited files only), and tells {@code sink} every entry's findings.
     */
    void keepTheRest(java.util.function.Consumer<dev.tolk.diag.Diagnostic> sink) {
        before.forEach((file, known) -> {
            if (now.putIfAbsent(file, known) == null) files.known(file, known.digest());
        });
        for (Known k : now.values()) k.entry().diagnostics().forEach(sink);
    }

    /**
     * The digest of {@code page}'s front matter ({@link KeyCache#frontMatter}): the recorded one
     * when the page's entry is its file's recorded or recorded-now entry (a source page
     * reconstructed from a translated one shares its front matter), else made now.
     */
    String frontMatter(PageEntry page) {
        Known k = now.get(page.file());
        return k != null && k.entry().entry().frontMatter() == page.frontMatter() ? k.frontMatter()
                : KeyCache.frontMatter(page.frontMatter());
    }

    /**
     * Tells the build the digests of the include files of {@code tree} whose size and time are
     * as recorded, so that keying the includes reads none of them (the corpus's two are 620 KB);
     * the others are read and digested as before, and recorded at {@link #save}.
     */
    void includes(ContentTree tree) {
        for (ContentTree.LocaleFiles l : tree.locales().values()) {
            for (String k : l.articles()) {
                ContentTree.Stamp stamp = l.stamps().get(k);
                if (!dev.tolk.model.Article.isInclude(k) || stamp == null) continue;
                Path file = l.dir().resolve(k);
                includes.put(file, stamp);
                Digested recorded = includesBefore.get(file);
                if (recorded != null && recorded.stamp().equals(stamp)) files.known(file, recorded.digest());
            }
        }
    }

    /** This build's entries: the ones found and kept, and the ones read. */
    Map<Path, Known> now() {
        return Map.copyOf(now);
    }

    /** Records this build's entries for the next, if they differ from the ones it found; call when the build is done. */
    void save() {
        if (store == null) return;
        // an include is recorded when its digest was made or known in this build, and not too recently modified to trust
        Map<Path, String> digests = includes.isEmpty() ? Map.of() : files.digests();
        Map<Path, Digested> digested = new HashMap<>();
        includes.forEach((file, stamp) -> {
            String digest = digests.get(file);
            if (digest != null && stamp.modified() < racyAfter) digested.put(file, new Digested(stamp, digest));
        });
        // written again when an entry was recorded, a recorded file is gone, or an include's digest is new: not for a
        // file read again but modified too recently to record (a rebuild right after an edit), whose recorded entry
        // the next build finds stale by its stamp as it does now (the corpus's record is 6.4 MB, encoded and written)
        if (!changed && !gone() && digested.equals(includesBefore)) return;
        try {
            store.put(key, encode(now, digested));
        } catch (IOException e) {
            // not recorded: the next build reads every file
        }
    }

    /** Whether a file the record holds was neither found unchanged nor read again in this build (it is gone). */
    private boolean gone() {
        for (Path file : before.keySet()) {
            if (!now.containsKey(file) && !readAgain.contains(file)) return true;
        }
        return false;
    }

    /** The record: the count of entries, then each entry framed by its length (so that runs of them decode in parallel). */
    private static byte[] encode(Map<Path, Known> known, Map<Path, Digested> digested) throws IOException {
        Map<String, Known> sorted = new TreeMap<>();
        known.forEach((file, k) -> sorted.put(file.toString(), k));
        List<java.nio.ByteBuffer> entries = new ArrayList<>(sorted.size());
        int length = Integer.BYTES;
        for (Map.Entry<String, Known> e : sorted.entrySet()) {
            Known k = e.getValue();
            // a recorded entry: its bytes as they were
            java.nio.ByteBuffer entry = k.recorded() != null ? k.recorded().duplicate()
                    : java.nio.ByteBuffer.wrap(entry(e.getKey(), k));
            entries.add(entry);
            length = Math.addExact(length, entry.remaining());
        }
        ByteArrayOutputStream tail = new ByteArrayOutputStream(); // then the includes' digests
        try (DataOutputStream o = new DataOutputStream(tail)) {
            Map<String, Digested> byPath = new TreeMap<>();
            digested.forEach((file, d) -> byPath.put(file.toString(), d));
            o.writeInt(byPath.size());
            for (Map.Entry<String, Digested> e : byPath.entrySet()) {
                KeyProduct.text(o, e.getKey());
                o.writeLong(e.getValue().stamp().size());
                o.writeLong(e.getValue().stamp().modified());
                KeyProduct.text(o, e.getValue().digest());
            }
        }
        length = Math.addExact(length, tail.size());
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(length); // the record's size known: one array, not a growing buffer
        out.putInt(entries.size());
        for (java.nio.ByteBuffer entry : entries) out.put(entry);
        out.put(tail.toByteArray());
        return out.array();
    }

    /** One entry's bytes, framed by their length. */
    private static byte[] entry(String file, Known k) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            PageEntry p = k.entry().entry();
            KeyProduct.text(out, file);
            out.writeLong(k.stamp().size());
            out.writeLong(k.stamp().modified());
            KeyProduct.text(out, k.digest());
            KeyProduct.text(out, k.frontMatter());
            for (String s : List.of(p.locale(), p.key(), p.displayFile(), p.originLocale(), p.title(), p.sourceTitle())) {
                KeyProduct.text(out, s);
            }
            out.writeBoolean(p.frontMatter().present());
            out.writeBoolean(p.frontMatter().valid());
            value(out, p.frontMatter().values());
            out.writeInt(p.includes().size());
            for (String include : p.includes()) KeyProduct.text(out, include);
            KeyProduct.writeDiagnostics(out, k.entry().diagnostics());
        }
        byte[] body = buffer.toByteArray();
        byte[] framed = new byte[Integer.BYTES + body.length];
        java.nio.ByteBuffer.wrap(framed).putInt(body.length).put(body);
        return framed;
    }

    /** The entries of the record {@code payload}, read from {@code in} (left after them). */
    private static Map<Path, Known> decode(byte[] payload, PayloadReader in, WorkPool pool) throws Exception {
        int n = KeyProduct.count(in, payload.length);
        int[] starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            starts[i] = in.position();
            in.skip(KeyProduct.count(in, in.available()));
        }
        starts[n] = in.position();
        Known[] known = new Known[n];
        pool.forEach((n + ENTRIES_PER_RUN - 1) / ENTRIES_PER_RUN, r -> {
            for (int i = r * ENTRIES_PER_RUN; i < Math.min(n, (r + 1) * ENTRIES_PER_RUN); i++) {
                try {
                    known[i] = decode(payload, starts[i], starts[i + 1]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        Map<Path, Known> out = new HashMap<>(n * 2);
        for (Known k : known) out.put(k.entry().entry().file(), k);
        return out;
    }

    /** The includes' digests after the entries: the rest of the record. */
    private static Map<Path, Digested> digested(PayloadReader in, int limit) throws IOException {
        Map<Path, Digested> out = new HashMap<>();
        for (int i = KeyProduct.count(in, limit); i > 0; i--) {
            Path file = Path.of(KeyProduct.text(in));
            out.put(file, new Digested(new ContentTree.Stamp(in.readLong(), in.readLong()), KeyProduct.text(in)));
        }
        if (in.available() != 0) throw new IOException("bytes after the includes");
        return out;
    }

    /** The entry framed in {@code payload[start, end)}. */
    private static Known decode(byte[] payload, int start, int end) throws IOException {
        PayloadReader in = new PayloadReader(payload, start + Integer.BYTES, end - start - Integer.BYTES);
        Path file = Path.of(KeyProduct.text(in));
        ContentTree.Stamp stamp = new ContentTree.Stamp(in.readLong(), in.readLong());
        String digest = KeyProduct.text(in);
        String frontMatter = KeyProduct.text(in);
        String locale = KeyProduct.text(in);
        String key = KeyProduct.text(in);
        String display = KeyProduct.text(in);
        String origin = KeyProduct.text(in);
        String title = KeyProduct.text(in);
        String sourceTitle = KeyProduct.text(in);
        boolean present = in.readBoolean();
        boolean valid = in.readBoolean();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) value(in, end);
        FrontMatter fm = new FrontMatter(present, valid, values);
        List<String> includes = new ArrayList<>();
        for (int i = KeyProduct.count(in, end); i > 0; i--) includes.add(KeyProduct.text(in));
        PageEntry entry = new PageEntry(locale, key, file, display, origin, false, title, sourceTitle, fm, includes);
        CatalogReader.FileEntry read = new CatalogReader.FileEntry(entry, KeyProduct.readDiagnostics(in, end));
        if (in.available() != 0) throw new IOException("bytes after an entry");
        return new Known(stamp, digest, read, frontMatter, java.nio.ByteBuffer.wrap(payload, start, end - start).slice());
    }

    /** Whether front matter values are only what {@link #value(DataOutputStream, Object)} writes. */
    private static boolean recordable(Object v) {
        if (v == null || v instanceof String) return true;
        if (v instanceof List<?> list) return list.stream().allMatch(EntryStore::recordable);
        if (v instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && recordable(e.getValue()));
        }
        return false;
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(TEXT);
            KeyProduct.text(out, s);
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object o : list) value(out, o);
        } else {
            Map<?, ?> map = (Map<?, ?>) v;
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                KeyProduct.text(out, (String) e.getKey());
                value(out, e.getValue());
            }
        }
    }

    private static Object value(PayloadReader in, int limit) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case TEXT:
                return KeyProduct.text(in);
            case LIST: {
                int n = KeyProduct.count(in, limit);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(value(in, limit));
                return Collections.unmodifiableList(list);
            }
            case MAP: {
                int n = KeyProduct.count(in, limit);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) map.put(KeyProduct.text(in), value(in, limit));
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("bad value tag " + tag);
        }
    }
}
