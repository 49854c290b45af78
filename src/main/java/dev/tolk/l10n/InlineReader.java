package dev.tolk.l10n;

import dev.tolk.l10n.Inline.Code;
import dev.tolk.l10n.Inline.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads the inline Markdown of one half of a pair into text and codes (DESIGN §10): emphasis and
 * links become paired codes, inline code, images, HTML tags and autolinks standalone codes, a
 * link whose other end is in another unit an isolated start or end. Escapes and entities are
 * decoded into text; what is not syntax stays text. One pass plus a stack: linear in the half.
 * Stateless and thread-safe.
 */
final class InlineReader {
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?/?>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto|ftp):[^\\s<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** HTML elements: {@code <app>} or {@code <user name>} is text a translator translates, {@code <br>} is a tag. */
    static final Set<String> HTML = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "del", "dfn",
            "div", "em", "font", "i", "img", "ins", "kbd", "mark", "nobr", "p", "q", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "table", "td", "th", "tr", "tt", "u", "ul", "ol", "li", "var", "wbr", "video", "iframe",
            "xref", "center", "hr", "pre", "details", "summary", "section", "image", "figure", "figcaption");

    /** A token of the first pass: text, a finished code, or a bracket or delimiter run to be paired. */
    private record Tok(Type type, String raw, String text, int start, int end, boolean canOpen, boolean canClose) {
    }

    private enum Type { TEXT, PH_CODE, PH_HTML, PH_LINK, PH_IMAGE, LINK_OPEN, LINK_CLOSE, BRACKET_CLOSE, DELIM }

    /** An open span waiting for its end: a link's {@code [} or an emphasis run. */
    private record Frame(Tok opener, List<Inline> children) {
    }

    /** The pieces of {@code markdown}, codes numbered 1, 2, … in reading order. */
    List<Inline> read(String markdown) {
        return Pieces.renumber(Pieces.merge(tree(tokens(markdown))));
    }

    private List<Tok> tokens(String s) {
        List<Tok> toks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int textStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            Tok tok = null;
            int hardBreak = hardBreakEnd(s, i);
            if (hardBreak > 0) {
                // a hard line break ("  " or "\\" before the line's end) is a code: a translator keeps it, the import writes it back
                tok = new Tok(Type.PH_HTML, s.substring(i, hardBreak), null, i, hardBreak, false, false);
            } else if (c == '\\' && i + 1 < n && dev.tolk.parse.Punctuation.isAscii(s.charAt(i + 1))) {
                if (text.isEmpty()) textStart = i;
                text.append(s.charAt(i + 1));
                i += 2;
                continue;
            } else if (c == '`') {
                tok = codeSpan(s, i);
            } else if (c == '!' && i + 1 < n && s.charAt(i + 1) == '[') {
                int end = linkEnd(s, i + 1);
                if (end > 0) tok = new Tok(Type.PH_IMAGE, s.substring(i, end), null, i, end, false, false);
            } else if (c == '[') {
                tok = new Tok(Type.LINK_OPEN, "[", null, i, i + 1, false, false);
            } else if (c == ']') {
                int end = destinationEnd(s, i + 1);
                tok = end > 0 ? new Tok(Type.LINK_CLOSE, s.substring(i, end), null, i, end, false, false)
                        : new Tok(Type.BRACKET_CLOSE, "]", null, i, i + 1, false, false);
            } else if (c == '<') {
                tok = tag(s, i);
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    if (text.isEmpty()) textStart = i;
                    text.append(Parser.unescapeEntities(m.group(), false));
                    i = m.end();
                    continue;
                }
            } else if (c == '*' || c == '_') {
                tok = delimiter(s, i);
            }
            if (tok == null) {
                if (text.isEmpty()) textStart = i;
                text.append(c);
                i++;
                continue;
            }
            if (!text.isEmpty()) {
                toks.add(new Tok(Type.TEXT, null, text.toString(), textStart, i, false, false));
                text.setLength(0);
            }
            toks.add(tok);
            i = tok.end();
        }
        if (!text.isEmpty()) toks.add(new Tok(Type.TEXT, null, text.toString(), textStart, n, false, false));
        return toks;
    }

    private static Tok codeSpan(String s, int i) {
        int run = i;
        while (run < s.length() && s.charAt(run) == '`') run++;
        int len = run - i;
        int p = run;
        while (p < s.length()) {
            int q = s.indexOf('`', p);
            if (q < 0) break;
            int r = q;
            while (r < s.length() && s.charAt(r) == '`') r++;
            if (r - q == len) return new Tok(Type.PH_CODE, s.substring(i, r), null, i, r, false, false);
            p = r;
        }
        return new Tok(Type.TEXT, null, s.substring(i, run), i, run, false, false);
    }

    private static Tok tag(String s, int i) {
        Matcher auto = AUTOLINK.matcher(s).region(i, s.length());
        if (auto.lookingAt()) return new Tok(Type.PH_LINK, auto.group(), null, i, auto.end(), false, false);
        Matcher m = TAG.matcher(s).region(i, s.length());
        if (!m.lookingAt()) return null;
        if (m.group(1) != null && !HTML.contains(m.group(1).toLowerCase(Locale.ROOT))) return null;
        return new Tok(Type.PH_HTML, m.group(), null, i, m.end(), false, false);
    }

    /** The end of {@code [text](dest)} or {@code [text][ref]} starting at the {@code [} at {@code open}, or -1. */
    private static int linkEnd(String s, int open) {
        int depth = 0;
        for (int p = open; p < s.length(); p++) {
            char c = s.charAt(p);
            if (c == '\\') {
                p++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return destinationEnd(s, p + 1);
            }
        }
        return -1;
    }

    /** After a {@code ]} at {@code at - 1}: the end of {@code (dest)} or {@code [ref]} there, or -1 when none follows. */
    static int destinationEnd(String s, int at) {
        if (at >= s.length()) return -1;
        char c = s.charAt(at);
        if (c == '[') {
            int close = s.indexOf(']', at + 1);
            int nested = s.indexOf('[', at + 1);
            return close < 0 || (nested >= 0 && nested < close) ? -1 : close + 1;
        }
        return c == '(' ? dev.tolk.parse.LinkDestination.end(s, at + 1) : -1;
    }

    /** A run of {@code *} or {@code _}, with CommonMark's flanking rules; null when it can neither open nor close (text). */
    private static Tok delimiter(String s, int i) {
        char c = s.charAt(i);
        int end = i;
        while (end < s.length() && s.charAt(end) == c) end++;
        if (end - i > 3) return null;
        dev.tolk.parse.DelimiterRun run = dev.tolk.parse.DelimiterRun.at(s, i, end);
        boolean canOpen = run.canOpen(c);
        boolean canClose = run.canClose(c);
        if (!canOpen && !canClose) return null;
        return new Tok(Type.DELIM, s.substring(i, end), null, i, end, canOpen, canClose);
    }

    private List<Inline> tree(List<Tok> toks) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame root = new Frame(null, new ArrayList<>());
        stack.push(root);
        for (Tok t : toks) {
            List<Inline> here = stack.peek().children();
            switch (t.type()) {
                case TEXT -> here.add(new Inline.Text(t.text(), t.start(), t.end()));
                case PH_CODE -> here.add(ph(Kind.CODE, t));
                case PH_HTML -> here.add(ph(Kind.HTML, t));
                case PH_LINK -> here.add(ph(Kind.CODE, t));
                case PH_IMAGE -> here.add(ph(Kind.IMAGE, t));
                case LINK_OPEN -> stack.push(new Frame(t, new ArrayList<>()));
                case LINK_CLOSE -> closeLink(stack, t);
                case BRACKET_CLOSE -> literalBracket(stack, t);
                case DELIM -> delimiter(stack, t);
            }
        }
        while (stack.size() > 1) unwind(stack);
        return root.children();
    }

    /**
     * Where a hard line break at {@code i} ends (two spaces or more, or a backslash, then the line's end, and the next
     * line's indentation), or -1.
     */
    private static int hardBreakEnd(String s, int i) {
        int j = i;
        char c = s.charAt(i);
        if (c != ' ' && c != '\\' || c == ' ' && i > 0 && s.charAt(i - 1) == ' ') return -1; // a run of spaces is read once
        if (c == '\\') {
            j = i + 1;
        } else {
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (j - i < 2) return -1;
        }
        if (j < s.length() && s.charAt(j) == '\r') j++;
        if (j >= s.length() || s.charAt(j) != '\n') return -1;
        j++;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        return j;
    }

    private static Inline.Ph ph(Kind kind, Tok t) {
        return new Inline.Ph(null, new Code(kind, t.raw(), ""), t.start(), t.end());
    }

    private static void closeLink(Deque<Frame> stack, Tok close) {
        if (!hasLink(stack)) {
            stack.peek().children().add(new Inline.Ec(null, new Code(Kind.LINK, close.raw(), ""), close.start(), close.end()));
            return;
        }
        while (stack.peek().opener().type() != Type.LINK_OPEN) unwind(stack);
        Frame link = stack.pop();
        stack.peek().children().add(new Inline.Pc(null, new Code(Kind.LINK, "[", close.raw()), link.children(),
                link.opener().start(), close.end()));
    }

    /** A {@code ]} with no destination after it: the {@code [} before it was text too ({@code [optional]}). */
    private static void literalBracket(Deque<Frame> stack, Tok close) {
        if (hasLink(stack)) {
            while (stack.peek().opener().type() != Type.LINK_OPEN) unwind(stack);
            Frame link = stack.pop();
            List<Inline> into = stack.peek().children();
            into.add(new Inline.Text("[", link.opener().start(), link.opener().end()));
            into.addAll(link.children());
        }
        stack.peek().children().add(new Inline.Text("]", close.start(), close.end()));
    }

    private static void delimiter(Deque<Frame> stack, Tok t) {
        if (t.canClose()) {
            for (Frame f : stack) {
                if (f.opener() == null || f.opener().type() == Type.LINK_OPEN) break;
                if (f.opener().raw().equals(t.raw())) {
                    while (stack.peek() != f) unwind(stack);
                    stack.pop();
                    Kind kind = t.raw().length() == 1 ? Kind.ITALIC : Kind.BOLD;
                    stack.peek().children().add(new Inline.Pc(null, new Code(kind, t.raw(), t.raw()), f.children(),
                            f.opener().start(), t.end()));
                    return;
                }
            }
        }
        if (t.canOpen()) {
            stack.push(new Frame(t, new ArrayList<>()));
        } else {
            stack.peek().children().add(ph(Kind.MARK, t));
        }
    }

    /** Closes the top frame without its end: a link's start stays as an isolated start, a delimiter as a standalone code. */
    private static void unwind(Deque<Frame> stack) {
        Frame f = stack.pop();
        List<Inline> into = stack.peek().children();
        Tok o = f.opener();
        into.add(o.type() == Type.LINK_OPEN
                ? new Inline.Sc(null, new Code(Kind.LINK, o.raw(), ""), o.start(), o.end())
                : ph(Kind.MARK, o));
        into.addAll(f.children());
    }

    private static boolean hasLink(Deque<Frame> stack) {
        for (Frame f : stack) {
            if (f.opener() != null && f.opener().type() == Type.LINK_OPEN) return true;
        }
        return false;
    }
}
