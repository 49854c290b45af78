package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void sortsDiagnosticsIntoReportOrder() {
        List<Diagnostic> expected = new ArrayList<>(SampleReports.diagnostics());
        expected.sort(Diagnostic.ORDER);
        List<Diagnostic> actual = SampleReports.report().diagnostics();
        assertEquals(expected, actual);
        assertEquals("README.md", actual.get(0).file());
        assertEquals(2, actual.get(4).line()); // the YAML error before the anchor error of the same file
    }

    @Test
    void countsEachSeverity() {
        Report r = SampleReports.report();
        assertEquals(3, r.count(Severity.ERROR));
        assertEquals(3, r.count(Severity.WARNING));
        assertEquals(1, r.count(Severity.INFO));
    }

    @Test
    void summaryNamesCountsWithPluralsAndTotalsPerRule() {
        assertEquals("3 errors (frontmatter/invalid-yaml 1, link/broken 1, link/missing-anchor 1), 3 warnings "
                + "(content/invalid-filename 1, tu/drift 1, tu/markup-mismatch 1), 1 info (tu/untranslated 1) in 5835 files "
                + "(54346 units)", SampleReports.report().summary());
        Report one = new Report("1", 1, 1, List.of(SampleReports.diagnostics().get(0)));
        assertEquals("1 error (" + SampleReports.diagnostics().get(0).rule() + " 1), 0 warnings, 0 info in 1 file (1 unit)",
                one.summary());
    }

    @Test
    void parsesOnlyTheLowerCaseFormatNames() {
        for (ReportFormat f : ReportFormat.values()) assertEquals(Optional.of(f), ReportFormat.parse(f.label()));
        assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.parse("sarif"));
        assertEquals(Optional.empty(), ReportFormat.parse("JSON"));
        assertEquals(Optional.empty(), ReportFormat.parse("xml"));
        assertEquals(Optional.empty(), ReportFormat.parse(null));
    }

    @Test
    void picksOneWriterPerFormat() {
        SourceLines lines = new SourceLines(Path.of("."));
        assertInstanceOf(TextReport.class, ReportWriters.of(ReportFormat.TEXT, lines, false));
        assertInstanceOf(JsonReport.class, ReportWriters.of(ReportFormat.JSON, lines, false));
        assertInstanceOf(SarifReport.class, ReportWriters.of(ReportFormat.SARIF, lines, false));
        assertInstanceOf(JunitReport.class, ReportWriters.of(ReportFormat.JUNIT, lines, false));
        assertInstanceOf(GithubReport.class, ReportWriters.of(ReportFormat.GITHUB, lines, false));
    }

    @Test
    void emptyReportStillWritesEveryFormat() {
        Report empty = new Report("0.1.0", 0, 0, List.of());
        for (ReportFormat f : ReportFormat.values()) {
            String out = SampleReports.write(f, empty);
            assertTrue(out.endsWith("\n"), f + " ends its output with a newline");
        }
        assertEquals("0 errors, 0 warnings, 0 info in 0 files (0 units)\n", SampleReports.write(ReportFormat.TEXT, empty));
    }
}
