package dev.tolk.l10n;

import dev.tolk.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link TranslationStatus.Report}: a text table, the JSON of DESIGN §10, an HTML
 * dashboard page (no script, no inline style: it passes the site's Content-Security-Policy; a
 * bar per locale as a {@code <progress>} element) and an SVG badge per locale. The page's links
 * assume it sits in {@code site/status/}: articles at {@code ../<locale>/<page>.html}, badges
 * beside it, XLIFF at {@code ../../xliff/<locale>/<article>.xlf}.
 */
public final class StatusWriter {
    /** The site's Content-Security-Policy (templates/layout.ftlh), with nothing to run. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'";

    private StatusWriter() {
    }

    public static String text(TranslationStatus.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %9s %8s %8s %11s %13s %8s %8s %11s%n", "locale", "articles", "missing", "units",
                "translated", "untranslated", "drifted", "machine", "translated%"));
        for (TranslationStatus.LocaleStatus l : r.locales()) {
            b.append(String.format(Locale.ROOT, "%-10s %9d %8d %8d %11d %13d %8d %8d %10.1f%%%n", l.locale(), l.articles(), l.missing(),
                    l.units(), l.translated(), l.untranslated(), l.drifted(), l.machine(), floor(l.percent())));
        }
        return b.toString();
    }

    public static String json(TranslationStatus.Report r, String version) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "tolk");
        root.put("version", version);
        root.put("source-locale", r.sourceLocale());
        List<Object> locales = new ArrayList<>();
        for (TranslationStatus.LocaleStatus l : r.locales()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("locale", l.locale());
            m.put("articles", l.articles());
            m.put("missing", l.missing());
            m.put("units", l.units());
            m.put("translated", l.translated());
            m.put("untranslated", l.untranslated());
            m.put("drifted", l.drifted());
            m.put("machine", l.machine());
            m.put("words", Map.of("total", l.words().total(), "untranslated", l.words().untranslated(), "drifted", l.words().drifted()));
            locales.add(m);
        }
        root.put("locales", locales);
        List<Object> articles = new ArrayList<>();
        for (TranslationStatus.ArticleStatus a : r.articles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", a.key());
            m.put("locale", a.locale());
            m.put("state", a.state());
            m.put("units", a.units());
            m.put("untranslated", a.untranslated());
            m.put("drifted", a.drifted());
            articles.add(m);
        }
        root.put("articles", articles);
        StringBuilder b = new StringBuilder();
        try {
            Json.write(root, b);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a StringBuilder does not fail
        }
        return b.toString();
    }

    public static String html(TranslationStatus.Report r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>Translation status</title>\n</head>\n<body>\n<main>\n<h1>Translation status</h1>\n")
                .append("<p>Source locale: ").append(escape(r.sourceLocale())).append(". A unit is translated unless <code>tolk check</code> ")
                .append("finds it untranslated or the English has a sentence the article lacks.</p>\n")
                .append("<table>\n<caption>Locales</caption>\n<thead><tr><th scope=\"col\">Locale</th><th scope=\"col\">Translated</th>")
                .append("<th scope=\"col\">Units</th><th scope=\"col\">Untranslated</th><th scope=\"col\">Drifted</th>")
                .append("<th scope=\"col\">Machine</th><th scope=\"col\">Articles</th><th scope=\"col\">Missing</th>")
                .append("<th scope=\"col\">Badge</th></tr></thead>\n<tbody>\n");
        for (TranslationStatus.LocaleStatus l : r.locales()) {
            String pct = String.format(Locale.ROOT, "%.1f", floor(l.percent()));
            b.append("<tr><th scope=\"row\">").append(escape(l.locale())).append("</th><td><progress max=\"100\" value=\"").append(pct)
                    .append("\" aria-label=\"").append(escape(l.locale())).append(" translated\">").append(pct).append("%</progress> ")
                    .append(pct).append("%</td><td>").append(l.units()).append("</td><td>").append(l.untranslated()).append("</td><td>")
                    .append(l.drifted()).append("</td><td>").append(l.machine()).append("</td><td>").append(l.articles()).append("</td><td>")
                    .append(l.missing()).append("</td><td><img src=\"").append(escape(l.locale())).append(".svg\" alt=\"")
                    .append(escape(l.locale())).append(": ").append(pct).append("% translated\"></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<h2>Articles that need work</h2>\n");
        if (r.articles().isEmpty()) {
            b.append("<p>None: every article of every locale is translated.</p>\n");
        } else {
            b.append("<table>\n<caption>Largest first</caption>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Locale</th>")
                    .append("<th scope=\"col\">State</th><th scope=\"col\">Untranslated</th><th scope=\"col\">Drifted</th>")
                    .append("<th scope=\"col\">Units</th><th scope=\"col\">XLIFF</th></tr></thead>\n<tbody>\n");
            for (TranslationStatus.ArticleStatus a : r.articles()) {
                String page = a.key().toLowerCase(Locale.ROOT).endsWith(".md") ? a.key().substring(0, a.key().length() - 3) + ".html" : a.key();
                // a missing article is read in the source locale until it is translated
                String pageLocale = a.state().equals("missing") ? r.sourceLocale() : a.locale();
                b.append("<tr><td><a href=\"../").append(escape(pageLocale)).append('/').append(escapePath(page)).append("\">").append(escape(a.key())).append("</a></td><td>").append(escape(a.locale()))
                        .append("</td><td>").append(a.state()).append("</td><td>").append(a.untranslated()).append("</td><td>")
                        .append(a.drifted()).append("</td><td>").append(a.units()).append("</td><td><a href=\"../../xliff/")
                        .append(escape(a.locale())).append('/').append(escapePath(XliffExport.xlfName(a.key()))).append("\">")
                        .append(escape(XliffExport.xlfName(a.key()))).append("</a></td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A badge: the locale and its translated share. */
    public static String badge(TranslationStatus.LocaleStatus l) {
        String label = l.locale();
        String value = String.format(Locale.ROOT, "%.0f%%", Math.floor(l.percent()));
        int lw = 10 + 7 * label.length();
        int vw = 10 + 7 * value.length();
        String colour = l.percent() >= 95 ? "#2e7d32" : l.percent() >= 75 ? "#8d6e00" : "#b71c1c";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (lw + vw) + "\" height=\"20\" role=\"img\" aria-label=\""
                + escape(label) + ": " + value + " translated\">\n<title>" + escape(label) + ": " + value + " translated</title>\n"
                + "<rect width=\"" + lw + "\" height=\"20\" fill=\"#555\"/>\n<rect x=\"" + lw + "\" width=\"" + vw + "\" height=\"20\" fill=\""
                + colour + "\"/>\n<g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">\n<text x=\"5\" y=\"14\">"
                + escape(label) + "</text>\n<text x=\"" + (lw + 5) + "\" y=\"14\">" + value + "</text>\n</g>\n</svg>\n";
    }

    /** Rounded down to a tenth, so 99.96% never shows as 100.0%. */
    private static double floor(double percent) {
        return Math.floor(percent * 10) / 10;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A path as a URL path: each segment percent-encoded where it needs to be. */
    private static String escapePath(String path) {
        StringBuilder b = new StringBuilder();
        for (String seg : path.split("/", -1)) {
            if (b.length() > 0) b.append('/');
            b.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return escape(b.toString());
    }
}
