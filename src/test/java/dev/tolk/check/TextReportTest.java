package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal report: headline, source line, caret under the right cell, summary. */
class TextReportTest {
    private static final String FILE = "content/zh-CN/AlchemyInsights/setup.md";

    @TempDir
    Path dir;

    @BeforeEach
    void writeSource() throws Exception {
        Path f = dir.resolve(FILE);
        Files.createDirectories(f.getParent());
        String text = "---\r\n"
                + "\tms.custom: x\r\n"                      // 2: a tab before the column
                + "标题：设置 bad\n"                         // 3: CJK, two cells each
                + "𝒜𝒜x 𠀀y\n"                              // 4: non-BMP, narrow then wide
                + "see [link](bar.md#setup) here\n"          // 5: a range
                + "title: \u001b[31mred\n";                  // 6: an escape sequence in the content
        Files.write(f, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)); // the BOM is not a column
    }

    private String text(boolean colour, Diagnostic... ds) {
        return SampleReports.write(ReportFormat.TEXT, new Report("1", 1, 7, List.of(ds)), dir, colour);
    }

    private static Diagnostic at(int line, int column, int endLine, int endColumn) {
        return new Diagnostic(FILE, line, column, endLine, endColumn, Severity.ERROR, "tu/broken-syntax", "broken", "zh-CN");
    }

    private String[] lines(Diagnostic d) {
        return text(false, d).split("\n");
    }

    @Test
    void writesHeadlineSourceAndCaretThenSummary() {
        Diagnostic d = at(1, 2, 1, 2);
        assertEquals(d.format() + "\n---\n ^\n1 error (tu/broken-syntax 1), 0 warnings, 0 info in 1 file (7 units)\n", text(false, d));
    }

    @Test
    void aLongLineIsShownAroundTheColumn() throws Exception {
        String row = "|" + "x".repeat(1000) + "[bad] (link)" + "y".repeat(1000) + "|";
        Files.writeString(dir.resolve("long.md"), row + "\n");
        Diagnostic d = new Diagnostic("long.md", 1, 1002, 1, 1014, Severity.WARNING, "tu/broken-syntax", "m", "");
        String[] out = SampleReports.write(ReportFormat.TEXT, new Report("1", 1, 1, List.of(d)), dir, false).split("\n");
        assertTrue(out[1].startsWith("…x") && out[1].endsWith("y…"), out[1]);
        assertEquals(TextReport.Window.WIDTH + 2, out[1].codePointCount(0, out[1].length()));
        int caret = out[2].indexOf('^');
        assertEquals("[bad] (link)", out[1].substring(caret, caret + 12));
        assertEquals("^" + "~".repeat(11), out[2].strip());
    }

    @Test
    void tabBeforeTheColumnIsKeptSoTheCaretAligns() {
        String[] out = lines(at(2, 2, 2, 11));
        assertEquals("\tms.custom: x", out[1]);
        assertEquals("\t^" + "~".repeat(8), out[2]); // under "ms.custom"
    }

    @Test
    void wideCharactersTakeTwoCells() {
        String[] out = lines(at(3, 7, 3, 10));
        assertEquals("标题：设置 bad", out[1]);
        assertEquals(" ".repeat(11) + "^~~", out[2]);
        assertEquals(" ".repeat(4) + "^~", lines(at(3, 3, 3, 4))[2]); // a wide character under the caret
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        assertEquals("  ^", lines(at(4, 3, 4, 3))[2]); // after two narrow non-BMP letters
        assertEquals("    ^~", lines(at(4, 5, 4, 6))[2]); // the wide CJK extension B character itself
        assertEquals("      ^", lines(at(4, 6, 4, 6))[2]);
    }

    @Test
    void rangeOnOneLineIsUnderlinedAndMultiLineRangeGetsOneCaret() {
        assertEquals("    ^" + "~".repeat(19), lines(at(5, 5, 5, 25))[2]); // under "[link](bar.md#setup)"
        assertEquals("    ^", lines(at(5, 5, 6, 3))[2]);
    }

    @Test
    void columnPastTheEndOfTheLineStillGetsACaret() {
        assertEquals("   ^", lines(at(1, 4, 1, 4))[2]);
    }

    @Test
    void unreadableLinesAreSkipped() {
        Diagnostic missing = new Diagnostic("content/none.md", 3, 1, 3, 1, Severity.WARNING, "link/empty", "empty", "");
        Diagnostic noLine = at(0, 0, 0, 0);
        Diagnostic pastEnd = at(99, 1, 99, 1);
        String out = text(false, missing, noLine, pastEnd);
        assertEquals(4, out.split("\n").length, out); // three headlines and the summary
    }

    @Test
    void colourOnlyWhenAsked() {
        Diagnostic error = at(5, 5, 5, 25);
        Diagnostic info = new Diagnostic(FILE, 5, 1, 5, 1, Severity.INFO, "link/insecure", "http: link", "zh-CN");
        String plain = text(false, error, info);
        assertFalse(plain.contains("\u001b"), plain);
        String coloured = text(true, error, info);
        assertTrue(coloured.contains("\u001b[1m" + FILE + ":5:5:\u001b[0m \u001b[1;31merror\u001b[0m: broken"), coloured);
        assertTrue(coloured.contains("\u001b[1;36minfo\u001b[0m"), coloured);
        assertTrue(coloured.contains("\u001b[32m^~~~"), coloured);
    }

    @Test
    void controlCharactersInContentOrMessagesCannotReachTheTerminal() {
        Diagnostic d = new Diagnostic(FILE, 6, 8, 6, 9, Severity.WARNING, "content/encoding",
                "escape \u001b[2J and\nnewline", "zh-CN");
        String out = text(false, d);
        assertFalse(out.contains("\u001b"), out);
        String[] lines = out.split("\n");
        assertEquals(FILE + ":6:8: warning: escape \u241b[2J and\u240anewline [content/encoding]", lines[0]);
        assertEquals("title: \u241b[31mred", lines[1]);
        assertEquals("       ^", lines[2]);
    }

    @Test
    void messagesInOtherScriptsArePrintedAsIs() {
        Diagnostic d = new Diagnostic(FILE, 1, 1, 1, 1, Severity.INFO, "tu/untranslated", SampleReports.ARABIC_MESSAGE, "zh-CN");
        assertEquals(d.format(), lines(d)[0]);
    }

    /**
     * Issue 19: 20,000 findings on one line of 2 MB (a repeated span id) took 183 s in the text
     * report, each window counted from the line's start. Held linear by code points stepped over.
     */
    @Test
    void windowsAlongOneLongLineAreCutInOnePass() throws Exception {
        String line = "x<span>".repeat(30_000);
        Path f = dir.resolve("content/nl-NL/long.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "---\ntitle: t\n---\n" + line + "\n");
        List<Diagnostic> ds = new java.util.ArrayList<>();
        for (int col = 1; col < line.length(); col += 70) {
            ds.add(new Diagnostic("content/nl-NL/long.md", 4, col, 4, col + 6, Severity.ERROR, "tu/duplicate-id", "again", "nl-NL"));
        }
        TextReport report = new TextReport(new SourceLines(dir), false);
        StringBuilder out = new StringBuilder();
        report.write(new Report("1", 1, ds.size(), ds), out);
        assertEquals(ds.size() * 3 + 1, out.toString().split("\n").length, "a headline, a source window and a caret each");
        // the line read once to measure it, once along it, and each window's own width: not the line once per window
        long bound = 2L * line.length() + (long) ds.size() * (TextReport.Window.WIDTH + 1);
        assertTrue(report.stepped() <= bound, ds.size() + " windows stepped over " + report.stepped() + " code points; bound " + bound);
    }
}
