package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the search index reads of a page: the translation a reader sees, not the hidden English. */
class PlainTextTest {
    @Test
    void dropsLookupsWithTheirNestedSpansAndDecodesEntities() {
        String html = "<h1 id=\"x\"><span data-ttu-id=\"a-1\">Kopen &amp; betalen</span><span class=\"sxs-lookup\" hidden>"
                + "<span data-stu-id=\"a-1\" lang=\"en-US\">Buy <span>and</span> pay</span></span></h1>\n"
                + "<p>Tekst&nbsp;hier<script>x()</script></p>";
        assertEquals("Kopen & betalen Tekst\u00A0hier", PageBuilder.plainText(html));
    }
}
