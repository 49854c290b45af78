package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.config.SiteConfig;
import dev.tolk.model.FrontMatter;
import dev.tolk.model.LocaleInfo;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The page pass's products on disk ({@link CacheStore}): one entry per article key, under a key
 * that hashes exactly what decides the key's pages and findings (DESIGN §9):
 * <ul>
 * <li>the site's part, the same for every key: Tolk's code, the configuration, the templates
 *     and interface strings, the options that show in the output, every locale's file list, the
 *     content of every file read before the page pass other than the pages' own (tables of
 *     contents, zone pivots), the xref maps, the redirections, and the catalog (every
 *     page's locale, key, title, front matter and origin), from which navigation, links and
 *     language switchers are made;</li>
 * <li>the key's own: its name, each of its pages' locale and file content, and the includes its
 *     pages may show, each with its content in every locale ({@link IncludeFiles#shownBy}): an
 *     edited include remakes the pages that show it, not the site.</li>
 * </ul>
 * A file a page shows besides its own ({@code :::code}) is recorded with its digest in the
 * product and checked before the product is used. A miss or a bad entry makes the key afresh,
 * so the output is the same with a cold, warm or corrupted cache.
 */
final class KeyCache {
    static final KeyCache NONE = new KeyCache(null, null, null, PreviousSite.NONE);
    /** Pages per parallel run of the site key's hashing. */
    private static final int PAGES_PER_RUN = 512;

    private final CacheStore store;
    private final SourceFiles files;
    private final String site;
    private final PreviousSite previous;
    private final AtomicInteger hits = new AtomicInteger();

    private KeyCache(CacheStore store, SourceFiles files, String site, PreviousSite previous) {
        this.store = store;
        this.files = files;
        this.site = site;
        this.previous = previous;
    }

    /**
     * The store in {@code dir} for a site whose keys' common part is {@code site} (null: no
     * cache); {@code out}: the output folder the build replaces, whose pages it may link
     * ({@code null}: none, as for a site built in memory); {@code code}: Tolk's code.
     */
    static KeyCache open(Path dir, SourceFiles files, String site, Path out, String code) {
        if (site == null) return NONE;
        CacheStore store = new CacheStore(dir, CacheStore.DEFAULT_LIMIT);
        return new KeyCache(store, files, site, out == null ? PreviousSite.NONE : PreviousSite.of(store, out, code));
    }

    /** Whether products go to a store (not in a build without a cache, or in memory). */
    boolean stores() {
        return store != null;
    }

    /**
     * The cache key of an article key's pages, which may show the includes {@code shown} says
     * ({@link IncludeFiles#shownBy}); null when there is no cache or a file cannot be read.
     */
    String key(List<PageEntry> pages, String shown) {
        if (store == null) return null;
        Fingerprint f = new Fingerprint().add(site).add(shown).add(pages.get(0).key());
        try {
            for (PageEntry p : pages) f.add(p.locale()).add(p.file().toString()).add(files.digest(p.file()));
        } catch (IOException e) {
            return null; // made afresh, and the reading reports the problem
        }
        return f.hex();
    }

    /**
     * The product stored under {@code key}, without its pages' bytes ({@link #withPages}), if
     * whole and every file it showed is as it was; else null. {@code entries}: whether its search
     * entries keep their bytes ({@link KeyProduct#decode(byte[], boolean)}).
     */
    KeyProduct get(String key, boolean entries) {
        KeyProduct product = stored(key, entries);
        if (product == null) return null;
        for (Map.Entry<String, String> shown : product.shown().entrySet()) {
            try {
                if (!files.digest(Path.of(shown.getKey())).equals(shown.getValue())) return null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return product;
    }

    /** The product the store holds under {@code key}, as it is (its shown files not checked); null when none decodes. */
    private KeyProduct stored(String key, boolean entries) {
        byte[] payload = store.get(key).orElse(null);
        if (payload == null) return null;
        try {
            return KeyProduct.decode(payload, entries);
        } catch (IOException | RuntimeException e) {
            return null; // a payload that passed the checksum but does not decode: made afresh
        }
    }

    /**
     * The search entries, with their bytes, of the product under {@code key} (as {@link #get} read
     * it without them), in the order of its pages; null when the store no longer holds it whole.
     */
    List<KeyProduct.Searched> searched(String key) {
        KeyProduct product = stored(key, true);
        return product == null ? null : product.pages().stream().map(KeyProduct.Page::searched).toList();
    }

    /** {@code product}, read by {@link #get} under {@code key}, with its pages' bytes; null when they are not in the store. */
    KeyProduct withPages(String key, KeyProduct product) {
        byte[] all = store.get(pagesKey(key)).orElse(null);
        return all == null ? null : product.withPages(all);
    }

    /** The files of the product's pages in the site this build replaces, if that site holds them all as written; else null. */
    Path[] previous(String identity, KeyProduct product) {
        return previous.pages(identity, product);
    }

    /** Counts pages taken from the cache. */
    void hit(int pages) {
        hits.addAndGet(pages);
    }

    void put(String key, KeyProduct product) {
        store.put(pagesKey(key), product.pageBytes()); // before the meta: a meta found has its pages, unless trimmed since
        store.put(key, product.encode());
    }

    private static String pagesKey(String key) {
        return new Fingerprint().add(key).add("pages").hex();
    }

    /**
     * Records that {@code folder}, the output a build is about to swap in for {@code out}, holds
     * the pages of {@code products} (identities; null for a key not made through the cache).
     */
    void recordSite(Path out, String code, Path folder, String[] products) {
        if (store == null) return;
        List<String> made = new java.util.ArrayList<>(products.length);
        for (String p : products) {
            if (p != null) made.add(p);
        }
        PreviousSite.record(store, out, code, folder, made);
    }

    /** Starts noting the files this thread's key reads. */
    void record() {
        files.record();
    }

    /** The files this thread's key read, with their digests. */
    Map<Path, String> recorded() {
        return files.recorded();
    }

    /** Of the files a key read, those that are not its pages' own (their digests are in the key already). */
    static Map<String, String> shownBesides(Map<Path, String> read, List<PageEntry> pages) {
        Map<String, String> out = new TreeMap<>();
        Set<Path> own = new java.util.HashSet<>();
        for (PageEntry p : pages) own.add(p.file());
        read.forEach((file, digest) -> {
            if (!own.contains(file)) out.put(file.toString(), digest);
        });
        return out;
    }

    /**
     * What names an article key's product exactly: its cache key and the digests of the files
     * its pages showed besides their own (a product remade because one of those changed has the
     * same cache key, but not the same identity).
     */
    static String identity(String key, Map<String, String> shown) {
        return new Fingerprint().add(key).value(shown).hex();
    }

    /**
     * The key of a locale's search index, made of its entries ({@code searched}: the digests of
     * each article key's entries by locale, in key order); null when a key was not made through
     * the cache. An edit changes only the keys of the locales whose entries it changed.
     */
    String searchKey(String locale, Map<String, String>[] searched) {
        if (store == null) return null;
        Fingerprint f = new Fingerprint().add(site).add("search-index").add(locale);
        for (Map<String, String> key : searched) {
            if (key == null) return null;
            String entry = key.get(locale);
            if (entry != null) f.add(entry);
        }
        return f.hex();
    }

    /** A locale's search index made by an earlier build of this site: its JSON, and its docs' entry digests in order. */
    record EarlierIndex(byte[] json, String[] digests) {
    }

    /**
     * A locale's search index, stored under {@code key} (its {@link #searchKey}) with the digests
     * of its docs' entries: the one stored, else {@code make}'s, given the index last made for the
     * locale in a build of this site (null when the store has none whole), and then recorded as
     * the locale's last.
     */
    byte[] searchIndex(String locale, String key, String[] digests, Function<EarlierIndex, byte[]> make) {
        byte[] known = store.get(key).orElse(null);
        if (known != null) return known;
        byte[] made = make.apply(earlierIndex(locale));
        store.put(key, made);
        store.put(indexDocsKey(key), String.join("\n", digests).getBytes(StandardCharsets.US_ASCII));
        store.put(lastIndexKey(locale), key.getBytes(StandardCharsets.US_ASCII)); // after what it names
        return made;
    }

    private EarlierIndex earlierIndex(String locale) {
        try {
            String key = store.get(lastIndexKey(locale)).map(b -> new String(b, StandardCharsets.US_ASCII)).orElse(null);
            byte[] digests = key == null ? null : store.get(indexDocsKey(key)).orElse(null);
            byte[] json = digests == null ? null : store.get(key).orElse(null);
            if (json == null) return null;
            String docs = new String(digests, StandardCharsets.US_ASCII);
            return new EarlierIndex(json, docs.isEmpty() ? new String[0] : docs.split("\n", -1));
        } catch (IllegalArgumentException e) {
            return null; // a last index that is not a key
        }
    }

    private String lastIndexKey(String locale) {
        return new Fingerprint().add(site).add("last search index").add(locale).hex();
    }

    private static String indexDocsKey(String indexKey) {
        return new Fingerprint().add(indexKey).add("search index docs").hex();
    }

    /** The bytes stored under {@code key}, else {@code make}'s, stored. */
    <E extends Exception> byte[] blob(String key, Making<E> make) throws E {
        byte[] known = store.get(key).orElse(null);
        if (known != null) return known;
        byte[] made = make.make();
        store.put(key, made);
        return made;
    }

    /**
     * A file of the site made from nothing but what the site's part of the keys hashes (the
     * sitemap: the catalog and the base address; the locale homes, search pages, redirect pages,
     * chooser and 404: the catalog, navigation, templates and strings): the one stored for this site, else
     * {@code make}'s, stored; made without the store when there is none.
     */
    <E extends Exception> byte[] siteFile(String name, Making<E> make) throws E {
        return store == null ? make.make() : blob(new Fingerprint().add(site).add("site file").add(name).hex(), make);
    }

    /** What makes a file of the site ({@link #siteFile}). */
    interface Making<E extends Exception> {
        byte[] make() throws E;
    }

    /** Pages taken from the cache in this build. */
    int hits() {
        return hits.get();
    }

    /** Keeps the store within its bound; call when the build is done. */
    void close() {
        if (store != null) store.trim();
    }

    /**
     * The site's part of every key (see the class comment), or null when some input has no
     * canonical form (then the build runs without the cache rather than risk a wrong hit).
     */
    static String site(SiteConfig config, SiteBuilder.Options options, SiteInputs inputs, PageCatalog catalog,
                       Function<PageEntry, String> frontMatter, Set<String> redirected, Set<Path> includes, List<Path> xrefMaps,
                       String code, WorkPool pool) {
        try {
            Fingerprint f = new Fingerprint().add(CacheStore.FORMAT).add(code);
            f.value(config).value(options.locales()).add(inputs.indexer().display(options.source()))
                    .add(inputs.indexer().display(options.workDir()));
            templates(f, options.templates());
            f.value(inputs.locales());
            for (Map.Entry<String, ContentTree.LocaleFiles> e : new TreeMap<>(inputs.tree().locales()).entrySet()) {
                ContentTree.LocaleFiles l = e.getValue();
                f.add(e.getKey()).value(l.dir()).value(l.articles()).value(l.media()).value(l.tocs());
            }
            f.value(inputs.tree().refused());
            Set<Path> pageFiles = new java.util.HashSet<>();
            List<PageEntry> pages = new java.util.ArrayList<>();
            for (LocaleInfo l : catalog.locales()) pages.addAll(catalog.pages(l.tag()).values());
            for (PageEntry p : pages) pageFiles.add(p.file());
            // what other pages see of a page: its place, titles and front matter (not its body, or an edit would remake all),
            // the front matter by its digest (most recorded with the catalog entry); in runs of pages in parallel, each
            // run's digest in order
            String[] runs = new String[(pages.size() + PAGES_PER_RUN - 1) / PAGES_PER_RUN];
            pool.forEach(runs.length, r -> {
                Fingerprint run = new Fingerprint();
                for (PageEntry p : pages.subList(r * PAGES_PER_RUN, Math.min(pages.size(), (r + 1) * PAGES_PER_RUN))) {
                    run.add(p.locale()).add(p.key()).add(p.file().toString()).add(p.displayFile()).add(p.originLocale())
                            .value(p.reconstructed()).add(p.title()).add(p.sourceTitle()).add(frontMatter.apply(p));
                }
                runs[r] = run.hex();
            });
            for (String run : runs) f.add(run);
            TreeMap<String, String> others = new TreeMap<>();
            inputs.indexer().files().digests().forEach((file, digest) -> {
                if (!pageFiles.contains(file) && !includes.contains(file)) others.put(file.toString(), digest);
            });
            f.value(others).value(redirected);
            for (Path map : xrefMaps) f.value(map).add(Files.isRegularFile(map) ? SourceFiles.digest(Files.readAllBytes(map)) : "");
            for (var r : config.docfx().docset().redirections()) {
                f.value(r.file()).add(Files.isRegularFile(r.file()) ? SourceFiles.digest(Files.readAllBytes(r.file())) : "");
            }
            return f.hex();
        } catch (Exception e) {
            return null;
        }
    }

    /** The digest of what other pages see of {@code fm}: whether it is there and valid, and its values. */
    static String frontMatter(FrontMatter fm) {
        return new Fingerprint().value(fm.present()).value(fm.valid()).value(fm.values()).hex();
    }

    /** Every file of the templates folder (templates, assets, interface strings): path and content. */
    private static void templates(Fingerprint f, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            f.add("no templates");
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : all) f.add(dir.relativize(p).toString()).add(SourceFiles.digest(Files.readAllBytes(p)));
    }

    /**
     * Tolk's own code, by content, so that a changed Tolk never takes products of another and the
     * same Tolk built again (a CI job's fresh jar) takes its own: the name, size and CRC-32 of every
     * entry of the jar it runs from (read from the jar's directory, nothing decompressed), or of
     * every file of the classes folder (a development build: the CRC-32 of its content, as the
     * jar's directory holds it, and not a SHA-256, which without the JIT's intrinsic cost the tests'
     * C1-only JVMs 2% of their time, every build with a cache hashing 4 MB of classes).
     *
     * <p>With a store in {@code cache} (null: none), a jar's fingerprint is kept there under the
     * jar's path, size, time and file identity, as a content file's entry is: it is made at start-up,
     * where the digest runs before it is compiled (a tenth of a one-article rebuild). A jar modified
     * in the two seconds before is not recorded.
     */
    static String code(Path cache) throws IOException {
        Path where;
        try {
            where = Path.of(KeyCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot tell which Tolk is running", e);
        }
        return code(where, cache);
    }

    /** {@link #code(Path)} of the jar or classes folder {@code where}. */
    static String code(Path where, Path cache) throws IOException {
        if (cache == null || Files.isDirectory(where)) return digest(where);
        var a = Files.readAttributes(where, java.nio.file.attribute.BasicFileAttributes.class);
        long modified = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        CacheStore store = new CacheStore(cache, CacheStore.DEFAULT_LIMIT);
        String key = new Fingerprint().add(CacheStore.FORMAT).add("code").value(where.toAbsolutePath())
                .add(a.size() + " " + modified + " " + a.fileKey()).hex();
        byte[] known = store.get(key).orElse(null);
        if (known != null) return new String(known, java.nio.charset.StandardCharsets.UTF_8);
        String code = digest(where);
        if (modified < CacheStore.racyAfter()) {
            store.put(key, code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return code;
    }

    private static String digest(Path where) throws IOException {
        Fingerprint f = new Fingerprint();
        if (Files.isDirectory(where)) {
            List<Path> all;
            try (Stream<Path> s = Files.walk(where)) {
                all = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path p : all) {
                byte[] bytes = Files.readAllBytes(p);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                f.add(where.relativize(p).toString()).value((long) bytes.length).value(crc.getValue());
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile())) {
                List<java.util.jar.JarEntry> entries = new java.util.ArrayList<>(java.util.Collections.list(jar.entries()));
                entries.sort(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName));
                for (java.util.jar.JarEntry e : entries) f.add(e.getName()).value(e.getSize()).value(e.getCrc());
            }
        }
        return f.hex();
    }
}
