package dev.tolk.diag;

import dev.tolk.source.LineMap;
import java.util.function.Consumer;

/**
 * Turns offset ranges in one file into {@link Diagnostic}s with line and column, at the rule's
 * default severity (the collector applies configured overrides later). Not thread-safe: one per
 * file and thread.
 */
public final class FileReporter {
    private final String file;
    private final String locale;
    private final CharSequence text;
    private LineMap lines;
    private final Consumer<Diagnostic> sink;

    public FileReporter(String file, String locale, LineMap lines, Consumer<Diagnostic> sink) {
        this.file = file;
        this.locale = locale;
        this.text = null;
        this.lines = lines;
        this.sink = sink;
    }

    /** A reporter that builds the file's line table only when the first problem is reported. */
    public FileReporter(String file, String locale, CharSequence text, Consumer<Diagnostic> sink) {
        this.file = file;
        this.locale = locale;
        this.text = text;
        this.sink = sink;
    }

    public void report(Rule rule, int start, int end, String message) {
        LineMap m = lines();
        int e = Math.max(start, end);
        sink.accept(new Diagnostic(file, m.line(start), m.column(start), m.line(e), m.column(e),
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
        if (lines == null) lines = new LineMap(text);
        return lines;
    }
}
