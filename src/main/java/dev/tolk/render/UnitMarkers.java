package dev.tolk.render;

/**
 * Unit boundaries carried through the Markdown renderer as text. Every marker character is
 * Unicode punctuation (category Po) from the Supplemental Punctuation block, so the emphasis
 * rules of CommonMark see the same flanking as they would next to the {@code <span>} and
 * {@code </span>} tags the markers replace, and no marker can start a block or a tag. A marker is
 * an opener or closer character, the unit index in marker digits, and a terminator.
 *
 * <p>Why not keep the span tags: flexmark's inline parser is quadratic in the number of inline
 * HTML tags in one paragraph; markers are plain text and keep rendering linear.
 */
final class UnitMarkers {
    static final char START = '\u2E3C';
    static final char END = '\u2E3E';
    static final char TERMINATOR = '\u2E3F';
    private static final char ZERO = '\u2E30';

    private UnitMarkers() {
    }

    /** Whether {@code c} is a character of a marker (an opener, closer, digit or terminator). */
    static boolean isMarker(char c) {
        return c >= ZERO && c <= TERMINATOR;
    }

    static void appendStart(StringBuilder out, int index) {
        out.append(START);
        appendIndex(out, index);
    }

    static void appendEnd(StringBuilder out, int index) {
        out.append(END);
        appendIndex(out, index);
    }

    private static void appendIndex(StringBuilder out, int index) {
        // digits written straight from the number: no Integer.toString per marker (two per unit per side)
        for (int scale = scale(index); scale > 0; scale /= 10) out.append((char) (ZERO + index / scale % 10));
        out.append(TERMINATOR);
    }

    /** The largest power of ten not above {@code index} (1 for 0): where its first digit is. */
    private static int scale(int index) {
        int scale = 1;
        while (index / scale >= 10) scale *= 10;
        return scale;
    }

    /** Whether the end marker of unit {@code index} is at {@code at}: exactly its digits, no leading zeros. */
    static boolean isEnd(CharSequence s, int at, int index) {
        int p = at;
        if (p >= s.length() || s.charAt(p++) != END) return false;
        for (int scale = scale(index); scale > 0; scale /= 10) {
            if (p >= s.length() || s.charAt(p++) != (char) (ZERO + index / scale % 10)) return false;
        }
        return p < s.length() && s.charAt(p) == TERMINATOR;
    }

    /** The first end marker of unit {@code index} at or after {@code from}, or -1. */
    static int indexOfEnd(String s, int index, int from) {
        for (int p = s.indexOf(END, from); p >= 0; p = s.indexOf(END, p + 1)) {
            if (isEnd(s, p, index)) return p;
        }
        return -1;
    }

    static boolean isDigit(char c) {
        return c >= ZERO && c <= ZERO + 9;
    }

    /**
     * Reads a marker at {@code at}; returns its index, or -1 if the text there is not a marker.
     * The marker's length is {@link #length(int)}.
     */
    static int readIndex(CharSequence s, int at) {
        char c = s.charAt(at);
        if (c != START && c != END) return -1;
        int value = 0;
        int p = at + 1;
        while (p < s.length() && isDigit(s.charAt(p)) && p - at <= 7) {
            value = value * 10 + (s.charAt(p) - ZERO);
            p++;
        }
        if (p == at + 1 || p >= s.length() || s.charAt(p) != TERMINATOR) return -1;
        return value;
    }

    static int length(int index) {
        int digits = 1;
        while (index >= 10) {
            index /= 10;
            digits++;
        }
        return 2 + digits;
    }
}
