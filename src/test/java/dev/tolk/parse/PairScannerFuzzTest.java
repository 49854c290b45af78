package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.TranslationUnit;
import dev.tolk.source.LineMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the pair scanner (Jazzer; seeds in {@code PairScannerFuzzTestInputs}
 * are real corpus articles and edge cases). Properties, not just "no exception": every unit and
 * every diagnostic lies inside the scanned range, units come in order without overlapping, each
 * half is the text between its offsets, a scanner reused after another scan answers as a fresh
 * one, and the scan ends (the timeout is Jazzer's hang limit when fuzzing).
 */
class PairScannerFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void scansAnyTextIntoUnitsInsideTheRange(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int third = text.length() / 3;
        PairScanner reused = new PairScanner();
        List<TranslationUnit> part = scanChecked(reused, text, third, text.length() - third);
        List<TranslationUnit> whole = scanChecked(reused, text, 0, text.length());
        // the scanner caches state per text; a scan after another must not see stale state
        assertEquals(whole, scanChecked(new PairScanner(), text, 0, text.length()));
        assertEquals(part, scanChecked(new PairScanner(), text, third, text.length() - third));
    }

    private static List<TranslationUnit> scanChecked(PairScanner scanner, String text, int from, int to) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        LineMap lines = new LineMap(text);
        List<TranslationUnit> units = scanner.scan(text, from, to, new FileReporter("f.md", "nl-NL", lines, diagnostics::add));
        int previousEnd = from;
        for (TranslationUnit u : units) {
            String where = u + " in [" + from + ", " + to + ")";
            assertTrue(previousEnd <= u.start() && u.start() < u.end() && u.end() <= to, "unit out of range or overlapping: " + where);
            assertTrue(text.regionMatches(true, u.start(), "<span", 0, 5), "a unit starts at a span tag: " + where);
            checkHalf(text, u.start(), u.end(), u.targetStart(), u.targetEnd(), u.target(), where);
            checkHalf(text, u.start(), u.end(), u.sourceStart(), u.sourceEnd(), u.source(), where);
            assertTrue(u.targetStart() >= 0 || u.sourceStart() >= 0, "a unit has a half: " + where);
            previousEnd = u.end();
        }
        for (Diagnostic d : diagnostics) {
            String where = d.format() + " in a text of " + lines.lineCount() + " lines";
            assertTrue(d.line() >= 1 && d.line() <= d.endLine() && d.endLine() <= lines.lineCount(), "line out of range: " + where);
            assertTrue(d.column() >= 1 && d.column() <= lineLength(text, lines, d.line()) + 1, "column out of range: " + where);
            assertTrue(d.endColumn() >= 1 && d.endColumn() <= lineLength(text, lines, d.endLine()) + 1, "end column out of range: " + where);
            assertTrue(d.line() < d.endLine() || d.column() <= d.endColumn(), "end before start: " + where);
        }
        return units;
    }

    /** A half is absent ({@code -1}) or lies inside its unit, and its text is the text between its offsets. */
    private static void checkHalf(String text, int unitStart, int unitEnd, int start, int end, String half, String where) {
        if (start < 0) {
            assertEquals(-1, end, where);
            assertEquals("", half, where);
            return;
        }
        assertTrue(unitStart < start && start <= end && end <= unitEnd, "half outside its unit: " + where);
        assertEquals(text.substring(start, end), half, where);
    }

    /**
     * Fuzz finding (a corpus article cut at a third of its length): the lookup's wrapper close
     * straddling the end of the range was taken, so the unit ended past it.
     */
    @Test
    void aUnitEndsInsideTheScannedRange() {
        String text = "<span data-ttu-id=\"abcde-101\">a</span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-101\">b</span></span>";
        for (int to = text.indexOf("</span></span>"); to <= text.length(); to++) {
            for (TranslationUnit u : new PairScanner().scan(text, 0, to, new FileReporter("f.md", "nl-NL", text, d -> { }))) {
                assertTrue(u.end() <= to && u.sourceEnd() <= to, u + " ends past " + to);
            }
        }
    }

    /** Code points on a 1-based line before its {@code \n} (a {@code \r} is counted: columns count it too). */
    static int lineLength(String text, LineMap lines, int line) {
        int start = lines.lineStart(line);
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length();
        return text.codePointCount(start, end);
    }
}
