package dev.tolk.parse;

import dev.tolk.model.Article;
import dev.tolk.model.Link;
import dev.tolk.model.TranslationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links an article shows its readers, with the offsets of each address: inline links and
 * images, reference definitions, autolinks, and {@code href}/{@code src} of raw HTML; and the
 * files and uids of DocFX's extensions: includes, {@code :::image} and {@code :::code} sources,
 * {@code [!code-…]} references, {@code xref:} links ({@code <xref:uid>}, {@code [text](xref:uid)},
 * {@code <xref href="uid">}, the quoted shorthand {@code @"uid"}; a bare {@code @word} is most often a mention). Tab links ({@code #tab/id}) are not links. The English lookup halves
 * are skipped (they repeat the links of the translation, and are checked where the English is
 * the page), as are fenced code blocks and code spans. One linear pass.
 */
public final class LinkExtractor {
    /**
     * A link reference definition on one line: the label, the destination (group 2), then at most
     * a title and nothing else up to the line's end, as CommonMark says (so a footnote
     * {@code [^1]: Some text.} or {@code [a]: b.md and more} is a paragraph, not a link).
     */
    /** A definition as written anywhere in a line, though it may define nothing: a label, then a colon (or a full-width one). */
    private static final Pattern WRITTEN_DEFINITION = Pattern.compile("\\[([^\\]\\n\\[]+)\\][ \\t]*[:\uFF1A]");
    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^ {0,3}\\[([^\\]\\n]+)\\]:[ \\t]*(<[^>\\n]*>|\\S+)(?:[ \\t]+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?[ \\t]*$");
    private static final Pattern HTML_ATTRIBUTE =
            Pattern.compile("(?i)\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
    /** The opening of a DocFX reference to a file: {@code [!INCLUDE[}, {@code [!code-cs[}, {@code [!code[}. */
    private static final Pattern FILE_REFERENCE = Pattern.compile("(?i)\\[!(include|code(?:-[A-Za-z0-9+#.-]+)?)\\s*\\[");
    /** A {@code :::image} or {@code :::code} attribute naming a file. */
    private static final Pattern DIRECTIVE_FILE =
            Pattern.compile("(?i)\\b(source|lightbox|link)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** The characters {@link #extract} looks at: any other is passed over. */
    private static final boolean[] MAY_START = new boolean[97];

    static {
        for (char c : "\\`]<[:@".toCharArray()) MAY_START[c] = true;
    }

    public List<Link> extract(Article article) {
        String text = article.text();
        int[] skipped = skippedRanges(article);
        List<Link> links = new ArrayList<>();
        int[] lastDefinition = {-1, 0}; // the line of the last definition-like line met, and whether it was one
        References references = new References();
        int skip = 0;
        int i = article.bodyStart();
        int n = text.length();
        while (i < n) {
            while (skip < skipped.length && skipped[skip + 1] <= i) skip += 2;
            if (skip < skipped.length && skipped[skip] <= i) {
                i = skipped[skip + 1];
                continue;
            }
            // up to the next character that may start a link (or the next skipped range), nothing to read
            int limit = skip < skipped.length ? skipped[skip] : n;
            char c = text.charAt(i);
            while (c >= MAY_START.length || !MAY_START[c]) {
                if (++i == limit) break;
                c = text.charAt(i);
            }
            if (i == limit) continue;
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i = afterCodeSpan(text, i);
            } else if (c == ']' && i + 1 < n && text.charAt(i + 1) == '[') {
                i = references.use(text, i);
            } else if (c == ']' && i + 1 < n && text.charAt(i + 1) == '(') {
                // what makes no link in CommonMark ([a](b c)) is text on the page, and no link to check
                i = LinkDestination.end(text, i + 2) < 0 ? i + 2 : inline(text, i + 2, links);
            } else if (c == '<' && text.startsWith("<!--", i)) {
                // a comment is not shown, and Markdig makes no link of what it holds
                int close = text.indexOf("-->", i + 4);
                i = close < 0 ? i + 4 : close + 3;
            } else if (c == '<') {
                i = tag(text, i, links);
            } else if (c == '[' && i + 1 < n && text.charAt(i + 1) == '!') {
                i = fileReference(text, i, links);
            } else if (c == '[' && atLineStart(text, i)) {
                i = definition(text, i, links, lastDefinition, references);
            } else if (c == ':' && text.startsWith(":::", i) && (onlyQuotesBefore(text, i) || text.regionMatches(true, i + 3, "image ", 0, 6))) {
                i = directive(text, i, links);
            } else if (c == '@') {
                int close = inIndentedLine(text, i) ? -1 : quotedShorthandAt(text, i);
                if (close > 0) links.add(new Link(Link.Kind.XREF, "xref:" + text.substring(i + 2, close), i + 2, close));
                i = close > 0 ? close + 1 : i + 1;
            } else {
                i++;
            }
        }
        references.undefined(text, links);
        return links;
    }

    /**
     * The full and collapsed reference links of a file ({@code [text][label]}, {@code [label][]}) and the labels its
     * definitions give. One whose label no definition gives is no link: CommonMark shows it as written, brackets and
     * all. It is reported only where the file writes that label's definition in a way that defines nothing (after a
     * paragraph's text, or inside a translation unit's span, with a full-width colon): how a translation broke 90 such
     * links of a real zh-CN docset. Brackets with no such line are text on purpose ({@code [/q][w][e]} in a command's
     * syntax, {@code [Domain\][UserName]}, {@code [1][3]}). Not one whose text is itself a label (that part is a link).
     */
    private static final class References {
        private record Use(String label, String text, String written, int start, int end) {
        }

        private final List<Use> uses = new ArrayList<>(0);
        private final java.util.Set<String> defined = new java.util.HashSet<>();

        /** Notes the reference whose text closes at {@code close} (a {@code ]} before {@code [}); returns where to read on (the label too is read). */
        int use(String text, int close) {
            int labelEnd = text.indexOf(']', close + 2);
            int lineEnd = text.indexOf('\n', close);
            int open = text.lastIndexOf('[', close);
            int lineStart = text.lastIndexOf('\n', close) + 1;
            if (labelEnd < 0 || lineEnd >= 0 && labelEnd > lineEnd || open < lineStart) return close + 1;
            String label = text.substring(close + 2, labelEnd);
            // [a][b](c) is text and an inline link; a label cannot hold '[', a footnote is none
            if (label.indexOf('[') >= 0 || label.startsWith("^") || labelEnd + 1 < text.length() && text.charAt(labelEnd + 1) == '(') {
                return close + 1;
            }
            String shown = text.substring(open + 1, close);
            int start = label.isBlank() ? open + 1 : close + 2;
            int end = label.isBlank() ? close : labelEnd;
            String written = label.isBlank() ? shown : label;
            uses.add(new Use(normalize(written), normalize(shown), written, start, end));
            return close + 1;
        }

        void define(String label) {
            defined.add(normalize(label));
        }

        /**
         * Adds to {@code links} each reference whose label no definition of {@code text} gives, though a line of it
         * writes one ({@link Link.Kind#UNDEFINED_REFERENCE}).
         */
        void undefined(String text, List<Link> links) {
            java.util.Set<String> written = null;
            for (Use u : uses) {
                if (u.label().isEmpty() || defined.contains(u.label()) || defined.contains(u.text())) continue;
                if (written == null) {
                    written = new java.util.HashSet<>();
                    Matcher m = WRITTEN_DEFINITION.matcher(text);
                    while (m.find()) written.add(normalize(m.group(1)));
                }
                if (written.contains(u.label())) links.add(new Link(Link.Kind.UNDEFINED_REFERENCE, u.written(), u.start(), u.end()));
            }
        }

        /** A label as CommonMark matches it: case-folded, inner white space one space, trimmed. */
        private static String normalize(String label) {
            return label.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The paths the include directives of {@code text} name, as written, in order: every
     * {@code [!INCLUDE[…](path)]} of the whole text, code, comments and front matter too. More
     * than a page shows, never less: what may show an include, read without parsing the file.
     */
    public static List<String> includeTargets(String text) {
        List<String> out = new ArrayList<>(0);
        for (int i = text.indexOf("[!"); i >= 0; i = text.indexOf("[!", i + 2)) {
            if (!text.regionMatches(true, i + 2, "include", 0, 7)) continue;
            List<Link> found = new ArrayList<>(1);
            fileReference(text, i, found);
            for (Link l : found) out.add(l.target());
        }
        return out;
    }

    /**
     * Where the closing quote of DocFX's quoted shorthand cross reference at {@code at} is
     * ({@code @"uid"} or {@code @'uid'}, not right after a backslash, a letter or a digit: after a space, a bracket, a
     * tag such as a translation's {@code <span data-ttu-id="…">}, or the start; the uid not empty and on one line);
     * else -1.
     */
    public static int quotedShorthandAt(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != '@') return -1;
        char quote = text.charAt(at + 1);
        if (quote != '"' && quote != '\'') return -1;
        if (at > 0 && (text.charAt(at - 1) == '\\' || Character.isLetterOrDigit(text.charAt(at - 1)))) return -1;
        for (int i = at + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote) return i > at + 2 ? i : -1;
            if (c == '\n' || c == '<' || c == '>') return -1;
        }
        return -1;
    }

    /** Whether the line of {@code at} starts with four spaces or a tab: most often code (an indented block), where {@code @"…"} is C#. */
    private static boolean inIndentedLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        return text.startsWith("    ", start) || text.startsWith("\t", start);
    }

    /** The lookup halves and fenced code blocks, sorted by start: each range's start and end, one after the other. */
    private static int[] skippedRanges(Article article) {
        List<int[]> ranges = new ArrayList<>();
        for (TranslationUnit u : article.units()) {
            if (u.sourceStart() >= 0) ranges.add(new int[] {u.sourceStart(), u.sourceEnd()});
        }
        String text = article.text();
        RawBlocks raw = new RawBlocks(); // code only: an HTML block's <a href> is a link, its comments are skipped below
        int codeStart = -1;
        int pos = article.bodyStart();
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int lineEnd = eol < 0 ? text.length() : eol;
            boolean code = raw.accept(text, pos, lineEnd) == RawBlocks.Line.CODE;
            if (code && codeStart < 0) codeStart = pos;
            if (!code && codeStart >= 0) {
                ranges.add(new int[] {codeStart, pos - 1});
                codeStart = -1;
            }
            pos = lineEnd + 1;
        }
        if (codeStart >= 0) ranges.add(new int[] {codeStart, text.length()});
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] flat = new int[ranges.size() * 2];
        for (int r = 0; r < ranges.size(); r++) {
            flat[2 * r] = ranges.get(r)[0];
            flat[2 * r + 1] = ranges.get(r)[1];
        }
        return flat;
    }

    private static int afterCodeSpan(String text, int i) {
        int run = i;
        while (run < text.length() && text.charAt(run) == '`') run++;
        String ticks = text.substring(i, run);
        int close = text.indexOf(ticks, run);
        int paragraphEnd = text.indexOf("\n\n", run);
        if (close < 0 || paragraphEnd >= 0 && close > paragraphEnd) return run;
        return close + ticks.length();
    }

    /**
     * The destination after {@code ](} (after spaces and up to one line break, as CommonMark allows): its first token,
     * without {@code <>}, its backslash escapes read ({@code xref:M\\(System.Int32\\)} names {@code M(System.Int32)});
     * returns where to go on.
     */
    private static int inline(String text, int from, List<Link> links) {
        int i = skipSpaces(text, from);
        int n = text.length();
        if (i < n && text.charAt(i) == '\r') i++;
        if (i < n && text.charAt(i) == '\n') i = skipSpaces(text, i + 1);
        int start = i;
        int end;
        if (i < n && text.charAt(i) == '<') {
            int close = text.indexOf('>', i);
            int nl = text.indexOf('\n', i);
            if (close < 0 || nl >= 0 && nl < close) return from;
            start = i + 1;
            end = close;
        } else {
            int depth = 0;
            end = i;
            while (end < n) {
                char c = text.charAt(end);
                if (c == '\\') {
                    end += 2;
                    continue;
                }
                if (Character.isWhitespace(c) || c == '<') break;
                if (c == '(') depth++;
                if (c == ')' && depth-- == 0) break;
                end++;
            }
            end = Math.min(end, n);
        }
        String target = unescape(text.substring(start, end));
        if (target.startsWith("#tab/")) return Math.max(end, from); // a DocFX tab heading, not a link
        // a Windows path (..\\b.md) is a path, as DocFX reads it; an address with a scheme is left alone
        if (target.indexOf('\\') >= 0 && !target.regionMatches(true, 0, "xref:", 0, 5) && !target.contains(":")) {
            target = target.replace('\\', '/');
        }
        boolean xref = target.regionMatches(true, 0, "xref:", 0, 5);
        links.add(new Link(xref ? Link.Kind.XREF : Link.Kind.INLINE, target, start, end));
        return Math.max(end, from);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i;
    }

    /** A destination with its backslash escapes of ASCII punctuation read, as CommonMark reads them. */
    private static String unescape(String destination) {
        if (destination.indexOf('\\') < 0) return destination;
        StringBuilder b = new StringBuilder(destination.length());
        for (int k = 0; k < destination.length(); k++) {
            char c = destination.charAt(k);
            if (c == '\\' && k + 1 < destination.length() && Punctuation.isAscii(destination.charAt(k + 1))) c = destination.charAt(++k);
            b.append(c);
        }
        return b.toString();
    }

    /**
     * {@code [!INCLUDE[title](path)]} or {@code [!code-lang[name](path#snippet?range=…)]}: the
     * file, without the query and fragment that pick lines of a code file. Anything else
     * ({@code [!NOTE]}, {@code [!div …]}) goes on as text.
     */
    private static int fileReference(String text, int i, List<Link> links) {
        Matcher m = FILE_REFERENCE.matcher(text).region(i, Math.min(text.length(), i + 64));
        if (!m.lookingAt()) return i + 1;
        boolean include = m.group(1).equalsIgnoreCase("include");
        int close = text.indexOf("](", m.end());
        int nl = text.indexOf('\n', m.end());
        if (close < 0 || nl >= 0 && nl < close) return m.end();
        List<Link> found = new ArrayList<>(1);
        int after = inline(text, close + 2, found);
        if (found.isEmpty()) return after;
        Link l = found.get(0);
        String target = l.target();
        int cut = include ? -1 : firstOf(target, '?', '#');
        int end = cut < 0 ? l.end() : l.start() + cut;
        links.add(new Link(include ? Link.Kind.INCLUDE : Link.Kind.CODE, text.substring(l.start(), end), l.start(), end));
        return after;
    }

    /** A {@code :::image} or {@code :::code} line: the files its {@code source} (and {@code lightbox}) name. */
    private static int directive(String text, int i, List<Link> links) {
        int eol = text.indexOf('\n', i);
        int end = eol < 0 ? text.length() : eol;
        int nameEnd = i + 3;
        while (nameEnd < end && text.charAt(nameEnd) == ' ') nameEnd++;
        boolean code = text.regionMatches(true, nameEnd, "code", 0, 4);
        if (!code && !text.regionMatches(true, nameEnd, "image", 0, 5)) return end;
        Matcher m = DIRECTIVE_FILE.matcher(text).region(nameEnd, end);
        while (m.find()) {
            int g = m.group(2) != null ? 2 : 3;
            String target = m.group(g);
            if (target.indexOf('\\') >= 0 && target.indexOf(':') < 0) target = target.replace('\\', '/'); // a Windows path, as above
            int cut = code ? firstOf(target, '?', '#') : -1;
            int s = m.start(g);
            int e = cut < 0 ? m.end(g) : s + cut;
            // an image's link="…" is a link a reader follows (a page), its source and lightbox are files
            Link.Kind kind = code ? Link.Kind.CODE : m.group(1).equalsIgnoreCase("link") ? Link.Kind.INLINE : Link.Kind.DIRECTIVE;
            links.add(new Link(kind, target.substring(0, e - s), s, e));
        }
        return end;
    }

    private static int firstOf(String s, char a, char b) {
        int x = s.indexOf(a);
        int y = s.indexOf(b);
        return x < 0 ? y : y < 0 ? x : Math.min(x, y);
    }

    private static final Pattern ANCHOR_ATTRIBUTE = Pattern.compile("(?i)\\s(?:id|name)\\s*=");

    private static int tag(String text, int i, List<Link> links) {
        // only <a, <img, <xref and <http(s)://… may hold a link: not the pairs' <span and </span>
        char first = i + 1 < text.length() ? (char) (text.charAt(i + 1) | 0x20) : ' ';
        if (first != 'a' && first != 'i' && first != 'x' && first != 'h') return i + 1;
        int close = text.indexOf('>', i);
        if (close < 0) return i + 1;
        int nameEnd = i + 1;
        while (nameEnd < close && Character.isLetterOrDigit(text.charAt(nameEnd))) nameEnd++;
        String name = text.substring(i + 1, nameEnd);
        if (name.regionMatches(true, 0, "http", 0, 4) && text.startsWith("://", nameEnd - (name.length() - name.indexOf(':') < 0 ? 0 : 0))
                || text.startsWith("https://", i + 1) || text.startsWith("http://", i + 1)) {
            String url = text.substring(i + 1, close);
            if (url.indexOf(' ') < 0 && url.indexOf('\n') < 0) links.add(new Link(Link.Kind.AUTOLINK, url, i + 1, close));
            return close + 1;
        }
        if (name.equalsIgnoreCase("xref") && nameEnd < close && text.charAt(nameEnd) == ':') {
            links.add(new Link(Link.Kind.XREF, text.substring(i + 1, close), i + 1, close));
            return close + 1;
        }
        boolean xrefTag = name.equalsIgnoreCase("xref");
        boolean a = name.equalsIgnoreCase("a") || xrefTag;
        if (!a && !name.equalsIgnoreCase("img")) return i + 1;
        Matcher m = HTML_ATTRIBUTE.matcher(text).region(nameEnd, close);
        // <a href="" id="x"></a> is an anchor to land on (Microsoft's localized files have them), no link to follow
        boolean anchor = a && !xrefTag && ANCHOR_ATTRIBUTE.matcher(text).region(nameEnd, close).find();
        while (m.find()) {
            String attribute = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (a != attribute.equals("href")) continue;
            int g = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            if (anchor && m.group(g).isBlank()) continue;
            if (xrefTag) links.add(new Link(Link.Kind.XREF, "xref:" + m.group(g), m.start(g), m.end(g)));
            else links.add(new Link(a ? Link.Kind.HTML_HREF : Link.Kind.HTML_SRC, m.group(g), m.start(g), m.end(g)));
        }
        return close + 1;
    }

    /** Whether only indentation and block-quote markers stand before {@code i} on its line (a directive in a list item or quote). */
    private static boolean onlyQuotesBefore(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '>')) j--;
        return j < 0 || text.charAt(j) == '\n';
    }

    /**
     * Whether the line at {@code lineStart} goes on a paragraph, where CommonMark reads no definition (one cannot
     * interrupt a paragraph): the line before it holds text, and is no definition, heading, thematic break or fence; a
     * definition-like line after such text is text too, and so is the next ({@code lastDefinition}: the line of the
     * last definition-like line met, and whether it was a definition, so a run of them is judged in one pass). A
     * translation that wraps a definition in a unit's span makes the definitions after it paragraph text, shown as
     * written (a real zh-CN docset: 43 such lines, whose targets were checked as links).
     */
    private static boolean continuesAParagraph(String text, int lineStart, int[] lastDefinition) {
        if (lineStart == 0) return false;
        int before = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (before == lastDefinition[0]) return lastDefinition[1] == 0;
        String line = text.substring(before, lineStart - 1).strip();
        return !(line.isEmpty() || line.startsWith("#") || line.startsWith("```") || line.startsWith("~~~") || line.startsWith("---")
                || line.startsWith("***") || line.startsWith("___") || line.endsWith("-->"));
    }

    private static boolean atLineStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ' && i - j <= 3) j--;
        return j < 0 || text.charAt(j) == '\n';
    }

    private static int definition(String text, int i, List<Link> links, int[] lastDefinition, References references) {
        int lineStart = text.lastIndexOf('\n', i) + 1;
        Matcher m = DEFINITION.matcher(text).region(lineStart, text.length());
        if (!m.lookingAt()) return i + 1;
        boolean paragraph = continuesAParagraph(text, lineStart, lastDefinition);
        lastDefinition[0] = lineStart;
        lastDefinition[1] = paragraph ? 0 : 1;
        if (paragraph) return m.end();
        references.define(m.group(1));
        int s = m.start(2);
        int e = m.end(2);
        if (text.charAt(s) == '<') {
            s++;
            e--;
        }
        links.add(new Link(Link.Kind.DEFINITION, text.substring(s, e), s, e));
        return m.end();
    }
}
