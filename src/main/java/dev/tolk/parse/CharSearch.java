package dev.tolk.parse;

/**
 * The few {@link String} searches the pair scanner needs, on any {@link CharSequence}: String's
 * own (intrinsic) methods when the text is a String, as it always is in a build; the same answer
 * from a plain loop otherwise, so a test can hand in a sequence that counts the characters read.
 */
final class CharSearch {
    private CharSearch() {
    }

    static int indexOf(CharSequence text, char c, int from) {
        if (text instanceof String s) return s.indexOf(c, from);
        for (int i = Math.max(0, from), n = text.length(); i < n; i++) {
            if (text.charAt(i) == c) return i;
        }
        return -1;
    }

    /** The first blank line break ({@code \n\n}) at or after {@code from}, or -1. */
    static int indexOfBlankLine(CharSequence text, int from) {
        if (text instanceof String s) return s.indexOf("\n\n", from);
        boolean newline = false;
        for (int i = Math.max(0, from), n = text.length(); i < n; i++) {
            boolean nl = text.charAt(i) == '\n';
            if (nl && newline) return i - 1;
            newline = nl;
        }
        return -1;
    }

    /** Whether {@code text} holds {@code other} at {@code at}, ignoring case as {@link String#regionMatches(boolean, int, String, int, int)} does. */
    static boolean matchesIgnoreCase(CharSequence text, int at, String other) {
        if (text instanceof String s) return s.regionMatches(true, at, other, 0, other.length());
        if (at < 0 || at > text.length() - other.length()) return false;
        for (int i = 0; i < other.length(); i++) {
            char a = text.charAt(at + i);
            char b = other.charAt(i);
            if (a == b) continue;
            char ua = Character.toUpperCase(a);
            char ub = Character.toUpperCase(b);
            if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) return false;
        }
        return true;
    }

    /** Whether {@code text} holds {@code other} at {@code at}, exactly. */
    static boolean matches(CharSequence text, int at, String other) {
        if (text instanceof String s) return s.startsWith(other, at);
        if (at < 0 || at > text.length() - other.length()) return false;
        for (int i = 0; i < other.length(); i++) {
            if (text.charAt(at + i) != other.charAt(i)) return false;
        }
        return true;
    }
}
