package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GitHub Actions workflow commands, decoded back the way the runner decodes them. */
class GithubReportTest {
    private static final Pattern COMMAND = Pattern.compile("::(error|warning|notice) file=([^,:\\r\\n]*),line=(\\d+),"
            + "col=(\\d+),endLine=(\\d+),endColumn=(\\d+),title=([^,:\\r\\n]*)::([^\\r\\n]*)");

    /** Undoes the toolkit's escaping, one {@code %XX} at a time, so {@code %2525} stays {@code %25}. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%' && i + 3 <= s.length()) {
                String code = s.substring(i + 1, i + 3);
                String plain = switch (code) {
                    case "25" -> "%";
                    case "0D" -> "\r";
                    case "0A" -> "\n";
                    case "3A" -> ":";
                    case "2C" -> ",";
                    default -> null;
                };
                if (plain != null) {
                    b.append(plain);
                    i += 2;
                    continue;
                }
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    @Test
    void oneCommandPerDiagnosticThatDecodesToTheOriginal() {
        Report report = SampleReports.report();
        String[] lines = SampleReports.write(ReportFormat.GITHUB, report).split("\n", -1);
        assertEquals(report.diagnostics().size() + 2, lines.length); // + summary + the empty string after the last \n
        // errors first, then warnings, then notices (GitHub shows 10 of each a step), each kind in the report's order
        java.util.List<Diagnostic> ordered = new java.util.ArrayList<>(report.diagnostics());
        ordered.sort(java.util.Comparator.comparing(Diagnostic::severity));
        for (int i = 0; i < ordered.size(); i++) {
            Diagnostic d = ordered.get(i);
            Matcher m = COMMAND.matcher(lines[i]);
            assertTrue(m.matches(), lines[i]);
            assertEquals(d.severity() == Severity.INFO ? "notice" : d.severity().label(), m.group(1));
            assertEquals(d.file(), unescape(m.group(2)));
            assertEquals(d.line(), Integer.parseInt(m.group(3)));
            assertEquals(d.column(), Integer.parseInt(m.group(4)));
            assertEquals(d.endLine(), Integer.parseInt(m.group(5)));
            assertEquals(d.rule(), unescape(m.group(7)));
            assertEquals(d.message(), unescape(m.group(8)));
            assertTrue(Integer.parseInt(m.group(6)) >= d.column() || d.endLine() > d.line());
        }
        String summary = lines[lines.length - 2];
        assertEquals(report.summary(), summary);
        assertFalse(summary.startsWith("::"));
    }

    @Test
    void escapesPercentLineBreaksAndPropertySeparators() {
        Diagnostic d = new Diagnostic("dir/a,b:c%d.md", 2, 80, 2, 80, Severity.ERROR, "frontmatter/invalid-yaml",
                "bad: \"x\", 100%\r\nnext %0A", "nl-NL");
        String line = SampleReports.write(ReportFormat.GITHUB, new Report("1", 1, 0, List.of(d))).split("\n")[0];
        assertEquals("::error file=dir/a%2Cb%3Ac%25d.md,line=2,col=80,endLine=2,endColumn=80,"
                + "title=frontmatter/invalid-yaml::bad: \"x\", 100%25%0D%0Anext %250A", line);
        Matcher m = COMMAND.matcher(line);
        assertTrue(m.matches());
        assertEquals(d.message(), unescape(m.group(8)));
    }

    @Test
    void positionsBelowOneAreLeftOut() {
        Diagnostic d = new Diagnostic("tolk.yaml", 0, 0, 0, 0, Severity.WARNING, "config/invalid", "no locales", "");
        String line = SampleReports.write(ReportFormat.GITHUB, new Report("1", 1, 0, List.of(d))).split("\n")[0];
        assertEquals("::warning file=tolk.yaml,title=config/invalid::no locales", line);
    }
}
