package dev.tolk.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk status} on the small project of {@link XliffLoopTest}, with one unit left in English. */
class TranslationStatusTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(tmp.resolve("content/en-US"));
        Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(tmp.resolve("content/en-US/start.md"), XliffLoopTest.ENGLISH);
        Files.writeString(tmp.resolve("content/nl-NL/paired.md"), XliffLoopTest.PAIRED.replace(
                "<span data-ttu-id=\"ab123-104\">Voer `Get-Bill` uit.</span>",
                "<span data-ttu-id=\"ab123-104\">Run `Get-Bill` to see the bill you have to pay.</span>").replace(
                "<span data-stu-id=\"ab123-104\">Run `Get-Bill`.</span>", "<span data-stu-id=\"ab123-104\">Run `Get-Bill` to see the bill you have to pay.</span>"));
        Files.writeString(tmp.resolve("tolk.yaml"), "title: t\n");
    }

    private int run(StringWriter out, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "status";
        all[1] = "--config";
        all[2] = tmp.resolve("tolk.yaml").toString();
        all[3] = "--source";
        all[4] = tmp.resolve("content").toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), all);
    }

    @Test
    void countsUnitsUntranslatedAndMissingArticlesPerLocale() throws IOException {
        TranslationStatus.Report r = new TranslationStatus().compute(tmp.resolve("content"),
                new TranslationStatus.Settings("en-US", List.of(), Map.of(), List.of(), List.of()), List.of(), tmp);
        assertEquals(1, r.locales().size());
        TranslationStatus.LocaleStatus nl = r.locales().get(0);
        assertEquals("nl-NL", nl.locale());
        assertEquals(1, nl.articles());
        assertEquals(1, nl.missing());
        assertEquals(3, nl.units());
        assertEquals(1, nl.untranslated());
        assertEquals(2, nl.translated());
        assertEquals(9, nl.words().untranslated(), "words of the English, code not counted");
        assertEquals(List.of("paired.md partial 1", "start.md missing 13"),
                r.articles().stream().map(a -> a.key() + " " + a.state() + " " + a.untranslated()).sorted().toList());
    }

    @Test
    void switchingTheRuleOffInTheConfigurationCountsAsCheckDoes() throws IOException {
        Files.writeString(tmp.resolve("tolk.yaml"), "title: t\nrules:\n  tu/untranslated: off\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--format", "json"));
        assertTrue(out.toString().contains("\"untranslated\": 0,"), out.toString());
    }

    @Test
    void theDashboardNeedsNoScriptOrInlineStyleAndLinksPagesAndXliff() throws IOException {
        Path page = tmp.resolve("site/status/index.html");
        assertEquals(0, run(new StringWriter(), "--format", "html", "--output", page.toString()));
        String html = Files.readString(page);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + StatusWriter.CSP + "\">"), html);
        assertFalse(html.contains("<script") || html.contains("style=") || html.contains("<style"), html);
        assertTrue(html.contains("<progress max=\"100\" value=\"66.6\" aria-label=\"nl-NL translated\">"), html);
        assertTrue(html.indexOf("start.md</a>") < html.indexOf("paired.md</a>"), "largest first");
        assertTrue(html.contains("<a href=\"../en-US/start.html\">start.md</a>"), html);
        assertTrue(html.contains("<a href=\"../../xliff/nl-NL/paired.xlf\">"), html);
        String badge = Files.readString(tmp.resolve("site/status/nl-NL.svg"));
        assertTrue(badge.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && badge.contains("nl-NL: 66% translated"), badge);
    }

    @Test
    void failUnderExitsOneWhenALocaleIsBelowIt() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--fail-under", "60"));
        assertTrue(out.toString().contains("nl-NL"), out.toString());
        assertEquals(1, run(new StringWriter(), "--fail-under", "70"));
    }
}
