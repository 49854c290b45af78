package dev.tolk.output;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.model.LocaleInfo;
import java.util.List;

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
        for (LocaleInfo l : locales) {
            url(sb, baseUrl + l.tag() + "/index.html");
            for (LocaleInfo other : locales) alternate(sb, other.tag(), baseUrl + other.tag() + "/index.html");
            alternate(sb, "x-default", baseUrl + "index.html");
            sb.append("  </url>\n");
            for (PageEntry p : index.pages(l.tag()).values()) {
                url(sb, baseUrl + p.outputPath());
                for (LocaleInfo other : locales) {
                    index.find(other.tag(), p.key()).ifPresent(o -> alternate(sb, other.tag(), baseUrl + o.outputPath()));
                }
                index.find(index.sourceLocale(), p.key())
                        .ifPresent(o -> alternate(sb, "x-default", baseUrl + o.outputPath()));
                sb.append("  </url>\n");
            }
        }
        return sb.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder sb, String loc) {
        sb.append("  <url>\n    <loc>").append(xml(SitePaths.encode(loc))).append("</loc>\n");
    }

    private static void alternate(StringBuilder sb, String hreflang, String href) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(hreflang)).append("\" href=\"")
          .append(xml(SitePaths.encode(href))).append("\"/>\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
