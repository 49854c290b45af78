package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.diag.Diagnostic;
import dev.tolk.model.LocaleInfo;
import dev.tolk.nav.PageNav;
import dev.tolk.output.SiteOutput;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageRenderer;
import dev.tolk.search.LazySearchIndex;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.source.ContentTree;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one build leaves for the next, so that {@code tolk serve} redoes only what a change
 * touches, and ends with the site a full build would make:
 *
 * <ul>
 * <li>the scan of the content folder, for a {@linkplain #watched() watched} memo, while the
 *     watcher reports only edits of files it listed;</li>
 * <li>each article file's index entry, kept while its size and modification time stay and the
 *     watcher has not reported it ({@link #touched}); a file read again gets a new entry. After
 *     a kept scan, the last index itself is kept, with only the edited articles' entries (and the
 *     source-locale pages reconstructed from them) made again;</li>
 * <li>each article key's bodies (every locale's page of the key) and findings, kept while the
 *     entries of the key's files stay, and, when pages were added or removed anywhere, while
 *     none of them has a key the bodies' links looked up (so every link leads where it did);</li>
 * <li>each page's model and bytes: a page whose key was kept and whose navigation (its groups,
 *     neighbours, previous and next) did not change is not even modelled again; any other page is
 *     modelled, and rendered only if its model differs from the last one;</li>
 * <li>each locale's navigation, while its tables of contents and its and the source locale's pages'
 *     keys, titles and uids stay;</li>
 * <li>the link checker's table of the site's files, while no file was added, removed or renamed,
 *     and with it each page's link check, while the page's links and the anchors they point to
 *     stay (which page reports a fallback first is still decided anew);</li>
 * <li>each locale's search index, made again only if its pages' docs changed, and then from the
 *     kept entries of the pages that did not.</li>
 * </ul>
 *
 * Every build still goes over every page, to collect diagnostics and the site. Templates,
 * interface strings and configuration are not tracked here: the caller starts a new memo when
 * one of them changes. A build that fails leaves the memo as it was.
 */
public final class BuildMemo {
    /** An article file as last read: its size and time then, and its entry (a new one for each read). */
    private record Read(ContentTree.Stamp stamp, CatalogReader.FileEntry entry) {
    }

    /** An article the watcher reported, listed by the last scan: where it is, and its size and time now. */
    private record Edited(String locale, String key, Path file, ContentTree.Stamp stamp) {
    }

    /** A page made: the model it was rendered from, and the bytes. */
    record Page(Object model, byte[] bytes) {
    }

    /**
     * A locale's navigation: what it is made from (its tables of contents and its pages' keys and
     * titles), what it is (its table of contents or folder tree, and the view from each page), and
     * the problems its tables of contents have.
     */
    record Nav(List<Object> inputs, List<NavItem> items, PageNav pages, List<Diagnostic> problems) {
    }

    /** Makes a value that may fail to be read. */
    interface Maker<T> {
        T make() throws IOException;
    }


    /** The link checker's file table, what it was made from, and each page's check made with it. */
    private record LinkState(Object inputs, SiteLinks.Files files, SiteLinks.Checks checks) {
    }

    private final boolean retain;
    private final boolean watched;
    private ContentTree tree;
    private PageCatalog index;
    /** The fingerprint of the includes the last build read (null before the first). */
    private String embeds;
    /** The engines of the last build, and the templates folder they were made for. */
    private Engines engines;
    private final Set<Path> touched = ConcurrentHashMap.newKeySet();
    private Map<Path, Read> reads = Map.of();
    /** The last build's keys, by their place among the site's keys in order (null where a key was not kept). */
    private KeptKey[] keys = new KeptKey[0];
    private int files;
    private Map<String, Page> pages = Map.of();
    private Map<String, LazySearchIndex> search = Map.of();
    private Map<String, Nav> navs = Map.of();
    private Map<String, Set<String>> pageKeys;
    private List<LocaleInfo> locales;
    private LinkState links;

