package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.source.LineMap;
import dev.tolk.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front matter: splitting with original positions, safe string-only YAML, the parse-level rules. */
class ArticleParserTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Article parse(String text, boolean expected) {
        FileReporter reporter = new FileReporter("a.md", "nl-NL", new LineMap(text), diagnostics::add);
        return new ArticleParser().parse("nl-NL", "a.md", "a.md", text, expected, reporter);
    }

    @Test
    void keepsScalarsAsTheStringsTyped() {
        Article a = parse("---\ntitle: no\nms.date: 04/15/2021\ndate: 2021-04-15\nversion: 1.10\nflag: yes\nempty:\n---\nBody\n", true);
        Map<String, Object> v = a.frontMatter().values();
        assertEquals("no", v.get("title"));
        assertEquals("04/15/2021", v.get("ms.date"));
        assertEquals("2021-04-15", v.get("date"));
        assertEquals("1.10", v.get("version"));
        assertEquals("yes", v.get("flag"));
        assertEquals("", v.get("empty"));
        assertTrue(diagnostics.isEmpty());
    }

    @Test
    void keepsListsInOrder() {
        // corpus nl-NL/AlchemyInsights/purchased-wrong-subscription-license.md:13-15
        Article a = parse("---\nms.custom:\n- \"9002455\"\n- \"4793\"\n---\n", true);
        assertEquals(List.of("9002455", "4793"), a.frontMatter().strings("ms.custom"));
    }

    @Test
    void refusesDuplicateKeysWithTheirLine() {
        parse("---\ntitle: A\nauthor: x\ntitle: B\n---\nBody", true);
        assertEquals(1, diagnostics.size());
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
        assertEquals(4, diagnostics.get(0).line());
    }

    @Test
    void refusesClassInstantiationTags() {
        Article a = parse("---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n", true);
        assertFalse(a.frontMatter().valid());
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
    }

    @Test
    void reportsInvalidYamlOfTheRealFileWithALineAndKeepsTheBody() {
        // corpus nl-NL/AlchemyInsights/troubleshoot-presence-issues-outlook.md:1-5 (front matter wrapped in pairs)
        String text = "---\n<span data-ttu-id=\"6d249-101\">titel: \"Troubleshoot presence issues in Outlook\" ms.author: pebaum author: pebaum manager: scotv ms.date: 04-8-2021 ms.custom: (</span><span class=\"sxs-lookup\"><span data-stu-id=\"6d249-101\">title: \"Troubleshoot presence issues in Outlook\" ms.author: pebaum ms.custom: (</span></span>\n"
                + "- <span data-ttu-id=\"6d249-102\">9257</span><span class=\"sxs-lookup\"><span data-stu-id=\"6d249-102\">9257</span></span>\n"
                + "---\n\n# <a name=\"x\"></a><span data-ttu-id=\"6d249-104\">Problemen oplossen</span><span class=\"sxs-lookup\"><span data-stu-id=\"6d249-104\">Troubleshoot</span></span>\n";
        Article a = parse(text, true);
        assertEquals(1, diagnostics.size());
        Diagnostic d = diagnostics.get(0);
        assertEquals("frontmatter/invalid-yaml", d.rule());
        assertEquals(2, d.line());
        assertTrue(d.column() > 1);
        assertEquals(1, a.units().size());
        assertEquals("Problemen oplossen", a.units().get(0).target());
    }

    @Test
    void reportsMissingFrontMatterOnlyWhereExpected() {
        parse("# Title\n", false);
        assertTrue(diagnostics.isEmpty());
        parse("# Title\n", true);
        assertEquals(List.of("frontmatter/missing"), diagnostics.stream().map(Diagnostic::rule).toList());
    }

    @Test
    void acceptsCrlfAndReportsPositionsOnOriginalLines() {
        String text = "---\r\ntitle: x\r\nbad: [\r\n---\r\nBody\r\n";
        parse(text, true);
        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).line() >= 3, diagnostics.get(0).toString());
    }

    @Test
    void unclosedFrontMatterIsReportedAndTheWholeFileIsBody() {
        Article a = parse("---\ntitle: x\n\n<span data-ttu-id=\"abcde-102\">A</span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-102\">B</span></span>\n", true);
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
        assertEquals(0, a.bodyStart());
        assertEquals(1, a.units().size());
    }

    @Test
    void capsTheYamlSize() {
        String big = "---\nk: \"" + "x".repeat(YamlReader.MAX_CODE_POINTS + 10) + "\"\n---\n";
        Article a = parse(big, true);
        assertFalse(a.frontMatter().valid());
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
    }

    @Test
    void stripsAndRemembersAByteOrderMark() {
        byte[] bytes = "\uFEFF---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8);
        SourceText s = SourceText.decode(bytes);
        assertTrue(s.hadBom());
        assertTrue(s.text().startsWith("---"));
        assertEquals("x", parse(s.text(), true).frontMatter().values().get("title"));
    }

    @Test
    void nonUtf8BytesAreReplacedNotFatal() {
        SourceText s = SourceText.decode(new byte[] {'a', (byte) 0xff, 'b'});
        assertTrue(s.malformed());
        assertEquals("a\uFFFDb", s.text());
    }

    @Test
    void topLevelScalarIsNotFrontMatter() {
        Article a = parse("---\njust text\n---\n", true);
        assertFalse(a.frontMatter().valid());
        assertInstanceOf(Map.class, a.frontMatter().values());
    }
}
