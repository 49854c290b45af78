package dev.tolk.config;

import dev.tolk.diag.Rule;
import dev.tolk.source.ContentTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What becomes of content files that a browser would run in the site's origin if opened there:
 * HTML documents ({@code .html}, {@code .htm}, {@code .xhtml}, {@code .xht}, {@code .shtml}) and
 * SVG images ({@code active-content} in {@code tolk.yaml}).
 * <ul>
 * <li>{@link #SANITIZE} (the default): SVG is published sanitized (no script, handlers, embedded
 * documents or {@code javascript:} addresses); an HTML document cannot be made safe on its own
 * and is not published ({@code content/unsupported} at the file).</li>
 * <li>{@link #DOWNLOAD}: both are published as they are, to be downloaded, never opened in the
 * site: links to them carry {@code download}, {@code tolk serve} sends them with
 * {@code Content-Disposition: attachment}, and the site gets a {@code _headers} file asking the
 * same of hosts that read one (Netlify, Cloudflare Pages); other hosts need that header rule of
 * their own, or a reader who types the address opens the file in the site's origin.</li>
 * <li>{@link #SKIP}: neither is published ({@code content/unsupported} at each file).</li>
 * </ul>
 */
public enum ActiveContent {
    SANITIZE, DOWNLOAD, SKIP;

    /** The value as {@code tolk.yaml} spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActiveContent> parse(String value) {
        for (ActiveContent a : values()) {
            if (a.id().equals(value)) return Optional.of(a);
        }
        return Optional.empty();
    }

    /** Whether a file name (in lower case) is an HTML document. */
    static boolean isDocument(String lowerName) {
        return lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")
                || lowerName.endsWith(".xht") || lowerName.endsWith(".shtml");
    }

    /** Whether a file name (in lower case) is an SVG image. */
    public static boolean isSvg(String lowerName) {
        return lowerName.endsWith(".svg");
    }

    /** Whether a file name (in lower case) is one a browser runs script in. */
    public static boolean isActive(String lowerName) {
        return isDocument(lowerName) || isSvg(lowerName);
    }

    /**
     * Whether a link of an article, as written, leads to a file of this kind beside it (a
     * relative path, not a URL or a site-absolute path); with {@link #DOWNLOAD} such a link is a
     * download. Decided by the address alone, so a page does not depend on which files exist.
     */
    public boolean downloads(String href) {
        if (this != DOWNLOAD) return false;
        String h = href.strip();
        int cut = h.length();
        for (char c : new char[] {'?', '#'}) {
            int i = h.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        String path = h.substring(0, cut).toLowerCase(Locale.ROOT);
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.indexOf(':') >= 0) return false;
        return isActive(path);
    }

    /**
     * The tree with the files this setting does not publish taken out of its media and said
     * ({@code content/unsupported}); the same tree when there are none. With {@link #DOWNLOAD},
     * those are the files at an address where Tolk writes a page.
     */
    public ContentTree apply(ContentTree tree) {
        List<ContentTree.Refused> refused = new ArrayList<>();
        Map<String, ContentTree.LocaleFiles> locales = new TreeMap<>(tree.locales());
        for (ContentTree.LocaleFiles f : tree.locales().values()) {
            List<String> kept = new ArrayList<>(f.media().size());
            java.util.Set<String> articles = this == DOWNLOAD ? new java.util.HashSet<>(f.articles()) : java.util.Set.of();
            for (String key : f.media()) {
                String lower = key.toLowerCase(Locale.ROOT);
                if (this == DOWNLOAD ? isPageAddress(key, articles) : isDocument(lower) || this == SKIP && isSvg(lower)) {
                    refused.add(refusal(tree, f, key));
                } else {
                    kept.add(key);
                }
            }
            if (kept.size() < f.media().size()) {
                locales.put(f.tag(), new ContentTree.LocaleFiles(f.tag(), f.dir(), f.articles(), List.copyOf(kept), f.tocs(),
                        f.stamps()));
            }
        }
        if (refused.isEmpty()) return tree;
        refused.addAll(tree.refused());
        refused.sort(null);
        return new ContentTree(tree.root(), java.util.Collections.unmodifiableMap(locales), List.copyOf(refused), tree.aliased());
    }

    /**
     * Whether a content file's address is one where Tolk writes a page: {@code a.html} beside
     * {@code a.md} (or a YAML page {@code a.yml}), or a locale's home, search or contents page.
     */
    private static boolean isPageAddress(String key, java.util.Set<String> articles) {
        if (!key.endsWith(".html")) return false;
        if (key.equals("index.html") || key.equals("search.html") || key.equals("toc.html")) return true;
        String stem = key.substring(0, key.length() - 5);
        return articles.contains(stem + ".md") || articles.contains(stem + ".yml") || articles.contains(stem + ".yaml");
    }

    private ContentTree.Refused refusal(ContentTree tree, ContentTree.LocaleFiles f, String key) {
        String path = tree.root().relativize(f.dir().resolve(key)).toString().replace('\\', '/');
        String why = switch (this) {
            case DOWNLOAD -> "not published: Tolk writes a page at its address";
            case SKIP -> "not published (active-content: skip): opened in the site it could run script";
            // an HTML page of the content would run its own script in the site's origin, where no CSP guards it
            case SANITIZE -> "an HTML file in the content is not published (opened in the site it would run its own script);"
                    + " write the page in Markdown, or set active-content: download in tolk.yaml to publish it as a download";
        };
        return new ContentTree.Refused(path, why, Rule.CONTENT_UNSUPPORTED);
    }

    /**
     * The {@code _headers} file (Netlify's and Cloudflare Pages' format) for the files published
     * as downloads, at their addresses under the site's base path; null if there are none.
     */
    public static String headersFile(Collection<String> downloads, String baseUrl) {
        if (downloads.isEmpty()) return null;
        String base = basePath(baseUrl);
        StringBuilder sb = new StringBuilder("# Written by Tolk (active-content: download): these content files are\n"
                + "# downloads, never opened in the site. Hosts that do not read this file need the same rule.\n");
        for (String path : new java.util.TreeSet<>(downloads)) {
            sb.append(base).append(path).append("\n  Content-Disposition: attachment\n  Content-Security-Policy: sandbox\n"
                    + "  X-Content-Type-Options: nosniff\n");
        }
        return sb.toString();
    }

    /** The path of {@code base-url} ({@code /help/} of {@code https://example.com/help/}), {@code /} if none. */
    private static String basePath(String baseUrl) {
        try {
            String p = baseUrl.isEmpty() ? "/" : java.net.URI.create(baseUrl).getRawPath();
            if (p == null || p.isEmpty()) return "/";
            return p.endsWith("/") ? p : p + "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
