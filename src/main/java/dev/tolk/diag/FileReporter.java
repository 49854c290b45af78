package dev.tolk.diag;

import dev.tolk.source.LineMap;
import java.util.function.Consumer;

/**
 * Turns offset ranges in one file into {@link Diagnostic}s with line and column, at the rule's
 * default severity (the collector applies configured overrides later).
 */
public final class FileReporter {
    private final String file;
    private final String locale;
    private final LineMap lines;
    private final Consumer<Diagnostic> sink;

    public FileReporter(String file, String locale, LineMap lines, Consumer<Diagnostic> sink) {
        this.file = file;
        this.locale = locale;
        this.lines = lines;
        this.sink = sink;
    }

    public void report(Rule rule, int start, int end, String message) {
        int l1 = lines.line(start);
        int c1 = lines.column(start);
        int e = Math.max(start, end);
        sink.accept(new Diagnostic(file, l1, c1, lines.line(e), lines.column(e),
                rule.defaultSeverity(), rule.id(), message, locale));
    }

    /** Reports at a line and column already known (for example from the YAML parser). */
    public void reportAt(Rule rule, int line, int column, String message) {
        sink.accept(new Diagnostic(file, line, column, line, column,
                rule.defaultSeverity(), rule.id(), message, locale));
    }

    public String file() {
        return file;
    }

    public LineMap lines() {
        return lines;
    }
}
