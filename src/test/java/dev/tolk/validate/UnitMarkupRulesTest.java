package dev.tolk.validate;

import static dev.tolk.validate.Checked.article;
import static dev.tolk.validate.Checked.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitMarkupRulesTest {

    @Test
    void reportsBoldLostInTranslation() throws Exception {
        // fix-usb-printer-issue.md:37 "Select **Start** > **Settings** > **Apps**." kept two of three bold spans
        Checked c = Checked.corpus("nl-NL", "fix-usb-printer-issue.md");
        assertEquals(List.of(37), c.linesOf("tu/markup-mismatch"));
        assertTrue(c.of("tu/markup-mismatch").get(0).message().contains("bold spans: 2 in the translation, 3 in the source"));
    }

    @Test
    void reportsALinkBrokenBySpaceInTheTranslationOnly() throws Exception {
        // outlook-com-over-quota.md:32 "**Opslagruimte**] ( https://…" where the source has "](https://…"
        Checked c = Checked.corpus("nl-NL", "outlook-com-over-quota.md");
        assertEquals(List.of(32), c.linesOf("tu/broken-syntax"));
        assertEquals(34, c.of("tu/broken-syntax").get(0).column());
        // the link the break cost is a link mismatch too (issue 19: a mangled link is tu/link-mismatch); not a markup one
        assertEquals(List.of(32), c.linesOf("tu/link-mismatch"));
        assertEquals(List.of(), c.of("tu/markup-mismatch"));
    }

    @Test
    void reportsAnUnclosedBracket() throws Exception {
        // mitigate-the-application-was-not-detected-error.md:37 "[problemen met het installeren van apps." lost "](…)"
        assertEquals(List.of(37), Checked.corpus("nl-NL", "mitigate-the-application-was-not-detected-error.md").linesOf("tu/broken-syntax"));
    }

    @Test
    void aSourceWithoutAWorkingLinkHasNoLinkToBreak() throws Exception {
        // sending-mail-as-another-user.md:25: the English writes "(text)[url]": nothing the translation broke
        assertEquals(List.of(), Checked.corpus("nl-NL", "sending-mail-as-another-user.md").of("tu/broken-syntax"));
    }

    /**
     * Issue 19: a link address left unterminated is broken for the reader even when the English
     * half has the same fault: import-a-pst-file-from-outlook-for-mac-from-outlook-for-windows.md:108,
     * where both halves write "[…](https://…e18c" and never close it. Reported once for the unit.
     */
    @Test
    void anUnterminatedLinkAddressIsBrokenSyntaxEvenWhenTheEnglishHasItToo() throws Exception {
        Checked c = Checked.corpus("nl-NL", "import-a-pst-file-from-outlook-for-mac-from-outlook-for-windows.md");
        assertEquals(List.of(108), c.linesOf("tu/broken-syntax"));
        assertTrue(c.of("tu/broken-syntax").get(0).message().contains("a link address without its ')' (in the English too)"),
                c.of("tu/broken-syntax").toString());
        Checked planted = Checked.text("nl-NL", article("nl-NL", pair("abcde-101", "Zie [de pagina](https://example.org/a en verder.",
                "See [the page](https://example.org/a) and more.")));
        assertEquals(1, planted.of("tu/broken-syntax").size(), planted.diagnostics().toString());
    }

    /**
     * A bracketed text followed by an address CommonMark takes for none (a space in it) shows as raw '[…](…)': broken
     * syntax in the translation only, and no link to check (it was link/broken to 'クラウド', an error, on a real ja-JP
     * docset). The link the English has and the translation lost is a link mismatch too.
     */
    @Test
    void anAddressWithASpaceMakesNoLinkAndIsBrokenSyntax() throws Exception {
        Checked ja = Checked.text("ja-JP", article("ja-JP", pair("abcde-101",
                "**[Allow cloud recording](クラウド レコーディングを許可する)** 設定をオフにします。", "Turn off the **Allow cloud recording** setting.")));
        assertEquals(1, ja.of("tu/broken-syntax").size(), ja.diagnostics().toString());
        assertTrue(ja.of("tu/broken-syntax").get(0).message().contains("a link address with a space in it"), ja.diagnostics().toString());
        assertEquals(List.of(), ja.of("link/broken"));
        Checked ko = Checked.text("ko-KR", article("ko-KR", pair("abcde-101", "[여기]( 를 https://example.org/a)에서 확인하세요.",
                "Check [here](https://example.org/a).")));
        assertEquals(1, ko.of("tu/broken-syntax").size(), ko.diagnostics().toString());
        assertEquals(1, ko.of("tu/link-mismatch").size(), ko.diagnostics().toString());
    }

    /**
     * A title with a quotation mark inside its quotes makes no link either; it is said as such, not as a space in the
     * address (35 units of Lync Server 2013 zh-CN sent translators looking for a space). Every break that costs the
     * reader a link is a link mismatch too, whatever its shape ('[a] b](u)' was not, '[a b](u' was); and a link lost
     * where the English has a stray ']' of its own is one, though no break is the translation's only.
     */
    @Test
    void everyBreakThatCostsALinkIsSaidAsSuchWithItsCause() {
        Checked title = Checked.text("zh-CN", article("zh-CN", pair("abcde-101",
                "![\"选择 URL\" 对话框](images/a(OCS.15).png \"\"选择 URL\" 对话框\")", "![Select URL dialog box](images/a(OCS.15).png \"Select URL dialog box\")")));
        assertEquals(1, title.of("tu/broken-syntax").size(), title.diagnostics().toString());
        assertTrue(title.of("tu/broken-syntax").get(0).message().contains("a link title with a quotation mark inside its quotes"),
                title.diagnostics().toString());
        assertEquals(1, title.of("tu/link-mismatch").size(), title.diagnostics().toString());
        for (String broken : List.of("[Sync With Project] 清單](https://example.org/a)", "[Graph 總管]](https://example.org/a)")) {
            Checked c = Checked.text("zh-TW", article("zh-TW", pair("abcde-101", broken, "[Sync With Project list](https://example.org/a)")));
            assertEquals(1, c.of("tu/broken-syntax").size(), broken + ": " + c.diagnostics());
            assertEquals(List.of("unit abcde-101: 1 link(s) in the source, 0 that work in the translation"),
                    c.of("tu/link-mismatch").stream().map(d -> d.message()).toList(), broken);
        }
        Checked stray = Checked.text("pl-PL", article("pl-PL", pair("abcde-101",
                "Zobacz [Windows 10](https://example.com/a)lub kroki Windows [].](https://example.com/b)",
                "See [Troubleshoot Windows 10](https://example.com/a), or step through [Fix errors](https://example.com/b)].")));
        assertEquals(List.of("unit abcde-101: 2 link(s) in the source, 1 that work in the translation"),
                stray.of("tu/link-mismatch").stream().map(d -> d.message()).toList());
    }

    /**
     * '[1][3]' with no '[3]:' line is text in both halves (CommonMark): no link to lose (a real pl-PL docset); with the
     * definition it links, as the translation's '[3]' alone does, and a translation without it lost the link.
     */
    @Test
    void aReferenceToALabelNoLineDefinesIsNoLink() {
        String unit = pair("abcde-101", "**txm_module_initialize.s [1] [3]**", "**txm_module_initialize.s [1][3]**");
        assertEquals(List.of(), Checked.text("pl-PL", article("pl-PL", unit)).of("tu/link-mismatch"));
        String definition = "\n\n[3]: https://example.org/three\n";
        assertEquals(List.of(), Checked.text("pl-PL", article("pl-PL", unit + definition)).of("tu/link-mismatch"));
        String lost = pair("abcde-101", "**txm_module_initialize.s (1, 3)**", "**txm_module_initialize.s [1][3]**");
        Checked defined = Checked.text("pl-PL", article("pl-PL", lost + definition));
        assertEquals(1, defined.of("tu/link-mismatch").size(), defined.diagnostics().toString());
    }

    /**
     * A link written inside another link's text: CommonMark keeps the inner one and shows the outer as text, so the reader
     * lost a link the English has (a real ja-JP unit). An image in a link is no such thing.
     */
    @Test
    void aLinkInsideALinksTextIsBrokenSyntax() throws Exception {
        Checked ja = Checked.text("ja-JP", article("ja-JP", pair("abcde-101", "「[グループと [Teams](https://aka.ms/rtsf) を管理する](https://example.com/a)」を参照。",
                "See [Manage groups](https://example.com/a) and [Teams](https://aka.ms/rtsf).")));
        assertTrue(ja.of("tu/broken-syntax").get(0).message().contains("a link inside a link's text"), ja.diagnostics().toString());
        assertEquals(1, ja.of("tu/link-mismatch").size(), ja.diagnostics().toString());
        Checked image = Checked.text("nl-NL", article("nl-NL", pair("abcde-101", "[![Logo](a.png)](https://example.com/a) en [b](b.md).",
                "[![Logo](a.png)](https://example.com/a) and [b](b.md).")));
        assertEquals(List.of(), image.diagnostics(), image.diagnostics().toString());
    }

    /** Issue 19: a link the translation dropped or mangled is tu/link-mismatch, not only a markup or syntax finding. */
    @Test
    void aDroppedOrMangledLinkIsALinkMismatch() {
        String source = "Open [the settings](settings.md) now.";
        for (String target : List.of("Open de instellingen nu.", "Open [de instellingen] (settings.md) nu.",
                "Open [de instellingen](setings.md) nu.")) {
            Checked c = Checked.text("nl-NL", article("nl-NL", pair("abcde-101", target, source)));
            assertEquals(1, c.of("tu/link-mismatch").size(), target + ": " + c.diagnostics());
        }
    }

    /**
     * A link the translation kept but emptied ({@code [](url)}) is there to the checker and invisible to a reader:
     * 63 of 72 such units of a real tr-TR docset went unreported. An image ({@code ![](…)}) or an English half that
     * has one too is not reported.
     */
    @Test
    void aLinkLeftWithNoTextIsALinkMismatch() {
        Checked c = Checked.text("nl-NL", article("nl-NL", pair("abcde-101", "Bekende problemen en [](https://example.org/k) beperkingen.",
                "Known issues and [limitations](https://example.org/k).")));
        assertEquals(1, c.of("tu/link-mismatch").size(), c.diagnostics().toString());
        assertTrue(c.of("tu/link-mismatch").get(0).message().contains("a link with no text"), c.diagnostics().toString());
        // an xref link with no text shows its target's title (Entity Framework ja-JP: "a link a reader cannot see")
        for (String[] same : List.of(new String[] {"Zie ![](media/a.png) hier.", "See ![](media/a.png) here."},
                new String[] {"Zie [](https://example.org/a) hier.", "See [](https://example.org/a) here."},
                new String[] {"Zie [](xref:core/index) hier.", "See [change tracking](xref:core/index) here."})) {
            Checked ok = Checked.text("nl-NL", article("nl-NL", pair("abcde-101", same[0], same[1])));
            assertEquals(List.of(), ok.of("tu/link-mismatch"), same[0]);
        }
    }

    /**
     * Chinese, Japanese and Korean translations mark a UI label with brackets where English makes it bold, as
     * Microsoft's style guides for them write (447 of 491 tu/markup-mismatch of a real zh-TW docset): a bracketed label
     * stands for a bold span there, and nowhere else. Escaped asterisks, which a reader sees as "****", are a mismatch.
     */
    @Test
    void aBracketedLabelStandsForBoldInChineseJapaneseAndKorean() {
        String zh = pair("abcde-101", "按一下 [新增使用者]，然後選取 [儲存]。", "Click **Add a user**, then select **Save**.");
        assertEquals(List.of(), Checked.text("zh-TW", article("zh-TW", zh)).of("tu/markup-mismatch"));
        String ja = pair("abcde-101", "[更新] をクリックします。", "Click **Update**.");
        assertEquals(List.of(), Checked.text("ja-JP", article("ja-JP", ja)).of("tu/markup-mismatch"));
        // or in quotation marks (Lync Server 2013 zh-CN: 845 of 885 tu/markup-mismatch were "click **New**" as 单击“新建”)
        String quoted = pair("abcde-101", "单击“新建”，然后单击「保存」。", "Click **New**, then click **Save**.");
        assertEquals(List.of(), Checked.text("zh-CN", article("zh-CN", quoted)).of("tu/markup-mismatch"));
        String quotedInSource = pair("abcde-101", "单击“新建”。", "Click **New** in “Plans”.");
        assertEquals(1, Checked.text("zh-CN", article("zh-CN", quotedInSource)).of("tu/markup-mismatch").size(),
                "the source's own quotation is no label");
        String lost = pair("abcde-101", "按一下新增使用者，然後選取 [儲存]。", "Click **Add a user**, then select **Save**.");
        assertEquals(1, Checked.text("zh-TW", article("zh-TW", lost)).of("tu/markup-mismatch").size(), "one label for two bold spans");
        String nl = pair("abcde-101", "Klik op [Gebruiker toevoegen].", "Click **Add a user**.");
        assertEquals(1, Checked.text("nl-NL", article("nl-NL", nl)).of("tu/markup-mismatch").size(), "Dutch brackets are not bold");
        String stars = pair("abcde-101", "選取 [新增成員]\\*\\*\\*\\*。", "Select **Add members**.");
        List<String> found = Checked.text("zh-TW", article("zh-TW", stars)).of("tu/markup-mismatch").stream().map(d -> d.message()).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("escaped '\\*' shown as asterisks"), found.toString());
    }

    /**
     * {@code **} that CommonMark's flanking rules let neither open nor close shows as asterisks: next to a space on
     * the wrong side ({@code možnost** Návrh **a}, 53 units of a real cs-CZ docset), or next to punctuation where a
     * letter follows ({@code URL:**https://…}, in the corpora; {@code 至**「方案 2」**授}). A no-break space is a space.
     */
    @Test
    void boldDelimitersThatOpenOrCloseNothingAreBrokenSyntax() {
        for (String[] unit : List.of(
                new String[] {"cs-CZ", "Zvolte možnost** Návrh ceny **a pokračujte.", "Choose the **Suggest Price** action."},
                new String[] {"nl-NL", "**Voorbeeld van directe URL:**https://contoso.example/a", "**Example direct URL:** https://contoso.example/a"},
                new String[] {"zh-TW", "請升級至**「方案 2」**授權。", "Upgrade to the **Plan 2** license."})) {
            Checked c = Checked.text(unit[0], article(unit[0], pair("abcde-101", unit[1], unit[2])));
            assertEquals(1, c.of("tu/broken-syntax").size(), unit[1] + ": " + c.diagnostics());
            assertTrue(c.of("tu/broken-syntax").get(0).message().contains("opens or closes no bold"), c.diagnostics().toString());
        }
        for (String[] fine : List.of(new String[] {"de-DE", "Gehen Sie zu\u202F**-App** > **Einstellungen**.", "Go to\u202F**App** > **Settings**."},
                new String[] {"zh-TW", "請選取**方案 2**。", "Select **Plan 2**."})) {
            Checked c = Checked.text(fine[0], article(fine[0], pair("abcde-101", fine[1], fine[2])));
            assertEquals(List.of(), c.of("tu/broken-syntax"), fine[1]);
        }
    }

    @Test
    void reportsALinkDroppedByTheTranslation() throws Exception {
        // activating-office-apps.md:51 "[Reset Office activation state](/office365/…)" is plain text in nl-NL
        Checked c = Checked.corpus("nl-NL", "activating-office-apps.md");
        assertEquals(List.of(51), c.linesOf("tu/link-mismatch"));
        assertTrue(c.of("tu/link-mismatch").get(0).message().contains("lacks the link '/office365/troubleshoot/activation/"));
    }

    @Test
    void acceptsReorderedAndLocalizedLinks() {
        String reordered = pair("abcde-102", "Lees [B](https://example.org/en-us/b) en dan [A](a.md).",
                "Read [A](a.md), then [B](https://example.org/nl-nl/b).");
        Checked c = Checked.text("nl-NL", article("nl-NL", reordered));
        assertEquals(List.of(), c.of("tu/link-mismatch"));
        String added = pair("abcde-102", "Lees [A](a.md) en [C](c.md).", "Read [A](a.md).");
        List<String> messages = Checked.text("nl-NL", article("nl-NL", added)).of("tu/link-mismatch").stream()
                .map(d -> d.message()).toList();
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("adds the link 'c.md'"), messages.toString());
    }

    @Test
    void readsCodeSpansAndSnakeCaseAsMarkdownDoes() {
        String same = pair("abcde-102", "Voer `Get-Mailbox **x**` uit voor user_name.", "Run `Get-Mailbox **x**` for user_name.");
        Checked c = Checked.text("nl-NL", article("nl-NL", same));
        assertEquals(List.of(), c.of("tu/markup-mismatch"));
        String lostCode = pair("abcde-102", "Voer Get-Mailbox uit.", "Run `Get-Mailbox`.");
        assertEquals(1, Checked.text("nl-NL", article("nl-NL", lostCode)).of("tu/markup-mismatch").size());
        String spaced = pair("abcde-102", "Klik op ** Opslaan **.", "Click **Save**.");
        assertEquals(1, Checked.text("nl-NL", article("nl-NL", spaced)).of("tu/broken-syntax").size());
    }

    /**
     * Italic text is counted as CommonMark pairs its delimiters, and a URL only where a domain begins: BizTalk fr-FR
     * (7 of 15 tu/markup-mismatch read were false) counted an underscore that opens nothing in
     * {@code TableOp_[Schema]_[TABLE_NAME]Client}, took {@code http://&lt*nom_serveur*>} for an address, its
     * emphasis unseen, and the {@code **} that closes {@code **http://Microsoft.Samples/Order**} for part of the address.
     * Both halves render the same emphasis there.
     */
    @Test
    void italicTextIsCountedAsItRenders() {
        for (String[] unit : new String[][] {
                {"TableOp_ [schéma] _ [nom_table] Client", "TableOp_[Schema]_[TABLE_NAME]Client"},
                {"Par exemple, http://&lt*nom_serveur*>/<*emplacement*>.", "For example, http://<*servername*>/<*location*>."},
                {"Un _nom_ et *un autre*.", "A _name_ and *another*."},
                {"La syntaxe abrégée, **/Order/CustomerID**, dans **http:// Microsoft.Samples/Order**.",
                        "The abbreviated syntax, **/Order/CustomerID**, in the **http://Microsoft.Samples/Order** namespace."},
                {"L’espace de noms **http://schemas.microsoft.com/BizTalk/2003/SOAPHeader**et la **Base**.",
                        "The namespace **http://schemas.microsoft.com/BizTalk/2003/SOAPHeader**, and the **Base**."}}) {
            Checked c = Checked.text("fr-FR", article("fr-FR", pair("abcde-102", unit[0], unit[1])));
            assertEquals(List.of(), c.of("tu/markup-mismatch"), unit[1]);
            assertEquals(List.of(), c.of("tu/broken-syntax"), unit[1]);
        }
        Checked lost = Checked.text("fr-FR", article("fr-FR", pair("abcde-102", "Un nom et *un autre*.", "A _name_ and *another*.")));
        assertTrue(lost.of("tu/markup-mismatch").get(0).message().contains("italic spans: 1 in the translation, 2 in the source"),
                lost.diagnostics().toString());
    }

    /**
     * Asterisks the source shows as asterisks too break nothing: a password mask next to a full stop, or a space moved
     * before a stray '**' (BizTalk fr-FR: 3 of 20 tu/broken-syntax findings read by hand). Bold text a translation
     * breaks is still reported.
     */
    @Test
    void asterisksTheSourceShowsAsAsterisksTooBreakNothing() {
        for (String[] unit : new String[][] {
                {"Les mots de passe sont enregistrés sous la forme *****.", "Passwords are saved as ***** in the file."},
                {"Binaire Float **", "Binary Float**"}}) {
            Checked c = Checked.text("fr-FR", article("fr-FR", pair("abcde-102", unit[0], unit[1])));
            assertEquals(List.of(), c.of("tu/broken-syntax"), unit[1]);
        }
        Checked broken = Checked.text("fr-FR", article("fr-FR", pair("abcde-102", "Cliquez sur **« Enregistrer »**et quittez.",
                "Click **\"Save\"** and quit.")));
        assertEquals(1, broken.of("tu/broken-syntax").size(), broken.diagnostics().toString());
    }
}
