package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.tolk.source.Linearity;
import dev.tolk.testing.Costly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * flexmark as {@link MarkdownRenderer} sets it up ({@link LinearInlineParser}, {@link LinearThematicBreak}), on
 * pathological paragraphs: the work, counted in characters read from the document (never timed),
 * at most about doubles when the input doubles ({@link Linearity}).
 */
@Costly(seconds = 10)
class InlineParserLinearityTest {
    private static final Parser PARSER = MarkdownRenderer.linearParser(MarkdownRenderer.flexmarkOptions());

    private static void linear(String what, int n, IntFunction<String> input, TestReporter reporter) {
        Linearity.Counts counts = Linearity.assertLinear(what, n, input, text -> PARSER.parse(BasedSequence.of(text)));
        reporter.publishEntry(what, counts.toString());
    }

    @Test
    void tenThousandNestedSpans(TestReporter reporter) {
        linear("nested spans", 10_000, n -> "<span>".repeat(n) + "x" + "</span>".repeat(n) + "\n", reporter);
    }

    @Test
    void tenThousandNestedLinkBrackets(TestReporter reporter) {
        linear("nested brackets", 10_000, n -> "[".repeat(n) + "x" + "](u)".repeat(n) + "\n", reporter);
    }

    @Test
    void tenThousandNestedEmphasis(TestReporter reporter) {
        linear("nested emphasis", 10_000, n -> "*_".repeat(n) + "x" + "_*".repeat(n) + "\n", reporter);
    }

    @Test
    void fiftyThousandSpansInOneParagraph(TestReporter reporter) {
        linear("spans in one paragraph", 25_000, n -> "<span>x</span> ".repeat(n) + "\n", reporter);
    }

    @Test
    void fiftyThousandRepeatedSpanIdsInOneParagraph(TestReporter reporter) {
        linear("repeated span ids", 25_000, n -> ("<span data-ttu-id=\"abcde-101\">Zin [link](a.md).</span><span class=\"sxs-lookup\">"
                + "<span data-stu-id=\"abcde-101\">Sentence [link](a.md).</span></span> ").repeat(n) + "\n", reporter);
    }

    /** A paragraph of {@code n} units as flexmark is given it in a build: span tags replaced by markers. */
    private static String units(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            UnitMarkers.appendStart(sb, i);
            sb.append("Zin **vet** [link](a.md).");
            UnitMarkers.appendEnd(sb, i);
            sb.append(' ');
        }
        return sb.append('\n').toString();
    }

    @Test
    void fiftyThousandUnitMarkersInOneParagraph(TestReporter reporter) {
        linear("unit markers", 25_000, InlineParserLinearityTest::units, reporter);
    }

    /** A rule of thousands of dashes overflowed the stack in flexmark's pattern; the page fell back to plain text. */
    @Test
    void aLineOfThousandsOfDashesIsOneRule() {
        for (String line : List.of("-".repeat(20_000), "* ".repeat(20_000), "_\t".repeat(20_000))) {
            String html = new MarkdownRenderer().render("Text\n\n" + line + "\n\nMore\n", LinkResolver.IDENTITY, Map.of()).html();
            assertEquals("<p>Text</p>\n<hr />\n<p>More</p>\n", html);
        }
    }

    /**
     * Emphasis is resolved at a paragraph's end, and flexmark walked the whole delimiter stack
     * after every link: quadratic work that reads no character, so it is counted in delimiters
     * passed ({@link LinearInlineParser#delimiterSteps}).
     */
    @Test
    void boldWordsAndLinksInOneParagraphWalkTheDelimiterStackOnce(TestReporter reporter) {
        Linearity.Counts counts = new Linearity.Counts("delimiters passed", 25_000,
                delimiterSteps(units(25_000)), delimiterSteps(units(50_000)));
        reporter.publishEntry(counts.what(), counts.toString());
        assertTrue(counts.once() > 0 && counts.growth() <= Linearity.MAX_GROWTH, counts.toString());
    }

    private static long delimiterSteps(String text) {
        List<LinearInlineParser> parsers = new ArrayList<>();
        MarkdownRenderer.linearParser(MarkdownRenderer.flexmarkOptions(), (options, special, delimiters, processors, refs, extensions) -> {
            LinearInlineParser parser = new LinearInlineParser(options, special, delimiters, processors, refs, extensions);
            parsers.add(parser);
            return parser;
        }).parse(text);
        return parsers.stream().mapToLong(p -> p.delimiterSteps).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "<", "*", "`", "_", "-", "* ", "!", "![", "[a](", "[a]", "<a ", "<span ", "</span>", "`a", "**a", "&", "\\",
            "<http://", "a](b) ", "[a](<", "<!--"})
    void longRunsOfOnePiece(String piece, TestReporter reporter) {
        linear("run of " + piece, 25_000, n -> piece.repeat(n) + "\n", reporter);
    }
}
