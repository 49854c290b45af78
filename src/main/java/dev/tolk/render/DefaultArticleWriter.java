package dev.tolk.render;

import dev.tolk.render.PageModels.Alternate;
import dev.tolk.render.PageModels.ArticlePage;
import dev.tolk.render.PageModels.Crumb;
import dev.tolk.render.PageModels.Frame;
import dev.tolk.render.PageModels.LocaleLink;
import dev.tolk.render.PageModels.PageLink;
import dev.tolk.render.PageModels.SideItem;
import dev.tolk.render.PageModels.TocEntry;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * The bundled {@code article.ftlh} (inside {@code layout.ftlh}'s {@code page} macro) written out
 * in Java: an {@link ArticlePage} in, the bytes FreeMarker writes for it out, without FreeMarker's
 * reflection on the records and expression evaluation (about a tenth of a build's CPU went there).
 *
 * <p>It reproduces exactly the template text whose SHA-256 is {@link #ARTICLE_SHA256} and
 * {@link #LAYOUT_SHA256}; {@link PageRenderer} uses it only when the templates in effect have those
 * hashes, so a project that overrides either template gets FreeMarker, as before. Whatever
 * FreeMarker would refuse (a null where the template prints a value: a missing interface string,
 * say) is not guessed at: {@link #write} throws {@link Unwritable} and the page goes through
 * FreeMarker, which reports the error as it always did. Escaping is FreeMarker's HTML output
 * format ({@code < > & " '}); {@code title != siteTitle} compares as FreeMarker 2.3.33+ does
 * (after NFKC normalization). Stateless and thread-safe.
 */
final class DefaultArticleWriter {
    /** SHA-256 of the UTF-8 text of the bundled {@code article.ftlh} this class reproduces. */
    static final String ARTICLE_SHA256 = "f60d69e5af99da2144dc3a4720ea06540b310a4944ef4c34f8e08821be890dfb";
    /** SHA-256 of the UTF-8 text of the bundled {@code layout.ftlh} this class reproduces. */
    static final String LAYOUT_SHA256 = "e34692a3eb020dc883403c013530bf704653344bf4bdc3a2dd5bcf5e85b10018";

    /** A page this writer does not write (the template would fail on it): render it through FreeMarker. */
    static final class Unwritable extends Exception {
        private static final Unwritable INSTANCE = new Unwritable();

        private Unwritable() {
            super("the page needs FreeMarker", null, false, false); // no stack trace: a signal, not an error
        }
    }

    /** Writes {@code page} as the bundled templates do; on {@link Unwritable} {@code out} holds a partial page. */
    void write(ArticlePage page, Utf8Output out) throws Unwritable {
        Frame frame = present(page.frame());
        Map<String, String> t = present(frame.t());
        head(frame, present(page.scripts()), out);
        header(frame, t, out);
        out.write("</header>\n<main id=\"main\">\n<div class=\"page-grid\">\n");
        sidebar(page.sidebar(), frame, t, out);
        breadcrumbs(present(page.crumbs()), frame, t, out);
        for (String notice : present(page.notices())) {
            printed(out, "<p class=\"notice\" role=\"note\">", notice);
            out.write("</p>\n");
        }
        if (page.bilingual()) {
            String show = string(t, "article.show-source");
            printed(out, "<p class=\"bilingual-bar\"><button type=\"button\" class=\"bilingual-toggle\""
                    + " aria-pressed=\"false\" hidden data-show=\"", show);
            printed(out, "\" data-hide=\"", string(t, "article.hide-source"));
            printed(out, "\">", show);
            out.write("</button></p>\n");
        }
        onThisPage(page.toc(), t, out);
        printed(out, "<article data-source-lang=\"", page.sourceLang());
        out.write("\">\n");
        out.write(present(page.body()));
        out.write("\n</article>\n");
        previousNext(page.previous(), page.next(), t, out);
        printed(out, "</div>\n</div>\n</main>\n<footer class=\"site-footer\">\n<p>", string(t, "site.footer"));
        out.write("</p>\n</footer>\n</body>\n</html>\n");
    }

    private static void head(Frame frame, List<String> scripts, Utf8Output out) throws Unwritable {
        printed(out, "<!DOCTYPE html>\n<html lang=\"", frame.lang());
        printed(out, "\" dir=\"", frame.dir());
        out.write("\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';"
                + " style-src 'self'; img-src 'self' data: https:; media-src 'self' https:; frame-src https:;"
                + " object-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        String title = present(frame.title());
        String siteTitle = present(frame.siteTitle());
        escaped(title, out);
        if (!sameText(title, siteTitle)) {
            printed(out, " | ", siteTitle);
        }
        out.write("</title>\n");
        if (hasContent(frame.canonical())) {
            printed(out, "<link rel=\"canonical\" href=\"", frame.canonical());
            out.write("\">\n");
        }
        for (Alternate a : present(frame.alternates())) {
            present(a);
            printed(out, "<link rel=\"alternate\" hreflang=\"", a.hreflang());
            printed(out, "\" href=\"", a.href());
            out.write("\">\n");
        }
        String root = present(frame.root());
        printed(out, "<link rel=\"stylesheet\" href=\"", root);
        printed(out, "assets/tolk.css\">\n<script defer src=\"", root);
        out.write("assets/search.js\"></script>\n");
        for (String src : scripts) {
            printed(out, "<script defer src=\"", src);
            out.write("\"></script>\n");
        }
    }

    private static void header(Frame frame, Map<String, String> t, Utf8Output out) throws Unwritable {
        printed(out, "</head>\n<body class=\"article-page\">\n<a class=\"skip-link\" href=\"#main\">", string(t, "site.skip"));
        String home = present(frame.home());
        printed(out, "</a>\n<header class=\"site-header\">\n<a class=\"site-title\" href=\"", home);
        printed(out, "\">", frame.siteTitle());
        printed(out, "</a>\n<form class=\"site-search\" role=\"search\" action=\"", home.replace("index.html", "search.html"));
        printed(out, "\" data-index=\"", home.replace("index.html", "search-index.json"));
        printed(out, "\">\n<label class=\"visually-hidden\" for=\"site-search-q\">", string(t, "search.label"));
        printed(out, "</label>\n<input id=\"site-search-q\" name=\"q\" type=\"search\" placeholder=\"",
                string(t, "search.placeholder"));
        printed(out, "\" autocomplete=\"off\">\n<button type=\"submit\">", string(t, "search.button"));
        out.write("</button>\n</form>\n");
        List<LocaleLink> languages = present(frame.languages());
        if (languages.size() > 1) {
            String label = string(t, "site.language");
            printed(out, "<nav class=\"language-switcher\" aria-label=\"", label);
            printed(out, "\">\n<details>\n<summary>", label);
            out.write("</summary>\n<ul>\n");
            for (LocaleLink l : languages) {
                present(l);
                printed(out, "<li><a href=\"", l.href());
                printed(out, "\" hreflang=\"", l.tag());
                printed(out, "\" lang=\"", l.tag());
                printed(out, "\" dir=\"", l.dir());
                printed(out, l.current() ? "\" aria-current=\"page\">" : "\">", l.name());
                out.write("</a></li>\n");
            }
            out.write("</ul>\n</details>\n</nav>\n");
        }
    }

    private static void sidebar(List<SideItem> sidebar, Frame frame, Map<String, String> t, Utf8Output out) throws Unwritable {
        if (sidebar == null || sidebar.isEmpty()) return;
        String label = string(t, "site.contents");
        printed(out, "<nav class=\"sidebar\" aria-label=\"", label);
        out.write("\">\n<ul>\n");
        for (SideItem item : sidebar) {
            present(item);
            linkItem(item.href(), item.current(), item.lang(), item.title(), "<li><span>", "</span></li>\n", out);
        }
        printed(out, "</ul>\n<p class=\"sidebar-all\"><a href=\"", frame.contents());
        printed(out, "\">", label);
        out.write("</a></p>\n</nav>\n");
    }

    private static void breadcrumbs(List<Crumb> crumbs, Frame frame, Map<String, String> t, Utf8Output out) throws Unwritable {
        printed(out, "<div class=\"page-content\">\n<nav class=\"breadcrumbs\" aria-label=\"", string(t, "site.breadcrumb"));
        printed(out, "\"><ol>\n<li><a href=\"", frame.home());
        printed(out, "\">", string(t, "site.home"));
        out.write("</a></li>\n");
        for (Crumb c : crumbs) {
            present(c);
            linkItem(c.href(), false, null, c.title(), "<li>", "</li>\n", out);
        }
        printed(out, "<li aria-current=\"page\">", frame.title());
        out.write("</li>\n</ol></nav>\n");
    }

    /**
     * A list item of the sidebar or the breadcrumbs: a link to {@code href} (marked as the
     * current page if it is), or, where there is no address, the title between {@code plainStart}
     * and {@code plainEnd}.
     */
    private static void linkItem(String href, boolean current, String lang, String title, String plainStart, String plainEnd,
                                 Utf8Output out) throws Unwritable {
        if (hasContent(href)) {
            printed(out, "<li><a href=\"", href);
            if (current) out.write("\" aria-current=\"page");
            if (lang != null) {
                printed(out, "\" lang=\"", lang);
                out.write("\" dir=\"auto");
            }
            printed(out, "\">", title);
            out.write("</a></li>\n");
        } else {
            printed(out, plainStart, title);
            out.write(plainEnd);
        }
    }

    private static void onThisPage(List<TocEntry> toc, Map<String, String> t, Utf8Output out) throws Unwritable {
        if (toc == null || toc.isEmpty()) return;
        printed(out, "<nav class=\"on-this-page\" aria-labelledby=\"on-this-page-title\">\n<h2 id=\"on-this-page-title\">",
                string(t, "site.on-this-page"));
        out.write("</h2>\n<ul>\n");
        for (TocEntry h : toc) {
            present(h);
            out.write("<li class=\"toc-level-");
            out.write(Integer.toString(h.level())); // number format "computer": plain digits, nothing to escape
            printed(out, "\"><a href=\"#", h.id());
            printed(out, "\">", h.text());
            out.write("</a></li>\n");
        }
        out.write("</ul>\n</nav>\n");
    }

    private static void previousNext(PageLink previous, PageLink next, Map<String, String> t, Utf8Output out) throws Unwritable {
        if (previous == null && next == null) return;
        String previousLabel = string(t, "site.previous");
        String nextLabel = string(t, "site.next");
        printed(out, "<nav class=\"prev-next\" aria-label=\"", previousLabel);
        printed(out, " / ", nextLabel);
        out.write("\">\n");
        // each link's line has text besides the #if, so FreeMarker keeps its newline when the link is absent
        if (previous != null) pageLink("<a class=\"prev\" rel=\"prev\" href=\"", previous, previousLabel, out);
        out.write("\n");
        if (next != null) pageLink("<a class=\"next\" rel=\"next\" href=\"", next, nextLabel, out);
        out.write("\n</nav>\n");
    }

    private static void pageLink(String start, PageLink link, String label, Utf8Output out) throws Unwritable {
        printed(out, start, link.href());
        printed(out, "\"><span>", label);
        if (link.lang() == null) {
            printed(out, "</span> ", link.title());
        } else {
            printed(out, "</span> <span lang=\"", link.lang());
            printed(out, "\" dir=\"auto\">", link.title());
            out.write("</span>");
        }
        out.write("</a>");
    }

    /** FreeMarker's {@code ==} on strings since 2.3.33: equal after NFKC normalization. */
    private static boolean sameText(String a, String b) {
        return a.equals(b) || Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC));
    }

    /** {@code ?has_content} of a string: neither null nor empty. */
    private static boolean hasContent(String s) {
        return s != null && !s.isEmpty();
    }

    /** An interface string the template prints; a missing one fails the template. */
    private static String string(Map<String, String> t, String key) throws Unwritable {
        return present(t.get(key));
    }

    /** A value the template reads; null fails the template (and FreeMarker says so). */
    private static <T> T present(T value) throws Unwritable {
        if (value == null) throw Unwritable.INSTANCE;
        return value;
    }

    /** The step the template takes most: constant text, then {@code ${value}}. */
    private static void printed(Utf8Output out, String text, String value) throws Unwritable {
        out.write(text);
        escaped(value, out);
    }

    /** {@code ${s}} in an {@code .ftlh} template: FreeMarker's HTML escaping of {@code < > & " '}. */
    private static void escaped(String s, Utf8Output out) throws Unwritable {
        present(s);
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            String entity = switch (s.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity == null) continue;
            if (i > from) out.write(s, from, i - from);
            out.write(entity);
            from = i + 1;
        }
        if (from < s.length()) out.write(s, from, s.length() - from);
    }
}
