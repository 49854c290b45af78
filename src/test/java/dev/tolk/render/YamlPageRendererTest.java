package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.FileReporter;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.YamlPageReader;
import dev.tolk.render.YamlPageModels.Card;
import dev.tolk.render.YamlPageModels.Content;
import dev.tolk.source.LineMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * YAML page content: units woven as in articles, everything escaped or sanitized (translated
 * text is semi-trusted), addresses through the allow-list and the page's resolver, headings in
 * order with unique anchors, and the templates that print it.
 */
class YamlPageRendererTest {
    private static final Map<String, String> ALERTS = Map.of("note", "Opmerking", "important", "Belangrijk",
            "tip", "Tip", "warning", "Waarschuwing", "caution", "Let op", "video", "Video",
            ArticleRenderer.UNTRANSLATED, "Nog niet vertaald");
    private static final LinkResolver MD_TO_HTML = href -> href.endsWith(".md") ? href.replace(".md", ".html") : href;
    private final YamlPageRenderer renderer = new YamlPageRenderer(new ArticleRenderer(new MarkdownRenderer()));

    private static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + source + "</span></span>";
    }

    private static YamlPage page(String yaml) {
        return new YamlPageReader().read("nl-NL", yaml, new FileReporter("p.yml", "nl-NL", new LineMap(yaml), d -> { }))
                .orElseThrow();
    }

    private YamlPageRenderer.Rendered render(String yaml) {
        return renderer.render(page(yaml), new YamlPageRenderer.Sides(MD_TO_HTML, "en-US", ALERTS, ALERTS, "Fallback"));
    }

    private YamlPageRenderer.Rendered renderSource(String yaml) {
        return renderer.render(page(yaml), new YamlPageRenderer.Sides(MD_TO_HTML, null, ALERTS, ALERTS, "Fallback"));
    }

    @Test
    void weavesTheUnitsOfAPlainFieldWithTheirHiddenEnglish() {
        Content c = render("### YamlMime:Landing\ntitle: " + pair("abcde-101", "Documentatie & meer", "Docs & more") + "\n").content();
        Document d = Jsoup.parseBodyFragment(c.titleHtml());
        assertEquals("Documentatie & meer", d.selectFirst("span[data-ttu-id=abcde-101]").text());
        assertEquals("Docs & more", d.selectFirst("span.sxs-lookup[hidden] > span[data-stu-id=abcde-101][lang=en-US]").text());
    }

    @Test
    void showsTheEnglishOfAnUntranslatedUnit() {
        Content c = render("### YamlMime:Landing\ntitle: " + pair("abcde-101", "", "Documentation") + "\n").content();
        Document d = Jsoup.parseBodyFragment(c.titleHtml());
        var shown = d.selectFirst("span[data-ttu-id=abcde-101].untranslated");
        assertEquals("Documentation", shown.text());
        assertEquals("en-US", shown.attr("lang"));
        assertEquals("Nog niet vertaald", shown.attr("title"));
    }

    @Test
    void aReconstructedSourcePageShowsTheEnglishHalves() {
        Content c = renderSource("### YamlMime:Landing\ntitle: " + pair("abcde-101", "Documentatie", "Documentation") + "\n").content();
        Document d = Jsoup.parseBodyFragment(c.titleHtml());
        assertEquals("Documentation", d.text());
        assertEquals(1, d.select("span[data-stu-id=abcde-101]").size());
        assertTrue(d.select(".sxs-lookup").isEmpty());
    }

    @Test
    void escapesPlainTextAndSanitizesMarkdown() {
        Content c = render("""
                ### YamlMime:FAQ
                title: <img src=x onerror=alert(1)>
                summary: |
                  Hello <script>alert(1)</script><b onclick="x()">bold</b> [click](javascript:alert(1))
                sections:
                  - name: <i>A</i>
                    questions:
                      - question: Why <script>?
                        answer: <iframe src="https://evil.example"></iframe>Because.
                """).content();
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", c.titleHtml());
        assertFalse(c.summaryHtml().contains("<script"), c.summaryHtml());
        assertFalse(c.summaryHtml().contains("onclick"), c.summaryHtml());
        assertFalse(c.summaryHtml().contains("javascript:"), c.summaryHtml());
        assertEquals("Why &lt;script&gt;?", c.sections().get(0).questions().get(0).questionHtml());
        assertFalse(c.sections().get(0).questions().get(0).answerHtml().contains("<iframe"));
    }

    @Test
    void refusesUnsafeAddressesAndResolvesTheOthers() {
        Content c = render("""
                ### YamlMime:Hub
                title: T
                tools:
                  items:
                    - title: A
                      url: javascript:alert(1)
                      imageSrc: "data:image/svg+xml,<svg onload=alert(1)>"
                    - title: B
                      url: " JaVaScRiPt:alert(1)"
                      imageSrc: media/b.png
                    - title: C
                      url: guide/c.md
                      imageSrc: https://cdn.example.org/c.png
                """).content();
        List<Card> cards = c.sections().get(0).cards();
        assertEquals("", cards.get(0).href());
        assertEquals("", cards.get(0).imageSrc());
        assertEquals("", cards.get(1).href());
        assertEquals("media/b.png", cards.get(1).imageSrc());
        assertEquals("guide/c.html", cards.get(2).href());
        assertEquals("https://cdn.example.org/c.png", cards.get(2).imageSrc());
        assertEquals("", cards.get(2).imageAlt(), "icons beside their title are decorative");
    }

    @Test
    void headingsFollowTheOutline() {
        YamlPageRenderer.Rendered one = render("""
                ### YamlMime:FAQ
                title: T
                sections:
                  - name: Ignored
                    questions:
                      - question: First?
                        answer: A.
                      - question: First?
                        answer: B.
                """);
        var s = one.content().sections().get(0);
        assertEquals(0, s.level(), "a FAQ of one section shows no section heading");
        assertEquals(2, s.itemLevel());
        assertEquals(List.of("first", "first-1"), s.questions().stream().map(YamlPageModels.Question::id).toList());
        YamlPageRenderer.Rendered two = render("""
                ### YamlMime:FAQ
                title: T
                sections:
                  - name: One
                    questions:
                      - question: Q?
                        answer: A.
                  - name: Two
                    questions:
                      - question: R?
                        answer: "## Sub"
                """);
        assertEquals(List.of(2, 3, 2, 3), two.headings().stream().map(RenderedArticle.Heading::level).toList());
        assertTrue(two.anchors().containsAll(List.of("one", "q", "two", "r", "sub")), two.anchors()::toString);
        assertEquals("faq.ftlh", two.template());
    }

    @Test
    void aPageWithoutATitleIsHeadedByItsCatalogTitle() {
        assertEquals("Fallback", render("### YamlMime:Landing\nsummary: S\n").content().titleHtml());
    }

    @Test
    void theTemplatesPrintTheContentInOrder() throws Exception {
        PageRenderer templates = new PageRenderer(Path.of("templates"));
        YamlPageRenderer.Rendered landing = render("""
                ### YamlMime:Landing
                title: Docs
                summary: Start.
                landingContent:
                  - title: Card
                    linkLists:
                      - linkListType: overview
                        links:
                          - text: <Overview>
                            url: overview.md
                          - text: Unsafe
                            url: javascript:alert(1)
                """);
        Document d = Jsoup.parseBodyFragment(templates.render(landing.template(), landing.content()));
        assertEquals("Docs", d.selectFirst("h1").text());
        assertEquals("Card", d.selectFirst("ul.cards > li > h2#card").text());
        assertEquals("overview.html", d.selectFirst("ul.link-list[data-link-list-type=overview] a").attr("href"));
        assertEquals("<Overview>", d.selectFirst("ul.link-list a").text());
        assertNull(d.select("ul.link-list li").get(1).selectFirst("a"), "an unsafe address leaves the text alone");
        YamlPageRenderer.Rendered faq = render("""
                ### YamlMime:FAQ
                title: FAQ
                summary: Intro.
                sections:
                  - name: S1
                    questions:
                      - question: Q1
                        answer: A1
                  - name: S2
                    questions:
                      - question: Q2
                        answer: A2
                additionalContent: More.
                """);
        Document f = Jsoup.parseBodyFragment(templates.render(faq.template(), faq.content()));
        assertEquals(List.of("h1", "p", "h2", "h3", "p", "h2", "h3", "p", "p"),
                f.selectFirst("div.faq-page").children().stream().map(e -> e.tagName()).toList());
    }
}
