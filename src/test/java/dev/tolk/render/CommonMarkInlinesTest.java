package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where flexmark departs from CommonMark. A bracket that makes no link is text, as CommonMark reads it (the expected HTML is commonmark.js's): emphasis
 * around it closes, and brackets after it may still make a link. flexmark made an undefined reference of it, which
 * kept the emphasis delimiters inside as text: 322 units of a real machine-translated zh-TW docset showed {@code **}.
 */
class CommonMarkInlinesTest {
    private static String html(String markdown) {
        return new MarkdownRenderer().render(markdown, LinkResolver.IDENTITY, Map.of()).html().strip();
    }

    @Test
    void emphasisCrossesABracketThatMakesNoLink() {
        assertEquals("<p>Click [ <strong>Next]</strong> now.</p>", html("Click [ **Next]** now."));
        assertEquals("<p><strong>foo [bar</strong> baz]</p>", html("**foo [bar** baz]"));
        assertEquals("<p>foo [<strong>bar] baz</strong></p>", html("foo [**bar] baz**"));
        assertEquals("<p><strong>在 [工作</strong>] 索引標籤中</p>", html("**在 [工作**] 索引標籤中"));
        assertEquals("<p>[<strong>bold</strong> in brackets]</p>", html("[**bold** in brackets]"));
    }

    @Test
    void bracketsAfterAnUndefinedReferenceMayMakeALink() {
        assertEquals("<p>Go to [Domains]<a href=\"https://a.example/x\"></a> page.</p>", html("Go to [Domains][](https://a.example/x) page."));
        assertEquals("<p>See [a]<a href=\"https://b.example/\">b</a> too.</p>", html("See [a][b](https://b.example/) too."));
    }

    @Test
    void definedReferencesAndInlineLinksAreLinksAsBefore() {
        assertEquals("<p><a href=\"https://d.example/\">text</a>, <a href=\"https://d.example/\">ref</a>, <a href=\"https://d.example/\">ref</a>, "
                + "[see <a href=\"https://c.example/\">in</a>] and <img src=\"https://d.example/\" alt=\"ref\" /></p>",
                html("[text][ref], [ref], [ref][], [see [in](https://c.example/)] and ![ref]\n\n[ref]: https://d.example/"));
    }

    /** CommonMark's rule 9/10 as commonmark.js reads it (the expected HTML is its output for each line). */
    @Test
    void emphasisFollowsTheMultipleOfThreeRuleWithItsException() {
        String[] cases = {
                "foo***bar***baz", "<p>foo<em><strong>bar</strong></em>baz</p>",
                "a***b***", "<p>a<em><strong>b</strong></em></p>",
                "***c***d", "<p><em><strong>c</strong></em>d</p>",
                "拡張機能の***オプション***である", "<p>拡張機能の<em><strong>オプション</strong></em>である</p>",
                "foo******bar*********baz", "<p>foo<strong><strong><strong>bar</strong></strong></strong>***baz</p>",
                "*foo**bar**baz*", "<p><em>foo<strong>bar</strong>baz</em></p>",
                "*foo**bar*", "<p><em>foo**bar</em></p>",
                "**foo*bar*baz**", "<p><strong>foo<em>bar</em>baz</strong></p>",
                "***foo** bar*", "<p><em><strong>foo</strong> bar</em></p>",
                "*foo *bar**", "<p><em>foo <em>bar</em></em></p>",
                "foo**bar**baz", "<p>foo<strong>bar</strong>baz</p>",
                "*(**foo**)*", "<p><em>(<strong>foo</strong>)</em></p>",
                "**foo \"*bar*\" foo**", "<p><strong>foo &quot;<em>bar</em>&quot; foo</strong></p>",
                "_foo __bar__ baz_", "<p><em>foo <strong>bar</strong> baz</em></p>",
                "__foo_ bar_", "<p><em><em>foo</em> bar</em></p>",
                "foo___bar___baz", "<p>foo___bar___baz</p>",
                "a**b*c", "<p>a**b*c</p>",
                "***strong emph***", "<p><em><strong>strong emph</strong></em></p>",
                "***strong** in emph*", "<p><em><strong>strong</strong> in emph</em></p>",
                "*in emph **strong***", "<p><em>in emph <strong>strong</strong></em></p>",
                "**a*b*c**", "<p><strong>a<em>b</em>c</strong></p>",
                "\\***a***", "<p>*<strong>a</strong>*</p>",
                "x *** y *** z", "<p>x *** y *** z</p>"
        };
        for (int i = 0; i < cases.length; i += 2) assertEquals(cases[i + 1], html(cases[i]), cases[i]);
    }
}
