package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.diag.Diagnostic;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.PageNav;
import dev.tolk.output.SiteOutput;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.LazySearchIndex;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.search.TermPool;
import dev.tolk.source.ContentTree;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reuse of what earlier builds made (DESIGN §4, §9): each stage's product is kept in a slot (the
 * stage, and which of its products: a locale's navigation, a page's path, an article key) under
 * a key made of exactly what decides it, and a later build whose inputs give the same key takes
 * it instead of making it again. Every build runs every stage through here; none knows which
 * products were made afresh.
 *
 * <p>{@code tolk serve} keeps what each build used for the next ({@link #watched()}); its file
 * watcher says which files changed ({@link #touched}). A one-off {@code tolk build} keeps nothing
 * in memory ({@link #none()}); across builds it has the on-disk store, through the same stages
 * ({@link KeyCache} for article keys' pages, {@link EntryStore} for catalog entries).
 *
 * <p>The stages and their keys:
 * <ul>
 * <li>the scan of the content folder: kept while the watcher reports only edits of files it
 *     listed (no file added, removed or renamed);</li>
 * <li>each article file's catalog entry ({@link EntryStore}): kept while its size and time stay
 *     and the watcher has not reported it. After a kept scan, the catalog itself is kept, with
 *     only the edited articles' entries (and the source-locale pages reconstructed from them)
 *     made again;</li>
 * <li>each article key's pages ({@link KeyState}), under the digests of the key's files, the
 *     site's locales and its includes, and checked against the presence, now, of every page the
 *     bodies' links looked up. A page of a key taken whole is not even modelled again when its
 *     navigation (groups, neighbours, previous and next) shows the same; any other page is
 *     modelled, and rendered only if its model differs from the one kept;</li>
 * <li>each locale's navigation: under its tables of contents and the locales' pages' keys,
 *     titles and uids;</li>
 * <li>the link checker's table of the site's files, under the folders' file lists and every
 *     locale's page keys, and with it each page's link check, while the page's links and the
 *     anchors they point to stay;</li>
 * <li>the include files, read, parsed and checked, under each one's size and time (and each
 *     locale's {@code zone-pivot-groups.yml}'s), while the watcher reports none of them;</li>
 * <li>every other page (homes, search pages, chooser, 404), under its model; the assets, under
 *     the size and time of each file of {@code templates/assets};</li>
 * <li>each locale's search index, under its pages' search entries (each made with its page, and
 *     kept with the page's key).</li>
 * </ul>
 * Templates, interface strings and configuration are not keyed: the caller starts a new cache
 * when one of them changes. A build that fails leaves the cache as it was.
 */
public final class StageCache {
    /** A stage whose products are kept: its name, and the type of its products. */
    record Stage<T>(String name, Class<T> type) {
    }

    static final Stage<Engines> ENGINES = new Stage<>("engines", Engines.class);
    static final Stage<Nav> NAVIGATION = new Stage<>("navigation", Nav.class);
    static final Stage<SiteLinks.Files> LINK_FILES = new Stage<>("link files", SiteLinks.Files.class);
    static final Stage<SiteLinks.Checks> LINK_CHECKS = new Stage<>("link checks", SiteLinks.Checks.class);
    static final Stage<KeyState> ARTICLE_PAGES = new Stage<>("article pages", KeyState.class);
    static final Stage<Page> PAGE = new Stage<>("page", Page.class);
    static final Stage<Presence> PRESENCE = new Stage<>("presence", Presence.class);
    static final Stage<IncludeFiles> INCLUDES = new Stage<>("includes", IncludeFiles.class);
    static final Stage<LocalePages.Assets> ASSETS = new Stage<>("assets", LocalePages.Assets.class);
    static final Stage<LazySearchIndex> SEARCH = new Stage<>("search index", LazySearchIndex.class);

    /** Which product of a stage. */
    private record Slot(Stage<?> stage, Object which) {
    }

    /** A product and the key it was made under. */
    private record Kept(Object key, Object product) {
    }

    /** An article reported by the watcher and listed by the last scan: where it is, and its size and time now. */
    private record Edited(String locale, String key, Path file, ContentTree.Stamp stamp) {
    }

    /** A page made: the model it was rendered from (null when it came from the on-disk store), and the bytes. */
    record Page(Object model, byte[] bytes) {
    }

    /**
     * A locale's navigation: what it is (its table of contents or folder tree, and the view from
     * each page), and the problems its tables of contents have.
     */
    record Nav(List<NavItem> items, PageNav pages, List<Diagnostic> problems) {
    }

    /** Makes a value that may fail to be read. */
    interface Maker<T> {
        T make() throws IOException;
    }

    private final boolean retain;
    private final boolean watched;
    private final Set<Path> touched = ConcurrentHashMap.newKeySet();
    private Map<Slot, Kept> kept = Map.of();
    private Map<Path, EntryStore.Known> entries = Map.of();
    private ContentTree tree;
    private PageCatalog catalog;
    private int files;

    private StageCache(boolean retain, boolean watched) {
        this.retain = retain;
        this.watched = watched;
    }

    /**
     * A cache for a dev server, whose file watcher reports every change in the content folder
     * ({@link #touched}): a build keeps the last scan of the folder when every file reported is
     * one the scan listed and is still a plain file (an edit), and scans again otherwise (a file
     * added, removed or renamed, a folder, anything else), or always when an article is a link
     * (symbolic or hard) to another, whose edits the watcher would report under one name only.
     */
    public static StageCache watched() {
        return new StageCache(true, true);
    }

    /** A cache that keeps what each build made for the next, and scans the content folder every time. */
    public static StageCache kept() {
        return new StageCache(true, false);
    }

    /** A cache that keeps nothing: a one-off build ({@code tolk build}) holds no site in memory. */
    static StageCache none() {
        return new StageCache(false, false);
    }

    /** Files the caller saw change (the watcher's events): read again whatever their size and time say. */
    public void touched(Collection<Path> changed) {
        for (Path f : changed) touched.add(f.toAbsolutePath().normalize());
    }

    Run run() {
        return new Run();
    }

    private static Set<String> names(Set<Path> paths) {
        Set<String> names = new java.util.HashSet<>();
        for (Path p : paths) {
            if (p.getFileName() != null) names.add(p.getFileName().toString());
        }
        return names;
    }

    /** One build's use of the cache: the products of the last build, and this one's, which replace them on {@link #commit}. */
    final class Run {
        private final Set<Path> seen = Set.copyOf(touched);
        private final Set<String> seenNames = names(seen);
        private final Map<Slot, Kept> made = new ConcurrentHashMap<>();
        private final AtomicInteger rendered = new AtomicInteger();
        private final AtomicInteger bodies = new AtomicInteger();
        private EntryStore newEntries;
        private ContentTree newTree;
        private PageCatalog newCatalog;
        /** The articles reported since the last build, when the scan is kept (else null): read again, the rest kept. */
        private List<Edited> edited;

        /** The product of {@code stage} in slot {@code which} made under {@code key}: the last build's, else {@code make}'s. */
        <T> T product(Stage<T> stage, Object which, Object key, Maker<T> make) throws IOException {
            T old = last(stage, which, key);
            T product = old != null ? old : make.make();
            keep(stage, which, key, product);
            return product;
        }

        /** The last build's product of {@code stage} in slot {@code which}, if made under {@code key}; else null. */
        <T> T last(Stage<T> stage, Object which, Object key) {
            Kept k = kept.get(new Slot(stage, which));
            return k != null && k.key().equals(key) ? stage.type().cast(k.product()) : null;
        }

        /** The last build's product of {@code stage} in slot {@code which}, whatever it was made under; null if none. */
        <T> T last(Stage<T> stage, Object which) {
            Kept k = kept.get(new Slot(stage, which));
            return k == null ? null : stage.type().cast(k.product());
        }

        /** Whether this build's products are kept for the next (a dev server's). */
        boolean retains() {
            return retain;
        }

        /** Keeps a product of this build for the next. */
        <T> void keep(Stage<T> stage, Object which, Object key, T product) {
            if (retain) made.put(new Slot(stage, which), new Kept(key, product));
        }

        /**
         * The content folder's files: the last scan, with the edited articles' sizes and times
         * as they are now, when the cache is {@linkplain #watched() watched} and every file
         * reported since is one that scan listed and still a plain file; else a new scan.
         */
        ContentTree tree(Path root, Maker<ContentTree> scan) throws IOException {
            edited = keptScan(root);
            if (edited == null) {
                newTree = scan.make();
            } else {
                Map<String, Map<String, ContentTree.Stamp>> stamps = new HashMap<>();
                for (Edited e : edited) stamps.computeIfAbsent(e.locale(), l -> new HashMap<>()).put(e.key(), e.stamp());
                newTree = tree.withStamps(stamps);
            }
            return newTree;
        }

        /** The articles edited since the last scan, if it can be kept; else null. */
        private List<Edited> keptScan(Path root) {
            if (!watched || tree == null || tree.aliased() || !tree.root().equals(root)) return null;
            List<Edited> found = new ArrayList<>();
            Path base = root.toAbsolutePath().normalize();
            for (Path p : seen) {
                if (!p.startsWith(base)) continue; // a template or the configuration: not content
                var listed = tree.listed(p);
                var stamp = ContentTree.stamp(p);
                if (listed.isEmpty() || stamp.isEmpty()) return null;
                ContentTree.LocaleFiles files = tree.locales().get(listed.get().locale());
                if (listed.get().article()) {
                    found.add(new Edited(listed.get().locale(), listed.get().key(), files.dir().resolve(listed.get().key()),
                            stamp.get()));
                }
            }
            return found;
        }

        /**
         * Every article's page entry: the last catalog with the edited articles read again, when
         * the scan was kept and the locales are the same; else each file's entry, from
         * {@code stored} (the on-disk record of a one-off build), or kept from the last build
         * while its size and time stay and the watcher did not report it, or read now.
         */
        PageCatalog catalog(CatalogReader reader, List<LocaleInfo> siteLocales, String sourceLocale, ContentTree files,
                            WorkPool pool, Consumer<Diagnostic> sink, EntryStore stored) throws Exception {
            // a build whose products no later build takes (a one-off build without the on-disk store) keeps no entries
            EntryStore entries = stored != null ? stored
                    : retain ? EntryStore.kept(StageCache.this.entries, reader.files(), this::reported) : null;
            newEntries = entries;
            if (entries == null) {
                newCatalog = reader.index(siteLocales, sourceLocale, files, pool);
                return newCatalog;
            }
            if (edited != null && catalog != null && siteLocales.equals(catalog.locales())
                    && sourceLocale.equals(catalog.sourceLocale())) {
                List<CatalogReader.FileEntry> fresh = new ArrayList<>();
                for (Edited e : edited) {
                    fresh.add(entries.read(e.locale(), e.key(), e.file(), e.stamp(), () -> reader.read(e.locale(), e.key(), e.file())));
                }
                PageCatalog updated = reader.update(catalog, fresh);
                if (updated != null) {
                    entries.keepTheRest(sink);
                    newCatalog = updated;
                    return updated;
                }
            }
            newCatalog = reader.index(siteLocales, sourceLocale, files, pool, entries);
            return newCatalog;
        }

        /** Whether the watcher reported the file (compared by name first: paths are made absolute only for those). */
        boolean reported(Path file) {
            Path name = file.getFileName();
            return name != null && seenNames.contains(name.toString()) && seen.contains(file.toAbsolutePath().normalize());
        }

        /** A page renderer: the template run on a model (may fail on a broken template). */
        interface Render {
            byte[] render(Object model) throws PageRenderer.TemplateProblem;
        }

        /**
         * Makes a page: {@code old} when {@code unchanged} says nothing it shows can have changed,
         * or when its model equals {@code old}'s; else the model rendered afresh.
         */
        Page page(Page old, boolean unchanged, Supplier<Object> model, Render render) throws PageRenderer.TemplateProblem {
            if (unchanged && old != null) return old;
            Object m = model.get();
            if (old != null && m.equals(old.model())) return old;
            rendered.incrementAndGet();
            return new Page(m, render.render(m));
        }

        /** Writes a page that is not an article's (home, search, chooser, 404), made as {@link #page(Page, boolean, Supplier, Render)} says. */
        void page(String path, Supplier<Object> model, Render render, SiteOutput out)
                throws IOException, PageRenderer.TemplateProblem {
            Page page = page(last(PAGE, path), false, model, render);
            keep(PAGE, path, "", page);
            out.write(path, page.bytes());
        }

        /** A locale's search index, made when first asked for: the last build's when its pages' entries are the same. */
        Supplier<byte[]> search(String locale, List<SearchIndexWriter.Entry> entries) {
            LazySearchIndex old = last(SEARCH, locale);
            LazySearchIndex index = old != null && old.entries().equals(entries) ? old : new LazySearchIndex(locale, entries);
            keep(SEARCH, locale, "", index);
            return index::json;
        }

        /** Counts pages run through a template in this build. */
        int rendered() {
            return rendered.get();
        }

        /** Counts article bodies made afresh in this build. */
        void made(int count) {
            bodies.addAndGet(count);
        }

        int made() {
            return bodies.get();
        }

        /** How many files the last site had (to size the next one's table). */
        int files() {
            return files;
        }

        /** Makes what this build made the cache for the next one; {@code siteFiles}: how many files the site has. */
        void commit(int siteFiles) {
            if (!retain) return;
            files = siteFiles;
            kept = made; // no longer written to
            entries = newEntries == null ? Map.of() : newEntries.now();
            tree = newTree;
            catalog = newCatalog;
            touched.removeAll(seen);
        }
    }

    /**
     * An article key's pages as a build made them: the key they were made under (the digests of
     * the key's files, the site's locales, the includes), the presence, then, of each page the
     * bodies' links looked up (lower-case key to the locales that had it), the findings and
     * bodies, each locale's search entry, and each page's output path, made page and the navigation
     * it was made with (in the order of the key's pages). Pages taken from the on-disk store have
     * no bodies and no models, and instead of the pages looked up, the presence of every page
     * ({@code mark}); they are kept only as they are, while their views do not change.
     */
    record KeyState(String own, Map<String, String> asked, String mark, KeyFindings findings,
                    Map<String, PageBuilder.Body> bodies, Map<String, SearchIndexWriter.Entry> searched,
                    String[] paths, Page[] pages, PageNav[] navs) {

        /** Pages made now from {@code bodies}. */
        static KeyState made(String own, Presence presence, KeyFindings findings, Map<String, PageBuilder.Body> bodies,
                             Map<String, SearchIndexWriter.Entry> searched, String[] paths, Page[] pages, PageNav[] navs) {
            Map<String, String> asked = new HashMap<>();
            for (PageBuilder.Body b : bodies.values()) {
                for (String key : b.asked()) asked.put(key, presence.of(key));
            }
            return new KeyState(own, Map.copyOf(asked), null, findings, bodies, searched, paths, pages, navs);
        }

        /** Pages taken from the on-disk store ({@code product}), in the order of {@code locales}; null if they do not match. */
        static KeyState taken(String own, Presence presence, KeyProduct product, List<String> locales, PageNav[] navs,
                              TermPool terms) {
            if (product.pages().size() != locales.size()) return null;
            String[] paths = new String[locales.size()];
            Page[] pages = new Page[locales.size()];
            Map<String, SearchIndexWriter.Entry> searched = new HashMap<>();
            for (KeyProduct.Page p : product.pages()) {
                int i = locales.indexOf(p.locale());
                if (i < 0 || paths[i] != null) return null;
                paths[i] = p.path();
                pages[i] = new Page(null, p.bytes());
                if (p.searched() != null) searched.put(p.locale(), p.searched().entry(terms));
            }
            return new KeyState(own, null, presence.mark(), product.findings(), null, Map.copyOf(searched), paths, pages, navs);
        }

        /** Whether every page the bodies' links looked up is where it was: each link still leads where it did. */
        boolean linksHold(Presence presence) {
            if (asked == null) return mark.equals(presence.mark());
            for (Map.Entry<String, String> e : asked.entrySet()) {
                if (!e.getValue().equals(presence.of(e.getKey()))) return false;
            }
            return true;
        }

        /** The page this key made at {@code path}, if any. */
        Page page(String path) {
            for (int i = 0; i < paths.length; i++) {
                if (path.equals(paths[i])) return pages[i];
            }
            return null;
        }

        /** The same pages, seen from {@code now}'s navigation (whose view of each of them is the same). */
        KeyState seenFrom(PageNav[] now) {
            return java.util.Arrays.equals(now, navs) ? this
                    : new KeyState(own, asked, mark, findings, bodies, searched, paths, pages, now);
        }
    }

    /**
     * Which locales have a page of each key (in lower case), and under which spelling: what
     * decides where a link to it leads; and, made when first asked for, a mark of all of it.
     */
    static final class Presence {
        private final Map<String, String> byKey;
        private volatile String mark;

        Presence(PageCatalog catalog) {
            Map<String, StringBuilder> out = new HashMap<>();
            for (LocaleInfo l : catalog.locales()) {
                for (PageEntry p : catalog.pages(l.tag()).values()) {
                    out.computeIfAbsent(p.key().toLowerCase(java.util.Locale.ROOT), k -> new StringBuilder())
                            .append(l.tag()).append(':').append(p.key()).append(' ');
                }
            }
            Map<String, String> done = new HashMap<>(out.size() * 2);
            out.forEach((k, v) -> done.put(k, v.toString()));
            byKey = done;
        }

        /** Where the pages of a key (in lower case) are; empty if none. */
        String of(String key) {
            return byKey.getOrDefault(key, "");
        }

        /** A fingerprint of every key's presence. */
        String mark() {
            String m = mark;
            if (m == null) {
                Fingerprint f = new Fingerprint();
                new java.util.TreeMap<>(byKey).forEach((k, v) -> f.add(k).add(v));
                mark = m = f.hex();
            }
            return m;
        }
    }
}
