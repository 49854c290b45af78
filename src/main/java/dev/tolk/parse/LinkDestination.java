package dev.tolk.parse;

/**
 * Where an inline link's destination and title end, as CommonMark reads them, for every reader of Markdown that
 * must agree with the renderer on what is a link (the link check, the markup rules, the XLIFF codes).
 */
public final class LinkDestination {
    private LinkDestination() {
    }

    /**
     * The index after the {@code )} that closes the destination and optional title opened before {@code from}
     * ({@code (url)}, {@code (<a b>)}, {@code (url "title")}), or -1 when what follows the {@code (} makes no link:
     * a bare destination with a space or a control character in it ({@code (permissions-overview or assign.md)},
     * which CommonMark and the page show as text), unbalanced parentheses, something other than a title after it,
     * or a blank line before the {@code )}.
     */
    public static int end(String s, int from) {
        int n = s.length();
        int i = whitespace(s, from);
        if (i < 0 || i >= n) return -1;
        if (s.charAt(i) == '<') {
            int j = i + 1;
            for (; j < n; j++) {
                char c = s.charAt(j);
                if (c == '\\') j++;
                else if (c == '>') break;
                else if (c == '<' || c == '\n' || c == '\r') return -1;
            }
            if (j >= n) return -1;
            i = j + 1;
        } else {
            int depth = 0;
            int j = i;
            for (; j < n; j++) {
                char c = s.charAt(j);
                if (c == '\\' && j + 1 < n && Punctuation.isAscii(s.charAt(j + 1))) {
                    j++;
                } else if (c <= ' ' || c == 0x7F) {
                    break;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) break;
                    depth--;
                }
            }
            if (depth != 0) return -1;
            i = j;
        }
        int k = whitespace(s, i);
        if (k < 0 || k >= n) return -1;
        if (s.charAt(k) == ')') return k + 1;
        char open = s.charAt(k);
        if (k == i || open != '"' && open != '\'' && open != '(') return -1; // a title, after whitespace, or nothing
        char close = open == '(' ? ')' : open;
        int t = k + 1;
        for (; t < n; t++) {
            char c = s.charAt(t);
            if (c == '\\') t++;
            else if (c == close) break;
            else if (open == '(' && c == '(') return -1;
            else if (c == '\n' && blankLineAt(s, t + 1)) return -1;
        }
        if (t >= n) return -1;
        int after = whitespace(s, t + 1);
        return after < 0 || after >= n || s.charAt(after) != ')' ? -1 : after + 1;
    }

    /**
     * Whether what makes the would-be link at {@code from} (after its {@code (}) no link is its title: an address,
     * then whitespace and a quote or parenthesis that opens a title which does not end the link ({@code "a "b" c"},
     * a quote inside the quotes), not a space inside the address.
     */
    public static boolean brokenTitle(String s, int from) {
        int i = whitespace(s, from);
        if (i < 0) return false;
        while (i < s.length() && s.charAt(i) > ' ') i++;
        int k = whitespace(s, i);
        if (k < 0 || k == i || k >= s.length()) return false;
        char c = s.charAt(k);
        return c == '"' || c == '\'' || c == '(';
    }

    /** After spaces and tabs with at most one line break among them; -1 at a blank line. */
    private static int whitespace(String s, int i) {
        boolean broke = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (broke) return -1;
                broke = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean blankLineAt(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) i++;
        return i >= s.length() || s.charAt(i) == '\n';
    }

    /**
     * The index after the {@code )} that closes a parenthesis opened before {@code from} (parentheses inside it
     * balanced, a backslash escaping the next character), or -1 when none does before a blank line: where a reader
     * sees a would-be link's address end, link or not.
     */
    public static int closingParenthesis(String s, int from) {
        int depth = 1;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            } else if (c == '\n' && blankLineAt(s, j + 1)) {
                return -1;
            }
        }
        return -1;
    }
}
