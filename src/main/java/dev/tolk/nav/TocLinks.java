package dev.tolk.nav;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.catalog.Xrefs;
import dev.tolk.check.UrlMap;
import dev.tolk.render.HtmlSanitizer;
import dev.tolk.source.ContentTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the {@code href}s and {@code uid}s of one locale's tables of contents lead, the way
 * DocFX reads them: a path relative to the TOC file names a page, a media file, another TOC
 * (nested) or, ending in {@code /}, a folder (whose TOC is referenced); {@code xref:uid} and
 * {@code uid} name the page whose front matter has that {@code uid:}; {@code url-map}ped URLs
 * and site-absolute paths into the site's own folders are content paths too. A page missing in
 * the locale but present in the source locale is led to there (the fallback DocFX makes). Other
 * absolute URLs and site-absolute paths into the host site ({@code /learn/…}) are left as they
 * are: external, not judged.
 */
final class TocLinks {
    /** What a TOC link leads to. */
    sealed interface Target permits Page, File, External, Folder, Toc, Broken, Refused, Misspelled, Unpublished {
    }

    /**
     * A page named in another letter case: linked by its real name, and reported
     * ({@code link/case-mismatch}) with {@code message}, since as written the entry is a 404 on a
     * case-sensitive host. {@link #spelled} makes it its page once reported.
     */
    record Misspelled(Page page, String message) implements Target {
    }

    /** {@code t}, or the page a {@link Misspelled} target names, told to {@code report} first (its message). */
    static Target spelled(Target t, java.util.function.Consumer<String> report) {
        if (!(t instanceof Misspelled m)) return t;
        report.accept(m.message());
        return m.page();
    }

    /** A page of {@code locale} (this locale, or the source locale when this one lacks it); {@code suffix}: query and fragment. */
    record Page(String locale, String key, String suffix) implements Target {
    }

    /** A media file published in this locale's folder (its own or the source locale's copy). */
    record File(String sitePath) implements Target {
    }

    /** An address outside the site, left as written. */
    record External(String url) implements Target {
    }

    /** A content folder ({@code ""} for the top), named by a path ending in {@code /}. */
    record Folder(String path) implements Target {
    }

    /** Another table of contents of the locale, by its key. */
    record Toc(String key) implements Target {
    }

    /** Leads nowhere: why, for the report. */
    record Broken(String message) implements Target {
    }

    /**
     * A YAML file of a type Tolk does not render (a reference page), or a uid it defines: DocFX
     * publishes it, Tolk cannot; the entry shows as text, with no finding of its own (the build
     * says once per type that such files are not published).
     */
    record Unpublished(String key) implements Target {
    }

    /** A scheme Tolk does not write into a page ({@code javascript:}, {@code file:}). */
    record Refused(String message) implements Target {
    }

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private final String locale;
    private final PageCatalog index;
    private final ContentTree tree;
    private final UrlMap urlMap;
    private final List<String> origins = new ArrayList<>();
    private final Map<String, String> tocKeys;
    private final java.util.Set<String> redirected;
    private Xrefs xrefs = Xrefs.NONE;
    private final Map<String, Map<String, String>> uids = new HashMap<>();

    /**
     * @param tocKeys the locale's TOC files (its own and those taken from the source locale), by key in lower case
     */
    TocLinks(String locale, PageCatalog index, ContentTree tree, Map<String, String> urlMap, Map<String, String> tocKeys) {
        this(locale, index, tree, urlMap, tocKeys, java.util.Set.of());
    }

    /** @param redirected the keys of redirected pages, whose redirect pages stand at their addresses in every locale */
    TocLinks(String locale, PageCatalog index, ContentTree tree, Map<String, String> urlMap, Map<String, String> tocKeys,
             java.util.Set<String> redirected) {
        this.redirected = redirected;
        this.locale = locale;
        this.index = index;
        this.tree = tree;
        this.urlMap = new UrlMap(urlMap);
        this.tocKeys = tocKeys;
        for (String prefix : new java.util.TreeSet<>(urlMap.keySet())) {
            int scheme = prefix.indexOf("://");
            int slash = scheme < 0 ? -1 : prefix.indexOf('/', scheme + 3);
            String origin = slash < 0 ? null : prefix.substring(0, slash + 1).toLowerCase(Locale.ROOT);
            if (origin != null && !origins.contains(origin)) origins.add(origin);
        }
    }

    String locale() {
        return locale;
    }

