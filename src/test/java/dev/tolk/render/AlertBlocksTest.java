package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * DocFX's block quote sections ({@code QuoteSectionNoteParser}): each line of a quote that starts with an alert or a
 * {@code [!div]} starts a box of its own. A real tr-TR docset wrote two next-step buttons, and a note then a tip, in
 * one quote each; the second marker was shown as text inside the first box.
 */
class AlertBlocksTest {
    private static Element body(String markdown) {
        return Jsoup.parseBodyFragment(new MarkdownRenderer().render(markdown, LinkResolver.IDENTITY, Map.of()).html()).body();
    }

    @Test
    void eachMarkerLineOfAQuoteStartsABoxOfItsOwn() {
        Element b = body("> [!div class=\"nextstepaction\"]\n> [First step](a.md)\n> [!div class=\"nextstepaction\"]\n> [Second step](b.md)\n\n"
                + "> [!NOTE]\n> A note.\n>\n> [!TIP]\n> A tip.\n");
        assertEquals(2, b.select("div.nextstepaction").size(), b.html());
        assertEquals("First step", b.select("div.nextstepaction").get(0).text());
        assertEquals("Second step", b.select("div.nextstepaction").get(1).text());
        assertEquals("A note.", b.selectFirst("div.alert-note p:not(.alert-title)").text());
        assertEquals("A tip.", b.selectFirst("div.alert-tip p:not(.alert-title)").text());
        assertEquals(-1, b.text().indexOf("[!"), b.html());
    }

    @Test
    void aDivThenAnAlertAndTextBeforeTheFirstMarkerKeepTheirPlaces() {
        Element b = body("> [!div class=\"mx-imgBorder\"]\n> ![Screen](media/a.png)\n> [!NOTE]\n> Roles you need.\n\n"
                + "> Quoted first.\n>\n> [!WARNING]\n> Careful.\n");
        assertEquals(1, b.select("div.mx-imgBorder img").size(), b.html());
        assertEquals("Roles you need.", b.selectFirst("div.alert-note p:not(.alert-title)").text());
        assertEquals("Quoted first.", b.selectFirst("blockquote").text());
        assertEquals("Careful.", b.selectFirst("div.alert-warning p:not(.alert-title)").text());
        assertEquals("blockquote", b.selectFirst("div.alert-warning").previousElementSibling().tagName());
    }
}
