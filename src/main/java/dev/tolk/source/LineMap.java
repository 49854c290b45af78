package dev.tolk.source;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets of a text to 1-based line and column numbers. Columns count Unicode code
 * points, so a line of Arabic or an emoji is counted the way an editor shows it. Line starts are
 * found once (after {@code \n}; a {@code \r\n} pair counts as one break) and looked up by binary
 * search, so a lookup costs O(log lines).
 */
public final class LineMap {
    private final CharSequence text;
    private final int[] lineStarts;

    public LineMap(CharSequence text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 1;
        for (int i = newline(text, 0); i >= 0; i = newline(text, i + 1)) {
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** 1-based line of the offset (offsets past the end map to the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /**
     * The last column worked out, {@code {line start, offset, code points before it}}: findings
     * come nearly in order along a line (a unit's findings, then the next unit's), so the next
     * count starts there, forwards or back, and a single line of megabytes with thousands of
     * findings is read about once, not once per finding. Replaced, never changed.
     */
    private volatile int[] cursor = {0, 0, 0};
    /** Offsets within a line up to this are counted from its start: cheaper than keeping a cursor. */
    private static final int LONG_LINE = 2048;

    /** 1-based column, in code points, of the offset within its line. */
    public int column(int offset) {
        int off = Math.min(Math.max(0, offset), text.length());
        int start = lineStarts[line(off) - 1];
        if (off - start < LONG_LINE) return codePoints(start, off) + 1; // the usual line: no state
        int[] last = cursor;
        int counted;
        if (last[0] != start || splitsPair(last[1])) {
            counted = codePoints(start, off);
        } else if (last[1] <= off) {
            counted = last[2] + codePoints(last[1], off);
        } else if (last[1] - off < off - start && !splitsPair(off)) {
            counted = last[2] - codePoints(off, last[1]); // back a little: nearer than the line start
        } else {
            counted = codePoints(start, off);
        }
        cursor = new int[] {start, off, counted};
        return counted + 1;
    }

    /** The next {@code \n} at or after {@code from}, or -1: a string's own search (not a call per character) when it is one. */
    private static int newline(CharSequence text, int from) {
        if (text instanceof String s) return s.indexOf('\n', from);
        for (int i = from, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '\n') return i;
        }
        return -1;
    }

    /** The code points from {@code from} to {@code to}: a string counts its own (at once, when it holds only Latin-1). */
    private int codePoints(int from, int to) {
        return text instanceof String s ? s.codePointCount(from, to) : Character.codePointCount(text, from, to);
    }

    /** Whether {@code offset} falls between the two halves of a surrogate pair (counting from it would miscount). */
    private boolean splitsPair(int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1));
    }

    public Position position(int offset) {
        return new Position(line(offset), column(offset));
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
