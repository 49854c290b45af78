package dev.tolk.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The seven ways CommonMark starts an HTML block on a line, and how each ends ("HTML blocks"), as flexmark reads
 * them, the renderer's parser: its first kind is {@code <script}, {@code <pre} and {@code <style}, its block tags
 * (the sixth kind) its own list, and a whole tag of any name (the seventh).
 */
final class HtmlBlockStart {
    private static final Set<String> VERBATIM = Set.of("script", "pre", "style");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont", "blockquote",
            "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hr", "html", "iframe", "legend", "li", "link", "main", "math", "menu", "menuitem", "meta", "nav",
            "noframes", "ol", "optgroup", "option", "p", "param", "section", "source", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "title", "tr", "track", "ul");
    /** A complete open or closing tag and nothing after it but spaces (the seventh kind). */
    private static final Pattern WHOLE_TAG = Pattern.compile("(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*"
            + "(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)[ \\t]*");

    private HtmlBlockStart() {
    }

    /**
     * How the HTML block that starts at {@code i} (a {@code <}) ends: the text that ends it on some line, in lower
     * case ({@code -->}, {@code </script>}…), or "" for a blank line; null when no HTML block starts there. The
     * seventh kind (a whole tag alone) cannot interrupt a paragraph.
     */
    static String end(CharSequence text, int i, int end, boolean inParagraph) {
        if (i + 1 >= end || text.charAt(i) != '<') return null;
        if (startsWith(text, i, end, "<!--")) return "-->";
        if (startsWith(text, i, end, "<?")) return "?>";
        if (startsWith(text, i, end, "<![CDATA[")) return "]]>";
        if (text.charAt(i + 1) == '!' && i + 2 < end && isAsciiLetter(text.charAt(i + 2))) return ">";
        boolean closing = text.charAt(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < end && (isAsciiLetter(text.charAt(nameEnd)) || nameEnd > nameStart && isNameChar(text.charAt(nameEnd)))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) return null;
        String name = text.subSequence(nameStart, nameEnd).toString().toLowerCase(Locale.ROOT);
        char after = nameEnd < end ? text.charAt(nameEnd) : ' ';
        boolean ends = nameEnd == end || after == ' ' || after == '\t' || after == '>';
        if (!closing && VERBATIM.contains(name) && ends) return "</" + name + ">";
        if (BLOCK_TAGS.contains(name) && (ends || after == '/' && nameEnd + 1 < end && text.charAt(nameEnd + 1) == '>')) return "";
        if (inParagraph) return null;
        return aloneOnLine(text, i, end) && WHOLE_TAG.matcher(text).region(i, end).matches() ? "" : null;
    }

    /**
     * Whether the tag at {@code i} ends at a {@code >} with nothing after it but spaces and tabs: what a whole tag
     * alone needs, told without the regex (a paired-span line, {@code <span …>text</span>…}, fails at its first
     * {@code >}; the regex on every such line was 3.6 % of a 10,000 x 3 build). A quote opens a quoted value, in
     * which a {@code >} does not end the tag: in a tag that {@link #WHOLE_TAG} matches, quotes are only there.
     */
    static boolean aloneOnLine(CharSequence text, int i, int end) {
        char quote = 0;
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                for (int j = k + 1; j < end; j++) {
                    if (text.charAt(j) != ' ' && text.charAt(j) != '\t') return false;
                }
                return true;
            }
        }
        return false;
    }

    /** The seventh kind as the regex alone tells it (for the test that holds {@link #aloneOnLine} to it). */
    static boolean wholeTag(CharSequence text, int i, int end) {
        return WHOLE_TAG.matcher(text).region(i, end).matches();
    }

    private static boolean startsWith(CharSequence text, int i, int end, String what) {
        if (i + what.length() > end) return false;
        for (int k = 0; k < what.length(); k++) {
            if (Character.toUpperCase(text.charAt(i + k)) != Character.toUpperCase(what.charAt(k))) return false;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-';
    }
}
