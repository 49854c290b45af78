package dev.tolk.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences a translator gets from a source-locale paragraph (DESIGN §10). */
class SegmenterTest {
    private static List<String> sentences(String body) {
        return new Segmenter().segments(body, 0).stream().map(s -> body.substring(s.start(), s.end())).toList();
    }

    /**
     * A sentence may begin with a link, bold text or code: the paragraph is cut before it as before a word. It was
     * not, so two sentences a localized file held as two pairs were one unit, and an import dropped one translation.
     */
    @Test
    void aSentenceThatBeginsWithALinkBoldOrCodeIsASentence() {
        assertEquals(List.of("The platform emits tokens.", "[Token reference](https://example.com/r) describes them."),
                sentences("The platform emits tokens. [Token reference](https://example.com/r) describes them.\n"));
        assertEquals(List.of("Go to **Billing**.", "**Save** your work.", "`Get-Bill` runs."),
                sentences("Go to **Billing**. **Save** your work. `Get-Bill` runs.\n"));
    }

    @Test
    void noCutAfterAnAbbreviationOrInsideALink() {
        assertEquals(List.of("Use a tool, e.g. [Contoso](https://example.com/c) or another."),
                sentences("Use a tool, e.g. [Contoso](https://example.com/c) or another.\n"));
        assertEquals(List.of("See [the guide. It helps](https://example.com/g) a lot."),
                sentences("See [the guide. It helps](https://example.com/g) a lot.\n"));
    }
}
