package dev.tolk.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    @Test
    void namesTheCharacterThatMakesAFileNameBad() {
        // real names from the corpus
        assertEquals(List.of("a space"), ContentRules.fileNameProblems("AlchemyInsights/change-the-default-link-type-for-a-site copy.md"));
        assertTrue(ContentRules.fileNameProblems("AlchemyInsights/use-microsoft-edge-filter-format-for-url-list\u2013based-policies.md")
                .get(0).contains("U+2013 EN DASH"));
        assertTrue(ContentRules.fileNameProblems("AlchemyInsights/restore-an-office-365-group-using-eac\u200B\u200B.md")
                .get(0).startsWith("the invisible character U+200B"));
        assertEquals(List.of(), ContentRules.fileNameProblems("AlchemyInsights/media/image-1.png"));
    }

    @Test
    void reportsHiddenCharactersWhereTheyAre() throws Exception {
        // integrate-a-third-party-cloud-app-with-azure-ad.md:22 has LRM marks around "Azure AD" in the title
        Checked c = Checked.corpus("nl-NL", "integrate-a-third-party-cloud-app-with-azure-ad.md");
        assertTrue(c.of("content/encoding").stream().anyMatch(d -> d.line() == 22 && d.column() == 134), c.diagnostics().toString());
        // account-disabled-rule.md:35 (de-DE) has a U+FEFF inside a sentence
        Checked de = Checked.corpus("de-DE", "account-disabled-rule.md");
        assertEquals(List.of(35, 35), de.linesOf("content/encoding"));
    }

    /** A translated alert keyword (a real hu-HU docset's "> [!TIPPEK]") shows as text: said so; DocFX's own are not, nor text. */
    @Test
    void anAlertKeywordDocfxDoesNotKnowIsReported() {
        Checked c = Checked.text("hu-HU", "---\ntitle: T\n---\n> [!TIPPEK]\n> Ügyeljen erre.\n\n> [!Note]\n> x\n\n> [!CALCULATOR proration]\n\n"
                + "Text [!TIPPEK] in a line.\n\n```\n> [!TIPPEK]\n```\n");
        assertEquals(List.of(4), c.linesOf("content/unsupported"), c.diagnostics().toString());
        assertTrue(c.of("content/unsupported").get(0).message().contains("'[!TIPPEK]' is no DocFX alert"));
        // in a pair, as AlchemyInsights tr-TR and es-ES translate [!TIPS]; a known keyword in a pair is an alert
        Checked paired = Checked.text("tr-TR", "---\ntitle: T\n---\n> " + Checked.pair("abcde-101", "[!İPUÇLARI]", "[!TIP]")
                + "\n> x\n\n> " + Checked.pair("abcde-102", "[!NOTE]", "[!NOTE]") + "\n> y\n");
        assertEquals(List.of(4), paired.linesOf("content/unsupported"), paired.diagnostics().toString());
        assertTrue(paired.of("content/unsupported").get(0).message().contains("'[!İPUÇLARI]' is no DocFX alert"));
        assertEquals(33, paired.of("content/unsupported").get(0).column(), "at the keyword, inside its span");
    }

    /**
     * A code reference inside a sentence is text, in DocFX too: said once a line (Entity Framework ja-JP lost two code
     * samples to it, with no finding); not one on its own line, nor one written as code.
     */
    @Test
    void aCodeReferenceInsideASentenceIsReported() {
        Checked c = Checked.text("ja-JP", "---\ntitle: T\n---\n" + Checked.pair("abcde-101", "構成します。[!code-csharp[Main](../Ctx.cs#Filter)]",
                "Configure it. [!code-csharp[Main](../Ctx.cs#Filter)]") + "\n\n[!code-csharp[Main](../Ctx.cs#Filter)]\n\n"
                + "Write `[!code-csharp[](a.cs)]` on a line of its own.\n");
        assertEquals(List.of(4), c.linesOf("content/malformed"), c.diagnostics().toString());
        assertTrue(c.of("content/malformed").get(0).message().contains("inside a sentence is text"));
    }

    /** A directive in an HTML comment is none (2 of 2 content/malformed of a real .NET MAUI docset were in comments). */
    @Test
    void directivesInAnHtmlCommentAreNotRead() {
        Checked c = Checked.text("en-US", "---\ntitle: T\n---\n<!--\n\n::: zone-end\n\n-->\n\n<!-- a\n```mermaid -->\n\n::: zone-end\n");
        assertEquals(List.of(13), c.linesOf("content/malformed"), c.diagnostics().toString()); // the one out of the comments
    }

    @Test
    void directionalMarksAreNormalInRightToLeftText() {
        String text = "---\ntitle: T\n---\nمرحبا \u200FOffice\u200F و \u202Eabc\n";
        assertEquals(1, Checked.text("ar-SA", text).of("content/encoding").size());
        assertEquals(3, Checked.text("nl-NL", text).of("content/encoding").size());
    }

    /**
     * Translation tools wrap runs of a right-to-left translation in embeddings and isolates: a pair
     * closed on its line is normal there (733 warnings on a real he-IL docset were such pairs and
     * lone closers); an override, or an opening left open, still reorders what readers see.
     */
    @Test
    void closedEmbeddingsAndIsolatesAreNormalInRightToLeftText() {
        String pairs = "---\ntitle: T\n---\nנתונים \u202Bבפועל\u202C ו\u2067x\u2068y\u2069\u2069 and \u202C alone\n";
        assertEquals(List.of(), Checked.text("he-IL", pairs).of("content/encoding"));
        assertEquals(7, Checked.text("nl-NL", pairs).of("content/encoding").size(), "in a left-to-right locale each is reported");
        String open = "---\ntitle: T\n---\nנתונים \u202Aבפועל\nnext \u202Eline\u202C, \u202Bopen\n";
        List<dev.tolk.diag.Diagnostic> found = Checked.text("he-IL", open).of("content/encoding");
        assertEquals(List.of(4, 5), found.stream().map(dev.tolk.diag.Diagnostic::line).toList(),
                "a left-to-right embedding closed only on a later line, and an override (a right-to-left embedding"
                        + " left open keeps the text's own direction): " + found);
    }

    @Test
    void capsFindingsPerFile() {
        String text = "---\ntitle: T\n---\n" + "a\u200Bb ".repeat(40) + "\n";
        List<dev.tolk.diag.Diagnostic> found = Checked.text("nl-NL", text).of("content/encoding");
        assertEquals(ContentRules.MAX_PER_FILE, found.size());
        assertTrue(found.get(found.size() - 1).message().contains("and 30 more"), found.get(found.size() - 1).message());
    }

    /**
     * Issue 19: in a right-to-left locale's file, a directional mark belongs around Latin runs of
     * the Arabic translation but is a defect in the English half; each half is judged by its language.
     */
    @Test
    void aDirectionalMarkInTheEnglishHalfOfAnRtlFileIsReported() {
        String body = Checked.pair("abcde-101", "افتح \u200EOutlook\u200F الآن.", "Open\u200F Outlook now.");
        Checked ar = Checked.text("ar-SA", Checked.article("ar-SA", body));
        java.util.List<dev.tolk.diag.Diagnostic> found = ar.of("content/encoding");
        org.junit.jupiter.api.Assertions.assertEquals(1, found.size(), found.toString());
        org.junit.jupiter.api.Assertions.assertTrue(found.get(0).message().contains("U+200F RIGHT-TO-LEFT MARK inside the English half of unit abcde-101"),
                found.toString());
        int englishAt = Checked.article("ar-SA", body).indexOf("Open") + 4;
        org.junit.jupiter.api.Assertions.assertEquals(englishAt - Checked.article("ar-SA", body).lastIndexOf('\n', englishAt), found.get(0).column());
        // the same marks in a left-to-right locale: every one is reported, in both halves
        org.junit.jupiter.api.Assertions.assertEquals(3, Checked.text("nl-NL", Checked.article("nl-NL", body)).of("content/encoding").size());
    }
}
