package dev.tolk.parse;


/**
 * An HTML {@code <span …>} open tag or {@code </span>} close tag found in Markdown text, with the
 * attributes the pair format uses. Parsed by hand: the format is regular and this is on the hot
 * path (regexes over a long paragraph would cost more than the scan).
 */
record SpanTag(Kind kind, int start, int end, String id, int idStart) {

    enum Kind { TRANSLATION, LOOKUP, LOOKUP_INNER, PLAIN_OPEN, CLOSE }

    private static final String LOOKUP_CLASS = "sxs-lookup";
    /**
     * The longest span tag read, in characters; text that would make a longer one is no tag. Real
     * ones are short (31 characters at most in the corpora), and the scanner tries a tag at every
     * {@code <}: without a bound, a paragraph of {@code <span a=<span a=…} or of quoted values
     * that swallow the next tag would be read to its end once per {@code <}, quadratic work.
     */
    private static final int MAX_LENGTH = 1024;

    /**
     * Reads a span tag at {@code at} (where {@code text.charAt(at) == '<'}), or returns null when
     * there is none (another tag, or text that only looks like one).
     */
    static SpanTag at(CharSequence text, int at) {
        int n = Math.min(text.length(), at + MAX_LENGTH);
        if (at + 6 > n) return null;
        if (text.charAt(at + 1) == '/') {
            if (!CharSearch.matchesIgnoreCase(text, at + 2, "span")) return null;
            int p = at + 6;
            while (p < n && isSpace(text.charAt(p))) p++;
            return p < n && text.charAt(p) == '>' ? new SpanTag(Kind.CLOSE, at, p + 1, null, -1) : null;
        }
        if (!CharSearch.matchesIgnoreCase(text, at + 1, "span")) return null;
        int p = at + 5;
        if (p >= n || !(isSpace(text.charAt(p)) || text.charAt(p) == '>')) return null;
        Kind kind = Kind.PLAIN_OPEN;
        String id = null;
        int idStart = -1;
        while (p < n) {
            while (p < n && isSpace(text.charAt(p))) p++;
            if (p >= n) return null;
            char c = text.charAt(p);
            if (c == '>') return new SpanTag(kind, at, p + 1, id, idStart);
            if (c == '/' && p + 1 < n && text.charAt(p + 1) == '>') return null; // <span/> is not an opener
            if (c == '<') return null;
            if (c == '/') { // a stray solidus in a tag is ignored, as HTML parsers do (and the scan must move on)
                p++;
                continue;
            }
            int nameStart = p;
            while (p < n && isNameChar(text.charAt(p))) p++;
            int nameLength = p - nameStart;
            while (p < n && isSpace(text.charAt(p))) p++;
            // the value is text[valueStart, valueEnd); only ids are taken out as strings
            int valueStart = p;
            int valueEnd = p;
            if (p < n && text.charAt(p) == '=') {
                p++;
                while (p < n && isSpace(text.charAt(p))) p++;
                if (p >= n) return null;
                char q = text.charAt(p);
                if (q == '"' || q == '\'') {
                    int close = p + 1;
                    while (close < n && text.charAt(close) != q) close++;
                    if (close >= n) return null;
                    valueStart = p + 1;
                    valueEnd = close;
                    p = close + 1;
                } else {
                    valueStart = p;
                    while (p < n && !isSpace(text.charAt(p)) && text.charAt(p) != '>') p++;
                    valueEnd = p;
                }
            }
            if (is(text, nameStart, nameLength, "data-ttu-id")) {
                kind = Kind.TRANSLATION;
                id = text.subSequence(valueStart, valueEnd).toString();
                idStart = valueStart;
            } else if (is(text, nameStart, nameLength, "data-stu-id")) {
                kind = Kind.LOOKUP_INNER;
                id = text.subSequence(valueStart, valueEnd).toString();
                idStart = valueStart;
            } else if (is(text, nameStart, nameLength, "class")
                    && kind == Kind.PLAIN_OPEN && hasLookupClass(text, valueStart, valueEnd)) {
                kind = Kind.LOOKUP;
            }
        }
        return null;
    }

    /** Not a space and none of {@code = > / <}: part of an attribute name. */
    private static boolean isNameChar(char c) {
        return !isSpace(c) && c != '=' && c != '>' && c != '/' && c != '<';
    }

    /**
     * Whether the class list {@code text[start, end)} holds {@code sxs-lookup} as a space-separated
     * word, read in place (the same as {@code (" " + value + " ").contains(" sxs-lookup ")}).
     */
    private static boolean hasLookupClass(CharSequence text, int start, int end) {
        for (int i = start; i + LOOKUP_CLASS.length() <= end; i++) {
            if (CharSearch.matches(text, i, LOOKUP_CLASS) && (i == start || text.charAt(i - 1) == ' ')
                    && (i + LOOKUP_CLASS.length() == end || text.charAt(i + LOOKUP_CLASS.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the attribute name at {@code start} (of {@code length}) is {@code name}, ignoring case. */
    private static boolean is(CharSequence text, int start, int length, String name) {
        return length == name.length() && CharSearch.matchesIgnoreCase(text, start, name);
    }

    boolean opensPairPart() {
        return kind == Kind.TRANSLATION || kind == Kind.LOOKUP || kind == Kind.LOOKUP_INNER;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
