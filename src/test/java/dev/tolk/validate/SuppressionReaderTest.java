package dev.tolk.validate;

import static dev.tolk.validate.Checked.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionReaderTest {
    private static final String UNTRANSLATED = pair("abcde-102", "Verify your domain", "Verify your domain");

    private static Diagnostic at(int line, String rule) {
        return new Diagnostic("f", line, 1, line, 1, Severity.INFO, rule, "m", "nl-NL");
    }

    @Test
    void nextLineCommentSwitchesOffTheNamedRuleOnTheNextNonBlankLine() {
        String text = "---\ntitle: T\n---\n<!-- tolk-disable-next-line tu/untranslated -->\n\n" + UNTRANSLATED + "\n";
        Checked c = Checked.text("nl-NL", text);
        assertEquals(List.of(6), c.linesOf("tu/untranslated"));
        assertTrue(c.suppressions().suppresses(c.of("tu/untranslated").get(0)));
        assertFalse(c.suppressions().suppresses(at(6, "tu/empty")));
        assertFalse(c.suppressions().suppresses(at(7, "tu/untranslated")));
    }

    @Test
    void frontMatterSwitchesOffRulesAndFamiliesForTheFile() {
        String text = "---\ntitle: T\ntolk-disable: [content/encoding, tu/*]\n---\n" + UNTRANSLATED + "\n";
        Checked c = Checked.text("nl-NL", text);
        assertTrue(c.suppressions().suppresses(at(5, "tu/untranslated")));
        assertTrue(c.suppressions().suppresses(at(9, "content/encoding")));
        assertFalse(c.suppressions().suppresses(at(5, "frontmatter/missing-key")));
    }

    @Test
    void anUnknownRuleIdIsItselfReported() {
        String text = "---\ntitle: T\ntolk-disable: [tu/untranslatd]\n---\n<!-- tolk-disable-next-line tu/nonsense -->\n"
                + UNTRANSLATED + "\n";
        Checked c = Checked.text("nl-NL", text);
        List<Diagnostic> unknown = c.of("suppression/unknown-rule");
        assertEquals(List.of(3, 5), unknown.stream().map(Diagnostic::line).toList());
        assertTrue(unknown.get(1).message().contains("'tu/nonsense'"));
        assertEquals(29, unknown.get(1).column());
        assertTrue(c.suppressions().isEmpty(), "an unknown id switches nothing off");
    }
}
