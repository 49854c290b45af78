package dev.tolk.site;

import dev.tolk.model.LocaleInfo;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What one build leaves for the next, so that {@code tolk serve} redoes only what a change
 * touches, and ends with the site a full build would make:
 *
 * <ul>
 * <li>each article file's index entry, kept while its size and modification time stay and the
 *     watcher has not reported it ({@link #touched}); a file read again gets a new version;</li>
 * <li>each article key's bodies (every locale's page of the key) and findings, kept while the
 *     versions of the key's files stay, and, when pages were added or removed anywhere, while
 *     every link the bodies hold still resolves to the same address;</li>
 * <li>each page's model and bytes: a page whose key was kept and whose locale's navigation did
 *     not change is not even modelled again; any other page is modelled, and rendered only if its
 *     model differs from the last one;</li>
 * <li>each locale's search index, written again only if its entries changed.</li>
 * </ul>
 *
 * What is not kept is redone every time: scanning the folders, the navigation, the link check,
 * the sitemap. Templates, interface strings and configuration are not tracked here: the caller
 * starts a new memo when one of them changes. A build that fails leaves the memo as it was.
 */
public final class BuildMemo {
    private static final AtomicLong VERSIONS = new AtomicLong();

    private record Read(long size, long modified, long version, SiteIndexer.FileEntry entry) {
    }

    record Key(List<String> signature, KeyFindings findings, Map<String, PageBuilder.Body> bodies) {
    }

    private record Page(Object model, byte[] bytes) {
    }

    private record Search(List<SearchIndexWriter.Doc> docs, byte[] json) {
    }

    /** A locale's navigation as pages see it: its table of contents and its folder tree. */
    record Nav(List<NavItem> toc, List<NavItem> tree) {
    }

    private final boolean retain;
    private final Set<Path> touched = ConcurrentHashMap.newKeySet();
    private Map<Path, Read> reads = Map.of();
    private Map<String, Key> keys = Map.of();
    private Map<String, Page> pages = Map.of();
    private Map<String, Search> search = Map.of();
    private Map<String, Nav> navs = Map.of();
    private Map<String, Set<String>> pageKeys;
    private List<LocaleInfo> locales;

    /** A memo that keeps what each build made, for the next. */
    public BuildMemo() {
        this(true);
    }

    private BuildMemo(boolean retain) {
        this.retain = retain;
    }

    /** A memo that keeps nothing: a one-off build ({@code tolk build}) holds no site in memory. */
    static BuildMemo none() {
        return new BuildMemo(false);
    }

    /** Files the caller saw change (the watcher's events): read again whatever their size and time say. */
    public void touched(Collection<Path> files) {
        for (Path f : files) touched.add(f.toAbsolutePath().normalize());
    }

    Run run() {
        return new Run();
    }

    /**
     * One build's use of the memo: answers from the last build, and what this one makes, which
     * becomes the memo on {@link #commit()}.
     */
    final class Run implements SiteIndexer.Reads {
        private final Set<Path> seen = Set.copyOf(touched);
        private final Map<Path, Read> newReads = new ConcurrentHashMap<>();
        private final Map<String, Key> newKeys = new ConcurrentHashMap<>();
        private final Map<String, Page> newPages = new ConcurrentHashMap<>();
        private final Map<String, Search> newSearch = new ConcurrentHashMap<>();
        private final Map<String, Nav> newNavs = new ConcurrentHashMap<>();
        private Map<String, Set<String>> newPageKeys;
        private List<LocaleInfo> newLocales;
        private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        private boolean structureKept;
        private boolean keysKept;

        @Override
        public SiteIndexer.FileEntry read(String locale, String key, Path file, Supplier<SiteIndexer.FileEntry> fresh) {
            Path abs = file.toAbsolutePath().normalize();
            long size = -1;
            long modified = -1;
            try {
                BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
                size = a.size();
                modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            } catch (IOException e) {
                // unreadable: read it (and report why) below
            }
            Read old = reads.get(abs);
            if (old != null && old.size() == size && old.modified() == modified && size >= 0 && !seen.contains(abs)) {
                if (retain) newReads.put(abs, old);
                return old.entry();
            }
            SiteIndexer.FileEntry entry = fresh.get();
            if (retain) newReads.put(abs, new Read(size, modified, VERSIONS.incrementAndGet(), entry));
            return entry;
        }

        /** Sets what the site is made of this time: its locales and each locale's page keys. */
        void structure(List<LocaleInfo> siteLocales, Map<String, Set<String>> keysByLocale) {
            newLocales = List.copyOf(siteLocales);
            newPageKeys = keysByLocale;
            structureKept = siteLocales.equals(locales);
            keysKept = structureKept && keysByLocale.equals(pageKeys);
        }

        /** Whether no page was added, removed or renamed since the last build (so every link resolves as before). */
        boolean keysKept() {
            return keysKept;
        }

        /** What identifies the files of a key this time: each page's locale, origin and file version. */
        List<String> signature(List<PageEntry> keyPages) {
            String[] parts = new String[keyPages.size()];
            for (int i = 0; i < parts.length; i++) {
                PageEntry p = keyPages.get(i);
                Read r = newReads.get(p.file().toAbsolutePath().normalize());
                parts[i] = p.locale() + '\n' + p.originLocale() + '\n' + p.file() + '\n' + (r == null ? -1 : r.version());
            }
            return List.of(parts);
        }

        /** The last build's bodies and findings of a key, if its files are the same versions. */
        Key known(String key, List<String> signature) {
            Key k = keys.get(key);
            return k != null && k.signature().equals(signature) ? k : null;
        }

        void keep(String key, Key made) {
            if (retain) newKeys.put(key, made);
        }

        /** Records a locale's navigation; true if it is the one the last build had. */
        boolean nav(String locale, Nav nav) {
            if (retain) newNavs.put(locale, nav);
            return structureKept && nav.equals(navs.get(locale));
        }

        /** A page renderer: the template run on a model (may fail on a broken template). */
        interface Render {
            byte[] render(Object model) throws PageRenderer.TemplateProblem;
        }

        /**
         * Writes a page: the last build's bytes when {@code unchanged} says nothing it shows can
         * have changed, or when its model equals the last one; else the model rendered afresh.
         */
        void page(String path, boolean unchanged, Supplier<Object> model, Render render, SiteOutput out)
                throws IOException, PageRenderer.TemplateProblem {
            Page old = pages.get(path);
            Page page;
            if (unchanged && old != null) {
                page = old;
            } else {
                Object m = model.get();
                if (old != null && old.model().equals(m)) {
                    page = old;
                } else {
                    page = new Page(m, render.render(m));
                    rendered.incrementAndGet();
                }
            }
            if (retain) newPages.put(path, page);
            out.write(path, page.bytes());
        }

        /** Pages run through a template in this build. */
        int rendered() {
            return rendered.get();
        }

        /** A locale's search index: the last build's when its entries are the same. */
        byte[] search(String locale, List<SearchIndexWriter.Doc> docs) {
            Search old = search.get(locale);
            Search made = old != null && old.docs().equals(docs)
                    ? old : new Search(docs, SearchIndexWriter.write(locale, docs).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (retain) newSearch.put(locale, made);
            return made.json();
        }

        /** Makes what this build made the memo for the next one. */
        void commit() {
            if (!retain) return;
            reads = newReads; // no longer written to
            keys = newKeys;
            pages = newPages;
            search = newSearch;
            navs = newNavs;
            pageKeys = newPageKeys;
            locales = newLocales;
            touched.removeAll(seen);
        }
    }
}
