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
        assertEquals("Kopen & betalen Tekst\u00A0hier", PlainText.of(html));
    }

    /** Lookups one after another, nested spans in either half, and a lookup left open at the end (everything after it is hidden). */
    @Test
    void dropsEachOfManyLookupsWhateverTheirNesting() {
        String html = "<p><span data-ttu-id=\"1\">Een</span><span class=\"sxs-lookup\"><span data-stu-id=\"1\">One</span></span> "
                + "<span data-ttu-id=\"2\">twee <span>2</span></span><span class=\"sxs-lookup\"><span data-stu-id=\"2\">two "
                + "<span><span>2</span></span></span></span></p>\n<p>drie</p><span class=\"sxs-lookup\"><span>three</span>"
                + "<p>vier</p>";
        assertEquals("Een twee 2 drie", PlainText.of(html));
        assertEquals("a b", PlainText.of("a<span class=\"sxs-lookup\"><span>x</span></span><p>b</p>"
                + "<span class=\"sxs-lookup\"></span>"));
    }
}