    /** A memo that keeps what each build made, for the next, and scans the content folder every time. */
    public BuildMemo() {
        this(true, false);
    }

    private BuildMemo(boolean retain, boolean watched) {
        this.retain = retain;
        this.watched = watched;
    }

    /**
     * A memo whose caller reports every change in the content folder ({@link #touched}, from a
     * file watcher): a build keeps the last scan of the folder when every file reported is one
     * the scan listed and is still a plain file (an edit), and scans again otherwise (a file
     * added, removed or renamed, a folder, anything else), or always when an article is a link
     * (symbolic or hard) to another, whose edits the watcher would report under one name only.
     */
    public static BuildMemo watched() {
        return new BuildMemo(true, true);
    }

    /** A memo that keeps nothing: a one-off build ({@code tolk build}) holds no site in memory. */
    static BuildMemo none() {
        return new BuildMemo(false, false);
    }

    /** Files the caller saw change (the watcher's events): read again whatever their size and time say. */
    public void touched(Collection<Path> files) {
        for (Path f : files) touched.add(f.toAbsolutePath().normalize());
    }

    private static Set<String> names(Set<Path> paths) {
        Set<String> names = new HashSet<>();
        for (Path p : paths) {
            if (p.getFileName() != null) names.add(p.getFileName().toString());
        }
        return names;
    }

    Run run() {
        return new Run();
    }

    /**
     * One build's use of the memo: answers from the last build, and what this one makes, which
     * becomes the memo on {@link #commit()}.
     */
    final class Run implements CatalogReader.Reads {
        private final Set<Path> seen = Set.copyOf(touched);
        private final Set<String> seenNames = names(seen);
        private Map<Path, Read> newReads = new ConcurrentHashMap<>();
        private KeptKey[] newKeys;
        /** The last build's keys by name, when the site's keys are not the same as then (else null: by place). */
        private Map<String, KeptKey> keysByName;
        private final Map<String, Page> newPages = new ConcurrentHashMap<>();
        private final Map<String, LazySearchIndex> newSearch = new ConcurrentHashMap<>();
        private final Map<String, Nav> newNavs = new ConcurrentHashMap<>();
        private Engines newEngines;
        private Map<String, Set<String>> newPageKeys;
        private List<LocaleInfo> newLocales;
        private LinkState newLinks;
        private ContentTree newTree;
        private PageCatalog newIndex;
        /** Where an entry not kept in memory comes from: the on-disk record, or the file. */
        private CatalogReader.Reads stored = CatalogReader.Reads.NONE;
        /** The articles reported since the last build, when the scan is kept (else null): read again, the rest kept. */
        private List<Edited> edited;
        private final AtomicInteger rendered = new AtomicInteger();
        private final AtomicInteger made = new AtomicInteger();
        private boolean structureKept;
        private boolean embedsKept = true;
        private String newEmbeds;
        private boolean keysKept;
        private boolean indexUpdated;
        /** The keys (in lower case) of pages added or removed since the last build, in any locale. */
        private Set<String> changedKeys = Set.of();

        /**
         * The content folder's files: the last scan, with the edited articles' sizes and times
         * as they are now, when the memo is {@linkplain #watched() watched} and every file
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
         * Every article's page entry: the last index with the edited articles read again, when
         * the scan was kept and the locales are the same; else each file's entry as {@link #read}
         * gives it.
         */
        PageCatalog index(CatalogReader indexer, List<LocaleInfo> siteLocales, String sourceLocale, ContentTree files,
                        WorkPool pool, Consumer<Diagnostic> sink, CatalogReader.Reads stored) throws Exception {
            this.stored = stored;
            if (edited != null && index != null && siteLocales.equals(index.locales())
                    && sourceLocale.equals(index.sourceLocale())) {
                Map<Path, Read> carried = new HashMap<>(reads);
                List<CatalogReader.FileEntry> fresh = new ArrayList<>();
                for (Edited e : edited) {
                    CatalogReader.FileEntry entry = indexer.read(e.locale(), e.key(), e.file());
                    carried.put(e.file(), new Read(e.stamp(), entry));
                    fresh.add(entry);
                }
                PageCatalog updated = indexer.update(index, fresh);
                if (updated != null) {
                    for (Read r : carried.values()) r.entry().diagnostics().forEach(sink);
                    if (retain) newReads = carried;
                    newIndex = updated;
                    indexUpdated = true;
                    return updated;
                }
            }
            newIndex = indexer.index(siteLocales, sourceLocale, files, pool, this);
            return newIndex;
        }

