package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.SiteConfig;
import dev.tolk.diag.DiagnosticCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the calculator goes, what a page without JavaScript shows, and that no page has inline script. */
class CalculatorPageTest {

    private static Document build(Path tmp, String body, String frontMatter) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\n" + frontMatter + "---\n# Titel\n\n" + body + "\n\nSlot.\n");
        GoldenSiteTest.build(tmp, tmp.resolve("site"), 1);
        return Jsoup.parse(Files.readString(tmp.resolve("site/nl-NL/a.html")));
    }

    @Test
    void aLineOfItsOwnPlacesTheFormThereEvenInABlockQuote(@TempDir Path tmp) throws Exception {
        Document page = build(tmp, "Voor.\n\n> [!CALCULATOR proration]\n\nNa.", "");
        Element form = page.selectFirst("article section.calculator");
        assertTrue(form != null, page.outerHtml());
        assertEquals("Voor.", form.previousElementSibling().text());
        assertEquals("Na.", form.nextElementSibling().text());
        assertTrue(page.select("blockquote").isEmpty(), "the block quote that only held the marker is gone");
        assertTrue(page.select("script[defer]").eachAttr("src").contains("../assets/calculator.js"));
    }

    @Test
    void frontMatterPutsTheFormAfterTheArticle(@TempDir Path tmp) throws Exception {
        Document page = build(tmp, "Tekst. [!CALCULATOR proration] in een zin is gewoon tekst.", "calculator: proration\n");
        assertEquals(1, page.select("section.calculator").size());
        assertEquals("Slot.", page.selectFirst("section.calculator").previousElementSibling().text());
        assertTrue(page.text().contains("[!CALCULATOR proration] in een zin"), page.selectFirst("article").text());
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndShowsNoDeadForm(@TempDir Path tmp) throws Exception {
        Document page = build(tmp, "[!CALCULATOR proration]\n\n[!CALCULATOR proration]", "");
        assertEquals(1, page.select("section.calculator").size(), "one form per page");
        assertTrue(page.selectFirst(".calc-form").hasAttr("hidden"));
        assertFalse(page.selectFirst(".calc-nojs").hasAttr("hidden"));
        for (Element input : page.select(".calc-form input, .calc-form select")) {
            assertFalse(page.select("label[for=" + input.id() + "]").isEmpty(), "label for " + input.id());
        }
        assertTrue(page.selectFirst("#calc-price").attr("aria-describedby").contains("calc-price-error"));
        // the live region is there from the start and not hidden; the result inside it is, until there is one
        assertEquals("polite", page.selectFirst(".calc-output").attr("aria-live"));
        assertFalse(page.selectFirst(".calc-output").hasAttr("hidden"));
        assertTrue(page.selectFirst(".calc-output > .calc-result").hasAttr("hidden"));
    }

    @Test
    void aProjectWithoutItsOwnTemplatesGetsTheShippedFormAndScripts(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\ncalculator: proration\n---\n# A\n");
        var config = dev.tolk.config.SiteConfig.defaults();
        new SiteBuilder().build(config, new SiteBuilder.Options(tmp.resolve("content"), tmp.resolve("no-templates"),
                tmp.resolve("site"), List.of(), 1, tmp), new dev.tolk.diag.DiagnosticCollector(), SiteBuilder.Progress.NONE);
        for (String asset : List.of("tolk.css", "proration.js", "calculator.js", "bilingual.js")) {
            assertTrue(Files.isRegularFile(tmp.resolve("site/assets").resolve(asset)), asset);
        }
        Document page = Jsoup.parse(Files.readString(tmp.resolve("site/nl-NL/a.html")));
        assertEquals(1, page.select("section.calculator").size());
    }

    /**
     * A locale SPEC §7 has no profile for (es-ES, pl-PL: most of a Learn site's forty) gets a form that reads and shows
     * amounts its language's way, dates as yyyy-MM-dd, and its region's currency; a profiled one carries no profile of
     * its own. Spanish and Polish readers typing "12,50" were told to type digits, and read "12/07/2026" as July.
     */
    @Test
    void aLocaleWithoutAProfileReadsAndShowsAmountsItsLanguagesWay(@TempDir Path tmp) throws Exception {
        for (String tag : List.of("es-ES", "pl-PL", "nl-NL")) {
            Path content = Files.createDirectories(tmp.resolve("content/" + tag));
            Files.writeString(content.resolve("a.md"), "---\ntitle: A\ncalculator: proration\n---\n# A\n");
        }
        GoldenSiteTest.build(tmp, tmp.resolve("site"), 1);
        Element es = Jsoup.parse(Files.readString(tmp.resolve("site/es-ES/a.html"))).selectFirst("section.calculator");
        assertEquals("es-ES", es.attr("data-locale"), "prorate() is handed the locale: the contract's en-US display");
        assertEquals("{\"digits\":\"latn\",\"decimal\":\",\",\"group\":\".\",\"code\":\"suffix\",\"date\":\"yyyy-MM-dd\"}",
                es.attr("data-profile"));
        assertTrue(es.selectFirst("#calc-price-hint").text().contains("12,50"), es.selectFirst("#calc-price-hint").text());
        assertEquals("EUR", es.selectFirst("#calc-currency option[selected]").text());
        Element pl = Jsoup.parse(Files.readString(tmp.resolve("site/pl-PL/a.html"))).selectFirst("section.calculator");
        assertTrue(pl.attr("data-profile").contains("\"group\":\"\u00A0\""), pl.attr("data-profile"));
        assertEquals("USD", pl.selectFirst("#calc-currency option[selected]").text(), "no złoty in SPEC §6: the default");
        Element nl = Jsoup.parse(Files.readString(tmp.resolve("site/nl-NL/a.html"))).selectFirst("section.calculator");
        assertFalse(nl.hasAttr("data-profile"), "a profiled locale: SPEC §7's own");
    }

    @Test
    void everyPageHasAPolicyAgainstInlineScriptAndNoneHasIt(@TempDir Path tmp) throws Exception {
        build(tmp, "[!CALCULATOR proration]", "");
        List<Path> pages;
        try (Stream<Path> s = Files.walk(tmp.resolve("site"), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        Pattern csp = Pattern.compile("script-src 'self'");
        for (Path p : pages) {
            Document d = Jsoup.parse(Files.readString(p));
            Element meta = d.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(meta != null && csp.matcher(meta.attr("content")).find(), p.toString());
            assertFalse(meta.attr("content").contains("unsafe-inline") || meta.attr("content").contains("unsafe-eval"));
            for (Element script : d.select("script")) assertTrue(script.hasAttr("src"), "inline script in " + p);
            Matcher handlers = Pattern.compile("(?i)\\son[a-z]+=").matcher(Files.readString(p));
            assertFalse(handlers.find(), "event handler attribute in " + p);
        }
    }
}
