package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.Xrefs;
import dev.tolk.check.InternalLinkChecker;
import dev.tolk.check.PlacedLink;
import dev.tolk.check.SiteMap;
import dev.tolk.check.UrlMap;
import dev.tolk.diag.Diagnostic;
import dev.tolk.model.LocaleInfo;
import dev.tolk.source.ContentTree;
import dev.tolk.source.WorkPool;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The site as the link checker sees it: every content file of every locale ({@link Files}), the
 * anchors and the links of every page read in this run (filled in by the parallel pass), then
 * checked in one sequential pass, each locale's pages in key order. The source locale has the
 * pages reconstructed from lookups and the media of every locale, as the build writes them.
 * A page's check from the last build is kept while the files, its links and the anchors it
 * looked up are the same ({@link #checkAll(Map, Consumer, Checks)}).
 */
final class SiteLinks implements SiteMap {
    private record PageLinks(String file, List<PlacedLink> links) {
    }

    /** One page's check, and the links it was made for. */
    record Checked(List<PlacedLink> links, InternalLinkChecker.PageCheck result) {
    }

    /** Each locale's page checks, by key; what one build leaves for the next. */
    static final class Checks {
        private final Map<String, Map<String, Checked>> byLocale = new HashMap<>();

        Checked get(String locale, String key) {
            Map<String, Checked> pages = byLocale.get(locale);
            return pages == null ? null : pages.get(key);
        }

        void put(String locale, String key, Checked checked) {
            byLocale.computeIfAbsent(locale, l -> new HashMap<>()).put(key, checked);
        }
    }

    /**
     * Which files each locale has, exactly and ignoring letter case, and the site's top folders:
     * made from the folders' file lists, so a rebuild whose lists are the same keeps it.
     */
    static final class Files {
        private final Map<String, Set<String>> files = new HashMap<>();
        private final Map<String, Map<String, String>> lowerFiles = new HashMap<>();
        private final Set<String> topFolders = new HashSet<>();
        private final Set<String> sourceMedia;
        private final Map<String, java.nio.file.Path> dirs = new HashMap<>();

        Files(ContentTree tree, PageCatalog index, List<LocaleInfo> locales) {
            this(tree, index, locales, Set.of());
        }

        /** @param redirected the keys of redirected pages (redirect pages are written at their addresses in every locale) */
        Files(ContentTree tree, PageCatalog index, List<LocaleInfo> locales, Set<String> redirected) {
            String sourceLocale = index.sourceLocale();
            ContentTree.LocaleFiles sourceFiles = tree.locales().get(sourceLocale);
            sourceMedia = sourceFiles == null ? Set.of() : Set.copyOf(sourceFiles.media());
            List<String> tags = new java.util.ArrayList<>(locales.stream().map(LocaleInfo::tag).toList());
            // a check of some locales falls back to the source locale's files (includes, media) all the same
            if (!tags.contains(sourceLocale) && sourceFiles != null) tags.add(sourceLocale);
            for (String tag : tags) {
                Set<String> own = new HashSet<>(index.pages(tag).keySet());
                ContentTree.LocaleFiles f = tree.locales().get(tag);
                if (f != null) {
                    dirs.put(tag, f.dir());
                    own.addAll(f.media());
                    own.addAll(f.tocs());
                    for (String a : f.articles()) {
                        if (dev.tolk.model.Article.isInclude(a)) own.add(a); // not a page, but a file an include names
                    }
                }
                if (tag.equals(sourceLocale)) {
                    for (ContentTree.LocaleFiles other : tree.locales().values()) {
                        own.addAll(other.media());
                        for (String a : other.articles()) {
                            if (dev.tolk.model.Article.isInclude(a)) own.add(a);
                        }
                    }
                }
                own.addAll(redirected);
                files.put(tag, own);
                Map<String, String> lower = new HashMap<>();
                for (String p : own) {
                    lower.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
                    int slash = p.indexOf('/');
                    topFolders.add((slash < 0 ? p : p.substring(0, slash)).toLowerCase(Locale.ROOT));
                }
                lowerFiles.put(tag, lower);
            }
        }
    }

    private final String sourceLocale;
    private final Files files;
    private final PageCatalog index;
    private final Map<String, Map<String, Set<String>>> anchors = new HashMap<>();
    private final Map<String, Map<String, PageLinks>> links = new HashMap<>();
    private java.util.function.BiFunction<String, String, Optional<List<String>>> anchorSource = (l, k) -> Optional.empty();
    private Xrefs xrefs = Xrefs.NONE;
    /** The project folder: what a code file outside a locale's folder must be inside ({@link dev.tolk.source.ContentPaths#outside}); null: none. */
    private java.nio.file.Path project;

    SiteLinks(ContentTree tree, PageCatalog index, List<LocaleInfo> locales) {
        this(new Files(tree, index, locales), index, locales);
    }

    SiteLinks(Files files, PageCatalog index, List<LocaleInfo> locales) {
        this.sourceLocale = index.sourceLocale();
        this.files = files;
        this.index = index;
        for (LocaleInfo l : locales) {
            int pages = index.pages(l.tag()).size();
            anchors.put(l.tag(), new ConcurrentHashMap<>(pages * 2));
            links.put(l.tag(), new ConcurrentHashMap<>(pages * 2));
        }
    }

    /**
     * Where the anchors of a page come from when no render recorded them ({@code tolk check},
     * which renders a page only when a link needs its anchors): locale and key to the page's
     * anchors, or empty for a page that is not the site's own file.
     */
    void anchorSource(java.util.function.BiFunction<String, String, Optional<List<String>>> source) {
        this.anchorSource = source;
    }

    /** The uids the site defines, for {@code xref:} links. */
    void xrefs(Xrefs defined) {
        this.xrefs = defined;
    }

    void recordAnchors(String locale, String key, java.util.Collection<String> pageAnchors) {
        Map<String, Set<String>> own = anchors.get(locale);
        if (own != null) own.put(key, Set.copyOf(pageAnchors));
    }

    void recordLinks(String locale, String key, String file, List<PlacedLink> pageLinks) {
        Map<String, PageLinks> own = links.get(locale);
        if (own != null && !pageLinks.isEmpty()) own.put(key, new PageLinks(file, List.copyOf(pageLinks)));
    }

    /** Checks every recorded link, page by page in (locale, key) order; returns how many. */
    int checkAll(Map<String, String> urlMap, Consumer<Diagnostic> sink, WorkPool pool) throws Exception {
        return checkAll(urlMap, sink, new Checks(), new Checks(), pool);
    }

    /**
     * As {@link #checkAll(Map, Consumer)}, taking a page's check from {@code before} when it was
     * made for the same links and the anchors it looked up are the same, and leaving every
     * page's check in {@code after}. {@code before} must come from a build with the same
     * {@link Files} and url map. Pages are checked on the pool, and reported in (locale, key) order.
     */
    int checkAll(Map<String, String> urlMap, Consumer<Diagnostic> sink, Checks before, Checks after, WorkPool pool)
            throws Exception {
        InternalLinkChecker checker = new InternalLinkChecker(this, new UrlMap(urlMap));
        record Page(String locale, String key, PageLinks links) {
        }
        List<Page> pages = new java.util.ArrayList<>();
        for (String locale : new TreeMap<>(links).keySet()) {
            Map<String, PageLinks> own = links.get(locale);
            // pages and include files, in key order
            for (String key : new TreeMap<>(own).keySet()) pages.add(new Page(locale, key, own.get(key)));
        }
        Checked[] checked = new Checked[pages.size()];
        pool.forEach(pages.size(), i -> {
            Page p = pages.get(i);
            Checked known = before.get(p.locale(), p.key());
            if (known == null || known.links() != p.links().links()
                    || !InternalLinkChecker.anchorsHold(known.result(), p.locale(), this)) {
                known = new Checked(p.links().links(), checker.page(p.locale(), p.key(), p.links().file(), p.links().links()));
            }
            checked[i] = known;
        });
        for (int i = 0; i < checked.length; i++) {
            after.put(pages.get(i).locale(), pages.get(i).key(), checked[i]);
            checker.report(pages.get(i).locale(), checked[i].result(), sink);
        }
        return checker.checked();
    }

    /** Where each external http(s) address is linked from, in (locale, key) order; url-mapped addresses are internal. */
    Map<String, List<ExternalLinkReport.Occurrence>> externalLinks(Map<String, String> urlMap) {
        UrlMap mapped = new UrlMap(urlMap);
        Map<String, List<ExternalLinkReport.Occurrence>> out = new TreeMap<>();
        for (String locale : new TreeMap<>(links).keySet()) {
            for (PageLinks page : new TreeMap<>(links.get(locale)).values()) {
                for (PlacedLink l : page.links()) {
                    String url = l.link().target().strip();
                    boolean http = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
                    if (!http || mapped.contentPath(url.split("[?#]", 2)[0]).isPresent()) continue;
                    out.computeIfAbsent(url, u -> new java.util.ArrayList<>())
                            .add(new ExternalLinkReport.Occurrence(page.file(), locale, l));
                }
            }
        }
        return out;
    }

    @Override
    public String sourceLocale() {
        return sourceLocale;
    }

    @Override
    public boolean has(String locale, String path) {
        return files.files.getOrDefault(locale, Set.of()).contains(path);
    }

    @Override
    public Optional<String> spelledAs(String locale, String path) {
        return Optional.ofNullable(files.lowerFiles.getOrDefault(locale, Map.of()).get(path.toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean hasSourceMedia(String path) {
        return files.sourceMedia.contains(path);
    }

    @Override
    public boolean hasUid(String uid) {
        return xrefs.has(uid);
    }

    @Override
    public Optional<String> reentering(String locale, String fromKey, String path) {
        java.nio.file.Path dir = files.dirs.get(locale);
        return dir == null ? Optional.empty() : dev.tolk.source.ContentPaths.reentering(dir, fromKey, path);
    }

    @Override
    public boolean isUnpublishedUid(String uid) {
        return index.unpublishedUid(uid).isPresent();
    }

    @Override
    public boolean isUnpublished(String locale, String key) {
        return index.unpublished(locale, key).isPresent();
    }

    /** Lets a code file that climbs out of a locale's folder be read inside {@code project}, as the pages read it. */
    SiteLinks project(java.nio.file.Path project) {
        this.project = project;
        return this;
    }

    @Override
    public boolean isProjectFile(String locale, String fromKey, String path) {
        java.nio.file.Path dir = files.dirs.get(locale);
        if (dir == null) dir = files.dirs.get(sourceLocale);
        return dir != null && dev.tolk.source.ContentPaths.outside(dir, project, fromKey, path) != null;
    }

    @Override
    public boolean isFile(String locale, String path) {
        java.nio.file.Path dir = files.dirs.get(locale);
        if (dir == null || path.startsWith("/") || path.contains("..")) return false;
        try {
            return java.nio.file.Files.isRegularFile(dir.resolve(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    @Override
    public boolean isTopFolder(String segment) {
        return files.topFolders.contains(segment.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Set<String>> anchors(String locale, String key) {
        Map<String, Set<String>> own = anchors.get(locale);
        if (own == null) return Optional.empty();
        Set<String> known = own.get(key);
        if (known == null) {
            Optional<List<String>> found = anchorSource.apply(locale, key);
            if (found.isEmpty()) return Optional.empty();
            known = Set.copyOf(found.get());
            own.put(key, known);
        }
        return Optional.of(known);
    }
}
