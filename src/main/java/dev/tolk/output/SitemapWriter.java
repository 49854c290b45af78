package dev.tolk.output;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.model.LocaleInfo;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code sitemap.xml} with one entry per page and, for each, its language alternates
 * ({@code xhtml:link rel="alternate" hreflang}) plus {@code x-default}, as search engines read
 * them. Locations are absolute when {@code base-url} is set, else relative to the site root.
 */
public final class SitemapWriter {
    private SitemapWriter() {
    }

    public static String write(PageCatalog index, String baseUrl) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        List<LocaleInfo> locales = index.locales();
        // every page of a key lists the same alternates: each key's block and each page's address made once
        Map<String, String> alternates = new HashMap<>();
        Map<PageEntry, String> addresses = new IdentityHashMap<>();
        Function<PageEntry, String> address = p -> addresses.computeIfAbsent(p, q -> xml(SitePaths.encode(baseUrl + q.outputPath())));
        for (LocaleInfo l : locales) {
            url(sb, xml(SitePaths.encode(baseUrl + l.tag() + "/index.html")));
            for (LocaleInfo other : locales) alternate(sb, other.tag(), xml(SitePaths.encode(baseUrl + other.tag() + "/index.html")));
            alternate(sb, "x-default", xml(SitePaths.encode(baseUrl + "index.html")));
            sb.append("  </url>\n");
            for (PageEntry p : index.pages(l.tag()).values()) {
                url(sb, address.apply(p));
                sb.append(alternates.computeIfAbsent(p.key(), key -> {
                    StringBuilder block = new StringBuilder(256);
                    for (LocaleInfo other : locales) {
                        index.find(other.tag(), key).ifPresent(o -> alternate(block, other.tag(), address.apply(o)));
                    }
                    index.find(index.sourceLocale(), key).ifPresent(o -> alternate(block, "x-default", address.apply(o)));
                    return block.toString();
                }));
                sb.append("  </url>\n");
            }
        }
        return sb.append("</urlset>\n").toString();
    }

    /** Opens a {@code <url>} at {@code loc}, encoded and escaped. */
    private static void url(StringBuilder sb, String loc) {
        sb.append("  <url>\n    <loc>").append(loc).append("</loc>\n");
    }

    /** A language alternate; {@code href} encoded and escaped. */
    private static void alternate(StringBuilder sb, String hreflang, String href) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(hreflang)).append("\" href=\"")
          .append(href).append("\"/>\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
