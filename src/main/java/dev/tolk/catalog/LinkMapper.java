package dev.tolk.catalog;

import dev.tolk.check.UrlMap;
import dev.tolk.config.ActiveContent;
import dev.tolk.model.YamlPage;
import dev.tolk.render.LinkResolver;
import dev.tolk.source.ContentPaths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The {@link LinkResolver} of one page: {@code url-map}ped absolute URLs, site-absolute paths
 * and relative {@code .md} (and YAML page) links become relative links to the target page in the same locale,
 * or, where this locale lacks it, in the source locale. Anything else (external links, media,
 * in-page anchors, targets that do not exist) is left as written, but for a file (an image) named
 * from the docset's root (DocFX's {@code ~/path}) or in an include of another folder, which is
 * addressed from the page; checking those is the link checker's job, not the renderer's.
 */
public final class LinkMapper implements LinkResolver {

    private final PageCatalog index;
    private final BiPredicate<String, String> exists;
    private final UrlMap urlMap;
    private final Xrefs xrefs;
    private final String locale;
    private final String key;
    private final String pagePath;
    /**
     * Addresses already resolved for this page: the translation and its English lookups link to
     * the same pages, and a shared English render has all its links checked again for each page.
     * Bounded by the links of one page; a mapper serves one page on one thread.
     */
    private final Map<String, String> resolved = new HashMap<>();
    /** Every page key looked up, in lower case: where a link leads depends on whether these exist, and on nothing else. */
    private final Set<String> asked = new HashSet<>();
    private boolean fellBack;
    private ActiveContent active = ActiveContent.SANITIZE;
    /** Whether a first folder of a site-absolute path is one of the site's published files' ({@link #siteFolders}). */
    private Predicate<String> siteFolder;
    /** The folder of the page in its locale's folder ({@code go/}), or null when the page is not in the locale's folder. */
    private final String pageFolder;
    /** Whether the links are written in another folder than the page's (an include's): files are then addressed from the page. */
    private final boolean elsewhere;

    public LinkMapper(PageCatalog index, UrlMap urlMap, String locale, String key, String pagePath) {
        this(index, (l, k) -> index.find(l, k).isPresent(), urlMap, Xrefs.NONE, locale, key, pagePath);
    }

    /**
     * @param exists whether a locale has a page for a key, answered as {@code index.find} would
     *               (the build passes {@link PageChrome#has}, a hash lookup)
     */
    public LinkMapper(PageCatalog index, BiPredicate<String, String> exists, UrlMap urlMap, Xrefs xrefs, String locale,
               String key, String pagePath) {
        this.xrefs = xrefs;
        this.index = index;
        this.exists = exists;
        this.urlMap = urlMap;
        this.locale = locale;
        this.key = key;
        this.pagePath = pagePath;
        String prefix = locale + "/";
        this.pageFolder = pagePath.startsWith(prefix) ? folder(pagePath.substring(prefix.length())) : null;
        this.elsewhere = pageFolder != null && !pageFolder.equals(folder(key));
        this.siteFolder = index::isTopFolder;
    }

    /** The folder part of a path, up to and with its last {@code /}; empty for none. */
    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /**
     * This mapper, knowing the top folders of every file the site publishes (media too, not only
     * pages): a site-absolute link to a file in one of them is this site's ({@code /images/a.png}).
     */
    private java.util.function.BiFunction<String, String, java.util.Optional<String>> spelled = (l, p) -> java.util.Optional.empty();
    private java.util.function.Function<String, java.util.Optional<String>> reentering = p -> java.util.Optional.empty();

    /**
     * This mapper, reading a relative path that climbs out of the locale's folder and back into it as the key it
     * names ({@code reentering}: the path as written to that key), as DocFX resolves paths against the file's folder.
     */
    public LinkMapper reentering(java.util.function.Function<String, java.util.Optional<String>> reentering) {
        this.reentering = reentering;
        return this;
    }

    public LinkMapper siteFolders(Predicate<String> topFolder) {
        this.siteFolder = topFolder;
        return this;
    }

    /**
     * This mapper, knowing each locale's files as they are spelled ({@code spelled}: locale and a path in any letter
     * case to its real spelling, redirect pages too): a link to a redirected page in another letter case
     * ({@code oldpage.md} for {@code OldPage.md}) links its redirect page by its real name.
     */
    public LinkMapper spelledFiles(java.util.function.BiFunction<String, String, java.util.Optional<String>> spelled) {
        this.spelled = spelled;
        return this;
    }

