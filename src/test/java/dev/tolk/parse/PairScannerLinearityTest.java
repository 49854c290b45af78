package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.TranslationUnit;
import dev.tolk.source.Linearity;
import dev.tolk.testing.Costly;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pair scanner on pathological paragraphs does work linear in their length, counted in
 * characters read (scan and diagnostics together), never timed: doubling the input may at most
 * about double the count ({@link Linearity}).
 */
@Costly(seconds = 10)
class PairScannerLinearityTest {
    private static final String LOOKUP = "<span class=\"sxs-lookup\">";

    private static String pair(String id, String target, String sourceId, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span>" + LOOKUP + "<span data-stu-id=\"" + sourceId + "\">"
                + source + "</span></span>";
    }

    /** Scans the whole text, diagnostics (with their line and column) included. */
    private static List<TranslationUnit> scan(CharSequence text, List<Diagnostic> sink) {
        return new PairScanner().scan(text, 0, text.length(), new FileReporter("f.md", "nl-NL", text, sink::add));
    }

    private static Linearity.Counts linear(String what, int n, IntFunction<String> input, TestReporter reporter) {
        Linearity.Counts counts = Linearity.assertLinear(what, n, input, text -> scan(text, new ArrayList<>()));
        reporter.publishEntry(what, counts.toString());
        return counts;
    }

    @Test
    void tenThousandNestedSpansInBothHalves(TestReporter reporter) {
        IntFunction<String> nested = n -> pair("abcde-101", "<span>".repeat(n) + "x" + "</span>".repeat(n),
                "abcde-101", "<span>".repeat(n) + "y" + "</span>".repeat(n));
        linear("nested spans", 10_000, nested, reporter);
        List<TranslationUnit> units = scan(nested.apply(10_000), new ArrayList<>());
        assertEquals(1, units.size());
        assertEquals("y", units.get(0).source().replace("<span>", "").replace("</span>", ""));
    }

    @Test
    void fiftyThousandPairsInOneParagraph(TestReporter reporter) {
        IntFunction<String> pairs = n -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(pair("abcde-" + (1000 + i % 9000), "Zin " + i + ".", "abcde-" + (1000 + i % 9000), "Sentence.")).append(' ');
            return sb.toString();
        };
        linear("pairs in one paragraph", 25_000, pairs, reporter);
    }

    /** Every unit after the first a {@code tu/duplicate-id}, on one line of megabytes. */
    @Test
    void fiftyThousandRepeatedIdsInOneParagraph(TestReporter reporter) {
        IntFunction<String> repeated = n -> (pair("abcde-101", "Zin.", "abcde-101", "Sentence.") + " ").repeat(n);
        linear("repeated ids", 25_000, repeated, reporter);
        List<Diagnostic> diagnostics = new ArrayList<>();
        scan(repeated.apply(1_000), diagnostics);
        assertEquals(999, diagnostics.size());
    }

    /**
     * Repeated ids whose units also carry findings further along the unit (a lookup id that
     * differs, a bad id, a missing lookup): the duplicate is reported at the unit's start, behind
     * the column last counted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mismatch", "bad", "unpaired"})
    void repeatedIdsWithOtherFindingsInOneParagraph(String kind, TestReporter reporter) {
        String unit = switch (kind) {
            case "mismatch" -> pair("abcde-101", "Zin.", "abcde-102", "Sentence.");
            case "bad" -> pair("abcde-1", "Zin.", "abcde-1", "Sentence.");
            default -> "<span data-ttu-id=\"abcde-101\">Zin.</span>";
        };
        linear("repeated ids, " + kind, 25_000, n -> (unit + " ").repeat(n), reporter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<", "[", "*", "`", "<span ", "</span>", "<span a=", "<span a=\"", "<span \" b=\"", "<span>",
            "<span data-ttu-id=\"abcde-101\">", "<span data-ttu-id=\"abcde-101\">x</span>", LOOKUP,
            "<span data-stu-id=\"abcde-101\">", "<span data-ttu-id=\"abcde-101\">x</span>\n\n"})
    void longRunsOfOnePiece(String piece, TestReporter reporter) {
        linear("run of " + piece.replace("\n", "\\n"), 50_000, n -> piece.repeat(n), reporter);
    }

    @Test
    void aTranslationOverManyParagraphsOfStrayCloses(TestReporter reporter) {
        // a translation whose close is followed by no lookup: the search for a better close stops at the paragraph
        linear("stray closes", 20_000, n -> ("<span data-ttu-id=\"abcde-101\">x</span></span></span>\n\n").repeat(n), reporter);
    }
}
