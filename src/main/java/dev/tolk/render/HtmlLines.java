package dev.tolk.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * The part of flexmark's {@code LineAppendableImpl} that shapes the renderer's output with our
 * settings (no indent prefix, {@code F_TRIM_LEADING_WHITESPACE}, at most one blank line in a
 * row, also at the end): {@link #line()} ends the current line only if it has text (always,
 * inside {@code <pre>}); outside {@code <pre>} spaces at the start of a line are dropped, and
 * runs of empty lines are cut to one. Written straight into one {@link StringBuilder}; blank
 * lines are held back until the next text, so they can be cut without looking back.
 */
final class HtmlLines {
    private static final Set<String> NOT_RENDERED_WHEN_EMPTY = Set.of("class", "id", "name", "style");

    private final StringBuilder sb;
    private int lineStart;
    /** The current line holds only spaces and tabs (flexmark's {@code allWhitespace}). */
    private boolean blankSoFar = true;
    private int preNesting;
    private int lineCount;
    private int preFirstLine = -1;
    private int pendingBlankLines;

    HtmlLines(int capacity) {
        sb = new StringBuilder(capacity);
    }

    void raw(CharSequence s) {
        String str = s.toString();
        write(str, null, 0, str.length(), false);
    }

    /** {@code s} escaped as flexmark's {@code Escaping.escapeHtml(s, false)} does. */
    void text(CharSequence s) {
        String str = s.toString();
        write(str, null, 0, str.length(), true);
    }

    /** {@code s[from, to)} escaped; {@code chars} is {@code s} as an array. */
    void text(String s, char[] chars, int from, int to) {
        write(s, chars, from, to, true);
    }

    /**
     * Appends {@code s[from, to)}, escaped if {@code escape}, in runs: only the characters that
     * the line rules or escaping care about are taken one at a time. {@code chars}, when not
     * null, is {@code s} as an array: scanned instead of {@code s}, runs still copied from {@code s}.
     */
    private void write(String s, char[] chars, int from, int to, boolean escape) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = chars != null ? chars[i] : s.charAt(i);
            if (c > '>') continue;
            boolean special = switch (c) {
                case ' ' -> blankSoFar && run == i;
                case '\n', '\r', '\t' -> true;
                case '&', '<', '>', '"' -> escape;
                default -> false;
            };
            if (!special) continue;
            appendRun(s, run, i);
            run = i + 1;
            switch (c) {
                case '&' -> appendRun("&amp;", 0, 5);
                case '<' -> appendRun("&lt;", 0, 4);
                case '>' -> appendRun("&gt;", 0, 4);
                case '"' -> appendRun("&quot;", 0, 6);
                default -> put(c);
            }
        }
        appendRun(s, run, to);
    }

    /** Characters that are neither line breaks, tabs nor leading spaces: taken as they are. */
    private void appendRun(String s, int from, int to) {
        if (from >= to) return;
        if (pendingBlankLines > 0) flushBlankLines();
        sb.append(s, from, to);
        blankSoFar = false;
    }

    void open(String name) {
        put('<');
        raw(name);
        put('>');
    }

    void close(String name) {
        put('<');
        put('/');
        raw(name);
        put('>');
    }

    /** {@code <name}: attributes follow, then {@link #endTag()}. */
    void startTag(String name) {
        put('<');
        raw(name);
    }

    void endTag() {
        put('>');
    }

    /** One attribute as flexmark writes it: entities in the value kept, empty ids and classes left out. */
    void attr(String name, String value) {
        if (value.isEmpty() && NOT_RENDERED_WHEN_EMPTY.contains(name)) return;
        put(' ');
        raw(name);
        raw("=\"");
        raw(needsEscape(value) ? Escaping.escapeHtml(value, true) : value);
        put('"');
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return true;
        }
        return false;
    }

    /** Ends the current line if it has text, or always inside {@code <pre>}. */
    void line() {
        if (preNesting > 0 || sb.length() != lineStart) eol();
    }

    void openPre() {
        if (preNesting == 0 && preFirstLine != lineCount) preFirstLine = lineCount;
        preNesting++;
    }

    void closePre() {
        preNesting--;
    }

    String finish() {
        line();
        if (pendingBlankLines > 0) sb.append('\n');
        return sb.toString();
    }

    private void put(char c) {
        if (c == '\n') {
            eol();
            return;
        }
        if (c == ' ') {
            if (preNesting == 0 && blankSoFar) return;
        } else if (c != '\t') {
            blankSoFar = false;
        }
        if (pendingBlankLines > 0 && c != '\r') flushBlankLines();
        sb.append(c);
    }

    /**
     * Ends the line. flexmark counts a line as empty also when all it holds is the {@code \r} of
     * a CRLF (the {@code \r} goes with the line end); outside {@code <pre>} such lines are held back.
     */
    private void eol() {
        int length = sb.length() - lineStart;
        boolean empty = length == 0 || length == 1 && sb.charAt(lineStart) == '\r';
        if (empty && preNesting == 0 && preFirstLine != lineCount) {
            sb.setLength(lineStart);
            pendingBlankLines++;
        } else {
            if (pendingBlankLines > 0) flushBlankLines();
            sb.append('\n');
        }
        lineCount++;
        lineStart = sb.length();
        blankSoFar = true;
    }

    /** Writes the held-back empty lines (at most one) before the text of the current line. */
    private void flushBlankLines() {
        // the line holds at most a CR so far: usually the break can be appended, not inserted
        if (lineStart == sb.length()) sb.append('\n');
        else sb.insert(lineStart, '\n');
        pendingBlankLines = 0;
        lineStart++;
    }
}
