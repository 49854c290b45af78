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
        // the break is not also reported as a link or markup mismatch
        assertEquals(List.of(), c.of("tu/link-mismatch"));
    }

    @Test
    void reportsAnUnclosedBracket() throws Exception {
        // mitigate-the-application-was-not-detected-error.md:37 "[problemen met het installeren van apps." lost "](…)"
        assertEquals(List.of(37), Checked.corpus("nl-NL", "mitigate-the-application-was-not-detected-error.md").linesOf("tu/broken-syntax"));
    }

    @Test
    void aSourceWithoutAWorkingLinkHasNoLinkToBreak() throws Exception {
        // import-a-pst-file-from-outlook-for-mac-from-outlook-for-windows.md:108: the English "[…](https://…e18c"
        // never closes; sending-mail-as-another-user.md:25: the English writes "(text)[url]"
        assertEquals(List.of(), Checked.corpus("nl-NL", "import-a-pst-file-from-outlook-for-mac-from-outlook-for-windows.md")
                .of("tu/broken-syntax"));
        assertEquals(List.of(), Checked.corpus("nl-NL", "sending-mail-as-another-user.md").of("tu/broken-syntax"));
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
}
