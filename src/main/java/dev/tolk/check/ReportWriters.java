package dev.tolk.check;

import java.util.Objects;

/** Picks the writer for a {@link ReportFormat}, given what some formats need: source lines and whether to colour. */
public final class ReportWriters {
    private ReportWriters() {
    }

    /**
     * @param lines  reads the reported lines (the text report shows them; SARIF fingerprints them)
     * @param colour ANSI colours in the text report; ignored by the machine-readable formats
     */
    public static ReportWriter of(ReportFormat f, SourceLines lines, boolean colour) {
        return of(f, lines, colour, dev.tolk.diag.Severity.ERROR);
    }

    /** As above, {@code failing} the least severity that fails the run ({@code --fail-on}; null: none), as JUnit shows it. */
    public static ReportWriter of(ReportFormat f, SourceLines lines, boolean colour, dev.tolk.diag.Severity failing) {
        Objects.requireNonNull(lines, "lines");
        return switch (f) {
            case TEXT -> new TextReport(lines, colour);
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport(lines);
            case JUNIT -> new JunitReport(failing);
            case GITHUB -> new GithubReport();
        };
    }
}
