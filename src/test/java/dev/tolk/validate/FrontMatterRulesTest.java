package dev.tolk.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterRulesTest {

    @Test
    void suggestsTheKeyATypoMeant() throws Exception {
        // not-receiving-email-in-outlook-com.md:12 "ms,.custom:"
        Checked c = Checked.corpus("nl-NL", "not-receiving-email-in-outlook-com.md");
        assertEquals(List.of(12), c.linesOf("frontmatter/unknown-key"));
        assertEquals("unknown front-matter key 'ms,.custom'; did you mean 'ms.custom'?", c.of("frontmatter/unknown-key").get(0).message());
        assertEquals(11, c.of("frontmatter/unknown-key").get(0).endColumn());
    }

    @Test
    void suggestsAKeyWithTextPastedIntoIt() throws Exception {
        // find-status-of-your-microsoft-365-ticket.md:12 "munlocking-an-account s.custom:"
        Checked c = Checked.corpus("de-DE", "find-status-of-your-microsoft-365-ticket.md");
        assertEquals(List.of(12), c.linesOf("frontmatter/unknown-key"));
        assertEquals(Optional.of("ms.custom"), FrontMatterRules.nearest("munlocking-an-account s.custom"));
        assertEquals(Optional.of("ms.custom"), FrontMatterRules.nearest("ms-custom"));
        assertEquals(Optional.of("ROBOTS"), FrontMatterRules.nearest("robots"));
        assertEquals(Optional.empty(), FrontMatterRules.nearest("zzz"));
    }

    @Test
    void acceptsTheKeysTheCorpusUsesAndTolksOwn() throws Exception {
        assertEquals(List.of(), Checked.corpus("nl-NL", "verify-your-domain.md").of("frontmatter/unknown-key"));
        String text = "---\ntitle: Prorate\ncalculator: proration\ntolk-disable: [tu/untranslated]\n---\nBody\n";
        assertEquals(List.of(), Checked.text("nl-NL", text).diagnostics());
    }

    @Test
    void reportsAMissingTitleAndAWrongLocale() {
        Checked c = Checked.text("de-DE", "---\nauthor: x\nms.contentlocale: nl-NL\n---\nText\n");
        assertEquals(List.of(1), c.linesOf("frontmatter/missing-key"));
        assertEquals(List.of(3), c.linesOf("frontmatter/locale-mismatch"));
        assertEquals(19, c.of("frontmatter/locale-mismatch").get(0).column());
        assertEquals(List.of(), Checked.text("de-DE", "---\ntitle: T\nms.contentlocale: de-de\n---\nText\n").diagnostics());
    }
}