        @Override
        public CatalogReader.FileEntry read(String locale, String key, Path file, ContentTree.Stamp stamp,
                                          Supplier<CatalogReader.FileEntry> fresh) {
            Read old = reads.get(file);
            if (old != null && stamp != null && stamp.equals(old.stamp()) && !reported(file)) {
                if (retain) newReads.put(file, old);
                return old.entry();
            }
            CatalogReader.FileEntry entry = stored.read(locale, key, file, stamp, fresh);
            if (retain) newReads.put(file, new Read(stamp, entry));
            return entry;
        }

        /** Whether the watcher reported the file (compared by name first: paths are made absolute only for those). */
        private boolean reported(Path file) {
            Path name = file.getFileName();
            return name != null && seenNames.contains(name.toString()) && seen.contains(file.toAbsolutePath().normalize());
        }

        /**
         * The engines for the templates folder {@code templates}: the last build's when made for
         * the same folder (the caller starts a new memo when a template or string changes).
         */
        Engines engines(Path templates) throws IOException {
            newEngines = engines != null && engines.templatesDir().equals(templates) ? engines : Engines.load(templates);
            return newEngines;
        }

        /**
         * Sets what the site is made of this time: its locales, each locale's page keys, and how
         * many article keys there are in all.
         */
        void structure(List<LocaleInfo> siteLocales, Map<String, Set<String>> keysByLocale, int keyCount) {
            newLocales = List.copyOf(siteLocales);
            newPageKeys = keysByLocale;
            structureKept = siteLocales.equals(locales);
            // an index updated in place has the last one's keys
            keysKept = structureKept && (indexUpdated || keysByLocale.equals(pageKeys)) && keys.length == keyCount;
            newKeys = new KeptKey[keyCount];
            if (!keysKept) {
                changedKeys = changedKeys(pageKeys == null ? Map.of() : pageKeys, keysByLocale);
                keysByName = new HashMap<>();
                for (KeptKey k : keys) {
                    if (k != null) keysByName.put(k.entries()[0].key(), k);
                }
            }
        }

        /** Whether no page was added, removed or renamed since the last build (so every link resolves as before). */
        boolean keysKept() {
            return keysKept;
        }

        /** Whether the links of a body made by an earlier build lead where they did then, given the pages added or removed since. */
        boolean linksHold(PageBuilder.Body body) {
            return keysKept || body.linksHold(changedKeys);
        }

