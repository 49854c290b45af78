package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.io.IOException;
import java.util.Optional;

/**
 * The terminal report: per diagnostic the DESIGN §5 line, the source line and a caret line
 * ({@code ^~~~}) under the reported range, then a summary line. The caret is placed by display
 * width: columns count code points, East Asian wide and fullwidth characters take two cells,
 * combining marks none, and a tab before the column is copied as a tab so the caret lines up
 * whatever the terminal's tab stops. Control characters (which could drive the terminal) are
 * shown as Unicode control pictures. Colour uses ANSI escapes only when asked.
 */
final class TextReport implements ReportWriter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String GREEN = "\u001b[32m";

    private final SourceLines lines;
    private final boolean colour;

    TextReport(SourceLines lines, boolean colour) {
        this.lines = lines;
        this.colour = colour;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        for (Diagnostic d : report.diagnostics()) {
            headline(d, out);
            Optional<String> source = d.line() > 0 ? lines.line(d.file(), d.line()) : Optional.empty();
            if (source.isPresent()) {
                Window w = lineCursor.around(source.get(), Math.max(1, d.column()));
                int shift = w.prefix().length() + 1 - w.firstColumn(); // from line columns to shown columns
                int column = Math.max(1, d.column()) + shift;
                int end = d.endLine() == d.line() ? Math.min(d.endColumn(), w.lastColumn() + 1) + shift : column;
                out.append(Diagnostic.visible(w.prefix() + w.text() + w.suffix(), true)).append('\n');
                caret(w.prefix() + w.text(), column, end, out);
            }
        }
        out.append(colour ? BOLD + report.summary() + RESET : report.summary()).append('\n');
    }

    /** {@code file:line:col: severity: message [rule]}, as {@link Diagnostic#format()} writes it. */
    private void headline(Diagnostic d, Appendable out) throws IOException {
        String position = Diagnostic.visible(d.file() + ":" + d.line() + ":" + d.column() + ":", false);
        String label = d.severity().label();
        String rest = Diagnostic.visible(": " + d.message() + " [" + d.rule() + "]", false);
        if (colour) {
            out.append(BOLD).append(position).append(RESET).append(' ')
                    .append(severityColour(d.severity())).append(label).append(RESET).append(rest);
        } else {
            out.append(position).append(' ').append(label).append(rest);
        }
        out.append('\n');
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
    }

    /** Spaces (and the line's own tabs) up to the column, then {@code ^} and {@code ~} to the end of the range. */
    private void caret(String source, int startColumn, int endColumn, Appendable out) throws IOException {
        int column = Math.max(1, startColumn);
        int end = Math.max(endColumn, column + 1);
        StringBuilder pad = new StringBuilder();
        StringBuilder mark = new StringBuilder();
        int col = 1;
        for (int i = 0; i < source.length() && col < end; col++) {
            int cp = source.codePointAt(i);
            i += Character.charCount(cp);
            if (col < column) {
                if (cp == '\t') pad.append('\t');
                else pad.append(" ".repeat(width(cp)));
            } else {
                int cells = width(cp);
                if (mark.length() == 0) {
                    mark.append('^');
                    cells = Math.max(0, cells - 1);
                }
                mark.append("~".repeat(cells));
            }
        }
        // a column past the end of the line (a missing closing mark, say) still gets its caret
        for (; col < column; col++) pad.append(' ');
        if (mark.length() == 0) mark.append('^');
        out.append(pad);
        out.append(colour ? GREEN + mark + RESET : mark).append('\n');
    }

    /**
     * Where the last window was cut from, so that the windows of many findings along one long
     * line (sorted by column) are found by counting on from the last one, not from the line's
     * start: a line of megabytes with thousands of findings is read about once. Used by one report.
     */
    private final LineCursor lineCursor = new LineCursor();

    /** Code points stepped over while cutting windows (for a test that the work stays linear). */
    long stepped() {
        return lineCursor.stepped;
    }

    private static final class LineCursor {
        private String line;
        private int length;
        private int column = 1;
        private int offset;
        /** Code points stepped over so far, to hold the work linear in a test. */
        long stepped;

        Window around(String text, int wanted) {
            if (text != line) { // a line object of the source cache: the same line is the same object
                line = text;
                length = text.codePointCount(0, text.length());
                stepped += length;
                column = 1;
                offset = 0;
            }
            if (length <= Window.WIDTH) return new Window("", text, "", 1, length);
            int first = Math.max(1, Math.min(wanted - Window.LEAD, length - Window.WIDTH + 1));
            int last = Math.min(length, first + Window.WIDTH - 1);
            if (first < column) {
                column = 1;
                offset = 0;
            }
            offset = text.offsetByCodePoints(offset, first - column);
            stepped += first - column + last - first + 1;
            column = first;
            int to = text.offsetByCodePoints(offset, last - first + 1);
            return new Window(first > 1 ? "…" : "", text.substring(offset, to), last < length ? "…" : "", first, last);
        }
    }

    /**
     * The part of a long source line shown around the reported column (a generated table row
     * can be thousands of characters): at most {@link #WIDTH} code points, starting a little
     * before the column, with an ellipsis where the line was cut.
     */
    record Window(String prefix, String text, String suffix, int firstColumn, int lastColumn) {
        static final int WIDTH = 160;
        static final int LEAD = 40;

        static Window around(String line, int column) {
            int length = line.codePointCount(0, line.length());
            if (length <= WIDTH) return new Window("", line, "", 1, length);
            int first = Math.max(1, Math.min(column - LEAD, length - WIDTH + 1));
            int last = Math.min(length, first + WIDTH - 1);
            int from = line.offsetByCodePoints(0, first - 1);
            int to = line.offsetByCodePoints(from, last - first + 1);
            return new Window(first > 1 ? "…" : "", line.substring(from, to), last < length ? "…" : "", first, last);
        }
    }

    /** Terminal cells a code point takes: 0 for combining marks, 2 for East Asian wide or fullwidth, else 1. */
    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0x200B) return 0;
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD) return 2;
        return 1;
    }
}