    /** Where {@code href}, written in the TOC file {@code tocKey}, leads. */
    Target href(String tocKey, String href) {
        String h = href.strip();
        if (h.regionMatches(true, 0, "xref:", 0, 5)) return uid(h.substring(5).split("[?#]", 2)[0]);
        int cut = firstOf(h, '?', '#');
        String path = cut < 0 ? h : h.substring(0, cut);
        String suffix = cut < 0 ? "" : h.substring(cut);
        var mapped = urlMap.contentPath(path);
        if (mapped.isPresent()) return content(mapped.get(), suffix, true, h);
        if (hasScheme(path) || path.startsWith("//")) {
            return HtmlSanitizer.safeUrl(h, SCHEMES) ? new External(h)
                    : new Refused("TOC entry '" + h + "' uses a scheme Tolk does not link (only http, https, mailto)");
        }
        path = path.replace('\\', '/'); // core\TOC.md: DocFX's hosts take a backslash for a slash in a TOC entry's path
        if (path.startsWith("/")) {
            String rest = path.substring(1);
            int slash = rest.indexOf('/');
            if (urlMap.sitePathKnown() || !isTopFolder(slash < 0 ? rest : rest.substring(0, slash))) {
                return new External(urlMap.host().map(host -> host + h.substring(1)).orElse(h)); // a page of the host site
            }
            return content(rest, suffix, false, h);
        }
        if (path.isEmpty()) return new Broken("TOC entry '" + h + "' names no file");
        var resolved = SitePaths.resolve(tocKey, path);
        if (resolved.isEmpty()) return new Broken("TOC entry '" + h + "' leads above the content folder");
        return content(resolved.get() + (path.endsWith("/") && !resolved.get().isEmpty() ? "/" : ""), suffix, false, h);
    }

    /** Where uids of xref maps lead (a TOC entry may name one, as DocFX's may). */
    TocLinks xrefs(Xrefs defined) {
        this.xrefs = defined;
        return this;
    }

