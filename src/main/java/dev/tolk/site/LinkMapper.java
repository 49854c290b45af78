package dev.tolk.site;

import dev.tolk.render.LinkResolver;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@link LinkResolver} of one page: {@code url-map}ped absolute URLs, site-absolute paths
 * and relative {@code .md} links become relative links to the target page in the same locale,
 * or, where this locale lacks it, in the source locale. Anything else (external links, media,
 * in-page anchors, targets that do not exist) is left as written; checking those is the link
 * checker's job, not the renderer's.
 */
final class LinkMapper implements LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:");
    private static final Pattern LOCALE_SEGMENT = Pattern.compile("^[a-z]{2,3}-[a-z0-9]{2,8}/", Pattern.CASE_INSENSITIVE);

    private final SiteIndex index;
    private final Map<String, String> urlMap;
    private final String locale;
    private final String key;
    private final String pagePath;

    LinkMapper(SiteIndex index, Map<String, String> urlMap, String locale, String key, String pagePath) {
        this.index = index;
        this.urlMap = urlMap;
        this.locale = locale;
        this.key = key;
        this.pagePath = pagePath;
    }

    @Override
    public String resolve(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#")) return href;
        int cut = firstOf(h, '?', '#');
        String path = cut < 0 ? h : h.substring(0, cut);
        String fragment = fragmentOf(h);
        String lower = path.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : urlMap.entrySet()) {
            String prefix = e.getKey().toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix)) {
                return target(e.getValue() + path.substring(prefix.length()), true).map(t -> t + fragment).orElse(href);
            }
            String rest = withoutLocaleSegment(prefix, lower);
            if (rest != null) {
                String original = path.substring(path.length() - rest.length());
                return target(e.getValue() + original, true).map(t -> t + fragment).orElse(href);
            }
        }
        if (SCHEME.matcher(lower).lookingAt() || h.startsWith("//")) return href;
        if (path.startsWith("/")) {
            return target(path.substring(1), false).map(t -> t + fragment).orElse(href);
        }
        if (!lower.endsWith(".md")) return href;
        Optional<String> resolved = SitePaths.resolve(key, path);
        return resolved.flatMap(k -> target(k, false)).map(t -> t + fragment)
                .orElseGet(() -> path.substring(0, path.length() - 3) + ".html" + (cut < 0 ? "" : h.substring(cut)));
    }

    /** The relative address of the page for a content path, trying {@code .md} and {@code index.md}. */
    private Optional<String> target(String contentPath, boolean ignoreCase) {
        String p = contentPath;
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        String[] candidates = p.toLowerCase(Locale.ROOT).endsWith(".md")
                ? new String[] {p} : new String[] {p + ".md", p + "/index.md"};
        for (String loc : new String[] {locale, index.sourceLocale()}) {
            for (String c : candidates) {
                Optional<String> k = index.find(loc, c).isPresent() ? Optional.of(c)
                        : ignoreCase ? index.keyIgnoringCase(loc, c) : Optional.empty();
                if (k.isPresent()) return Optional.of(SitePaths.relative(pagePath, SitePaths.page(loc, k.get())));
            }
        }
        return Optional.empty();
    }

    /** For {@code https://host/nl-nl/path} against prefix {@code https://host/path…}: the part after the prefix. */
    private static String withoutLocaleSegment(String prefix, String url) {
        int scheme = prefix.indexOf("://");
        if (scheme < 0) return null;
        int hostEnd = prefix.indexOf('/', scheme + 3);
        if (hostEnd < 0 || !url.startsWith(prefix.substring(0, hostEnd + 1))) return null;
        String afterHost = url.substring(hostEnd + 1);
        var m = LOCALE_SEGMENT.matcher(afterHost);
        if (!m.find()) return null;
        String rebuilt = prefix.substring(0, hostEnd + 1) + afterHost.substring(m.end());
        return rebuilt.startsWith(prefix) ? rebuilt.substring(prefix.length()) : null;
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
