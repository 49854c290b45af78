package dev.tolk.validate;

/**
 * The English half of a unit as {@link DriftRule} compares it, read once per half and reused
 * for every comparison: its wording ({@link #comparable}) and, when the half is one whole link
 * ({@code [text](target)}), the wording of the link's text, since a pair may sit inside a
 * link's text in one locale and around the link in another.
 *
 * @param half      the half as written
 * @param wording   the half's {@link #comparable} form
 * @param wholeLink whether the half, stripped, is one inline link with nothing around it
 * @param linkText  the comparable form of that link's text, or {@code wording} when the half is no whole link
 */
record EnglishHalf(String half, String wording, boolean wholeLink, String linkText) {

    static EnglishHalf of(String half) {
        String wording = comparable(half);
        String text = wholeLinkText(half.strip());
        return new EnglishHalf(half, wording, text != null, text == null ? wording : comparable(text));
    }

    /** Whether the two halves say the same thing (see {@link DriftRule}). */
    boolean sameWording(EnglishHalf other) {
        if (wording.equals(other.wording)) return true;
        if (wholeLink && !other.wholeLink) return linkText.equals(other.wording);
        if (other.wholeLink && !wholeLink) return other.linkText.equals(wording);
        return false;
    }

    /**
     * The text with its spacing taken out (ASCII spaces, U+00A0, U+2007, U+202F, zero-width spaces: "**Note** :" and
     * "**Note**:" say the same) and its escaping backslashes ({@link #withoutSpaces}), the scheme and host of each absolute URL with a path taken out
     * (a link to a site's page may be written with or without them) and each locale tag in a
     * URL, after {@code /} or {@code =}, made neutral ({@code /en-us/} against {@code /de-de/}).
     */
    static String comparable(String s) {
        String t = withoutSpaces(s);
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == 'h' || c == 'H') {
                int host = hostEnd(t, i);
                if (host > 0) {
                    if (out == null) out = new StringBuilder(n);
                    out.append(t, copied, i);
                    copied = host;
                    i = host - 1; // the '/' after the host is kept
                    continue;
                }
            }
            char before = i > 0 ? t.charAt(i - 1) : 0;
            if (before == '/' || before == '=') {
                int tag = LocaleTags.tagEnd(t, i, true, "/&)#");
                if (tag > 0) {
                    if (out == null) out = new StringBuilder(n);
                    out.append(t, copied, i).append(LocaleTags.NEUTRAL);
                    copied = tag;
                    i = tag - 1;
                }
            }
        }
        if (out == null) return t;
        return out.append(t, copied, n).toString();
    }

    /**
     * The text without spacing (zero-width spaces too) and the backslashes that escape punctuation: a localization tool
     * that re-escaped {@code Values**} as {@code Values\\*\\*}, or kept a zero-width space the source lost, changed no
     * wording. Emphasis added or taken away is a change (a translation should follow it).
     */
    private static String withoutSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isSpacing(s.charAt(i)) && !isMark(s, i)) i++;
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpacing(c) && !isMark(s, i)) out.append(c);
        }
        return out.toString();
    }

    private static boolean isSpacing(char c) {
        return Boundaries.isSpace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\u2060'
                || c == '\uFEFF';
    }

    /** A backslash before ASCII punctuation. */
    private static boolean isMark(String s, int i) {
        char c = s.charAt(i);
        if (c != '\\' || i + 1 >= s.length()) return false;
        return dev.tolk.parse.Punctuation.isAscii(s.charAt(i + 1));
    }

    /**
     * At a word's start, {@code http://} or {@code https://} (any case) and a host that a
     * {@code /} ends: the index of that {@code /}, else -1. Spaces are already out of {@code t}.
     */
    private static int hostEnd(String t, int i) {
        if (Boundaries.wordBefore(t, i)) return -1;
        int p = i;
        for (; p < i + 5 && p < t.length(); p++) {
            // ASCII letters only, in any case ('ſ' is no 's' here): x | 0x20 lowers A-Z and leaves a-z
            if ((t.charAt(p) | 0x20) != "https".charAt(p - i)) break;
        }
        if (p < i + 4) return -1;
        if (!t.startsWith("://", p)) return -1;
        p += 3;
        int host = p;
        while (p < t.length() && "/)]\"'>".indexOf(t.charAt(p)) < 0 && !Boundaries.isSpace(t.charAt(p))) p++;
        return p > host && p < t.length() && t.charAt(p) == '/' ? p : -1;
    }

    /** The text of {@code stripped} when it is one inline link {@code [text](target)}, the target without spaces or parentheses; else null. */
    static String wholeLinkText(String stripped) {
        int n = stripped.length();
        if (n < 4 || stripped.charAt(0) != '[' || stripped.charAt(n - 1) != ')') return null;
        int open = stripped.lastIndexOf('(', n - 2);
        if (open < 2 || stripped.charAt(open - 1) != ']') return null;
        for (int j = open + 1; j < n - 1; j++) {
            char c = stripped.charAt(j);
            if (c == ')' || Boundaries.isSpace(c)) return null;
        }
        return stripped.substring(1, open - 1);
    }
}
