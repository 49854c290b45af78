package dev.tolk.validate;

/**
 * Word boundaries, ends of input and spaces exactly as {@code java.util.regex} on Java 17 sees
 * them without flags: {@code \b}, {@code $} and {@code \s}. The hand-written scanners of this
 * package replaced regular expressions whose results the diagnostics depend on, down to the
 * corner cases (a combining mark after a letter is part of the word; {@code $} also matches
 * before a final line terminator); the tests compare each scanner with its regular expression.
 */
final class Boundaries {
    private Boundaries() {
    }

    /** {@code \s}: the six ASCII spaces (a no-break space is not one). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code \b} sees a word character before {@code i}: the left side of a boundary. */
    static boolean wordBefore(CharSequence s, int i) {
        if (i <= 0) return false;
        int cp = Character.codePointBefore(s, i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(s, i - 1);
    }

    /** Whether {@code \b} sees a word character at {@code i}: the right side of a boundary. */
    static boolean wordAt(CharSequence s, int i) {
        if (i >= s.length()) return false;
        int cp = Character.codePointAt(s, i);
        return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(s, i);
    }

    /** Whether {@code $} matches at {@code i}: the end of {@code s}, or before a line terminator that ends it. */
    static boolean inputEndAt(CharSequence s, int i) {
        int n = s.length();
        if (i == n) return true;
        if (i == n - 2) return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        if (i != n - 1) return false;
        char c = s.charAt(i);
        if (c == '\n') return i == 0 || s.charAt(i - 1) != '\r';
        return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isWord(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp);
    }

    /** A combining mark is a word character when a letter or digit carries it (through any further marks). */
    private static boolean hasBase(CharSequence s, int i) {
        for (int x = i; x >= 0; x--) {
            int cp = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(cp)) return true;
            if (Character.getType(cp) != Character.NON_SPACING_MARK) return false;
        }
        return false;
    }
}
