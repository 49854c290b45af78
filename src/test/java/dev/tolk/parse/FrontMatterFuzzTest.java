package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.TranslationUnit;
import dev.tolk.source.LineMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the front-matter splitter and the article parser around it (Jazzer;
 * seeds in {@code FrontMatterFuzzTestInputs}: the heads of real corpus articles and edge cases).
 * The split agrees with a plain line-by-line reading of the rule (first line {@code ---}, up to
 * the first {@code ---} or {@code ...} line), every offset lies in the file, and every diagnostic
 * the parser reports (YAML errors included) points at a line and column that exist.
 */
class FrontMatterFuzzTest {
    private static final Pattern FENCE = Pattern.compile("---[ \t\r]*");
    private static final Pattern CLOSING_FENCE = Pattern.compile("(---|\\.\\.\\.)[ \t\r]*");

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void splitsAndReadsFrontMatterInsideTheFile(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        assertEquals(expectedSplit(text), new FrontMatterSplitter().split(text));

        List<Diagnostic> diagnostics = new ArrayList<>();
        LineMap lines = new LineMap(text);
        Article article = new ArticleParser().parse("nl-NL", "a.md", "a.md", text, true,
                new FileReporter("a.md", "nl-NL", lines, diagnostics::add));
        assertTrue(article.bodyStart() >= 0 && article.bodyStart() <= text.length(), "body start " + article.bodyStart());
        for (TranslationUnit u : article.units()) {
            assertTrue(u.start() >= article.bodyStart() && u.end() <= text.length(), "unit outside the body: " + u);
        }
        for (Diagnostic d : diagnostics) {
            String where = d.format() + " in a text of " + lines.lineCount() + " lines";
            assertTrue(d.line() >= 1 && d.line() <= d.endLine() && d.endLine() <= lines.lineCount(), "line out of range: " + where);
            assertTrue(d.column() >= 1 && d.column() <= PairScannerFuzzTest.lineLength(text, lines, d.line()) + 1,
                    "column out of range: " + where);
        }
    }

    /**
     * Fuzz finding: a lone carriage return in the front matter is a line break to YAML, not to Tolk
     * (nor to an editor showing the file by its line feeds), so a YAML error after it was reported
     * on the next line of the file, at a column past that line's end.
     */
    @Test
    void aYamlErrorAfterALoneCarriageReturnIsOnItsOwnLine() {
        String text = "---\na: b\rc: d: e\nf: g\n---\nBody\n";
        List<Diagnostic> diagnostics = new ArrayList<>();
        new ArticleParser().parse("nl-NL", "a.md", "a.md", text, true, new FileReporter("a.md", "nl-NL", text, diagnostics::add));
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        assertEquals(2, diagnostics.get(0).line(), diagnostics.get(0)::format);
        assertEquals(text.indexOf(": e") - text.indexOf("a: b") + 1, diagnostics.get(0).column(), diagnostics.get(0)::format);
    }

    /** The rule read line by line, independently of the splitter's own offset arithmetic. */
    private static FrontMatterSplitter.Split expectedSplit(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.add(i + 1);
        if (!FENCE.matcher(line(text, starts, 0)).matches()) return new FrontMatterSplitter.Split(false, true, 0, 0, 0);
        int yamlStart = starts.size() > 1 ? starts.get(1) : text.length();
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) == text.length()) break; // the empty "line" after a final newline
            if (CLOSING_FENCE.matcher(line(text, starts, i)).matches()) {
                int bodyStart = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
                return new FrontMatterSplitter.Split(true, true, yamlStart, starts.get(i), bodyStart);
            }
        }
        return new FrontMatterSplitter.Split(true, false, yamlStart, text.length(), yamlStart);
    }

    private static String line(String text, List<Integer> starts, int i) {
        int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : text.length();
        return text.substring(starts.get(i), end);
    }
}
