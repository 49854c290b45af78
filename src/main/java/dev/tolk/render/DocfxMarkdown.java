package dev.tolk.render;

import dev.tolk.parse.DocfxSyntax;
import dev.tolk.parse.RawBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DocFX Markdown extensions that work on lines rather than inside a paragraph: includes
 * ({@code [!INCLUDE[title](path)]}, on a line of their own or inline), {@code :::image},
 * inline non-localized strings ({@code :::no-loc text="…":::}, made plain text),
 * {@code :::code} and {@code [!code-…]}, the containers {@code :::row:::}/{@code :::column:::},
 * {@code :::zone} and {@code :::moniker}, and tab groups ({@code # [Label](#tab/id)} up to
 * a thematic break, {@code ---}, {@code ***} or {@code ___}). Before parsing, each such line becomes a token (punctuation characters and a
 * number, which no Markdown rule touches) in a paragraph of its own, inside the same block quote
 * or list item as the line; after rendering, {@link #finish} replaces each token with its HTML.
 * An unknown {@code :::} extension becomes a visible notice, never raw syntax. Fenced code is
 * left alone. Positioned diagnostics for the same lines are {@code DocfxRules}' (validate).
 */
final class DocfxMarkdown {
    static final char TOKEN = '\u2E2C';
    static final char TOKEN_END = '\u2E2D';

    private static final Pattern INCLUDE_ANY = DocfxSyntax.INCLUDE_ANY;
    private static final Pattern INCLUDE_LINE = DocfxSyntax.INCLUDE_LINE;
    private static final Pattern TRIPLE = DocfxSyntax.TRIPLE;
    private static final Pattern CODE_REF = DocfxSyntax.CODE_REF;
    private static final Pattern TAB = DocfxSyntax.TAB;
    private static final Pattern HEADING = Pattern.compile("(#{1,6})(?:\\s.*)?");
    /** A thematic break, any of CommonMark's ({@code ---}, {@code ***}, {@code ___}, {@code - - -}): each ends a tab group in DocFX. */
    private static final Pattern RULE = Pattern.compile("(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})");
    private static final Pattern INLINE_IMAGE = Pattern.compile("(?i):::image\\s+((?:(?!:::).)*?)\\s*:::");
    private static final Map<String, String> CONTAINERS = DocfxSyntax.CONTAINERS;
    /** Not inside a {@code :::column:::} (else: the indentation of its first content line, -1 before it). */
    private static final int NOT_IN_COLUMN = Integer.MIN_VALUE;

    /** One directive the tokens stand for. */
    sealed interface Directive {
    }

    record Include(String path, boolean block) implements Directive {
    }

    /** {@code :::image}: on a line of its own, or {@code inline} in a sentence or a table cell (never complex then). */
    record Image(Map<String, String> attributes, boolean complex, boolean inline) implements Directive {
    }

    record ImageEnd() implements Directive {
    }

    record Open(String kind, Map<String, String> attributes) implements Directive {
    }

    record Close(String kind) implements Directive {
    }

    /**
     * Code from a file: {@code :::code} attributes, or a {@code [!code-lang[](path)]} reference made into the same;
     * {@code written}: the directive as the writer wrote it (a notice that it cannot be shown quotes it).
     */
    record Code(Map<String, String> attributes, String written) implements Directive {
    }

    /** A tab heading: opens the tab (and, when {@code first}, the group); {@code label} stays in the text after the token. */
    record Tab(String id, int level, boolean first) implements Directive {
    }

    record TabsEnd() implements Directive {
    }

    record Unsupported(String syntax) implements Directive {
    }

    /** The Markdown with tokens, and what each token number stands for. */
    record Prepared(String markdown, List<Directive> directives) {
    }

    private DocfxMarkdown() {
    }

    static Prepared prepare(String markdown) {
        if (!DocfxSyntax.mayHold(markdown)) return new Prepared(markdown, List.of());
        List<Directive> directives = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        RawBlocks raw = new RawBlocks();
        int tabLevel = 0;
        int pos = 0;
        int n = markdown.length();
        int columnIndent = NOT_IN_COLUMN;
        String rowPrefix = null; // the prefix of the open :::row:::'s line
        while (pos < n) {
            int eol = markdown.indexOf('\n', pos);
            int end = eol < 0 ? n : eol;
            String line = markdown.substring(pos, end);
            int next = eol < 0 ? n : eol + 1;
            if (columnIndent != NOT_IN_COLUMN && !line.isBlank()) {
                // a column's content is indented under its directive, as DocFX writes it: not code
                int spaces = 0;
                while (spaces < line.length() && line.charAt(spaces) == ' ') spaces++;
                if (columnIndent < 0) columnIndent = spaces;
                line = line.substring(Math.min(spaces, columnIndent));
            }
            int contentStart = DocfxSyntax.prefixEnd(line);
            String prefix = line.substring(0, contentStart);
            String content = line.substring(contentStart).strip();
            pos = next;
            if (raw.accept(line) != RawBlocks.Line.MARKDOWN) { // code, or an HTML block: no directive in it
                out.append(line).append(eol < 0 ? "" : "\n");
                continue;
            }
            String texts = DocfxSyntax.noLocAsText(line);
            if (texts != line) { // :::no-loc text="…"::: is its text, inline: then the line is read as any other
                line = texts;
                contentStart = DocfxSyntax.prefixEnd(line);
                prefix = line.substring(0, contentStart);
                content = line.substring(contentStart).strip();
            }
            List<Directive> block = directives(content, tabLevel);
            if (block == null) {
                Matcher heading = HEADING.matcher(content);
                if (tabLevel > 0 && heading.matches() && heading.group(1).length() <= tabLevel) {
                    block(out, prefix, directives, new TabsEnd());
                    tabLevel = 0;
                }
                out.append(inlineImages(inlineIncludes(line, directives), directives)).append(eol < 0 ? "" : "\n");
                continue;
            }
            if (block.isEmpty()) { // a rule closing a tab group
                block(out, prefix, directives, new TabsEnd());
                tabLevel = 0;
                continue;
            }
            if (block.get(0) instanceof Tab tab) {
                Matcher m = TAB.matcher(content);
                m.matches();
                Tab t = new Tab(tab.id(), tab.level(), tabLevel == 0);
                tabLevel = tab.level();
                out.append(prefix).append('\n').append(prefix);
                token(out, directives, t);
                out.append(m.group(2)).append("\n").append(prefix).append('\n');
                continue;
            }
            for (Directive d : block) {
                // a column's directives may be indented under their row's (four spaces in, as DocFX's own tests write
                // them): no code block, but the row's own place (in a list item, a quote)
                boolean inRow = d instanceof Open o && o.kind().equals("column") || d instanceof Close c
                        && (c.kind().equals("column") || c.kind().equals("row"));
                if (d instanceof Open o && o.kind().equals("row")) rowPrefix = prefix;
                block(out, inRow && rowPrefix != null ? rowPrefix : prefix, directives, d);
                if (d instanceof Close c && c.kind().equals("row")) rowPrefix = null;
                if (d instanceof Open o && o.kind().equals("column")) columnIndent = -1;
                if (d instanceof Close c && c.kind().equals("column")) columnIndent = NOT_IN_COLUMN;
            }
            keepUnitMarkers(out, prefix, content);
        }
        if (tabLevel > 0) block(out, "", directives, new TabsEnd());
        return new Prepared(out.toString(), List.copyOf(directives));
    }

    /**
     * The directives a whole line stands for; null when it is not a directive line, empty for a
     * rule that ends the open tab group.
     */
    private static List<Directive> directives(String content, int tabLevel) {
        if (content.isEmpty()) return null;
        char first = content.charAt(0);
        if (first == ':' && content.startsWith(":::")) {
            Matcher m = TRIPLE.matcher(content);
            if (!m.matches()) return List.of(new Unsupported(content));
            String name = m.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = DocfxSyntax.attributes(m.group(2));
            if (name.equals("image")) {
                boolean complex = "complex".equalsIgnoreCase(attributes.get("type"));
                return List.of(new Image(attributes, complex, false));
            }
            if (name.equals("image-end")) return List.of(new ImageEnd());
            if (name.equals("code")) return List.of(new Code(attributes, content));
            if (CONTAINERS.containsKey(name)) return List.of(new Open(name, attributes));
            if (CONTAINERS.containsValue(name)) return List.of(new Close(name.substring(0, name.length() - 4)));
            return List.of(new Unsupported(content));
        }
        if (first == '[') {
            if (INCLUDE_LINE.matcher(content).matches()) {
                List<Directive> out = new ArrayList<>();
                Matcher m = INCLUDE_ANY.matcher(content);
                while (m.find()) out.add(new Include(m.group(2), true));
                return out;
            }
            Matcher code = CODE_REF.matcher(content);
            if (code.matches()) return List.of(new Code(DocfxSyntax.codeReference(code.group(1), code.group(3)), content));
            return null;
        }
        if (first == '#' && content.contains("](#tab/")) {
            Matcher m = TAB.matcher(content);
            if (m.matches()) return List.of(new Tab(m.group(3), m.group(1).length(), false));
            return null;
        }
        if (tabLevel > 0 && (first == '-' || first == '*' || first == '_') && RULE.matcher(content).matches()) return List.of();
        return null;
    }


    /**
     * The unit markers of a directive line, kept on a line of their own after it, so that a unit
     * written around a directive still has both ends (its text is the directive's).
     */
    private static void keepUnitMarkers(StringBuilder out, String prefix, String content) {
        StringBuilder markers = null;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c >= '\u2E30' && c <= '\u2E3F') {
                if (markers == null) markers = new StringBuilder();
                markers.append(c);
            }
        }
        if (markers != null) out.append(prefix).append(markers).append('\n').append(prefix.stripTrailing()).append('\n');
    }

    private static void block(StringBuilder out, String prefix, List<Directive> directives, Directive d) {
        String blank = prefix.stripTrailing();
        out.append(blank).append('\n').append(prefix);
        token(out, directives, d);
        out.append('\n').append(blank).append('\n');
    }

    private static void token(StringBuilder out, List<Directive> directives, Directive d) {
        out.append(TOKEN).append(directives.size()).append(TOKEN_END);
        directives.add(d);
    }

    private static String inlineIncludes(String line, List<Directive> directives) {
        if (line.indexOf("[!") < 0) return line;
        Matcher m = INCLUDE_ANY.matcher(line);
        if (!m.find()) return line;
        StringBuilder sb = new StringBuilder(line.length());
        int last = 0;
        do {
            sb.append(line, last, m.start());
            token(sb, directives, new Include(m.group(2), false));
            last = m.end();
        } while (m.find());
        return sb.append(line, last, line.length()).toString();
    }

    /**
     * {@code :::image …:::} inside a line (an icon in a sentence, an image in a table cell), which DocFX renders in
     * place; not in a code span.
     */
    private static String inlineImages(String line, List<Directive> directives) {
        int at = line.indexOf(":::");
        if (at < 0) return line;
        Matcher m = INLINE_IMAGE.matcher(line);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (inCodeSpan(line, m.start())) continue;
            if (sb == null) sb = new StringBuilder(line.length());
            sb.append(line, last, m.start());
            token(sb, directives, new Image(DocfxSyntax.attributes(m.group(1)), false, true));
            last = m.end();
        }
        return sb == null ? line : sb.append(line, last, line.length()).toString();
    }

    /** Whether an odd number of backticks comes before {@code at} on the line: then it is inside a code span. */
    private static boolean inCodeSpan(String line, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '`') ticks++;
        }
        return ticks % 2 == 1;
    }

    /** The rendered HTML with every token replaced by its directive's HTML. */
    static String finish(String html, List<Directive> directives, DocfxHtml writer) {
        if (directives.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html.length() + directives.size() * 64);
        int pos = 0;
        while (true) {
            int t = html.indexOf(TOKEN, pos);
            if (t < 0) break;
            int e = html.indexOf(TOKEN_END, t);
            int index = e < 0 ? -1 : parseIndex(html, t + 1, e);
            if (index < 0 || index >= directives.size()) {
                out.append(html, pos, t + 1);
                pos = t + 1;
                continue;
            }
            boolean openP = t >= 3 + pos && html.startsWith("<p>", t - 3);
            boolean closeP = html.startsWith("</p>", e + 1);
            Directive d = directives.get(index);
            if (d instanceof Tab tab) {
                out.append(html, pos, openP ? t - 3 : t);
                writer.tab(out, tab);
                pos = e + 1;
                continue;
            }
            boolean whole = openP && closeP;
            out.append(html, pos, whole ? t - 3 : t);
            writer.write(out, d, whole || !(d instanceof Include i) || i.block());
            pos = whole ? e + 1 + 4 : e + 1;
        }
        out.append(html, pos, html.length());
        writer.closeAll(out);
        return out.toString();
    }

    private static int parseIndex(String s, int from, int to) {
        if (to <= from || to - from > 9) return -1;
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
