package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.render.PageModels.Alternate;
import dev.tolk.render.PageModels.ArticlePage;
import dev.tolk.render.PageModels.Crumb;
import dev.tolk.render.PageModels.Frame;
import dev.tolk.render.PageModels.LocaleLink;
import dev.tolk.render.PageModels.PageLink;
import dev.tolk.render.PageModels.SideItem;
import dev.tolk.render.PageModels.TocEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article pages written without FreeMarker: the same bytes as FreeMarker writes from the bundled
 * templates, for every branch of the template and every character it escapes; FreeMarker again
 * for what the template refuses, and for a project whose templates differ. The whole corpus,
 * both ways, is {@code dev.tolk.build.DirectArticlePagesIT}.
 */
class DefaultArticleWriterTest {
    private static final Path BUNDLED = Path.of("templates");
    private static final Map<String, String> STRINGS = strings();
    private static final String TRICKY = "<a href=\"x\">Tom & Jerry's</a> — ünïcødé 中文 \uD83D\uDE00";

    private final PageRenderer direct = renderer(null, true);
    private final PageRenderer freemarker = renderer(null, false);

    @Test
    void bundledTemplatesAreTheOnesTheWriterReproduces() throws IOException {
        // if this fails, article.ftlh or layout.ftlh changed: change DefaultArticleWriter to match,
        // then its hashes (sha256sum templates/article.ftlh templates/layout.ftlh)
        assertEquals(DefaultArticleWriter.ARTICLE_SHA256, sha256(BUNDLED.resolve("article.ftlh")));
        assertEquals(DefaultArticleWriter.LAYOUT_SHA256, sha256(BUNDLED.resolve("layout.ftlh")));
        assertTrue(direct.writesArticlesDirectly());
        assertTrue(renderer(BUNDLED, true).writesArticlesDirectly(), "a project folder holding the bundled templates");
    }

    @Test
    void writesWhatFreeMarkerWritesOnEveryBranch() throws Exception {
        for (ArticlePage page : pages()) {
            assertSame(page);
        }
    }

    @Test
    void escapesAsFreeMarkerInEveryPrintedValue() throws Exception {
        Map<String, String> t = new HashMap<>(STRINGS);
        t.replaceAll((k, v) -> v + " " + TRICKY);
        Frame tricky = new Frame(TRICKY, TRICKY, TRICKY, TRICKY + "!", TRICKY, TRICKY + "index.html" + TRICKY + "index.html",
                TRICKY, List.of(new Alternate(TRICKY, TRICKY)), List.of(new LocaleLink(TRICKY, TRICKY, TRICKY, TRICKY, true),
                        new LocaleLink("a'b", "\"", "&", "<>", false)), t, TRICKY);
        assertSame(new ArticlePage(tricky, "<p>" + TRICKY + "</p>", List.of(TRICKY), TRICKY, List.of(TRICKY), true,
                List.of(new Crumb(TRICKY, TRICKY), new Crumb(TRICKY, "")), List.of(new SideItem(TRICKY, TRICKY, true, null),
                        new SideItem(TRICKY, "", false, null), new SideItem(TRICKY, TRICKY, true, TRICKY)), new PageLink(TRICKY, TRICKY, TRICKY),
                new PageLink(TRICKY, TRICKY, null),
                List.of(new TocEntry(2, TRICKY, TRICKY), new TocEntry(3, "b", "c"), new TocEntry(12, "d", "e"))));
    }

    @Test
    void comparesTitlesAsFreeMarkerDoes() throws Exception {
        // FreeMarker 2.3.33+ compares strings after NFKC: "ﬁle" (a ligature) equals "file", so no " | site title"
        for (String[] titles : new String[][] {{"Help", "Help"}, {"Help", "Hilfe"}, {"\uFB01le", "file"}, {"e\u0301", "\u00E9"},
                {"", ""}, {"", "Site"}}) {
            ArticlePage page = full();
            Frame f = page.frame();
            Frame retitled = new Frame(f.lang(), f.dir(), titles[0], titles[1], f.root(), f.home(), f.canonical(),
                    f.alternates(), f.languages(), f.t(), f.contents());
            assertSame(withFrame(page, retitled));
        }
    }

