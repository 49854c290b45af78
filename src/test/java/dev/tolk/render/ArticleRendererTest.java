package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.parse.ArticleParser;
import dev.tolk.source.LineMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Article bodies: units and lookups, alerts, headings, tag-like text, links and sanitizing. */
class ArticleRendererTest {
    private static final Map<String, String> ALERTS = Map.of("note", "Opmerking", "important", "Belangrijk",
            "tip", "Tip", "warning", "Waarschuwing", "caution", "Let op", "video", "Video");
    private final ArticleRenderer renderer = new ArticleRenderer(new MarkdownRenderer());

    private static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + source + "</span></span>";
    }

    private static Article article(String body) {
        String text = "---\ntitle: T\n---\n" + body;
        return new ArticleParser().parse("nl-NL", "a.md", "a.md", text, true,
                new FileReporter("a.md", "nl-NL", new LineMap(text), d -> { }));
    }

    private RenderedArticle render(String body, LinkResolver links) {
        return renderer.renderTranslation(article(body), "en-US", links, ALERTS, new SourceRenders(Map.of()));
    }

    private RenderedArticle render(String body) {
        return render(body, LinkResolver.IDENTITY);
    }

    private static Document dom(RenderedArticle r) {
        return Jsoup.parseBodyFragment(r.html());
    }

    /**
     * A unit whose translation is its English copied is marked English and left to right: in a right-to-left page its
     * full stop showed at the start of the line (20 untranslated units of real ar-SA and he-IL docsets).
     */
    /**
     * A web address written bare is a link, as DocFX's Markdig makes it (its AutoLinks, GFM's extended autolinks): 258
     * addresses a reader could not click in 116 pages of a real ja-JP docset. Not inside a link's text, not without a
     * domain, not glued to a word; trailing punctuation and a lone ')' stay text, and it ends where Japanese begins.
     */
    @Test
    void aBareWebAddressIsALink() {
        Document d = dom(render("See https://contoso.com/a, www.contoso.com and (https://contoso.com/w_(x)).\n\n"
                + "**http://contoso.com/b** and [https://contoso.com/c](https://contoso.com/d)\n\n"
                + "Not http://localhost:8080 or xhttps://contoso.com or `https://contoso.com/code` or ftp://ftp.contoso.com/a.\n\n"
                + pair("abcde-102", "詳細は https://contoso.com/ja を参照してください。", "See https://contoso.com/en.")));
        assertEquals(List.of("https://contoso.com/a", "http://www.contoso.com", "https://contoso.com/w_(x)", "http://contoso.com/b",
                        "https://contoso.com/d", "https://contoso.com/ja", "https://contoso.com/en"),
                d.select("a").eachAttr("href"));
        assertEquals("https://contoso.com/a", d.selectFirst("a").text());
        assertTrue(d.selectFirst("strong > a") != null, "inside bold text");
        assertTrue(d.text().contains("Not http://localhost:8080 or xhttps://contoso.com or https://contoso.com/code or ftp://ftp.contoso.com/a."),
                d.text());
        assertTrue(d.html().contains("https://contoso.com/ja</a> を参照"), d.html());
    }

    @Test
    void englishCopiedAsTheTranslationIsMarkedEnglishAndLeftToRight() {
        Document d = dom(render(pair("f4f28-105", "Contact FastTrack for help.", "Contact FastTrack for help.") + " "
                + pair("f4f28-106", "Zie dit.", "See this.") + "\n"));
        Element copied = d.selectFirst("span[data-ttu-id=f4f28-105]");
        assertEquals("en-US", copied.attr("lang"));
        assertEquals("ltr", copied.attr("dir"));
        Element translated = d.selectFirst("span[data-ttu-id=f4f28-106]");
        assertFalse(translated.hasAttr("lang") || translated.hasAttr("dir"), translated.outerHtml());
    }

    /**
     * An HTML block in a block quote loses the quote's '>' on every line, as CommonMark and Markdig read it: the lines
     * after the first kept theirs, a '&gt;' before each list item of a real pt-BR docset's notes.
     */
    @Test
    void anHtmlBlockInABlockQuoteIsWrittenWithoutTheQuotesMarkers() {
        String html = render("> [!NOTE]\n> - Item um:\n   ><ol>\n   ><li>Primeiro.</li>\n   ></ol>\n\n> Citação:\n> <ol>\n> <li>Um.</li>\n> </ol>\n")
                .html();
        assertFalse(html.contains("&gt;"), html);
        Document d = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("Primeiro.", "Um."), d.select("ol > li:first-child").eachText());
        assertEquals(1, d.select("div.alert ol").size(), html);
        assertEquals(1, d.select("blockquote ol").size(), html);
    }

    /**
     * A fence in an HTML comment opens no code: a real .NET MAUI article's commented-out diagram left every later
     * :::image of the page as raw text.
     */
    @Test
    void aFenceInACommentLeavesTheDirectivesAfterItAlone() {
        String html = render("<!-- a\n```mermaid -->\n\n:::image type=\"content\" source=\"a.png\" alt-text=\"A\":::\n").html();
        assertFalse(html.contains(":::image"), html);
        assertTrue(html.contains("<img"), html);
    }

    /** A :::column::: four spaces into its :::row::: (as DocFX's own tests write it) is a column, no code block. */
    @Test
    void columnsIndentedUnderTheirRowAreColumns() {
        String body = ":::row:::\n    :::column:::\n        #### Fluxo\n        - Entradas\n    :::column-end:::\n"
                + "    :::column:::\n        **B**\n    :::column-end:::\n:::row-end:::\n\n1. Step:\n\n   :::row:::\n"
                + "       :::column:::\n       In the item.\n       :::column-end:::\n   :::row-end:::\n";
        Document d = dom(render(body));
        assertEquals(0, d.select("pre").size(), d.body().html());
        assertEquals(3, d.select("div.docfx-row > div.docfx-column").size(), d.body().html()); // two in the first row, one in the item
        assertEquals("Fluxo", d.selectFirst("div.docfx-column h4").text());
        assertEquals(1, d.select("ol > li div.docfx-row div.docfx-column").size(), d.body().html());
    }

    @Test
    void eachUnitIsASpanFollowedByItsHiddenEnglishLookup() {
        Document d = dom(render(pair("f4f28-105", "Zie **dit**.", "See **this**.") + "\n"));
        Element t = d.selectFirst("span[data-ttu-id=f4f28-105]");
        assertEquals("Zie dit.", t.text());
        assertEquals("strong", t.child(0).tagName());
        Element lookup = t.nextElementSibling();
        assertTrue(lookup.hasClass("sxs-lookup"));
        assertTrue(lookup.hasAttr("hidden"));
        Element source = lookup.selectFirst("span[data-stu-id=f4f28-105]");
        assertEquals("en-US", source.attr("lang"));
        assertEquals("See this.", source.text());
        assertEquals("strong", source.child(0).tagName());
    }

    @Test
    void headingsGetIdsFromVisibleTextAndKeepTheirNamedAnchor() {
        RenderedArticle r = render("# <a name=\"purchased-wrong\"></a>" + pair("f4f28-102", "Onjuiste licentie aangeschaft", "Purchased wrong license") + "\n");
        Element h1 = dom(r).selectFirst("h1");
        assertEquals("onjuiste-licentie-aangeschaft", h1.id());
        assertEquals("purchased-wrong", h1.selectFirst("a[name]").attr("name"));
        assertEquals("Onjuiste licentie aangeschaft", r.h1());
        assertTrue(r.anchors().containsAll(List.of("onjuiste-licentie-aangeschaft", "purchased-wrong")), r.anchors()::toString);
    }

    @Test
    void docfxAlertsBecomeTitledBoxes() {
        for (String kind : List.of("NOTE", "IMPORTANT", "TIP", "WARNING", "CAUTION")) {
            RenderedArticle r = render("> [!" + kind + "]\n> " + pair("abcde-103", "Let hierop.", "Mind this.") + "\n");
            Element box = dom(r).selectFirst("div.alert");
            assertTrue(box.hasClass("alert-" + kind.toLowerCase()), r.html());
            assertEquals(ALERTS.get(kind.toLowerCase()), box.selectFirst(".alert-title").text());
            assertFalse(box.text().contains("[!"), r.html());
            assertEquals("Let hierop.", box.selectFirst("span[data-ttu-id]").text());
        }
    }

    @Test
    void mixedCaseAlertWithoutSpace() {
        // corpus nl-NL/AlchemyInsights/modern-site-as-the-root-site.md:26 writes ">[!Important]"
        Element box = dom(render(">[!Important]\n>" + pair("abcde-104", "Belangrijk.", "Important.") + "\n")).selectFirst("div.alert");
        assertTrue(box.hasClass("alert-important"));
    }

    @Test
    void videoAlertEmbedsOnlyHttps() {
        // corpus nl-NL/AlchemyInsights/switch-to-different-microsoft-365-for-business-plan-video.md:24
        Document d = dom(render("> [!VIDEO https://www.microsoft.com/videoplayer/embed/RE1SBE2?autoplay=false]\n"));
        Element frame = d.selectFirst("div.alert-video iframe");
        assertEquals("https://www.microsoft.com/videoplayer/embed/RE1SBE2?autoplay=false", frame.attr("src"));
        assertTrue(frame.hasAttr("sandbox"));
        assertEquals(null, dom(render("> [!VIDEO javascript:alert(1)]\n")).selectFirst("iframe"));
    }

    /**
     * A video takes no line after it, as DocFX's quote sections have it: a '>' line after it is read on its own (an
     * alert here), a line without its '>' is a paragraph after the quote (SharePoint: five videos on four pages showed
     * as raw '[!VIDEO …]' text with the next line).
     */
    @Test
    void aVideoTakesNoLineAfterIt() {
        Document d = dom(render("> [!VIDEO https://www.microsoft.com/videoplayer/embed/aaaa]\n**Second video**\n\n"
                + "> [!VIDEO https://www.microsoft.com/videoplayer/embed/bbbb]\n> [!NOTE]\n> A note.\n"));
        assertEquals(List.of("https://www.microsoft.com/videoplayer/embed/aaaa", "https://www.microsoft.com/videoplayer/embed/bbbb"),
                d.select("div.alert-video iframe").eachAttr("src"));
        assertEquals("Second video", d.selectFirst("body > p > strong").text(), d.body().html());
        assertTrue(d.select("blockquote").isEmpty(), d.body().html());
        assertEquals("A note.", d.selectFirst("div.alert-note p:not(.alert-title)").text());
        assertFalse(d.text().contains("[!VIDEO"), d.body().html());
    }

    @Test
    void tableWithPairsInCells() {
        // corpus nl-NL/AlchemyInsights/error-code-0x15.md:27-29
        String md = "|" + pair("e4c87-105", "**Registersleutel**", "**Registry key**") + "|" + pair("e4c87-106", "**Type**", "**Type**") + "|\n"
                + "|:-----|:-----|\n"
                + "|" + pair("e4c87-108", "HKEY_CURRENT_USER", "HKEY_CURRENT_USER") + "  <br/> |" + pair("e4c87-109", "REG_DWORD", "REG_DWORD") + "  <br/> |\n";
        Document d = dom(render(md));
        assertEquals(2, d.select("table th").size());
        assertEquals("Registersleutel", d.selectFirst("th span[data-ttu-id]").text());
        assertEquals("REG_DWORD", d.select("td span[data-ttu-id]").get(1).text());
        assertEquals(2, d.select("td br").size());
    }

    /** GFM (and DocFX) take a delimiter cell of one or two dashes: a real ru-RU docset had 47 such tables, shown as pipes. */
    @Test
    void aDelimiterRowOfOneOrTwoDashesMakesATable() {
        for (String delimiter : new String[] {"|-|-|", "|--|--|", "| :- | -: |", "|---|---|"}) {
            Document d = dom(render("|" + pair("e4c87-105", "Pictogram", "Icon") + "|Info|\n" + delimiter + "\n|a|b|\n"));
            assertEquals(2, d.select("table th").size(), delimiter);
            assertEquals("Pictogram", d.selectFirst("th span[data-ttu-id]").text(), delimiter);
            assertEquals(List.of("a", "b"), d.select("td").eachText(), delimiter);
        }
    }

    /**
     * DocFX's Markdig keeps every cell and makes every row as wide as the widest (its default
     * NormalizeUsingMaxWidth): a header wider than its delimiter row keeps its columns. A real pt-BR
     * docset (Teams) had three such tables, whose Node.js and Python sample links were dropped.
     */
    @Test
    void aRowWiderThanTheDelimiterRowKeepsItsCellsAndTheOthersAreMadeAsWide() {
        String md = "| " + pair("aaaaa-101", "**Nome**", "**Name**") + " | **.NET** | **Node.js** | **Python** |\n"
                + "|----------|:---------|\n"
                + "| " + pair("aaaaa-102", "Bot de conversa", "Conversation bot") + " | [C#](cs.md) | [JS](js.md) | [Py](py.md) |\n"
                + "| a |\n";
        Document d = dom(render(md));
        d.select(".sxs-lookup").remove();
        assertEquals(List.of("Nome", ".NET", "Node.js", "Python"), d.select("thead th").eachText(), d.body().html());
        assertEquals(List.of("cs.md", "js.md", "py.md"), d.select("tbody tr").get(0).select("a").eachAttr("href"));
        assertEquals("left", d.select("thead th").get(1).attr("align"));
        assertEquals(4, d.select("tbody tr").get(1).select("td").size()); // "a" and three empty cells
        assertEquals("a", d.select("tbody tr").get(1).selectFirst("td").text());
        // a body row wider than the header widens the head too
        Document wide = dom(render("a|b\n-|-\n1|2|3|4|5\n"));
        assertEquals(5, wide.select("thead th").size());
        assertEquals(List.of("a", "b"), wide.select("thead th").eachText()); // and three empty header cells
        assertEquals(List.of("1", "2", "3", "4", "5"), wide.select("tbody td").eachText());
    }

    /**
     * One row of many cells over many short rows: the empty cells that would make them as wide are bounded per document
     * (as Markdig and cmark-gfm bound them), so a few kilobytes of Markdown do not make a page of the product of the two.
     * Under the bound, short rows are made as wide, and aligned as their columns.
     */
    @Test
    void theEmptyCellsAddedToShortRowsAreBounded() {
        StringBuilder md = new StringBuilder("|a|b|\n|:-|-:|\n|").append("x|".repeat(2_000)).append('\n');
        md.append("|y|\n".repeat(1_000)); // 1,000 x 1,999 empty cells would be needed: past the bound
        Document d = dom(render(md.toString()));
        assertEquals(2_000, d.select("tbody tr").get(0).select("td").size());
        assertEquals(1, d.select("tbody tr").get(1).select("td").size(), "short rows stay as written past the bound");
        assertTrue(d.select("td, th").size() < 5_000, "linear in the Markdown: " + d.select("td, th").size());

        Document small = dom(render("|a|b|c|\n|:-|-:|:-:|\n|1|\n"));
        assertEquals(List.of("left", "right", "center"), small.select("tbody td").eachAttr("align"), small.body().html());
    }

    @Test
    void tagLikeTextIsShownNotDropped() {
        // corpus nl-NL/AlchemyInsights/activate-visio.md:39 and move-email-messages-to-the-archive-mailbox.md:37
        RenderedArticle r = render(pair("c745a-117", "om te activeren <app>", "to activate <app>") + " en "
                + pair("c745a-118", "postvak <name of the mailbox>", "mailbox <name of the mailbox>") + "\n");
        Document d = dom(r);
        assertEquals("om te activeren <app>", d.selectFirst("span[data-ttu-id=c745a-117]").text());
        assertEquals("postvak <name of the mailbox>", d.selectFirst("span[data-ttu-id=c745a-118]").text());
        assertTrue(r.html().contains("&lt;app&gt;"));
    }

    @Test
    void tagLikeTextInCodeStaysCode() {
        // corpus nl-NL/AlchemyInsights/set-up-dkim-office-365.md:28
        Document d = dom(render(pair("abcde-105", "Voer `Get-DkimSigningConfig -Identity <CustomDomain>` uit.", "Run `Get-DkimSigningConfig -Identity <CustomDomain>`.") + "\n"));
        assertEquals("Get-DkimSigningConfig -Identity <CustomDomain>", d.selectFirst("span[data-ttu-id] code").text());
    }

    @Test
    void linkSplitOverTwoPairsRendersOneLinkAndValidMarkup() {
        // corpus nl-NL/AlchemyInsights/outlook-com-over-quota.md:31-32, with the translation's broken "] (" repaired
        String md = pair("1ce2a-109", "[**Instellingen**", "[**Settings**") + " "
                + pair("1ce2a-110", "**Opslag**](https://outlook.live.com/mail/options/general/storage) of meer.", "**Storage**](https://outlook.live.com/mail/options/general/storage), or more.") + "\n";
        RenderedArticle r = render(md);
        Document d = dom(r);
        Element link = d.selectFirst("a[href]");
        assertEquals("https://outlook.live.com/mail/options/general/storage", link.attr("href"));
        assertTrue(link.text().startsWith("Instellingen"), r.html());
        assertEquals(2, d.select("span[data-stu-id]").size(), r.html());
        assertEquals(Jsoup.parseBodyFragment(r.html()).body().html().replaceAll("\\s", ""), d.body().html().replaceAll("\\s", ""));
    }

    @Test
    void pairSpanningLinesRendersAsOneUnit() {
        String md = pair("3fed4-109", "**Office 365 E1** \n [ Audioconferentie](https://docs.microsoft.com/a) is beschikbaar.",
                "**Office 365 E1**\n[Audio conferencing](https://docs.microsoft.com/a) is available.") + "\n";
        Element t = dom(render(md)).selectFirst("span[data-ttu-id=3fed4-109]");
        assertEquals("https://docs.microsoft.com/a", t.selectFirst("a").attr("href"));
        assertEquals("Office 365 E1", t.selectFirst("strong").text());
    }

    @Test
    void linksGoThroughThePageResolver() {
        RenderedArticle r = render(pair("abcde-106", "Zie [kopen](https://docs.microsoft.com/alchemyinsights/buy).", "See [buy](https://docs.microsoft.com/alchemyinsights/buy).") + "\n",
                href -> href.replace("https://docs.microsoft.com/alchemyinsights/", "") + ".html");
        Document d = dom(r);
        assertEquals("buy.html", d.selectFirst("span[data-ttu-id] a").attr("href"));
        assertEquals("buy.html", d.selectFirst("span[data-stu-id] a").attr("href"));
    }

    /**
     * Issue 19: inside an HTML block, the content of raw-text elements (xmp, noembed, noframes,
     * plaintext, and those the sanitizer drops) was written out as markup: a meta refresh and an
     * img onerror went live. Whatever such an element holds is text, or gone, never markup.
     */
    @Test
    void rawTextElementsCannotSmuggleMarkup() {
        String payload = "<img src=x onerror=alert(1)><meta http-equiv=refresh content=\"0;url=https://evil.example\">";
        for (String tag : List.of("xmp", "noembed", "noframes", "plaintext", "iframe", "noscript", "textarea", "title", "style",
                "script", "template", "listing")) {
            for (String md : List.of("<div>\n<" + tag + ">" + payload + "</" + tag + ">\n</div>\n",
                    "<" + tag + ">" + payload + "</" + tag + ">\n", "Text <" + tag + ">" + payload + "</" + tag + "> text.\n")) {
                RenderedArticle r = render(md);
                Document d = dom(r);
                assertTrue(d.select("img, meta, " + (tag.contains("-") ? "x" : tag)).isEmpty(), tag + ": " + r.html());
                assertTrue(d.select("[onerror], [http-equiv]").isEmpty(), tag + ": " + r.html());
                assertFalse(r.html().contains("<img") || r.html().contains("<meta"), tag + ": " + r.html()); // as text it is escaped
            }
        }
        // an element that is merely unknown is unwrapped: its markup is markup, sanitized like any other
        Document d = dom(render("<div>\n<unknown-element>" + payload + "</unknown-element>\n</div>\n"));
        assertTrue(d.select("[onerror], meta").isEmpty(), d.html());
    }

    @Test
    void scriptsHandlersAndDangerousSchemesAreRemoved() {
        String md = pair("abcde-107", "Klik <a href=\"javascript:alert(1)\" onclick=\"x()\">hier</a> of [daar](JaVa\tScRiPt:alert(2)) "
                + "<img src=\"x.png\" onerror=\"alert(3)\"> <script>alert(4)</script>", "Click") + "\n\n"
                + "<div onmouseover=\"alert(5)\"><iframe src=\"https://evil.example\"></iframe><a href=\"data:text/html,x\">d</a><a href=\"media/ok.png\">ok</a></div>\n";
        RenderedArticle r = render(md);
        String html = r.html().toLowerCase();
        assertFalse(html.contains("javascript:"), r.html());
        assertFalse(html.contains("onclick") || html.contains("onerror") || html.contains("onmouseover"), r.html());
        assertFalse(html.contains("<script") || html.contains("<iframe") || html.contains("data:text"), r.html());
        assertFalse(html.contains("alert(4)"), "the content of an inline script is not text: " + r.html());
        Document d = dom(r);
        assertEquals("x.png", d.selectFirst("img").attr("src"));
        assertEquals("media/ok.png", d.selectFirst("a:contains(ok)").attr("href"));
    }

    @Test
    void reconstructedSourcePageUsesTheEnglishHalves() {
        RenderedArticle r = renderer.renderSource(article("# " + pair("abcde-102", "Titel", "Title") + "\n\n"
                + pair("abcde-103", "Tekst.", "Text.") + "\n"), LinkResolver.IDENTITY, new SourceRenders(ALERTS));
        Document d = dom(r);
        assertEquals("Title", r.h1());
        assertEquals("Text.", d.selectFirst("span[data-stu-id=abcde-103]").text());
        assertTrue(d.select("[data-ttu-id]").isEmpty());
        assertFalse(r.html().contains("Tekst"));
    }

    @Test
    void emphasisNextToUnitsFlanksAsItWouldNextToTags() {
        // markers stand where the span tags stood; **"x"** must stay bold as it is with <span> around it
        Document d = dom(render(pair("abcde-108", "**\"Opslaan\"** kiezen", "choose **\"Save\"**") + "\n"));
        assertEquals("\"Opslaan\"", d.selectFirst("span[data-ttu-id] strong").text());
        assertEquals("\"Save\"", d.selectFirst("span[data-stu-id] strong").text());
    }

    /**
     * The English page and the translations' lookup halves share one render of the English when
     * it holds no DocFX directive (what the page's includes would bring in cannot change it), and
     * not when it does: there the English page shows its include, the lookups do not.
     */
    @Test
    void theEnglishIsRenderedOnceForPageAndLookupsUnlessItHoldsDirectives() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Embeds bringing = new Embeds() {
            @Override
            public java.util.Optional<Included> include(String path) {
                return java.util.Optional.of(new Included("<p>Included</p>", List.of(), false, "en-US"));
            }

            @Override
            public java.util.Optional<String> code(String path) {
                return java.util.Optional.empty();
            }
        };
        SourceRenders plain = new SourceRenders(ALERTS);
        Article article = article(pair("abcde-101", "Tekst.", "Text.") + "\n");
        MarkdownRenderer.Output forLookups = plain.render(markdown, article, LinkResolver.IDENTITY, Embeds.NONE);
        org.junit.jupiter.api.Assertions.assertSame(forLookups, plain.render(markdown, article, LinkResolver.IDENTITY, bringing));

        SourceRenders directives = new SourceRenders(ALERTS);
        Article including = article(pair("abcde-101", "Tekst.", "Text.") + "\n\n[!INCLUDE[x](includes/x.md)]\n");
        MarkdownRenderer.Output bare = directives.render(markdown, including, LinkResolver.IDENTITY, Embeds.NONE);
        MarkdownRenderer.Output page = directives.render(markdown, including, LinkResolver.IDENTITY, bringing);
        assertFalse(bare.html().contains("Included"), bare.html());
        assertTrue(page.html().contains("<p>Included</p>"), page.html());
    }
}
