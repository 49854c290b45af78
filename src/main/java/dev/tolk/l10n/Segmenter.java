package dev.tolk.l10n;

import dev.tolk.parse.RawBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the body of a source-locale article into the sentences a translator translates, as
 * offset ranges of the file (DESIGN §10): headings, list items, table cells, lines of a quote and
 * paragraphs, paragraphs split into sentences. A sentence is never split inside a link, emphasis
 * or code, so a link stays inside its sentence. Code blocks, HTML blocks, DocFX directives,
 * reference definitions, rules and ranges without letters are left out. Thread-safe.
 */
final class Segmenter {
    private static final Pattern HEADING = Pattern.compile("(#{1,6})[ \\t]+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+]|[0-9]{1,9}[.)])[ \\t]+");
    private static final Pattern RULE = Pattern.compile("(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|=+)");
    private static final Pattern DIRECTIVE = Pattern.compile("(?:\\[!(?:INCLUDE|div|VIDEO|NOTE|TIP|IMPORTANT|WARNING|CAUTION|code|CALCULATOR)\\b|:::|\\[[^\\]]+\\]:\\s).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_BLOCK = Pattern.compile("<(?:!--|/?(?:div|table|tr|td|th|tbody|thead|p|ul|ol|li|br|img|iframe|video|section|details|summary|pre|hr|center)\\b).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:name|id)\\s*=\\s*\"[^\"]*\"\\s*>\\s*</a>\\s*");
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'”’)]*(\\s+)(?=[\\p{Lu}\\p{N}\"“‘(\\[*_`<])");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "no", "st",
            "approx", "inc", "ltd", "fig", "cf", "min", "max", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** A range of the file to translate; {@code heading} is true for a heading's text. */
    record Segment(int start, int end, boolean heading) {
    }

    private final InlineReader inline = new InlineReader();

    List<Segment> segments(String text, int bodyStart) {
        List<Segment> out = new ArrayList<>();
        int paraStart = -1;
        int paraEnd = -1;
        RawBlocks raw = new RawBlocks();
        boolean previousBlank = true;
        boolean inList = false;
        int pos = bodyStart;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? text.length() : nl + 1;
            int contentEnd = lineEnd;
            while (contentEnd > pos && Character.isWhitespace(text.charAt(contentEnd - 1))) contentEnd--;
            int indent = pos;
            while (indent < contentEnd && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) indent++;
            String line = text.substring(indent, contentEnd);
            boolean blank = line.isEmpty();
            if (raw.accept(text, pos, lineEnd) != RawBlocks.Line.MARKDOWN) {
                flush(text, paraStart, paraEnd, out); // a fence interrupts a paragraph
                paraStart = -1;
            } else if (blank) {
                flush(text, paraStart, paraEnd, out);
                paraStart = -1;
            } else if (indent - pos >= 4 && paraStart < 0 && previousBlank && !inList) {
                // indented code
            } else {
                Matcher m;
                if ((m = HEADING.matcher(line)).lookingAt()) {
                    flush(text, paraStart, paraEnd, out);
                    paraStart = -1;
                    int end = contentEnd;
                    String closing = text.substring(indent, end).replaceFirst("[ \\t]+#+$", "");
                    sentences(text, indent + m.end(), indent + closing.length(), true, out);
                    inList = false;
                } else if (line.startsWith(">")) {
                    flush(text, paraStart, paraEnd, out);
                    paraStart = -1;
                    int q = indent;
                    while (q < contentEnd && (text.charAt(q) == '>' || text.charAt(q) == ' ')) q++;
                    String rest = text.substring(q, contentEnd);
                    if (!DIRECTIVE.matcher(rest).matches()) {
                        Matcher item = LIST_ITEM.matcher(rest);
                        if (item.lookingAt()) q += item.end();
                        sentences(text, q, contentEnd, false, out);
                    }
                } else if (line.startsWith("|") && paraStart < 0 || line.contains("|") && DELIMITER_ROW.matcher(line).matches()) {
                    flush(text, paraStart, paraEnd, out);
                    paraStart = -1;
                    if (!DELIMITER_ROW.matcher(line).matches()) cells(text, indent, contentEnd, out);
                } else if (RULE.matcher(line).matches() || DIRECTIVE.matcher(line).matches() || HTML_BLOCK.matcher(line).matches()) {
                    flush(text, paraStart, paraEnd, out);
                    paraStart = -1;
                } else if ((m = LIST_ITEM.matcher(line)).lookingAt()) {
                    flush(text, paraStart, paraEnd, out);
                    paraStart = indent + m.end();
                    paraEnd = contentEnd;
                    inList = true;
                } else if (paraStart < 0) {
                    paraStart = indent;
                    paraEnd = contentEnd;
                    if (indent == pos) inList = false;
                } else {
                    paraEnd = contentEnd;
                }
            }
            previousBlank = blank;
            pos = next;
        }
        if (!raw.open()) flush(text, paraStart, paraEnd, out);
        return out;
    }

    private void flush(String text, int start, int end, List<Segment> out) {
        if (start >= 0 && end > start) sentences(text, start, end, false, out);
    }

    /** The cells of a table row, each cut into sentences (a {@code |} inside code or escaped does not end a cell). */
    private void cells(String text, int start, int end, List<Segment> out) {
        int cell = start;
        boolean inCode = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                inCode = !inCode;
            } else if (c == '|' && !inCode) {
                if (i > cell) sentences(text, cell, i, false, out);
                cell = i + 1;
            }
        }
        if (end > cell) sentences(text, cell, end, false, out);
    }

    /** Cuts {@code start..end} into sentences: only where the text between codes allows a sentence to end. */
    private void sentences(String text, int start, int end, boolean heading, List<Segment> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        Matcher anchor = ANCHOR.matcher(text).region(start, end);
        if (anchor.lookingAt()) start = anchor.end();
        if (start >= end) return;
        String range = text.substring(start, end);
        int from = 0;
        for (Inline piece : inline.read(range)) {
            if (!(piece instanceof Inline.Text)) continue;
            Matcher m = SENTENCE_END.matcher(range).region(piece.start(), piece.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                // the next sentence may begin with a link, bold text or code: a piece of its own after this one
                if (m.end() >= range.length() || abbreviation(range, m.start())) continue;
                add(text, start + from, start + m.start(1), heading, out);
                from = m.end();
            }
        }
        add(text, start + from, end, heading, out);
    }

    private static boolean abbreviation(String range, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(range.charAt(w - 1)) || range.charAt(w - 1) == '.')) w--;
        String word = range.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    /** Adds the sentence unless it has no letters outside codes (an image, a command, a number) or already holds pairs. */
    private void add(String text, int start, int end, boolean heading, List<Segment> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= start || text.regionMatches(start, "<span data-ttu-id", 0, 17)) return;
        if (hasLetters(inline.read(text.substring(start, end)))) out.add(new Segment(start, end, heading));
    }

    private static boolean hasLetters(List<Inline> pieces) {
        for (Inline p : pieces) {
            if (p instanceof Inline.Text t && LETTER.matcher(t.text()).find()) return true;
            if (p instanceof Inline.Pc pc && hasLetters(pc.content())) return true;
        }
        return false;
    }
}