    @Test
    void endsALoneSurrogateAsFreeMarkerWouldBeEncoded() throws Exception {
        ArticlePage page = full();
        for (String body : List.of("<p>x</p>\uD83D", "\uDE00<p>x</p>", "")) {
            assertSame(new ArticlePage(page.frame(), body, page.notices(), page.sourceLang(), page.scripts(), page.bilingual(),
                    page.crumbs(), page.sidebar(), page.previous(), page.next(), page.toc()));
        }
    }

    @Test
    void leavesToFreeMarkerWhatTheTemplateRefuses() throws Exception {
        ArticlePage page = full();
        Map<String, String> missing = new HashMap<>(STRINGS);
        missing.remove("site.previous");
        Frame f = page.frame();
        List<String> nullNotice = new ArrayList<>(Arrays.asList("ok", null));
        List<ArticlePage> refused = List.of(
                withFrame(page, new Frame(f.lang(), f.dir(), f.title(), f.siteTitle(), f.root(), f.home(), f.canonical(),
                        f.alternates(), f.languages(), missing, f.contents())),
                withFrame(page, new Frame(f.lang(), null, f.title(), f.siteTitle(), f.root(), f.home(), f.canonical(),
                        f.alternates(), f.languages(), f.t(), f.contents())),
                new ArticlePage(f, null, page.notices(), page.sourceLang(), page.scripts(), page.bilingual(), page.crumbs(),
                        page.sidebar(), page.previous(), page.next(), page.toc()),
                new ArticlePage(f, page.body(), nullNotice, page.sourceLang(), page.scripts(), page.bilingual(), page.crumbs(),
                        page.sidebar(), page.previous(), page.next(), page.toc()),
                new ArticlePage(f, page.body(), page.notices(), page.sourceLang(), page.scripts(), page.bilingual(), null,
                        page.sidebar(), page.previous(), page.next(), page.toc()),
                new ArticlePage(f, page.body(), page.notices(), page.sourceLang(), page.scripts(), page.bilingual(),
                        page.crumbs(), page.sidebar(), new PageLink(null, "p.html", null), page.next(), page.toc()));
        for (ArticlePage bad : refused) {
            PageRenderer.TemplateProblem fast = assertThrows(PageRenderer.TemplateProblem.class,
                    () -> direct.renderBytes("article.ftlh", bad));
            PageRenderer.TemplateProblem slow = assertThrows(PageRenderer.TemplateProblem.class,
                    () -> freemarker.renderBytes("article.ftlh", bad));
            assertEquals(slow.getMessage() + " " + slow.template() + ":" + slow.line() + ":" + slow.column(),
                    fast.getMessage() + " " + fast.template() + ":" + fast.line() + ":" + fast.column());
        }
        // a null the template passes over (no sidebar, no headings) is no reason to leave the writer
        assertSame(new ArticlePage(f, page.body(), page.notices(), page.sourceLang(), page.scripts(), page.bilingual(),
                page.crumbs(), null, page.previous(), page.next(), null));
    }

