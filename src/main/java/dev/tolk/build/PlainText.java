package dev.tolk.build;

import dev.tolk.search.SearchIndexWriter;

/**
 * The text a reader sees in an article's body, as the search index reads it: the translation
 * without the hidden English lookups, tags removed (a block's tags separate words, an inline
 * one's do not), entities decoded and white space collapsed.
 */
final class PlainText {
    private PlainText() {
    }

    /**
     * The text a reader sees in a body: the translation, without the hidden English lookups
     * ({@code <span class="sxs-lookup" hidden>…</span>}, skipped with their nested spans), tags
     * removed and entities decoded. One pass over the HTML the emitter wrote (well formed), as an
     * array: under C1, {@code charAt} and {@code indexOf} on a string were most of this method's
     * time (7 % of a 10,000 x 3 build's page pass went to it).
     */
    static String of(String html) {
        char[] c = html.toCharArray();
        int n = c.length;
        StringBuilder text = new StringBuilder(n / 2);
        int i = 0;
        while (i < n) {
            int lt = i;
            while (lt < n && c[lt] != '<') lt++;
            text.append(c, i, lt - i);
            if (lt >= n) break;
            if (at(c, lt, LOOKUP)) {
                i = afterElement(c, lt, SPAN);
                continue;
            }
            if (at(c, lt, SCRIPT[0]) || at(c, lt, STYLE[0])) {
                i = afterElement(c, lt, at(c, lt, SCRIPT[0]) ? SCRIPT : STYLE);
                continue;
            }
            int gt = lt + 1;
            while (gt < n && c[gt] != '>') gt++;
            if (gt >= n) break;
            if (!inline(c, lt + 1)) text.append(' '); // block boundaries separate words; inline tags do not
            i = gt + 1;
        }
        String plain = text.toString();
        if (plain.indexOf('&') >= 0) plain = org.jsoup.parser.Parser.unescapeEntities(plain, false);
        return SearchIndexWriter.collapseWhiteSpace(plain, false).strip();
    }

    private static final char[] LOOKUP = "<span class=\"sxs-lookup\"".toCharArray();
    /** An element's opening and closing tags, as {@link #afterElement} looks for them. */
    private static final char[][] SPAN = {"<span".toCharArray(), "</span>".toCharArray()};
    private static final char[][] SCRIPT = {"<script".toCharArray(), "</script>".toCharArray()};
    private static final char[][] STYLE = {"<style".toCharArray(), "</style>".toCharArray()};

    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "span", "strong", "em", "b", "i", "code",
            "bdi", "bdo", "sup", "sub", "mark", "small", "abbr", "kbd", "u", "s", "del", "ins", "q", "cite", "time");
    /** The longest name in {@link #INLINE}. */
    private static final int INLINE_LONGEST = 6;

    /** Whether the tag whose name starts at {@code at} (after {@code <} and an optional {@code /}) is inline. */
    private static boolean inline(char[] c, int at) {
        int start = at < c.length && c[at] == '/' ? at + 1 : at;
        int end = start;
        boolean ascii = true;
        while (end < c.length && Character.isLetterOrDigit(c[end])) {
            ascii &= c[end] < 0x80;
            end++;
        }
        if (!ascii) return INLINE.contains(new String(c, start, end - start).toLowerCase(java.util.Locale.ROOT));
        if (end - start > INLINE_LONGEST) return false; // lower-casing ASCII keeps the length
        char[] name = new char[end - start];
        for (int k = 0; k < name.length; k++) {
            char ch = c[start + k];
            name[k] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
        }
        return INLINE.contains(new String(name));
    }

    /** Whether {@code c} has {@code s} at {@code i}. */
    private static boolean at(char[] c, int i, char[] s) {
        if (i + s.length > c.length) return false;
        for (int k = 0; k < s.length; k++) {
            if (c[i + k] != s[k]) return false;
        }
        return true;
    }

    /** Where {@code s} is in {@code c} at or after {@code from}, else -1. */
    private static int indexOf(char[] c, char[] s, int from) {
        for (int i = from, last = c.length - s.length; i <= last; i++) {
            if (c[i] == s[0] && at(c, i, s)) return i;
        }
        return -1;
    }

    /** The index after the element whose opening and closing tags are {@code tags} opening at {@code open}, counting nested ones. */
    private static int afterElement(char[] c, int open, char[][] tags) {
        char[] start = tags[0];
        char[] end = tags[1];
        int depth = 0;
        int i = open;
        int s = -2; // the next opening at or after i, once looked for (-1: none)
        while (i < c.length) {
            if (s != -1 && s < i) s = indexOf(c, start, i); // not looked for again until passed
            int e = indexOf(c, end, i);
            if (e < 0) return c.length;
            if (s >= 0 && s < e) {
                depth++;
                i = s + start.length;
            } else {
                depth--;
                i = e + end.length;
                if (depth == 0) return i;
            }
        }
        return c.length;
    }
}
