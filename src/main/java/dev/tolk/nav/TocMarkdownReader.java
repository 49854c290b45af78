package dev.tolk.nav;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DocFX {@code toc.md}: each ATX heading is an entry, its {@code #} count its depth (an
 * entry is the child of the nearest heading above it with fewer {@code #}). A heading holds a
 * link {@code [Name](href)} (with an optional title), a link to a uid ({@code [Name](xref:uid)},
 * {@code [Name](@uid)}), a uid alone ({@code @uid}, {@code <xref:uid>}), or plain text (a group).
 * HTML comments, blank lines and a leading YAML header are skipped; any other line is reported
 * ({@code config/invalid}, as DocFX refuses "unknown syntax") and skipped.
 */
final class TocMarkdownReader {
    /** A heading of any depth: DocFX's TOC reader takes {@code #+}, not Markdown's six levels (BizTalk's go to 18). */
    private static final Pattern HEADING = Pattern.compile("(#+)(?:[ \\t]+|(?=[^#\\s]))(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern LINK = Pattern.compile("\\[(.*)\\]\\([ \\t]*<?([^\\s<>]*?)>?(?:[ \\t]+(?:\"[^\"]*\"|'[^']*'))?[ \\t]*\\)");
    private static final Pattern UID = Pattern.compile("@(?:\"([^\"]+)\"|'([^']+)'|(\\S+))|<xref:([^>\\s]+)>");

    private TocMarkdownReader() {
    }

    /** An entry being built, with its depth. */
    private static final class Open {
        final int level;
        final String name;
        final TocFile.Value href;
        final TocFile.Value uid;
        final int line;
        final int column;
        final List<Open> children = new ArrayList<>();

        Open(int level, String name, TocFile.Value href, TocFile.Value uid, int line, int column) {
            this.level = level;
            this.name = name;
            this.href = href;
            this.uid = uid;
            this.line = line;
            this.column = column;
        }

        TocFile.Entry entry() {
            List<TocFile.Entry> items = new ArrayList<>(children.size());
            for (Open c : children) items.add(c.entry());
            return new TocFile.Entry(name, href, uid, null, null, null, false, items, line, column);
        }
    }

    static List<TocFile.Entry> read(String text, FileReporter reporter) {
        String plain = blankComments(text);
        String[] lines = plain.split("\n", -1);
        List<Open> top = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int first = yamlHeaderEnd(lines);
        for (int n = first; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) indent++;
            if (indent == line.length()) continue;
            Matcher h = HEADING.matcher(line).region(indent, line.length());
            if (indent > 3 || !h.matches()) {
                reporter.reportAt(Rule.CONFIG_INVALID, n + 1, column(line, indent),
                        "not a TOC heading: a toc.md holds only headings such as '# [Name](href)'");
                continue;
            }
            Open open = heading(line, n + 1, h, reporter);
            if (open == null) continue;
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= open.level) stack.remove(stack.size() - 1);
            (stack.isEmpty() ? top : stack.get(stack.size() - 1).children).add(open);
            stack.add(open);
        }
        List<TocFile.Entry> entries = new ArrayList<>(top.size());
        for (Open o : top) entries.add(o.entry());
        return entries;
    }

    private static Open heading(String line, int lineNo, Matcher h, FileReporter reporter) {
        int level = h.group(1).length();
        String content = h.group(2);
        int at = h.start(2);
        int col = column(line, h.start(1));
        if (content.isEmpty()) {
            reporter.reportAt(Rule.CONFIG_INVALID, lineNo, col, "TOC heading has no text");
            return null;
        }
        Matcher link = LINK.matcher(content);
        if (link.matches()) {
            String target = link.group(2);
            TocFile.Value value = new TocFile.Value(target, lineNo, column(line, at + link.start(2)));
            if (target.isEmpty()) {
                reporter.reportAt(Rule.CONFIG_INVALID, lineNo, value.column(), "TOC heading links to nothing: '" + content + "'");
                return new Open(level, link.group(1).strip(), null, null, lineNo, col);
            }
            Matcher uid = UID.matcher(target);
            if (target.startsWith("@") && uid.matches()) return new Open(level, link.group(1).strip(), null, uidValue(uid, value), lineNo, col);
            if (target.regionMatches(true, 0, "xref:", 0, 5)) {
                return new Open(level, link.group(1).strip(), null,
                        new TocFile.Value(target.substring(5), lineNo, value.column() + 5), lineNo, col);
            }
            return new Open(level, link.group(1).strip(), value, null, lineNo, col);
        }
        Matcher uid = UID.matcher(content);
        if (uid.matches()) {
            return new Open(level, "", null, uidValue(uid, new TocFile.Value(content, lineNo, column(line, at))), lineNo, col);
        }
        return new Open(level, content, null, null, lineNo, col);
    }

    private static TocFile.Value uidValue(Matcher uid, TocFile.Value at) {
        for (int g = 1; g <= 4; g++) {
            if (uid.group(g) != null) return new TocFile.Value(uid.group(g), at.line(), at.column() + uid.start(g));
        }
        return at;
    }

    /** 1-based column, in code points, of a char index of a line. */
    private static int column(String line, int index) {
        return line.codePointCount(0, index) + 1;
    }

    /** The text with HTML comments turned into spaces (line breaks kept, so positions stay). */
    private static String blankComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) return text;
        StringBuilder sb = new StringBuilder(text);
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            int end = close < 0 ? text.length() : close + 3;
            for (int i = open; i < end; i++) {
                if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') sb.setCharAt(i, ' ');
            }
            open = close < 0 ? -1 : text.indexOf("<!--", end);
        }
        return sb.toString();
    }

    /** The first line after a leading {@code ---} YAML header, or 0 when there is none. */
    private static int yamlHeaderEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) return 0;
        for (int i = 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.equals("---") || s.equals("...")) return i + 1;
        }
        return 0;
    }
}
