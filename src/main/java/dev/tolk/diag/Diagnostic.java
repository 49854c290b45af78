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
        return visible(file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + rule + "]", false);
    }

    /**
     * {@code s} with control characters made visible (U+2400 control pictures, U+2421 for DEL,
     * U+FFFD for C1 controls): text from a file must never reach a terminal as an escape
     * sequence. Tabs are kept when {@code keepTabs} (a source line under which a caret is set).
     */
    public static String visible(String s, boolean keepTabs) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && !(keepTabs && c == '\t') || c >= 0x7F && c <= 0x9F;
            if (control && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) b.append(!control ? c : c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
        }
        return b == null ? s : b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
