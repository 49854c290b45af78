package dev.tolk.parse;

/**
 * A run of {@code *} or {@code _} as CommonMark reads it: whether it is left- or right-flanking, from the
 * characters on either side (a no-break space is a space; punctuation is {@link Punctuation}'s), and so
 * whether it can open or close emphasis. One reading for every reader of a unit's Markdown: the XLIFF codes and the
 * markup rules.
 */
public record DelimiterRun(boolean left, boolean right, boolean punctuationBefore, boolean punctuationAfter) {

    /** The run {@code s[from, to)}. */
    public static DelimiterRun at(String s, int from, int to) {
        int before = from == 0 ? ' ' : s.codePointBefore(from);
        int after = to >= s.length() ? ' ' : s.codePointAt(to);
        boolean spaceBefore = isSpace(before);
        boolean spaceAfter = isSpace(after);
        boolean punctBefore = Punctuation.is(before);
        boolean punctAfter = Punctuation.is(after);
        boolean left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
        boolean right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
        return new DelimiterRun(left, right, punctBefore, punctAfter);
    }

    /** Whether a run of {@code c} so placed can open emphasis ({@code _} not inside a word). */
    public boolean canOpen(char c) {
        return c == '*' ? left : left && (!right || punctuationBefore);
    }

    /** Whether a run of {@code c} so placed can close emphasis. */
    public boolean canClose(char c) {
        return c == '*' ? right : right && (!left || punctuationAfter);
    }

    /** Unicode whitespace, as CommonMark's: no-break spaces (U+00A0, U+202F) too, which Character.isWhitespace leaves out. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
