package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.Redirections;
import dev.tolk.catalog.SitePaths;
import dev.tolk.check.UrlMap;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.model.LocaleInfo;
import dev.tolk.source.ContentTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The redirect pages of a build: for each redirection that becomes a page, one page per locale
 * at the old address, through the template {@code redirect.ftlh}. Where a {@code redirect_url}
 * leads:
 * <ul>
 * <li>an address of this docset (a site-absolute path under its base path, which is the path of a
 *     {@code url-map} prefix, or the folder named by {@code docfx.json}'s {@code dest}; an absolute
 *     URL under a {@code url-map} prefix; a relative path): the target page in the same locale,
 *     else in the source locale, else the target's own redirect page, as a relative link; a
 *     target that is none of these is {@code link/broken} (once, at the entry);</li>
 * <li>another site-absolute path: that path on the docset's host (the host of the first absolute
 *     {@code url-map} prefix, else {@code learn.microsoft.com}, where Open Publishing publishes);</li>
 * <li>an http or https URL: as written. Other schemes are refused ({@code config/invalid}).</li>
 * </ul>
 * Redirect pages are not content: they are not in the sitemap, the search index or navigation.
 */
final class RedirectPages {
    private static final String DEFAULT_HOST = "https://learn.microsoft.com";

    /** Where an entry leads, worked out once for all locales: inside the site (a content path) or outside. */
    private record Target(String contentPath, String suffix, boolean ignoreCase, String external) {
    }

    private final PageCatalog index;
    private final SiteConfig config;
    private final PageChrome frames;
    private final Map<String, Redirections.Redirect> redirects;
    private final Map<String, Target> targets = new java.util.HashMap<>();
    /** The redirected addresses in lower case: a site-absolute or mapped address is answered in any letter case. */
    private final Map<String, String> lowerTargets = new java.util.HashMap<>();
    private final UrlMap urlMap;

    /**
     * Works out each redirection's target, reporting the malformed and the broken ones.
     *
     * @param redirects the redirections that become pages, by address ({@link Redirections#pages})
     */
    RedirectPages(PageCatalog index, SiteConfig config, PageChrome frames, Map<String, Redirections.Redirect> redirects,
                  Consumer<Diagnostic> sink) {
        this.index = index;
        this.config = config;
        this.frames = frames;
        this.redirects = redirects;
        this.urlMap = new UrlMap(config.urlMap());
        redirects.forEach((path, r) -> {
            Target t = target(r, sink);
            if (t != null) targets.put(path, t);
        });
        targets.keySet().forEach(path -> lowerTargets.putIfAbsent(path.toLowerCase(java.util.Locale.ROOT), path));
        targets.forEach((path, t) -> {
            if (t.external() == null && redirectTo(t) == null && index.locales().stream().noneMatch(l -> find(l.tag(), t) != null)) {
                Redirections.Redirect r = redirects.get(path);
                sink.accept(problem(r, Rule.LINK_BROKEN, "redirect_url '" + r.entry().url() + "' leads to '"
                        + t.contentPath() + "', which is no page of the site"));
            }
        });
    }

    /** The redirect pages of the site: its redirection files read, and placed where the site has no page. */
    static RedirectPages plan(SiteConfig config, ContentTree tree, PageCatalog index, PageChrome frames, Consumer<Diagnostic> sink) {
        Redirections all = Redirections.read(config.docfx().docset().redirections(), tree, sink);
        return new RedirectPages(index, config, frames, all.pages(index, sink), sink);
    }