    /** This mapper, with links to content HTML and SVG files made downloads as {@code active} says. */
    public LinkMapper activeContent(ActiveContent active) {
        this.active = active;
        return this;
    }

    @Override
    public boolean download(String href) {
        return active.downloads(href);
    }

    /** Whether a link of this page leads to the source-locale page because this locale lacks the target. */
    public boolean fellBack() {
        return fellBack;
    }

    /**
     * The page keys (in lower case, in any locale) whose existence decided where this page's
     * links lead: while no page with one of these keys is added or removed, they lead where they did.
     */
    public Set<String> asked() {
        return Set.copyOf(asked);
    }

    @Override
    public String resolve(String href) {
        String out = resolved.get(href);
        if (out == null) {
            out = map(href);
            resolved.put(href, out);
        }
        return out;
    }

    /**
     * A uid's page in this locale (else the source locale's), named by its title there; or the
     * address an xref map gives, if it is http(s) or site-absolute.
     */
    @Override
    public java.util.Optional<Xref> xref(String uid, String displayProperty) {
        var found = xrefs.get(uid);
        if (found.isEmpty()) return java.util.Optional.empty();
        Xrefs.Target t = found.get();
        if (t.key() == null) {
            String href = t.href();
            boolean safe = href.regionMatches(true, 0, "https://", 0, 8) || href.regionMatches(true, 0, "http://", 0, 7)
                    || href.startsWith("/") && !href.startsWith("//");
            return safe ? java.util.Optional.of(new Xref(href.startsWith("/") ? resolve(href) : href, t.display(displayProperty)))
                    : java.util.Optional.empty();
        }
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            if (find(loc, t.key(), false) == null) continue;
            if (!loc.equals(locale)) fellBack = true;
            String title = index.find(loc, t.key()).map(PageEntry::title).orElse(t.name());
            return java.util.Optional.of(new Xref(SitePaths.relative(pagePath, SitePaths.page(loc, t.key())), title));
        }
        return java.util.Optional.empty();
    }

    private String map(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#")) return href;
        int cut = firstOf(h, '?', '#');
        String path = cut < 0 ? h : h.substring(0, cut);
        String fragment = fragmentOf(h);
        String lower = path.toLowerCase(Locale.ROOT);
        var mapped = urlMap.contentPath(path);
        if (mapped.isPresent()) return withFragment(target(mapped.get(), true), fragment, href);
        if (startsWithScheme(lower) || h.startsWith("//")) return href;
        // a Windows path (..\\b.md) is a path, as DocFX reads it
        if (path.indexOf('\\') >= 0) path = path.replace('\\', '/');
        String query = cut < 0 ? "" : h.substring(cut);
        if (path.startsWith("/")) return siteAbsolute(path.substring(1), fragment, query, href);
        boolean fromRoot = ContentPaths.isFromRoot(path);
        if (!YamlPage.isPageKey(lower)) {
            // a file (an image): as written, unless written from the docset's root or in an include of another folder
            if (!fromRoot && !elsewhere) return href;
            String content = resolveAgainstKey(path);
            if (content == null || content.isEmpty()) return href;
            return fromPage(content) + (path.endsWith("/") ? "/" : "") + query;
        }
        String againstKey = resolveAgainstKey(path);
        String resolved = againstKey != null ? againstKey : reentering.apply(path).orElse(null); // out of the folder and back in
        String t = resolved == null ? null : page(resolved);
        if (t != null) return t + fragment;
        String redirect = resolved == null ? null : spelled.apply(locale, resolved).filter(r -> !r.equals(resolved)).orElse(null);
        if (redirect != null) return fromPage(SitePaths.htmlName(redirect)) + query; // a redirect page, by its real name
        return fromRoot && resolved != null ? fromPage(SitePaths.htmlName(resolved)) + query : SitePaths.htmlName(path) + query;
    }

    /**
     * A site-absolute link ({@code rest} after its {@code /}): this site's page; else, in one of
     * this site's top folders (of pages; for a file, of its published files), its page written as
     * {@code .html} or its file (an image) addressed from the page, since the site is published under a locale folder;
     * else a page of the host site (/azure/…, /learn/…), on the host the url-map names, so it is
     * not dead here.
     */
    private String siteAbsolute(String rest, String fragment, String query, String href) {
        String t = page(rest);
        if (t != null) return t + fragment;
        int slash = rest.indexOf('/');
        var host = urlMap.host();
        String name = rest.substring(rest.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        boolean file = ContentPaths.namesAFile(name);
        String first = slash < 0 ? rest : rest.substring(0, slash);
        boolean ours = !urlMap.sitePathKnown() && (file ? siteFolder.test(first) : index.isTopFolder(first));
        if (!ours) return host.map(h -> h + href.strip().substring(1)).orElse(href);
        if (rest.toLowerCase(Locale.ROOT).endsWith(".html")) {
            t = page(rest.substring(0, rest.length() - 5) + ".md");
            if (t != null) return t + fragment;
        }
        return file ? fromPage(rest) + query : href;
    }

    /**
     * The page a link names by its content path: spelled as written, else in another letter case
     * (the link checker reports that as {@code link/case-mismatch}; the page still links the
     * file's real name, which a case-sensitive host serves); null if none.
     */
    private String page(String contentPath) {
        String exact = target(contentPath, false);
        return exact != null ? exact : target(contentPath, true);
    }

    /** The address of the content path {@code content} of this locale from the page. */
    private String fromPage(String content) {
        return pageFolder != null ? SitePaths.relative(pagePath, locale + "/" + content) : SitePaths.relative(key, content);
    }

    private static String withFragment(String target, String fragment, String otherwise) {
        return target == null ? otherwise : target + fragment;
    }

    /** Whether {@code s} starts with a URL scheme, {@code [a-z][a-z0-9+.-]*:} (it is lower case already). */
    private static boolean startsWithScheme(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return true;
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) return false;
        }
        return false;
    }

    /**
     * {@link SitePaths#resolve} of {@code path} against this page's key, or null where it climbs
     * above the root. A plain file name (the usual link to a sibling) is joined to the key's
     * folder directly.
     */
    private String resolveAgainstKey(String path) {
        if (path.indexOf('/') < 0 && !path.equals(".") && !path.equals("..") && key.indexOf("//") < 0) {
            int slash = key.lastIndexOf('/');
            return slash < 0 ? path : key.substring(0, slash + 1) + path;
        }
        return SitePaths.resolve(key, path).orElse(null);
    }

    /**
     * The relative address of the page for a content path, trying {@code .md} and {@code index.md}
     * (and a folder's YAML page, {@code index.yml}); null if none.
     */
    private String target(String contentPath, boolean ignoreCase) {
        String p = contentPath;
        boolean folder = p.endsWith("/");
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        boolean page = YamlPage.isPageKey(p);
        boolean root = p.isEmpty() || p.equals("/"); // the docset's root ('/product/'): its home page
        String first = root ? "index.md" : page ? p : p + ".md";
        String second = root ? "index.yml" : page ? null : p + "/index.md";
        String third = folder && !page ? p + "/index.yml" : null;
        // a page's address (a mapped URL) may name a YAML page: index for index.yml
        String yaml = ignoreCase && !page && !folder && p.substring(p.lastIndexOf('/') + 1).indexOf('.') < 0 ? p + ".yml" : null;
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            String k = find(loc, first, ignoreCase);
            if (k == null && second != null) k = find(loc, second, ignoreCase);
            if (k == null && yaml != null) k = find(loc, yaml, true);
            if (k == null && third != null) k = find(loc, third, ignoreCase);
            if (k != null) {
                if (!loc.equals(locale)) fellBack = true;
                return SitePaths.relative(pagePath, SitePaths.page(loc, k));
            }
        }
        return null;
    }

    /** The key as the locale spells it: {@code candidate} itself, or (if {@code ignoreCase}) in another letter case. */
    private String find(String loc, String candidate, boolean ignoreCase) {
        asked.add(candidate.toLowerCase(Locale.ROOT));
        if (exists.test(loc, candidate)) return candidate;
        return ignoreCase ? index.keyIgnoringCase(loc, candidate).orElse(null) : null;
    }

    private static String fragmentOf(String h) {
        int hash = h.indexOf('#');
        return hash < 0 ? "" : h.substring(hash);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
