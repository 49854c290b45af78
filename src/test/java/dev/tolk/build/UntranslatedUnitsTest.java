package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit without a translation is shown in English, marked so, and the page says so in the reader's language. */
class UntranslatedUnitsTest {

    @Test
    void emptyOrMissingTranslationsShowTheEnglishMarkedAsSuch(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/nl-NL"));
        String empty = "<span data-ttu-id=\"abcde-102\"></span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-102\">"
                + "Select **Save**.</span></span>";
        String translated = "<span data-ttu-id=\"abcde-103\">Klaar.</span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-103\">"
                + "Done.</span></span>";
        String lookupOnly = "<span class=\"sxs-lookup\"><span data-stu-id=\"abcde-104\">Restart the app.</span></span>";
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\n---\n" + empty + " " + translated + "\n\n" + lookupOnly + "\n");
        List<Diagnostic> diagnostics = GoldenSiteTest.build(tmp, tmp.resolve("site"), 1);
        Document page = Jsoup.parse(Files.readString(tmp.resolve("site/nl-NL/a.html")));

        List<Element> shown = page.select("article [data-ttu-id].untranslated");
        assertEquals(2, shown.size(), page.selectFirst("article").outerHtml());
        assertEquals("Select Save.", shown.get(0).text());
        assertEquals("Save", shown.get(0).selectFirst("strong").text());
        assertEquals("Restart the app.", shown.get(1).text());
        for (Element e : shown) {
            assertEquals("en-US", e.attr("lang"));
            assertEquals("Nog niet vertaald", e.attr("title"));
            assertTrue(e.parents().stream().noneMatch(p -> p.hasAttr("hidden")), "visible");
        }
        assertFalse(page.selectFirst("[data-ttu-id=abcde-103]").hasClass("untranslated"));
        assertTrue(page.select("p.notice").eachText().stream().anyMatch(n -> n.contains("Engels")), page.select("p.notice").eachText().toString());
        // and the defects are still reported
        assertTrue(diagnostics.stream().anyMatch(d -> d.rule().equals("tu/empty")), diagnostics.toString());
        assertTrue(diagnostics.stream().anyMatch(d -> d.rule().equals("tu/unpaired")), diagnostics.toString());
    }
}