    /** The keys of the redirections that have pages: links to them are not broken. */
    java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        targets.keySet().forEach(path -> keys.add(redirects.get(path).key()));
        return keys;
    }

    /** A locale's redirect pages. */
    List<LocalePages.Page> pages(LocaleInfo locale) {
        List<LocalePages.Page> out = new ArrayList<>();
        Map<String, String> t = frames.strings(locale.tag());
        for (Map.Entry<String, Target> e : new java.util.TreeMap<>(targets).entrySet()) {
            String path = locale.tag() + "/" + e.getKey();
            Target target = e.getValue();
            String href;
            String canonical;
            String label;
            if (target.external() != null) {
                href = SitePaths.encode(target.external());
                canonical = href;
                label = target.external();
            } else {
                PageEntry page = find(locale.tag(), target);
                if (page == null) page = find(index.sourceLocale(), target);
                String to = page != null ? page.outputPath() : locale.tag() + "/" + redirectOrGuess(target);
                href = SitePaths.encode(SitePaths.relative(path, to) + target.suffix());
                canonical = config.baseUrl().isEmpty() ? href : SitePaths.encode(config.baseUrl() + to + target.suffix());
                label = page != null ? page.title() : to.substring(locale.tag().length() + 1);
            }
            String title = target.external() == null && !label.isBlank() ? label : frames.siteTitle(locale.tag());
            out.add(new LocalePages.Page(path, "redirect.ftlh", new RedirectPage(locale.tag(), locale.dir(), title, href,
                    canonical, label, t.getOrDefault("site.moved", "This page has moved."), SitePaths.root(path))));
        }
        return out;
    }

    /** Where an entry's {@code redirect_url} leads; null (reported) when it is not an address Tolk follows. */
    private Target target(Redirections.Redirect r, Consumer<Diagnostic> sink) {
        String url = r.entry().url();
        int cut = firstOf(url, '?', '#');
        String path = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return urlMap.contentPath(path).map(p -> new Target(p, suffix, true, null))
                    .orElse(new Target(null, "", false, url));
        }
        if (path.startsWith("//")) return new Target(null, "", false, "https:" + url);
        if (path.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            sink.accept(problem(r, Rule.CONFIG_INVALID, "redirect_url '" + url
                    + "' must be an http or https address, a site-absolute path or a relative path; no page is written"));
            return null;
        }
        if (path.startsWith("/")) {
            // a doubled slash inside (/power-bi//connect-data/…) is one on the host, as in a browser's request
            String content = underBasePath(path.replaceAll("/{2,}", "/"));
            return content != null ? new Target(content, suffix, true, null) : new Target(null, "", false, host() + url);
        }
        return SitePaths.resolve(r.key(), path).map(p -> new Target(p + (path.endsWith("/") ? "/" : ""), suffix, false, null))
                .orElseGet(() -> {
                    sink.accept(problem(r, Rule.LINK_BROKEN, "redirect_url '" + url + "' leads above the content folder"));
                    return null;
                });
    }

    /**
     * The content path of a site-absolute path under the docset's base path (a locale folder
     * after the host, {@code /nl-nl/…}, is allowed, as on the live site); null if outside.
     */
    private String underBasePath(String path) {
        String p = path.replaceFirst("^/[a-zA-Z]{2,3}-[a-zA-Z0-9]{2,8}(?=/)", "");
        String lower = p.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : config.urlMap().entrySet()) {
            String prefix = e.getKey().toLowerCase(Locale.ROOT);
            int scheme = prefix.indexOf("://");
            if (scheme >= 0) {
                int slash = prefix.indexOf('/', scheme + 3);
                prefix = slash < 0 ? "/" : prefix.substring(slash);
            }
            if (!prefix.startsWith("/")) continue;
            boolean under = lower.startsWith(prefix);
            if (!under && !(prefix.endsWith("/") && lower.equals(prefix.substring(0, prefix.length() - 1)))) continue;
            if (e.getValue() == null) return null; // the site's, but of no one folder: left to the host
            return under ? e.getValue() + p.substring(prefix.length()) : e.getValue();
        }
        String dest = config.docfx().docset().dest().toLowerCase(Locale.ROOT);
        if (!dest.isEmpty()) {
            int at = (lower + "/").indexOf("/" + dest + "/");
            if (at >= 0) return at + dest.length() + 2 > p.length() ? "" : p.substring(at + dest.length() + 2);
        }
        return null;
    }

    /** The scheme and host of the docset's own site, for site-absolute paths outside the docset. */
    private String host() {
        for (String prefix : config.urlMap().keySet()) {
            int scheme = prefix.indexOf("://");
            if (scheme < 0 || !prefix.regionMatches(true, 0, "http", 0, 4)) continue;
            int slash = prefix.indexOf('/', scheme + 3);
            return slash < 0 ? prefix : prefix.substring(0, slash);
        }
        return DEFAULT_HOST;
    }

    /** The page a target names in a locale: its key as written, as a page without extension, or a folder's index. */
    private PageEntry find(String locale, Target t) {
        for (String candidate : candidates(t.contentPath())) {
            PageEntry page = index.find(locale, candidate).orElse(null);
            if (page == null && t.ignoreCase()) {
                page = index.keyIgnoringCase(locale, candidate).flatMap(k -> index.find(locale, k)).orElse(null);
            }
            if (page != null) return page;
        }
        return null;
    }

    /** The address (below the locale folder) of the redirect page a target is itself, if it is one. */
    private String redirectTo(Target t) {
        for (String candidate : candidates(t.contentPath())) {
            String path = Redirections.htmlPath(candidate);
            if (targets.containsKey(path)) return path;
            // Microsoft Learn answers /product/oldpage for a page redirected from OldPage.md
            String spelled = t.ignoreCase() ? lowerTargets.get(path.toLowerCase(java.util.Locale.ROOT)) : null;
            if (spelled != null) return spelled;
        }
        return null;
    }

    /** A target's redirect page, else the address its page would have. */
    private String redirectOrGuess(Target t) {
        String chained = redirectTo(t);
        return chained != null ? chained : Redirections.htmlPath(candidates(t.contentPath()).get(0));
    }

    /**
     * What a content path may name: the file itself, a page written without extension, or a folder's index; a path
     * with a trailing slash names the folder's index, else the page of that name ({@code …/power-bi-data-sources/},
     * which the host serves as {@code power-bi-data-sources}).
     */
    static List<String> candidates(String contentPath) {
        String p = contentPath;
        boolean folder = p.isEmpty() || p.endsWith("/");
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        String lower = p.toLowerCase(Locale.ROOT);
        String prefix = p.isEmpty() ? "" : p + "/";
        if (folder) return p.isEmpty() ? List.of("index.md", "index.yml") : List.of(prefix + "index.md", prefix + "index.yml", p + ".md", p + ".yml");
        if (lower.endsWith(".md") || lower.endsWith(".yml")) return List.of(p);
        if (lower.endsWith(".html")) {
            String base = p.substring(0, p.length() - 5);
            return List.of(base + ".md", base + ".yml");
        }
        return List.of(p + ".md", p + ".yml", prefix + "index.md", prefix + "index.yml");
    }

    private static Diagnostic problem(Redirections.Redirect r, Rule rule, String message) {
        return Redirections.problem(r.entry(), r.entry().target(), rule, rule.defaultSeverity(), message);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
