package dev.tolk.diag;

import java.util.Comparator;

/**
 * One finding about the input, at a 1-based position in the original file (columns in code
 * points). {@code file} is the path as shown to the user, {@code /}-separated; {@code locale}
 * may be empty for files outside a locale tree.
 */
public record Diagnostic(String file, int line, int column, int endLine, int endColumn,
                         Severity severity, String rule, String message, String locale) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(file, line, column, endLine, endColumn, s, rule, message, locale);
    }

    /** The one-line form: {@code file:line:col: severity: message [rule]}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