    @Test
    void honoursAProjectArticleTemplate(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("article.ftlh"), "<p>${page.frame.title}</p>");
        PageRenderer overridden = renderer(project, true);
        assertFalse(overridden.writesArticlesDirectly());
        assertEquals("<p>Title &amp; more</p>", new String(overridden.renderBytes("article.ftlh", full()), StandardCharsets.UTF_8));
    }

    @Test
    void honoursAProjectLayoutTemplate(@TempDir Path project) throws Exception {
        String layout = Files.readString(BUNDLED.resolve("layout.ftlh")).replace("<main id=\"main\">", "<main id=\"main\" class=\"mine\">");
        Files.writeString(project.resolve("layout.ftlh"), layout);
        PageRenderer overridden = renderer(project, true);
        assertFalse(overridden.writesArticlesDirectly());
        String html = new String(overridden.renderBytes("article.ftlh", full()), StandardCharsets.UTF_8);
        assertTrue(html.contains("<main id=\"main\" class=\"mine\">"), html);
    }

    @Test
    void honoursATemplateThatDiffersFromTheBundledOneOnlyInAComment(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("article.ftlh"), Files.readString(BUNDLED.resolve("article.ftlh")) + "<#-- mine -->\n");
        PageRenderer commented = renderer(project, true);
        assertFalse(commented.writesArticlesDirectly(), "verified by content, not by name");
        for (ArticlePage page : pages()) {
            assertArrayEquals(direct.renderBytes("article.ftlh", page), commented.renderBytes("article.ftlh", page));
        }
    }

    private void assertSame(ArticlePage page) throws PageRenderer.TemplateProblem {
        assertTrue(direct.writesArticlesDirectly() && !freemarker.writesArticlesDirectly());
        String expected = new String(freemarker.renderBytes("article.ftlh", page), StandardCharsets.UTF_8);
        String actual = new String(direct.renderBytes("article.ftlh", page), StandardCharsets.UTF_8);
        assertEquals(expected, actual);
        assertArrayEquals(freemarker.renderBytes("article.ftlh", page), direct.renderBytes("article.ftlh", page));
    }

    /** The full page, then one variation per branch of the template. */
    private static List<ArticlePage> pages() {
        ArticlePage p = full();
        Frame f = p.frame();
        List<ArticlePage> pages = new ArrayList<>();
        pages.add(p);
        pages.add(new ArticlePage(f, p.body(), List.of(), "en-US", List.of(), false, List.of(), List.of(), null, null, List.of()));
        pages.add(new ArticlePage(f, p.body(), p.notices(), p.sourceLang(), p.scripts(), p.bilingual(), p.crumbs(),
                p.sidebar(), p.previous(), null, p.toc()));
        pages.add(new ArticlePage(f, p.body(), p.notices(), p.sourceLang(), p.scripts(), p.bilingual(), p.crumbs(),
                p.sidebar(), null, p.next(), p.toc()));
        UnaryOperator<Frame> oneLanguage = g -> new Frame(g.lang(), g.dir(), g.title(), g.siteTitle(), g.root(), g.home(), "",
                List.of(), g.languages().subList(0, 1), g.t(), g.contents());
        pages.add(withFrame(p, oneLanguage.apply(f)));
        pages.add(withFrame(p, new Frame("ar-SA", "rtl", f.title(), f.siteTitle(), "", "index.html", null, f.alternates(),
                List.of(), f.t(), "toc.html")));
        return pages;
    }

    private static ArticlePage full() {
        List<LocaleLink> languages = List.of(new LocaleLink("nl-NL", "Nederlands", "ltr", "../nl-NL/a/b.html", true),
                new LocaleLink("ar-SA", "العربية", "rtl", "../ar-SA/a/b.html", false));
        Frame frame = new Frame("nl-NL", "ltr", "Title & more", "Help site", "../../", "../index.html",
                "https://example.com/nl-NL/a/b.html", List.of(new Alternate("nl-NL", "b.html"), new Alternate("x-default", "../../en/a/b.html")),
                languages, STRINGS, "../toc.html");
        return new ArticlePage(frame, "<h1 id=\"t\">Title</h1>\n<p>Body <span class=\"sxs-lookup\" hidden>x</span></p>",
                List.of("A notice <b>", "Another"), "en-US", List.of("../../assets/bilingual.js", "../../assets/tabs.js"), true,
                List.of(new Crumb("Group", ""), new Crumb("Section", "../s.html")),
                // a page the locale lacks, shown from the source locale: its English title marked so (a screen reader reads it in English)
                List.of(new SideItem("One", "one.html", false, null), new SideItem("Group", "", false, null),
                        new SideItem("English", "../en-US/e.html", false, "en-US"), new SideItem("Me", "b.html", true, null)),
                new PageLink("Before", "a.html", "en-US"), new PageLink("After", "c.html", null),
                List.of(new TocEntry(2, "one", "One"), new TocEntry(3, "two", "Two"), new TocEntry(2, "three", "Three")));
    }

    private static ArticlePage withFrame(ArticlePage p, Frame frame) {
        return new ArticlePage(frame, p.body(), p.notices(), p.sourceLang(), p.scripts(), p.bilingual(), p.crumbs(),
                p.sidebar(), p.previous(), p.next(), p.toc());
    }

    private static Map<String, String> strings() {
        Map<String, String> t = new HashMap<>();
        for (String key : List.of("site.home", "site.skip", "site.language", "site.contents", "site.on-this-page",
                "site.breadcrumb", "site.previous", "site.next", "site.footer", "article.show-source", "article.hide-source",
                "search.label", "search.placeholder", "search.button")) {
            t.put(key, "«" + key + "»");
        }
        return Map.copyOf(t);
    }

    private static PageRenderer renderer(Path templates, boolean direct) {
        try {
            return new PageRenderer(templates, direct);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
