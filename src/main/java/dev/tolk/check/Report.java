package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.RuleTotals;
import dev.tolk.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a check found: the tool version, how many files and translation units were read, the
 * diagnostics in report order (file, line, column, rule; DESIGN §6), and the files read, as
 * diagnostics name them (for the JUnit report's passing cases; empty when not known). The constructor copies
 * the list and sorts the copy, so a writer can rely on the order whatever the caller passed.
 */
public record Report(String version, int files, int units, List<Diagnostic> diagnostics, List<String> checkedFiles) {

    /** A report that does not list the files read (one joined from shards, one read back from JSON). */
    public Report(String version, int files, int units, List<Diagnostic> diagnostics) {
        this(version, files, units, diagnostics, List.of());
    }

    public Report {
        Objects.requireNonNull(version, "version");
        checkedFiles = List.copyOf(checkedFiles);
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.ORDER); // stable and linear on input that is already sorted
        diagnostics = List.copyOf(sorted);
    }

    /** How many diagnostics have exactly this severity. */
    public int count(Severity s) {
        int n = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == s) n++;
        }
        return n;
    }

    /**
     * The closing line of the human-readable formats, with the totals per rule:
     * {@code 12 errors (link/broken 12), 340 warnings (…), 0 info in 5835 files (54346 units)}.
     */
    public String summary() {
        return RuleTotals.describe(diagnostics) + " in " + plural(files, "file") + " (" + plural(units, "unit") + ")";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
