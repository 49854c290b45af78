package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.TranslationUnit;
import dev.tolk.source.LineMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pair scanner on the tricky real cases of DESIGN §1, each quoted from the corpus. */
class PairScannerTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private List<TranslationUnit> scan(String text) {
        FileReporter reporter = new FileReporter("t.md", "nl-NL", new LineMap(text), diagnostics::add);
        return new PairScanner().scan(text, 0, text.length(), reporter);
    }

    /** Issue 19: {@code <span /} and a newline hung build and check for ever (the tag scan did not move past the solidus). */
    @org.junit.jupiter.api.Test
    void aStraySolidusInASpanTagEndsTheScan() {
        for (String text : List.of("<span /\n", "<span /", "<span / data-ttu-id=\"abcde-101\">x</span>", "<span a=1 / b>x</span>",
                "<span //// >", "<span /\n" .repeat(1000))) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> scan(text), text);
        }
        // the solidus is ignored: the attributes after it still count
        List<TranslationUnit> units = scan(pair("abcde-101", "Vertaling", "Source").replace("<span data-ttu-id", "<span / data-ttu-id"));
        org.junit.jupiter.api.Assertions.assertEquals(1, units.size());
        org.junit.jupiter.api.Assertions.assertEquals("Vertaling", units.get(0).target());
    }

    private static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + source + "</span></span>";
    }

    @Test
    void readsBothHalvesWithExactOffsets() {
        // corpus nl-NL/AlchemyInsights/purchased-wrong-subscription-license.md:24
        String text = "<span data-ttu-id=\"f4f28-103\">Als u het verkeerde abonnement hebt gekocht, gaat u als volgt te werk:</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"f4f28-103\">If you have purchased the wrong subscription plan, follow these steps:</span></span>";
        List<TranslationUnit> units = scan("\n" + text + "\n");
        assertEquals(1, units.size());
        TranslationUnit u = units.get(0);
        assertEquals("f4f28-103", u.id());
        assertEquals("Als u het verkeerde abonnement hebt gekocht, gaat u als volgt te werk:", u.target());
        assertEquals("If you have purchased the wrong subscription plan, follow these steps:", u.source());
        assertEquals(1, u.start());
        assertEquals(1 + text.length(), u.end());
        assertEquals(u.target(), ("\n" + text).substring(u.targetStart(), u.targetEnd()));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void pairSpanningLines() {
        // corpus nl-NL/AlchemyInsights/options-for-audio-conferencing.md:30-32 (id 3fed4-109)
        String text = "<span data-ttu-id=\"3fed4-109\">**Office 365 E1 of Office 365 E3** \n"
                + " [ Audioconferentie](https://docs.microsoft.com/microsoftteams/audio-conferencing-in-office-365) is beschikbaar.</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"3fed4-109\">**Office 365 E1 or Office 365 E3**\n"
                + "[Audio conferencing](https://docs.microsoft.com/microsoftteams/audio-conferencing-in-office-365) is available.</span></span>";
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertTrue(units.get(0).target().contains("\n [ Audioconferentie]"));
        assertTrue(units.get(0).source().endsWith("is available."));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void pairInHeadingAfterAnchor() {
        // corpus nl-NL/AlchemyInsights/purchased-wrong-subscription-license.md:22
        String text = "# <a name=\"purchased-wrong-subscription-license\"></a>"
                + pair("f4f28-102", "Onjuiste abonnementslicentie aangeschaft", "Purchased wrong subscription license");
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertEquals("Onjuiste abonnementslicentie aangeschaft", units.get(0).target());
        assertEquals(text.indexOf("<span"), units.get(0).start());
    }

    @Test
    void pairsInTableCells() {
        // corpus nl-NL/AlchemyInsights/error-code-0x15.md:29
        String text = "|" + pair("e4c87-108", "HKEY_CURRENT_USER \\Software\\Microsoft", "HKEY_CURRENT_USER\\Software\\Microsoft")
                + "  <br/> |" + pair("e4c87-109", "REG_DWORD", "REG_DWORD") + "  <br/> |" + pair("e4c87-110", "1", "1") + "  <br/> |";
        List<TranslationUnit> units = scan(text);
        assertEquals(List.of("e4c87-108", "e4c87-109", "e4c87-110"), units.stream().map(TranslationUnit::id).toList());
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void plainSpanNestedInsideAHalf() {
        // corpus nl-NL/AlchemyInsights/workflow-email-not-being-sent.md:34 (id 7d097-110)
        String text = "2. " + pair("7d097-110", "zie de fout **http niet toegestaan voor <span>https:</span>//URL/_vti_bin**.",
                "see the error **HTTP Forbidden to <span>https:</span>//URL/_vti_bin**.");
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertEquals("zie de fout **http niet toegestaan voor <span>https:</span>//URL/_vti_bin**.", units.get(0).target());
        assertEquals("see the error **HTTP Forbidden to <span>https:</span>//URL/_vti_bin**.", units.get(0).source());
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void tagLikeTextInsideAHalf() {
        // corpus nl-NL/AlchemyInsights/activate-visio.md:39 (id c745a-117)
        String text = "[" + pair("c745a-117", "Office-fout ' kunnen niet worden gebruikt om te activeren <app> '",
                "Office error \"The products we found in your account can't be used to activate <app>\"")
                + "](https://support.office.com/article/c9f9a0b3)<br>";
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertTrue(units.get(0).target().endsWith("<app> '"));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    /** An escaped or coded '<span>' in a half is text (ASP.NET Core ru-RU: 12 of 12 tu/unpaired errors were these). */
    @Test
    void aSpanTagWrittenAsTextIsNoSpan() {
        String text = pair("07139-262", "Сообщение выводится в элементе **\\<span>** .", "The message is shown in the **\\<span>** element.")
                + "\n\n" + pair("07139-263", "Проверка `Email` отключена в `<span>`:", "`Email` validation is disabled in the `<span>`:");
        List<TranslationUnit> units = scan(text);
        assertEquals(List.of("Сообщение выводится в элементе **\\<span>** .", "Проверка `Email` отключена в `<span>`:"),
                units.stream().map(TranslationUnit::target).toList());
        assertEquals("`Email` validation is disabled in the `<span>`:", units.get(1).source());
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void strayCloseTagInsideATranslation() {
        // corpus nl-NL/AlchemyInsights/outlook-com-setting-changes.md:36 (id 56669-112): the translator left a </span> inside
        String text = "- <span data-ttu-id=\"56669-112\">Als het postvak is opgeslagen in **Yahoo of Gmail**, volgt u de instructies </span> in dit [artikel](https://support.office.com/x).</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"56669-112\">If the recipient mailbox is on **Yahoo or Gmail**, please follow the instructions</span> found in this [article](https://support.office.com/x).</span></span>";
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size(), units::toString);
        assertTrue(units.get(0).target().endsWith("in dit [artikel](https://support.office.com/x)."));
        assertTrue(units.get(0).source().endsWith("found in this [article](https://support.office.com/x)."));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void linkSplitOverTwoPairs() {
        // corpus nl-NL/AlchemyInsights/outlook-com-over-quota.md:31-32 (ids 1ce2a-109, 1ce2a-110)
        String text = " " + pair("1ce2a-109", "[**Instellingen**", "[**Settings**") + "\n > "
                + pair("1ce2a-110", "**Alle Outlook-instellingen**] ( https://outlook.live.com/mail/options/general/storage)",
                "**View all Outlook settings**](https://outlook.live.com/mail/options/general/storage)");
        List<TranslationUnit> units = scan(text);
        assertEquals(List.of("[**Instellingen**", "**Alle Outlook-instellingen**] ( https://outlook.live.com/mail/options/general/storage)"),
                units.stream().map(TranslationUnit::target).toList());
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void openingTagAloneOnItsLineIsText() {
        // corpus nl-NL/AlchemyInsights/intune-exchange-on-prem-connector.md:49-50 (id 445af-118)
        String text = "<span data-ttu-id=\"445af-118\">**Voorbeeld**\n```<ExchangeWebServiceURL> https://Exchangeserver.domain.com/ews/exchange.asmx<ExchangeWebServiceURL />```</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"445af-118\">**Example:**\n```<ExchangeWebServiceURL> https://Exchangeserver.domain.com/ews/exchange.asmx<ExchangeWebServiceURL />```</span></span>";
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertTrue(units.get(0).source().startsWith("**Example:**\n```<ExchangeWebServiceURL>"));
    }

    @Test
    void frontMatterWrappedInPairsIsStillScanned() {
        // corpus nl-NL/AlchemyInsights/troubleshoot-presence-issues-outlook.md:2-4
        String text = "---\n" + pair("6d249-101", "titel: \"Troubleshoot presence issues in Outlook\" ms.custom: (",
                "title: \"Troubleshoot presence issues in Outlook\" ms.custom: (") + "\n- " + pair("6d249-102", "9257", "9257") + "\n---\n";
        assertEquals(2, scan(text).size());
    }

    @Test
    void reportsTranslationWithoutLookup() {
        String text = "Intro\n<span data-ttu-id=\"abcde-102\">Alleen vertaald</span> en verder.";
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertEquals(-1, units.get(0).sourceStart());
        assertEquals(1, diagnostics.size());
        Diagnostic d = diagnostics.get(0);
        assertEquals("tu/unpaired", d.rule());
        assertEquals(2, d.line());
        assertEquals(1, d.column());
    }

    @Test
    void reportsLookupWithoutTranslation() {
        String text = "Tekst <span class=\"sxs-lookup\"><span data-stu-id=\"abcde-103\">Orphan source</span></span> eind";
        List<TranslationUnit> units = scan(text);
        assertEquals(1, units.size());
        assertEquals(-1, units.get(0).targetStart());
        assertEquals("Orphan source", units.get(0).source());
        assertEquals(List.of("tu/unpaired"), diagnostics.stream().map(Diagnostic::rule).toList());
    }

    @Test
    void reportsIdMismatchAtTheLookupId() {
        String text = "<span data-ttu-id=\"abcde-104\">Een</span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-105\">One</span></span>";
        scan(text);
        assertEquals(1, diagnostics.size());
        assertEquals("tu/id-mismatch", diagnostics.get(0).rule());
        assertEquals(text.indexOf("abcde-105") + 1, diagnostics.get(0).column());
    }

    @Test
    void reportsDuplicateIdWithTheFirstLine() {
        String text = pair("abcde-106", "Een", "One") + "\n\n" + pair("abcde-106", "Twee", "Two");
        scan(text);
        assertEquals(1, diagnostics.size());
        Diagnostic d = diagnostics.get(0);
        assertEquals("tu/duplicate-id", d.rule());
        assertEquals(3, d.line());
        assertTrue(d.message().contains("line 1"), d.message());
    }

    /**
     * A pair whose attribute quotes are written as entities (a real pt-BR docset, Teams): the translation half finds no
     * lookup and the lookup half no translation, each said once; the two halves of one pair are not a duplicate id,
     * and its bad id is said once. An id a whole pair used before is still a duplicate.
     */
    @Test
    void theHalvesOfABrokenPairAreOnePairNotADuplicate() {
        String broken = "<span data-ttu-id=&quot;54b18-173&quot;>Dependendo dos escopos.</span><span class=&quot;sxs-lookup&quot;>"
                + "<span data-stu-id=&quot;54b18-173&quot;>Depending on the scopes.</span></span>";
        scan(broken);
        assertEquals(List.of("tu/unpaired", "tu/bad-id", "tu/unpaired"), diagnostics.stream().map(Diagnostic::rule).toList());
        diagnostics.clear();
        scan(pair("abcde-106", "Een", "One") + "\n\n<span data-ttu-id=\"abcde-106\">Twee</span>\n\n"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"abcde-106\">Two</span></span>");
        // the second translation half reuses the first pair's id (a duplicate); the lookup after it is its other half
        assertEquals(List.of("tu/unpaired", "tu/duplicate-id", "tu/unpaired"), diagnostics.stream().map(Diagnostic::rule).toList());
    }

    @Test
    void reportsBadIdAtItsColumn() {
        String text = "x " + pair("ABCDE-1", "Een", "One");
        scan(text);
        assertEquals(List.of("tu/bad-id"), diagnostics.stream().map(Diagnostic::rule).toList());
        assertEquals(text.indexOf("ABCDE-1") + 1, diagnostics.get(0).column());
    }

    /** A file of more than 9,900 units goes on counting (cf3aa-10000 in a real vi-VN error-code reference); a padded number does not. */
    @Test
    void acceptsTheCounterPast9999AndNoPaddedNumber() {
        scan(pair("cf3aa-9999", "Een", "One") + pair("cf3aa-10000", "Twee", "Two") + pair("cf3aa-123456", "Drie", "Three"));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
        for (String bad : List.of("cf3aa-01000", "cf3aa-12", "cf3aa-1234567890")) {
            diagnostics.clear();
            scan(pair(bad, "Een", "One"));
            assertEquals(List.of("tu/bad-id"), diagnostics.stream().map(Diagnostic::rule).toList(), bad);
        }
    }

    @Test
    void acceptsMergedParagraphIds() {
        // corpus nl-NL/AlchemyInsights/change-nameservers.md:27 (id da2f2-p101)
        scan(pair("da2f2-p101", "Samengevoegd.", "Merged."));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void columnsCountCodePointsAfterArabicAndEmoji() {
        String text = "مرحبا 😀 <span data-ttu-id=\"abcde-107\">x</span>";
        scan(text);
        assertEquals(1, diagnostics.size());
        assertEquals(9, diagnostics.get(0).column()); // 5 letters, space, emoji (one code point), space
    }

    @Test
    void unclosedTranslationStopsAtItsParagraph() {
        String text = "<span data-ttu-id=\"abcde-108\">open zonder einde\n\n" + pair("abcde-109", "Volgende", "Next");
        List<TranslationUnit> units = scan(text);
        assertEquals(2, units.size());
        assertEquals("Volgende", units.get(1).target());
        assertTrue(diagnostics.stream().allMatch(d -> d.rule().equals("tu/unpaired")), diagnostics::toString);
    }

    @Test
    void manyPairsInOneParagraphAreAllFound() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.append(pair(String.format("abcde-%04d", i), "Zin " + i + ".", "Sentence " + i + ".")).append(' ');
        List<TranslationUnit> units = scan(sb.toString());
        assertEquals(2000, units.size());
        assertEquals("Sentence 1999.", units.get(1999).source());
        assertTrue(diagnostics.isEmpty());
    }
}
