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
    /** The English words of start.md, the article nl-NL lacks (its sentences, code not counted). */
    private static final int MISSING_WORDS = 53;
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
        // the missing article's 13 sentences are untranslated too: a locale lacking articles is not done
        assertEquals(3 + 13, nl.units());
        assertEquals(1 + 13, nl.untranslated());
        assertEquals(2, nl.translated());
        assertEquals(2 * 100.0 / 16, nl.percent(), 1e-9);
        assertEquals(9 + MISSING_WORDS, nl.words().untranslated(), "words of the English, code not counted");
        assertEquals(List.of("paired.md partial 1", "start.md missing 13"),
                r.articles().stream().map(a -> a.key() + " " + a.state() + " " + a.untranslated()).sorted().toList());
    }

    @Test
    void switchingTheRuleOffInTheConfigurationCountsAsCheckDoes() throws IOException {
        Files.writeString(tmp.resolve("tolk.yaml"), "title: t\nrules:\n  tu/untranslated: off\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--format", "json"));
        // the rule off: paired.md's English sentence no longer counts; the missing article's 13 still do
        assertTrue(out.toString().contains("\"untranslated\": 13,"), out.toString());
    }

    @Test
    void theDashboardNeedsNoScriptOrInlineStyleAndLinksPagesAndXliff() throws IOException {
        Path page = tmp.resolve("site/status/index.html");
        assertEquals(0, run(new StringWriter(), "--format", "html", "--output", page.toString()));
        String html = Files.readString(page);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + StatusWriter.CSP + "\">"), html);
        assertFalse(html.contains("<script") || html.contains("style=") || html.contains("<style"), html);
        assertTrue(html.contains("<progress max=\"100\" value=\"12.5\" aria-label=\"nl-NL translated\">"), html);
        assertTrue(html.indexOf("start.md</a>") < html.indexOf("paired.md</a>"), "largest first");
        assertTrue(html.contains("<a href=\"../en-US/start.html\">start.md</a>"), html);
        assertTrue(html.contains("<a href=\"../../xliff/nl-NL/paired.xlf\">"), html);
        String badge = Files.readString(tmp.resolve("site/status/nl-NL.svg"));
        assertTrue(badge.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && badge.contains("nl-NL: 12% translated"), badge);
    }

    /** A single DocFX docset folder is no folder of locale folders: status (and xliff) say so, not "0 articles, 100 %". */
    @Test
    void aDocsetFolderIsRefusedWithWhatToDoInstead() throws IOException {
        Path docset = Files.createDirectories(tmp.resolve("ci-docs"));
        Files.writeString(docset.resolve("docfx.json"), "{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ] } }");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "status", "--no-config", "--source", docset.toString(),
                "--locale", "ar-SA");
        assertEquals(2, code);
        assertTrue(err.toString().contains("is one DocFX docset folder") && err.toString().contains("point --source at that"), err.toString());
    }

    @Test
    void failUnderExitsOneWhenALocaleIsBelowIt() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "--fail-under", "10"));
        assertTrue(out.toString().contains("nl-NL"), out.toString());
        assertEquals(1, run(new StringWriter(), "--fail-under", "20")); // 2 of 16 units: the missing article counts
        assertEquals(1, run(new StringWriter(), "--locale", "fr-FR", "--fail-under", "1"), "a locale with no folder is all missing: 0 %");
    }
}