        /** The keys, in lower case, that some locale has in one map and not in the other. */
        private static Set<String> changedKeys(Map<String, Set<String>> before, Map<String, Set<String>> now) {
            Set<String> changed = new HashSet<>();
            Set<String> locales = new HashSet<>(before.keySet());
            locales.addAll(now.keySet());
            for (String l : locales) {
                Set<String> a = before.getOrDefault(l, Set.of());
                Set<String> b = now.getOrDefault(l, Set.of());
                for (String k : a) {
                    if (!b.contains(k)) changed.add(k.toLowerCase(java.util.Locale.ROOT));
                }
                for (String k : b) {
                    if (!a.contains(k)) changed.add(k.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return changed;
        }

        /**
         * The link checker's table of the site's files: the last build's when no page was added,
         * removed or renamed and the folders' file lists ({@code inputs}) are the same; call
         * after {@link #structure}.
         */
        SiteLinks.Files linkFiles(Object inputs, Supplier<SiteLinks.Files> make) {
            boolean same = links != null && keysKept && links.inputs().equals(inputs);
            newLinks = new LinkState(inputs, same ? links.files() : make.get(), new SiteLinks.Checks());
            return newLinks.files();
        }

        /** The last build's page checks, if made with the same file table as this build's; else none. */
        SiteLinks.Checks linkChecksBefore() {
            return links != null && newLinks != null && links.files() == newLinks.files() ? links.checks() : new SiteLinks.Checks();
        }

        /** Where this build's page checks go. */
        SiteLinks.Checks linkChecksAfter() {
            return newLinks.checks();
        }

        /**
         * The last build's state of the key {@code name}, at {@code place} among the site's keys
         * in order: found by place when the site has the same keys as then, else by name.
         */
        KeptKey known(int place, String name) {
            if (!embedsKept) return null;
            return keysByName == null ? keys[place] : keysByName.get(name);
        }

        /**
         * Sets what the pages' includes are made of this time ({@code fingerprint}); when it
         * differs from the last build's, no page is kept: an include may show in any of them.
         */
        void embeds(String fingerprint) {
            newEmbeds = fingerprint;
            embedsKept = fingerprint.equals(embeds);
        }

        /** Keeps a key's state (made now, or kept from the last build) for the next build. */
        void keep(int place, KeptKey key) {
            if (retain) newKeys[place] = key;
        }

        /** Counts bodies made afresh in this build. */
        void made(int bodies) {
            made.addAndGet(bodies);
        }

        int made() {
            return made.get();
        }

        /** A locale's navigation: the last build's if made from the same inputs, else made afresh. */
        Nav nav(String locale, List<Object> inputs, Supplier<Nav> make) {
            Nav old = navs.get(locale);
            Nav nav = old != null && structureKept && old.inputs().equals(inputs) ? old : make.get();
            if (retain) newNavs.put(locale, nav);
            return nav;
        }

        /**
         * A locale's navigation as the last build showed it from each page; null if it had none,
         * or if the site's locales changed since (then every page's language switcher did).
         */
        PageNav navBefore(String locale) {
            Nav old = structureKept ? navs.get(locale) : null;
            return old == null ? null : old.pages();
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
            if (old != null && old.model().equals(m)) return old;
            rendered.incrementAndGet();
            return new Page(m, render.render(m));
        }

        /** Writes a page that is not an article's (home, search, chooser, 404), made as {@link #page(Page, boolean, Supplier, Render)} says. */
        void page(String path, Supplier<Object> model, Render render, SiteOutput out)
                throws IOException, PageRenderer.TemplateProblem {
            Page page = page(pages.get(path), false, model, render);
            if (retain) newPages.put(path, page);
            out.write(path, page.bytes());
        }

        /** Pages run through a template in this build. */
        int rendered() {
            return rendered.get();
        }

        /** A locale's search index, made when first asked for: the last build's when its pages' docs are the same. */
        Supplier<byte[]> search(String locale, List<SearchIndexWriter.Doc> docs,
                                Map<SearchIndexWriter.Doc, SearchIndexWriter.Entry> entries) {
            LazySearchIndex old = search.get(locale);
            LazySearchIndex made = old != null && old.docs().equals(docs) ? old : new LazySearchIndex(locale, docs, old, entries);
            if (retain) newSearch.put(locale, made);
            return made::json;
        }

        /** How many files the last site had (to size the next one's table). */
        int files() {
            return files;
        }

        /** Makes what this build made the memo for the next one; {@code siteFiles}: how many files the site has. */
        void commit(int siteFiles) {
            if (!retain) return;
            files = siteFiles;
            reads = newReads; // no longer written to
            keys = newKeys;
            pages = newPages;
            search = newSearch;
            navs = newNavs;
            engines = newEngines;
            pageKeys = newPageKeys;
            locales = newLocales;
            links = newLinks;
            tree = newTree;
            index = newIndex;
            embeds = newEmbeds;
            touched.removeAll(seen);
        }
    }
}
