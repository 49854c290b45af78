package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.FrontMatter;
import dev.tolk.model.Link;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {
    private static List<String> links(String body) {
        FileReporter quiet = new FileReporter("a.md", "en-US", body, d -> { });
        Article article = new ArticleParser().parseBody("en-US", "guide/a.md", "a.md", body,
                new FrontMatter(false, true, Map.of()), quiet);
        return new LinkExtractor().extract(article).stream()
                .map(l -> l.kind() + " " + l.target() + " @" + body.substring(l.start(), l.end())).toList();
    }

    @Test
    void includesAreFilesNotPages() {
        assertEquals(List.of("INCLUDE ../includes/a.md @../includes/a.md", "INCLUDE b.md @b.md"),
                links("[!INCLUDE[title](../includes/a.md)]\n\nText [!include [t]( b.md )] inline.\n"));
    }

    /** What a file may show, read without parsing it: every include directive, in code and comments too; no other reference. */
    @Test
    void theIncludeTargetsOfAWholeFileAreEveryIncludeItNames() {
        assertEquals(List.of("../includes/a.md", "b.md", "c.md", "d.md"), LinkExtractor.includeTargets(
                "---\ntitle: T\n---\n[!INCLUDE[title](../includes/a.md)]\n\nText [!include [t]( b.md )] inline.\n"
                        + "> [!NOTE]\n> [!code-cs[x](code/x.cs)] [!div class=\"x\"]\n```\n[!INCLUDE[c](c.md)]\n```\n"
                        + "<!-- [!Include[d](d.md)] -->\n[!INCLUDE[broken(e.md)]\n"));
        assertEquals(List.of(), LinkExtractor.includeTargets("No directive [!"));
    }

    /**
     * A definition cannot interrupt a paragraph (CommonMark): lines after a paragraph's text are that paragraph, shown as
     * written, and name no link to check; after a blank line, a heading or another definition they are definitions.
     */
    @Test
    void aDefinitionCannotInterruptAParagraph() {
        assertEquals(List.of(), links("<span data-ttu-id=\"a-1\">[问题]：issues.md</span>\n[Issues]: gone.md\n[Timing]: gone2.md\n"));
        assertEquals(List.of("DEFINITION a.md @a.md", "DEFINITION b.md @b.md", "DEFINITION c.md @c.md"),
                links("Text.\n\n[a]: a.md\n[b]: b.md\n# Heading\n[c]: c.md\n"));
    }

    /**
     * A reference whose label no definition gives is text on the page, brackets and all (CommonMark): the 90 links a
     * zh-CN translation broke by wrapping their definitions in units; only where the file writes that definition, which
     * then defines nothing. Not a label defined in any letter case or spacing, a collapsed one whose text is defined,
     * brackets the file writes no definition for ('[1][3]', a command's '[/q][w]'), '[a][b](c)' (text, then an inline
     * link), a footnote.
     */
    @Test
    void aReferenceNoDefinitionGivesIsAnUndefinedReference() {
        assertEquals(List.of("INLINE z.md @z.md", "DEFINITION b.md @b.md", "DEFINITION c.md @c.md",
                        "UNDEFINED_REFERENCE IssuesIndex @IssuesIndex", "UNDEFINED_REFERENCE Timing @Timing"),
                links("<span data-ttu-id=\"a-1\">[Issues]：issues.md</span>\n[IssuesIndex]: a.md\n\n"
                        + "See [问题][IssuesIndex] and [计时][Timing], [Docs][docs  HOME], [Defined][] and [x][y](z.md).\n\n"
                        + "[1][3], [note][^1], setup.exe [/q][w] and [Domain\\][UserName]\n\n[Docs Home]: b.md\n[defined]: c.md\n\n"
                        + "<span data-ttu-id=\"a-2\">[Timing]：timing.md</span>\n"));
    }

    @Test
    void codeReferencesLoseTheirSnippetAndRange() {
        assertEquals(List.of("CODE code/a.cs @code/a.cs", "CODE code/b.py @code/b.py", "CODE c.js @c.js"),
                links("[!code-csharp[main](code/a.cs#Snippet)]\n\n"
                        + ":::code language=\"python\" source=\"code/b.py\" range=\"1-3\":::\n\n"
                        + "- item\n\n  :::code language=\"js\" source='c.js?name=x':::\n"));
    }

    @Test
    void imageDirectivesNameTheirSourceAndLightboxAndLink() {
        assertEquals(List.of("DIRECTIVE media/a.png @media/a.png", "DIRECTIVE media/big.png @media/big.png", "INLINE next.md @next.md"),
                links("> :::image type=\"content\" source=\"media/a.png\" alt-text=\"A\" lightbox=\"media/big.png\" link=\"next.md\":::\n"));
    }

    /** A Windows path in a directive is a path, as in a link (Power Query: 8 false link/broken for ':::image source="media\\a.png"'). */
    @Test
    void directivesReadWindowsPathsAsLinksDo() {
        assertEquals(List.of("DIRECTIVE media/sub/a.png @media\\sub\\a.png", "CODE code/b.cs @code\\b.cs", "INLINE media/sub/a.png @media\\sub\\a.png"),
                links(":::image type=\"content\" source=\"media\\sub\\a.png\" alt-text=\"A\":::\n\n"
                        + ":::code language=\"csharp\" source=\"code\\b.cs\" id=\"x\":::\n\n![A](media\\sub\\a.png)\n"));
    }

    @Test
    void tabHeadingsAreNotLinksAndXrefsAreXrefs() {
        assertEquals(List.of("XREF xref:a.b @xref:a.b", "XREF xref:c.d?displayProperty=fullName @xref:c.d?displayProperty=fullName",
                        "XREF xref:e.f @e.f"),
                links("# [Windows](#tab/windows)\n\nSee <xref:a.b>, [x](xref:c.d?displayProperty=fullName) and <xref href=\"e.f\"/>.\n"));
    }

    /**
     * What a comment holds is no link: the page does not show it (20 false findings of real zh-TW and tr-TR docsets).
     * A {@code <!--} never closed is text, and so are its links.
     */
    @Test
    void commentsHoldNoLinks() {
        assertEquals(List.of("INLINE c.md @c.md", "INLINE d.md @d.md", "INLINE y.md @y.md"),
                links("* Item.\n    <!-- Old: see [w](#whatif) and [l](missing.md#x). -->\n\n<!-- Block: [gone](gone.md)\n[more](more.md) -->\n\n"
                        + "[c](c.md) <!-- inline [x](x.md) --> [d](d.md) <!-- unclosed [y](y.md)\n"));
    }

    /**
     * A destination may start on the next line, and its backslash escapes are read (CommonMark): it was a false
     * link/empty, and an escaped xref uid was reported unresolved though the page linked it.
     */
    @Test
    void aDestinationMayStartOnTheNextLineAndItsEscapesAreRead() {
        assertEquals(List.of("INLINE https://example.org/guide @https://example.org/guide", "INLINE missing.md @missing.md",
                        "XREF xref:Demo.M(System.Int32) @xref:Demo.M\\(System.Int32\\)"),
                links("See [the guide]( \nhttps://example.org/guide) and [gone](\n  missing.md) and [M](xref:Demo.M\\(System.Int32\\)).\n"));
    }

    /** A definition is a label, a destination and at most a title on its line (CommonMark): a footnote or trailing words make it text. */
    @Test
    void aDefinitionHasNothingAfterItsDestinationButATitle() {
        assertEquals(List.of("DEFINITION a.md @a.md", "DEFINITION b.md @b.md", "DEFINITION c.md @c.md", "DEFINITION d.md @d.md"),
                links("[a]: a.md\n[b]: <b.md> \"Title\"\n[c]: c.md 'Title'\n[d]: d.md (Title)\n\n"
                        + "[^note-1]: Bartosz's reason is given.\n\n[e]: e.md and more words\n"));
    }

    /** DocFX's quoted shorthand ({@code @"uid"}, {@code @'uid'}) is an xref; a bare {@code @word}, an address or code is not. */
    @Test
    void quotedShorthandCrossReferencesAreXrefs() {
        assertEquals(List.of("XREF xref:System.String @System.String", "XREF xref:a b.c @a b.c"),
                links("See @\"System.String\" and (@'a b.c'), not @mention, me@example.com, `@\"code\"` or @\"\" or @\"open.\n"));
    }

    /** C#'s verbatim strings (F(@"a.jpg")) in an indented block or a list item's fenced code are code, not cross references. */
    @Test
    void aQuotedShorthandInCodeIsNoXref() {
        assertEquals(List.of(), links("    x = F(@\"Indented{0}.jpg\", c);\n\n8.  Add:\n\n    ```csharp\n    {\n        x = F(@\"C{0}.jpg\");\n\n"
                + "        y();\n    }\n    ```\n"));
        assertEquals(List.of("XREF xref:A.B @A.B"), links("1. Step\n\n   ```cs\n   [x](in-code.md)\n   ```\n\n   See @\"A.B\".\n"));
    }

    @Test
    void directivesInFencedCodeAreNotRead() {
        assertEquals(List.of(), links("```md\n[!INCLUDE[t](a.md)]\n:::image source=\"b.png\":::\n```\n"));
    }

    /**
     * What CommonMark makes no link of is text on the page and no link to check: a bare address with a space in it
     * ('[roles](overview or assign.md)' was link/broken to 'overview', and 'クラウド' a false error on a real ja-JP docset).
     * Titles and pointy addresses are links.
     */
    @Test
    void whatMakesNoLinkIsNotChecked() {
        assertEquals(List.of(), links("See [roles](overview or assign.md) and [x]( 를 https://a.example/)."));
        assertEquals(List.of("INLINE a.md @a.md", "INLINE b c.md @b c.md", "INLINE d.md @d.md"),
                links("[a](a.md \"Title\"), [b](<b c.md>) and [d](d.md\n  'on the next line')."));
    }

    /** {@code <a href="" id="x"></a>} is an anchor to land on, no empty link (6 of 7 link/empty of a real ko-KR docset). */
    @Test
    void anEmptyHrefWithAnIdIsAnAnchor() {
        assertEquals(List.of("HTML_HREF  @"), links("## <a href=\"\" id=\"users\"></a>Users\n\n<a name='x' href=''></a> and <a href=\"\">x</a>\n"));
    }

    /** Code ends with the list item that holds it (CommonMark): what follows the item is read, not skipped to the page's end. */
    @Test
    void codeLeftOpenInAListItemEndsWithTheItem() {
        assertEquals(List.of("INLINE b.md @b.md"), links("- Step one:\n  ```\n  [x](in-code.md)\n- Step two, [b](b.md).\n"));
        assertEquals(List.of("INLINE c.md @c.md"), links("> ```\n> [x](in-code.md)\n\nThen [c](c.md).\n"));
    }

    @Test
    void theKindsThatNameFilesAreEmbeds() {
        assertEquals(true, new Link(Link.Kind.INCLUDE, "a.md", 0, 4).isEmbed());
        assertEquals(false, new Link(Link.Kind.XREF, "xref:a", 0, 6).isEmbed());
    }
}
