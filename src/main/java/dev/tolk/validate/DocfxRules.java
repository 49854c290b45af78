package dev.tolk.validate;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import dev.tolk.parse.DocfxSyntax;
import dev.tolk.parse.RawBlocks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DocFX's Markdown extensions as written: an unknown {@code :::} extension or {@code [!div]}
 * class is {@code content/unsupported}; a directive Tolk knows but that is written wrongly is
 * {@code content/malformed}: {@code :::image} without {@code source} or {@code alt-text}, of an
 * unknown {@code type}, a complex image never ended; {@code :::code} without {@code source} or
 * {@code language}, a {@code range} or {@code highlight} that is not one; an end without its
 * start, a container left open; a {@code :::zone} without {@code pivot} or {@code target}, a
 * {@code :::moniker} without {@code range}; a line that starts like an include but is not one.
 * Positions are those of the directive in the file. Fenced code is skipped.
 */
final class DocfxRules {
    private static final Set<String> IMAGE_TYPES = Set.of("content", "icon", "complex");

    /** A container still open: its name and where it opened. */
    private record Open(String name, int start, int end) {
    }

    void check(Article article, FileReporter reporter) {
        check(article, reporter, Validator.CodeFiles.NONE);
    }

    void check(Article article, FileReporter reporter, Validator.CodeFiles code) {
        String text = article.text();
        if (!DocfxSyntax.mayHold(text) && text.indexOf("[!") < 0) return; // an alert keyword may be unknown too
        Deque<Open> open = new ArrayDeque<>();
        RawBlocks raw = new RawBlocks();
        int pos = article.bodyStart();
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? n : eol;
            String line = text.substring(pos, end);
            int lineStart = pos;
            int at = pos + DocfxSyntax.prefixEnd(line);
            String content = text.substring(at, end).strip();
            pos = eol < 0 ? n : eol + 1;
            // code and HTML blocks (a directive in a comment is none) are not read
            if (raw.accept(text, lineStart, end) != RawBlocks.Line.MARKDOWN || content.isEmpty()) continue;
            if (content.startsWith(":::") && DocfxSyntax.noLocAsText(content).startsWith(":::")) { // :::no-loc text="…"::: is text
                directive(content, at, at + content.length(), open, code, reporter);
            } else if (content.startsWith("[!")) {
                bracket(content, at, code, reporter);
                if (line.indexOf('>') >= 0 && line.indexOf('>') < at - lineStart) unknownAlert(content, at, reporter);
            } else if (content.startsWith("<span") && line.indexOf('>') >= 0 && line.indexOf('>') < at - lineStart) {
                // a keyword in a pair: '> <span data-ttu-id="…">[!SUGERENCIAS]</span><span class="sxs-lookup">…'
                Matcher m = PAIRED_MARKER.matcher(content);
                if (m.lookingAt()) unknownAlert(m.group(1), at + m.start(1), reporter);
            }
            inlineCode(text, lineStart, text.indexOf(content, at), end, reporter);
        }
        for (Open o : open) {
            reporter.report(Rule.CONTENT_MALFORMED, o.start(), o.end(), "':::" + o.name() + "' is never ended (':::"
                    + ("image".equals(o.name()) ? "image-end" : o.name() + "-end") + ":::' missing); it is closed at the end of the page");
        }
    }

    private static void directive(String content, int start, int end, Deque<Open> open, Validator.CodeFiles code,
                                  FileReporter reporter) {
        Matcher m = DocfxSyntax.TRIPLE.matcher(content);
        if (!m.matches()) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "'" + excerpt(content) + "' is not a DocFX directive (':::name attribute=\"value\":::')");
            return;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Map<String, String> a = DocfxSyntax.attributes(m.group(2));
        switch (name) {
            case "image" -> image(a, start, end, open, reporter);
            case "image-end" -> close("image", ":::image type=\"complex\"", start, end, open, reporter);
            case "code" -> {
                code(a, start, end, reporter);
                snippet(a, start, end, code, reporter);
            }
            default -> {
                if (DocfxSyntax.CONTAINERS.containsKey(name)) {
                    if (name.equals("zone") && !a.containsKey("pivot") && !a.containsKey("target")) {
                        reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::zone' needs a pivot=\"…\" or a target=\"…\"");
                    }
                    if (name.equals("moniker") && !a.containsKey("range")) {
                        reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::moniker' needs a range=\"…\"");
                    }
                    open.push(new Open(name, start, end));
                } else if (name.endsWith("-end") && DocfxSyntax.CONTAINERS.containsKey(name.substring(0, name.length() - 4))) {
                    String of = name.substring(0, name.length() - 4);
                    close(of, ":::" + of + ":::", start, end, open, reporter);
                } else {
                    reporter.report(Rule.CONTENT_UNSUPPORTED, start, end, "':::" + name
                            + "' is a DocFX extension Tolk does not render; the page shows a notice in its place");
                }
            }
        }
    }

    private static void image(Map<String, String> a, int start, int end, Deque<Open> open, FileReporter reporter) {
        String type = a.getOrDefault("type", "content").toLowerCase(Locale.ROOT);
        if (!IMAGE_TYPES.contains(type)) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::image' type '" + type + "' is not content, icon or complex");
        }
        if (a.getOrDefault("source", "").isBlank()) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::image' has no source=\"…\"");
        }
        if (!type.equals("icon") && a.getOrDefault("alt-text", "").isBlank()) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::image' has no alt-text=\"…\" (only type=\"icon\" may go without)");
        }
        if (type.equals("complex")) open.push(new Open("image", start, end));
    }

    private static void code(Map<String, String> a, int start, int end, FileReporter reporter) {
        if (a.getOrDefault("source", "").isBlank()) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::code' has no source=\"…\"");
        }
        if (a.getOrDefault("language", "").isBlank()) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::code' has no language=\"…\"");
        }
        for (String key : new String[] {"range", "highlight"}) {
            String v = a.get(key);
            if (v != null && !DocfxSyntax.validRange(v)) {
                reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::code' " + key + " '" + excerpt(v)
                        + "' is not a line range (such as 1-3,5,8-)");
            }
        }
        if (a.containsKey("range") && a.containsKey("id")) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "':::code' has both range and id; DocFX takes one");
        }
    }

    private static void close(String name, String opener, int start, int end, Deque<Open> open, FileReporter reporter) {
        boolean found = open.stream().anyMatch(o -> o.name().equals(name));
        if (!found) {
            reporter.report(Rule.CONTENT_MALFORMED, start, end, "end of '" + name + "' without its start ('" + opener + "')");
            return;
        }
        while (!open.peek().name().equals(name)) {
            Open inner = open.pop();
            reporter.report(Rule.CONTENT_MALFORMED, inner.start(), inner.end(), "':::" + inner.name()
                    + "' is not ended before the end of '" + name + "' that holds it");
        }
        open.pop();
    }

    /** A line starting {@code [!}: an include, a code reference or a div written wrongly, or a class outside the allow-list. */
    private static void bracket(String content, int start, Validator.CodeFiles code, FileReporter reporter) {
        int end = start + content.length();
        String lower = content.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[!include")) {
            if (!DocfxSyntax.INCLUDE_ANY.matcher(content).lookingAt()) {
                reporter.report(Rule.CONTENT_MALFORMED, start, end, "'" + excerpt(content)
                        + "' is not an include; write [!INCLUDE[title](path/to/file.md)]");
            }
        } else if (lower.startsWith("[!code")) {
            Matcher ref = DocfxSyntax.CODE_REF.matcher(content);
            if (!ref.matches()) {
                reporter.report(Rule.CONTENT_MALFORMED, start, end, "'" + excerpt(content)
                        + "' is not a code reference; write [!code-csharp[name](path/to/file.cs)]");
            } else {
                snippet(DocfxSyntax.codeReference(ref.group(1), ref.group(3)), start, end, code, reporter);
            }
        } else if (lower.startsWith("[!div")) {
            Matcher m = DocfxSyntax.DIV.matcher(content);
            if (!m.matches()) {
                reporter.report(Rule.CONTENT_MALFORMED, start, end, "'" + excerpt(content) + "' is not a div; write [!div class=\"name\"]");
                return;
            }
            for (String c : m.group(1).strip().split("\\s+")) {
                if (!c.isEmpty() && !DocfxSyntax.DIV_CLASSES.contains(c)) {
                    reporter.report(Rule.CONTENT_UNSUPPORTED, start, end, "[!div] class '" + excerpt(c)
                            + "' is not one Tolk knows (" + String.join(", ", new java.util.TreeSet<>(DocfxSyntax.DIV_CLASSES))
                            + "); it is dropped");
                }
            }
        }
    }

    /**
     * A {@code [!code-…]} reference inside a paragraph or a translated sentence (not one that begins its line, nor
     * one written as code): DocFX reads one only on a line of its own, so the page shows its syntax as text, and the
     * code is missing (Entity Framework ja-JP: two samples, no finding).
     */
    private static void inlineCode(String text, int lineStart, int contentStart, int end, FileReporter reporter) {
        for (int at = indexOfIgnoreCase(text, "[!code-", contentStart, end); at >= 0; at = indexOfIgnoreCase(text, "[!code-", at + 1, end)) {
            if (at == contentStart || inCodeSpan(text, lineStart, at)) continue; // a reference on its line; one written as code
            int close = text.indexOf(']', at);
            reporter.report(Rule.CONTENT_MALFORMED, at, close < 0 || close > end ? end : close + 1,
                    "'[!code-…]' inside a sentence is text: a code reference must be on a line of its own, so the page shows its syntax"
                    + " and not the code");
            return; // once a line: a pair's English half holds the same
        }
    }

    /** Whether an odd number of backticks precede {@code at} on its line: inside a code span. */
    private static boolean inCodeSpan(String text, int lineStart, int at) {
        int ticks = 0;
        for (int i = lineStart; i < at; i++) {
            if (text.charAt(i) == '`') ticks++;
        }
        return ticks % 2 == 1;
    }

    /**
     * Where {@code what} (which starts with {@code [}) is in {@code text} between {@code from} and {@code end}, in any letter
     * case; -1 if not. It looks no further than {@code end}: a search for the next {@code [} of the whole text, from
     * every line, read to the end of the article from each line after its last bracket.
     */
    private static int indexOfIgnoreCase(String text, String what, int from, int end) {
        for (int i = from, last = end - what.length(); i <= last; i++) {
            if (text.charAt(i) == '[' && text.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    /**
     * A code directive's snippet ({@code id}, {@code name=}) or {@code range} that its file lacks: the page shows a notice
     * in its place, as DocFX warns "cannot find region". Said only where the file is read ({@code code}); a file that
     * does not exist is the link checker's.
     */
    private static void snippet(java.util.Map<String, String> a, int start, int end, Validator.CodeFiles code, FileReporter reporter) {
        String source = a.getOrDefault("source", "");
        String id = a.get("id");
        String range = a.get("range");
        if (source.isEmpty() || (id == null || id.isBlank()) && (range == null || range.isBlank())) return;
        String path = source.indexOf('\\') >= 0 && source.indexOf(':') < 0 ? source.replace('\\', '/') : source;
        java.util.Optional<String> text = code.text(path);
        if (text.isEmpty()) return;
        dev.tolk.parse.CodeSnippets.Selection s = dev.tolk.parse.CodeSnippets.select(text.get(), id, range, null);
        if (!s.found()) {
            reporter.report(Rule.LINK_MISSING_ANCHOR, start, end, "code file '" + excerpt(source) + "' has no snippet '" + excerpt(id.strip())
                    + "' (no <" + excerpt(id.strip()) + "> tags or #region of that name): the page shows a notice in its place");
        } else if (s.lines().isEmpty() && range != null && DocfxSyntax.validRange(range)) { // one written wrongly is said above
            reporter.report(Rule.LINK_MISSING_ANCHOR, start, end, "range '" + excerpt(range) + "' selects no line of code file '"
                    + excerpt(source) + "': the page shows a notice in its place");
        }
    }

    /** A block quote's {@code [!WORD]} alone on its line: DocFX's alerts and Tolk's own markers. */
    private static final Pattern ALERT_LINE = Pattern.compile("\\[!([\\p{L}][\\p{L}\\p{M}_-]*)\\]");
    /** A line's translation that is a {@code [!WORD]} alone, its lookup after it. */
    private static final Pattern PAIRED_MARKER = Pattern.compile("<span data-ttu-id=\"[^\"]*\">(\\[![^\\]<]*\\])</span>\\s*<span class=\"sxs-lookup\">");
    private static final Set<String> KNOWN_MARKERS = Set.of("note", "tip", "important", "caution", "warning", "video", "calculator",
            "include", "div", "code");

    /**
     * {@code > [!TIPPEK]}: an alert keyword DocFX does not know, most often one a translation translated, which the
     * page shows as text in a plain block quote (a real hu-HU docset's {@code [!TIPPEK]} for {@code [!TIP]}).
     */
    private static void unknownAlert(String content, int start, FileReporter reporter) {
        Matcher m = ALERT_LINE.matcher(content);
        if (!m.matches() || KNOWN_MARKERS.contains(m.group(1).toLowerCase(Locale.ROOT))) return;
        reporter.report(Rule.CONTENT_UNSUPPORTED, start, start + content.length(), "'" + excerpt(content) + "' is no DocFX alert"
                + " (NOTE, TIP, IMPORTANT, CAUTION, WARNING), so the page shows it as text (a translation keeps the keyword in English)");
    }

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
