package dev.tolk.validate;

import static dev.tolk.validate.Checked.article;
import static dev.tolk.validate.Checked.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitIdRulesTest {

    @Test
    void mergedParagraphIdsAreNotOutOfOrder() throws Exception {
        // de-DE reactivate-your-subscription.md has 102, 103, 104, p101, 107, …: p-ids are numbered on their own
        Checked c = Checked.corpus("de-DE", "reactivate-your-subscription.md");
        assertEquals(List.of(), c.of("tu/out-of-order"));
        assertEquals(List.of(), c.of("tu/mixed-prefix"));
    }

    @Test
    void reportsIdsThatGoBackwards() {
        String body = pair("abcde-102", "Een.", "One.") + "\n\n" + pair("abcde-104", "Drie.", "Three.") + "\n\n"
                + pair("abcde-103", "Twee.", "Two.");
        Checked c = Checked.text("nl-NL", article("nl-NL", body));
        assertEquals(List.of(9), c.linesOf("tu/out-of-order"));
    }

    @Test
    void reportsASecondPrefixOnce() {
        String body = pair("abcde-102", "Een.", "One.") + "\n\n" + pair("12345-103", "Twee.", "Two.") + "\n\n"
                + pair("12345-104", "Drie.", "Three.");
        Checked c = Checked.text("nl-NL", article("nl-NL", body));
        assertEquals(List.of(7), c.linesOf("tu/mixed-prefix"));
    }
}
