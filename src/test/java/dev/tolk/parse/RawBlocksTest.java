package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawBlocksTest {
    /** What RawBlocks takes each line for, a character a line: 'c' code, 'h' an HTML block, '.' Markdown. */
    private static String tracked(String markdown) {
        RawBlocks raw = new RawBlocks();
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            RawBlocks.Line kind = raw.accept(line);
            out.append(kind == RawBlocks.Line.CODE ? 'c' : kind == RawBlocks.Line.HTML ? 'h' : '.');
        }
        return out.toString();
    }

    /** The same, from the fenced code and HTML blocks of flexmark's CommonMark tree. */
    private static String flexmark(String markdown) {
        Node document = Parser.builder().build().parse(markdown);
        BitSet code = new BitSet();
        BitSet html = new BitSet();
        collect(document, code, html);
        int lines = markdown.split("\n", -1).length;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) out.append(code.get(i) ? 'c' : html.get(i) ? 'h' : '.');
        return out.toString();
    }

    private static void collect(Node node, BitSet code, BitSet html) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock) {
                code.set(child.getStartLineNumber(), child.getEndLineNumber() + 1);
            } else if (child instanceof HtmlBlockBase) {
                html.set(child.getStartLineNumber(), child.getEndLineNumber() + 1);
            } else {
                collect(child, code, html);
            }
        }
    }

    private static String blanksAsDots(String markdown, String lines) {
        String[] texts = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(lines);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].isBlank()) out.setCharAt(i, '.');
        }
        return out.toString();
    }

    @Test
    void aFenceRunsToItsClosingFenceOrTheEndOfTheText() {
        assertEquals(".ccc.", tracked("a\n```\nx\n```\nb"));
        assertEquals(".ccc", tracked("a\n~~~~\n~~~\nx"));
        assertEquals(".cccc.", tracked("a\n````\n```\n~~~~\n`````\nb"), "only its own character, as long or longer, closes");
        assertEquals("ccc", tracked("```\n    ```\nx"), "a fence indented four past its container does not close");
        assertEquals("...", tracked("```<Button Name=\"Save\">```\nx\ny"), "backticks in a backtick fence's info string: a code span");
    }

    @Test
    void theEndOfAListItemEndsItsCode() {
        assertEquals(".cc..", tracked("- Step one:\n  ```\n  code\n- Step two [a](b.md)\n## Heading"));
        assertEquals(".cccc", tracked("1. Step:\n   ```\n   x\n\n   y"), "a blank line inside the item's code");
        assertEquals(".cc..", tracked("1. Step:\n   ```\n   x\nnot code\nnor this"), "code has no lazy continuation");
        assertEquals("ccc.", tracked("1. ```bash\n   x\n   ```\ny"), "a fence on the marker's line");
        assertEquals(".cccc", tracked("- a\n```\nx\n- b\n```"), "a fence at the page's margin is the page's");
    }

    @Test
    void theEndOfABlockQuoteEndsItsCode() {
        assertEquals("ccc.", tracked("> ```\n> x\n> ```\ny"));
        assertEquals("cc..", tracked("> ```\n> x\ny\nz"));
        assertEquals("cccc", tracked("```\n> ```\n> x\n```"), "in code at the page's margin, '>' is code");
    }

    /**
     * A fence in an HTML comment or block opens no code: DocFX docsets comment out code and diagrams (a real .NET MAUI
     * article's commented-out mermaid block turned every later :::image on the page into raw text), and a directive
     * in a comment is none.
     */
    @Test
    void htmlBlocksHoldNoFence() {
        assertEquals("hh.", tracked("<!-- a\n``` -->\n:::image:::"));
        assertEquals("hhhhh.", tracked("<!--\n\n::: zone-end\n\n-->\n:::image:::"), "a blank line does not end a comment");
        assertEquals("hh..", tracked("<div>\n```\n\n:::image:::"));
        assertEquals(".h..", tracked("para\n<div>\n\nx"));
        assertEquals("..", tracked("para\n<custom-tag>"), "a whole tag alone does not interrupt a paragraph");
        assertEquals("h.", tracked("<!-- one line -->\n:::image:::"));
    }

    @Test
    void indentedFencesOutsideItemsAreNotFences() {
        assertEquals("....", tracked("a\n\n    ```\nb"));
        assertEquals(".ccc.", tracked("a\n   ```\nx\n   ```\ny"), "three columns in is still a fence");
    }

    @Test
    void agreesWithFlexmarksCommonMarkTreeOnRandomDocuments() {
        String[] pieces = {"text", "- item", "* item", "1. step", "10) step", "  text", "   text", "```", "~~~", "````", "  ```",
            "   ```", "    ```", "     ```", "  ~~~", "- ```", "1. ```bash", "   ```", "      ```", "> ```", "> text", ">   ```", "> - ```",
            "", "", "", "  code", "    code", "# Heading", "   - nested", "     ```", ">", "```js", "  - item",
            "<!--", "-->", "<!-- x -->", "<div>", "</div>", "  <div class=\"a\">", "<br/>", "<span>", "text <b>x</b>",
            "<a name=\"x\"></a>", "<pre>", "</pre>", "> <!--", "- <div>", "<?php", "?>", "<!DOCTYPE html>", "<custom-tag>",
            "    <div>", "<table>"};
        Random random = new Random(20261207);
        List<String> failures = new ArrayList<>();
        for (int doc = 0; doc < 3000 && failures.size() < 5; doc++) {
            StringBuilder markdown = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                if (i > 0) markdown.append('\n');
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = markdown.toString();
            // flexmark's own quirk: an ATX heading right after a list item whose open fence the heading's line ends is
            // paragraph text to flexmark, a heading to CommonMark (commonmark.js) and Markdig; the tracker reads a heading
            if (java.util.regex.Pattern.compile("(?m)^\\d+[.)] ```.*\n#").matcher(text).find()
                    || java.util.regex.Pattern.compile("(?m)^[-*] ```.*\n#").matcher(text).find()) continue;
            // a blank line means nothing to the scanners; flexmark leaves an open block's last blank lines out of it
            String expected = blanksAsDots(text, flexmark(text));
            String actual = blanksAsDots(text, tracked(text));
            if (!expected.equals(actual)) failures.add(text.replace("\n", "⏎") + "\n  flexmark " + expected + "\n  tracked  " + actual);
        }
        assertEquals(List.of(), failures);
    }
}