    /** The page whose front matter has {@code uid: value}, in this locale or else the source locale; else an xref map's address. */
    Target uid(String value) {
        String uid = value.strip();
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            String key = uids(loc).get(uid);
            if (key != null) return new Page(loc, key, "");
        }
        // a uid of an xref map: the address the map gives, when a reader may follow it
        var mapped = xrefs.get(uid).filter(t -> t.key() == null).map(Xrefs.Target::href)
                .filter(h -> h.regionMatches(true, 0, "https://", 0, 8) || h.regionMatches(true, 0, "http://", 0, 7));
        if (mapped.isPresent()) return new External(mapped.get());
        var unpublished = index.unpublishedUid(uid);
        if (unpublished.isPresent()) return new Unpublished(unpublished.get().key());
        return new Broken("TOC uid '" + uid + "' names no page (no front matter has uid: " + uid + ", nor an xref map)");
    }

    /**
     * The content folder (no trailing {@code /}; {@code ""} for the top) that a breadcrumb
     * {@code tocHref} names, or null when it lies outside the site. A site-absolute path is read
     * on the host of the {@code url-map}'s URLs ({@code /product/} on {@code https://host/}).
     */
    String scope(String tocKey, String href) {
        String h = href.strip();
        int cut = firstOf(h, '?', '#');
        String path = cut < 0 ? h : h.substring(0, cut);
        String content = null;
        var mapped = urlMap.contentPath(path);
        if (mapped.isPresent()) {
            content = mapped.get();
        } else if (path.startsWith("/") && !path.startsWith("//")) {
            for (String origin : origins) {
                mapped = urlMap.contentPath(origin + path.substring(1));
                if (mapped.isPresent()) {
                    content = mapped.get();
                    break;
                }
            }
        } else if (!hasScheme(path) && !path.startsWith("//")) {
            content = SitePaths.resolve(tocKey, path).orElse(null);
        }
        if (content == null) return null;
        while (content.endsWith("/")) content = content.substring(0, content.length() - 1);
        return content;
    }

    /** {@link #href}, with a site-absolute path read on the {@code url-map}'s host first (as {@link #scope} does). */
    Target hostHref(String tocKey, String href) {
        String h = href.strip();
        if (h.startsWith("/") && !h.startsWith("//")) {
            for (String origin : origins) {
                String url = origin + h.substring(1);
                if (urlMap.contentPath(url.split("[?#]", 2)[0]).isPresent()) return href(tocKey, url);
            }
        }
        return href(tocKey, h);
    }

    /** The title of a page target. */
    String title(Page page) {
        return index.find(page.locale(), page.key()).map(PageEntry::title).orElse(page.key());
    }

    /** The page of a folder: its {@code index.md} or landing page {@code index.yml}, in this locale or the source locale; null if none. */
    Page folderPage(String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            for (String name : new String[] {"index.md", "index.yml"}) {
                if (index.find(loc, prefix + name).isPresent()) return new Page(loc, prefix + name, "");
            }
        }
        return null;
    }

    /** A target's address from the site root (a page or file), or null for other targets. */
    static String sitePath(Target t) {
        if (t instanceof Page p) return SitePaths.page(p.locale(), p.key()) + p.suffix();
        if (t instanceof File f) return f.sitePath();
        return null;
    }

    private Target content(String path, String suffix, boolean ignoreCase, String written) {
        if (path.isEmpty() || path.endsWith("/")) return new Folder(path.isEmpty() ? "" : path.substring(0, path.length() - 1));
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (ContentTree.isTocName(name)) {
            String key = tocKeys.get(path.toLowerCase(Locale.ROOT)); // TOC names are case-insensitive in DocFX
            return key != null ? new Toc(key) : new Broken("TOC entry '" + written + "' names a table of contents that does not exist");
        }
        String lower = path.toLowerCase(Locale.ROOT);
        List<String> candidates = lower.endsWith(".md") ? List.of(path)
                : lower.endsWith(".html") ? List.of(path.substring(0, path.length() - 5) + ".md", path)
                : !ignoreCase && name.contains(".") ? List.of(path)
                : ignoreCase && !name.contains(".") ? List.of(path, path + ".md", path + "/index.md", path + ".yml") // an address may name a YAML page
                : List.of(path, path + ".md", path + "/index.md");
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            for (String c : candidates) {
                if (index.find(loc, c).isPresent()) return new Page(loc, c, suffix);
                if (ignoreCase) {
                    var spelled = index.keyIgnoringCase(loc, c);
                    if (spelled.isPresent()) return new Page(loc, spelled.get(), suffix);
                }
            }
        }
        for (String c : candidates) {
            if (hasMedia(locale, c) || hasMedia(index.sourceLocale(), c)) return new File(locale + "/" + c + suffix);
            if (redirected.contains(c)) return new File(SitePaths.page(locale, c) + suffix); // its redirect page
        }
        var other = index.keyIgnoringCase(locale, path);
        if (other.isPresent()) {
            return new Misspelled(new Page(locale, other.get(), suffix), "TOC entry '" + written + "' exists only as '" + other.get()
                    + "' (other letter case: the site links the page by its real name, but as written the entry is a 404 on"
                    + " GitHub and other case-sensitive hosts)");
        }
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            for (String c : candidates) {
                if (index.unpublished(loc, c).isPresent()) return new Unpublished(c);
            }
        }
        if (onDisk(path)) return new Broken("TOC entry '" + written + "' names a file that is not published as a page");
        String hint = isFolder(path) ? " (a folder? end the href with / to reference its table of contents)" : "";
        return new Broken("TOC entry '" + written + "' leads to no page, file or table of contents" + hint);
    }

    /** Whether the locale's folder (or the source locale's) holds a file at {@code path}, published or not. */
    private boolean onDisk(String path) {
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            ContentTree.LocaleFiles files = tree.locales().get(loc);
            try {
                if (files != null && java.nio.file.Files.isRegularFile(files.dir().resolve(path))) return true;
            } catch (java.nio.file.InvalidPathException e) {
                return false; // a path no file system names (a NUL in it): no file
            }
        }
        return false;
    }

    private boolean hasMedia(String loc, String key) {
        ContentTree.LocaleFiles files = tree.locales().get(loc);
        return files != null && Collections.binarySearch(files.media(), key) >= 0;
    }

    /** Whether some page, media file or TOC of the locale (or the source locale) lies in the folder {@code path}. */
    private boolean isFolder(String path) {
        String prefix = path + "/";
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            String next = index.pages(loc).ceilingKey(prefix);
            if (next != null && next.startsWith(prefix)) return true;
            ContentTree.LocaleFiles files = tree.locales().get(loc);
            if (files != null) {
                int at = Collections.binarySearch(files.media(), prefix);
                at = at < 0 ? -at - 1 : at;
                if (at < files.media().size() && files.media().get(at).startsWith(prefix)) return true;
            }
        }
        String lower = prefix.toLowerCase(Locale.ROOT);
        return tocKeys.keySet().stream().anyMatch(k -> k.startsWith(lower));
    }

    private boolean isTopFolder(String segment) {
        return !segment.isEmpty() && isFolder(segment);
    }

    private Map<String, String> uids(String loc) {
        return uids.computeIfAbsent(loc, l -> {
            Map<String, String> byUid = new HashMap<>();
            for (PageEntry p : index.pages(l).values()) {
                p.frontMatter().string("uid").ifPresent(u -> byUid.putIfAbsent(u, p.key()));
            }
            return byUid;
        });
    }

    private static boolean hasScheme(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i > 0;
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-')) return false;
        }
        return false;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
