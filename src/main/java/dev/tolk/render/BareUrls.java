package dev.tolk.render;

/**
 * Web addresses written bare in text ({@code https://contoso.com/a}, {@code www.contoso.com}), which DocFX's Markdig
 * makes links of (its AutoLinks extension, GFM's extended autolinks): one that starts with {@code http://},
 * {@code https://} or {@code www.} (any letter case; not {@code ftp://}, a scheme Tolk links nowhere) at the start of a text, after a space, or after
 * {@code *}, {@code _}, {@code ~} or {@code (}, has a domain with a dot, and runs to the next space or {@code <};
 * trailing punctuation ({@code ?!.,:*_~'";}) and a {@code )} without its {@code (} are left out of it. It also ends
 * where a script written without spaces begins (Chinese, Japanese, Korean, Thai: {@code https://contoso.comに移動}),
 * and at a unit's marker.
 */
final class BareUrls {
    private static final String[] PREFIXES = {"http://", "https://", "www."};
    private static final String BEFORE = "*_~(";
    private static final String TRAILING = "?!.,:*_~'\";";

    private BareUrls() {
    }

    /** Whether {@code text} may hold a bare address: a quick look before {@link #next}. */
    static boolean mayHold(CharSequence text) {
        for (int i = 0, n = text.length() - 3; i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
            if ((c == 'w' || c == 'W') && text.charAt(i + 3) == '.') return true;
        }
        return false;
    }

    /** The first bare address of {@code text} at or after {@code from}, as {@code {start, end}}; null when there is none. */
    static int[] next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            int prefix = prefixAt(text, i);
            if (prefix < 0 || i > 0 && !mayPrecede(text.charAt(i - 1))) continue;
            int end = end(text, i, i + PREFIXES[prefix].length());
            if (end > 0) return new int[] {i, end};
        }
        return null;
    }

    private static int prefixAt(String text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') return -1;
        for (int p = 0; p < PREFIXES.length; p++) {
            if (text.regionMatches(true, i, PREFIXES[p], 0, PREFIXES[p].length())) return p;
        }
        return -1;
    }

    private static boolean mayPrecede(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || BEFORE.indexOf(c) >= 0 || UnitMarkers.isMarker(c);
    }

    /** Where the address starting at {@code start}, its domain at {@code host}, ends; -1 when its domain is no domain. */
    private static int end(String text, int start, int host) {
        int n = text.length();
        int dots = 0;
        int d = host;
        while (d < n && (Character.isLetterOrDigit(text.charAt(d)) || text.charAt(d) == '-' || text.charAt(d) == '_' || text.charAt(d) == '.')
                && !stops(text.charAt(d))) {
            if (text.charAt(d) == '.') dots++;
            d++;
        }
        boolean www = text.charAt(start) == 'w' || text.charAt(start) == 'W';
        if (d == host || !Character.isLetterOrDigit(text.charAt(host)) || dots == 0 && !www) return -1;
        int end = d;
        int open = 0; // '(' less ')' in the address so far, counted once: a trailing ')' is left out while more close than open
        while (end < n && !stops(text.charAt(end))) {
            char c = text.charAt(end++);
            if (c == '(') open++;
            else if (c == ')') open--;
        }
        while (end > host) {
            char last = text.charAt(end - 1);
            if (TRAILING.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && open < 0) {
                end--;
                open++;
            } else {
                break;
            }
        }
        return end > host ? end : -1;
    }

    /** Whether {@code c} ends an address: a space, {@code <}, a control, a unit's marker, or a script without spaces. */
    private static boolean stops(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '<' || c < ' ' || UnitMarkers.isMarker(c)
                || c >= 0x2E80 && c < 0xD800 || c >= 0xF900 && c <= 0xFFEF || c >= 0x0E00 && c <= 0x0EFF;
    }
}
