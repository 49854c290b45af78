package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link LinearInlineParser} and {@link LinearThematicBreak}, and of
 * the tuned parser ({@link BlockStarts}, {@link TableParagraphs}) built on them (Jazzer; seeds in
 * {@code InlineParserFuzzTestInputs}: real corpus articles and inline edge cases). Differential:
 * on any text flexmark with them builds the tree flexmark alone builds, node for node and offset
 * for offset, and every node lies inside the text; the timeout is the hang limit when fuzzing.
 */
class InlineParserFuzzTest {
    private static final Parser STOCK = Parser.builder(MarkdownRenderer.flexmarkOptions()).build();
    private static final Parser LINEAR = MarkdownRenderer.linearParser(MarkdownRenderer.flexmarkOptions());
    private static final Parser TUNED = MarkdownRenderer.tunedParser(MarkdownRenderer.flexmarkOptions());

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void buildsFlexmarksTreeWithNodesInsideTheText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Node linear = LINEAR.parse(text);
        StringBuilder tree = new StringBuilder();
        dump(linear, 0, text.length(), tree);
        StringBuilder expected = new StringBuilder();
        dump(STOCK.parse(text), 0, text.length(), expected);
        assertEquals(expected.toString(), tree.toString());
        StringBuilder tuned = new StringBuilder();
        dump(TUNED.parse(text), 0, text.length(), tuned);
        assertEquals(expected.toString(), tuned.toString(), "the tuned parser's tree");
    }

    /**
     * Found by the differential target on its first seeds: flexmark leaves out link reference
     * definitions when the inline parser is a custom one, so {@code [x]: url} was a paragraph and
     * {@code [x]} text on every page.
     */
    @Test
    void linkReferenceDefinitionsDefineLinks() {
        String html = new MarkdownRenderer().render("See [the docs] and ![logo].\n\n[the docs]: https://example.org/docs \"Docs\"\n[logo]: media/logo.png\n",
                LinkResolver.IDENTITY, Map.of()).html();
        assertEquals("<p>See <a href=\"https://example.org/docs\" title=\"Docs\">the docs</a> and <img src=\"media/logo.png\" alt=\"logo\" />.</p>\n", html);
    }

    private static void dump(Node node, int depth, int length, StringBuilder sb) {
        int start = node.getStartOffset();
        int end = node.getEndOffset();
        assertTrue(0 <= start && start <= end && end <= length, node + " outside a text of " + length);
        sb.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append('[')
          .append(start).append(',').append(end).append("] ").append(node.getChars().length()).append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, length, sb);
    }
}
