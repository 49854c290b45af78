package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Addresses in raw HTML go through the page's link resolver, inline as in a block (DocFX's "Links and Cross
 * References": {@code <a href="subfolder/file2.md">} is written {@code file2.html}); an inline {@code <a href="b.md">}
 * was left as written, a 404 in the site.
 */
class RawHtmlLinksTest {
    private static final LinkResolver HTML_PAGES = new LinkResolver() {
        @Override
        public String resolve(String href) {
            return href.replace(".md", ".html").replace("media/", "../media/");
        }
    };

    @Test
    void inlineAndBlockAddressesAreResolvedAlike() {
        String html = new MarkdownRenderer().render("Inline: see <a href=\"b.md#x\">page B</a> and <img src=\"media/a.png\" alt=\"A\"> now.\n\n"
                + "<p>Block: <a href=\"b.md\">page B</a></p>\n", HTML_PAGES, Map.of()).html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals("b.html#x", body.select("a").get(0).attr("href"));
        assertEquals("../media/a.png", body.selectFirst("img").attr("src"));
        assertEquals("b.html", body.select("a").get(1).attr("href"));
    }
}
