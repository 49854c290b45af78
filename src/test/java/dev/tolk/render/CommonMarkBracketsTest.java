package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bracket that makes no link is text, as CommonMark reads it (the expected HTML is commonmark.js's): emphasis
 * around it closes, and brackets after it may still make a link. flexmark made an undefined reference of it, which
 * kept the emphasis delimiters inside as text: 322 units of a real machine-translated zh-TW docset showed {@code **}.
 */
class CommonMarkBracketsTest {
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
}
