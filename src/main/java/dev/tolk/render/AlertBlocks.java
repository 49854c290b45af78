package dev.tolk.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.tolk.parse.DocfxSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DocFX alerts in the Markdown tree: a block quote whose first paragraph starts with
 * {@code [!NOTE]}, {@code [!IMPORTANT]}, {@code [!TIP]}, {@code [!WARNING]} or {@code [!CAUTION]}
 * becomes an {@link Alert}; one that holds only {@code [!VIDEO url]} becomes a {@link Video}. A
 * paragraph {@code [!CALCULATOR name]} (also alone in a block quote) becomes a {@link Calculator}.
 * Done on the tree between parsing and rendering, so the marker text is removed exactly, however
 * the parser split it into nodes.
 */
final class AlertBlocks {
    private static final Pattern ALERT = Pattern.compile("^\\s*\\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO = Pattern.compile("^\\s*\\[!VIDEO\\s+([^\\]\\s]+)\\s*\\]\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** {@code [!div class="…"]} at the start of a block quote's first paragraph (after optional spaces). */
    private static final Pattern DIV = Pattern.compile("\\s*\\[!div\\s+class\\s*=\\s*[\"']([^\"']*)[\"']\\s*\\]",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CALCULATOR = Pattern.compile("^\\s*\\[!CALCULATOR\\s+([a-z][a-z0-9-]*)\\s*\\]\\s*$",
            Pattern.CASE_INSENSITIVE);

    private AlertBlocks() {
    }

    /** An embedded calculator ({@code [!CALCULATOR proration]} on a line of its own); {@code name} is lower case. */
    static final class Calculator extends Block {
        final String name;

        Calculator(String name) {
            this.name = name;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** An alert box; {@code kind} is lower case ({@code note}). */
    static final class Alert extends Block {
        final String kind;

        Alert(String kind) {
            this.kind = kind;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /**
     * A {@code [!div class="…"]} block: what follows it in the block quote, in a {@code div} of the
     * classes the allow-list knows ({@code mx-imgBorder}, {@code nextstepaction}, …); the others
     * are dropped ({@code DocfxRules} reports them).
     */
    static final class Div extends Block {
        final String classes;

        Div(String classes) {
            this.classes = classes;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** An embedded video. */
    static final class Video extends Block {
        final String url;

        Video(String url) {
            this.url = url;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static void transform(Document doc) {
        List<Paragraph> calculators = new ArrayList<>();
        collectCalculators(doc, calculators);
        for (Paragraph p : calculators) {
            Matcher div = DIV.matcher(p.getChars());
            if (!(p.getParent() instanceof BlockQuote) && div.lookingAt()) {
                // [!div] written without the block quote DocFX asks for: the paragraph's rest in the div
                removeLeading(p, p.getChars().getStartOffset() + div.end());
                Div box = new Div(allowed(div.group(1)));
                p.insertBefore(box);
                box.appendChild(p);
                continue;
            }
            Matcher m = CALCULATOR.matcher(p.getChars().toString());
            if (!m.matches()) continue;
            Node replaced = p.getParent() instanceof BlockQuote q && q.getFirstChild() == p && p.getNext() == null ? q : p;
            replaced.insertBefore(new Calculator(m.group(1).toLowerCase(Locale.ROOT)));
            replaced.unlink();
        }
        List<BlockQuote> quotes = new ArrayList<>();
        collect(doc, quotes);
        for (BlockQuote quote : quotes) transform(quote);
    }

    /** Paragraphs that could be a calculator line: cheap test on the first character before the regex. */
    private static void collectCalculators(Node node, List<Paragraph> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                BasedSequence chars = p.getChars();
                int i = 0;
                while (i < chars.length() && Character.isWhitespace(chars.charAt(i))) i++;
                if (chars.length() > i + 12 && chars.charAt(i) == '[' && chars.charAt(i + 1) == '!') out.add(p);
            } else {
                collectCalculators(child, out);
            }
        }
    }

    private static void collect(Node node, List<BlockQuote> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote q) out.add(q);
            collect(child, out);
        }
    }

    /**
     * A block quote as DocFX reads it (its {@code QuoteSectionNoteParser}): every line that starts with {@code [!NOTE]}
     * (or another alert) or {@code [!div class="…"]} starts a section of its own, an alert or a div holding what
     * follows it up to the next such line; what comes before the first stays a block quote. Two alerts or two
     * next-step buttons written in one quote are two boxes, not one with the second marker shown as text.
     */
    private static void transform(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) return;
        String text = first.getChars().toString();
        int eol = text.indexOf('\n');
        Matcher video = VIDEO.matcher(eol < 0 ? text : text.substring(0, eol));
        if (video.matches()) {
            quote.insertBefore(new Video(video.group(1)));
            // a video takes no line after it (DocFX's QuoteSectionNoteParser breaks there): what follows is read on its own
            if (eol >= 0) removeLeading(first, first.getChars().getStartOffset() + eol + 1);
            if (eol < 0 || first.getFirstChild() == null) first.unlink();
            if (quote.getFirstChild() == null) {
                quote.unlink();
                return;
            }
            if (!(quote.getFirstChild() instanceof Paragraph)) return;
            first = (Paragraph) quote.getFirstChild();
            if (lazy(first)) { // the line after the video without its '>': a paragraph after the quote, not in it
                quote.insertAfter(first);
                if (quote.getFirstChild() == null) quote.unlink();
                return;
            }
        }
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) splitAtSectionLine(p);
        }
        Node insertAfter = quote;
        Block box = null;
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            Block started = child instanceof Paragraph p ? section(p) : null;
            if (started != null) {
                insertAfter.insertAfter(started);
                insertAfter = started;
                box = started;
            }
            if (box != null) {
                if (child instanceof Paragraph p && p.getFirstChild() == null) child.unlink();
                else box.appendChild(child);
            }
            child = next;
        }
        if (box != null && quote.getFirstChild() == null) quote.unlink();
    }

    /** Whether a paragraph of a block quote starts on a line without its {@code >} (a lazy continuation line). */
    private static boolean lazy(Paragraph p) {
        if (p.getFirstChild() == null) return false;
        BasedSequence base = p.getChars().getBaseSequence();
        int at = p.getFirstChild().getChars().getStartOffset(); // its first line left: the paragraph's own chars keep the ones removed
        int lineStart = at;
        while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') lineStart--;
        for (int i = lineStart; i < at; i++) {
            if (base.charAt(i) == '>') return false;
        }
        return true;
    }

    /** The alert or div a paragraph starts ({@code [!NOTE]}, {@code [!div class="…"]}), its marker removed; null if none. */
    private static Block section(Paragraph p) {
        if (p.getFirstChild() == null) return null;
        BasedSequence lead = from(p.getFirstChild());
        Matcher div = DIV.matcher(lead);
        if (div.lookingAt()) {
            removeLeading(p, lead.getStartOffset() + div.end());
            return new Div(allowed(div.group(1)));
        }
        Matcher alert = ALERT.matcher(lead);
        if (!alert.find()) return null;
        removeLeading(p, lead.getStartOffset() + alert.end());
        return new Alert(alert.group(1).toLowerCase(Locale.ROOT));
    }

    /** A paragraph with a line that starts a section (no blank line before it): that line and the rest as a paragraph of their own. */
    private static void splitAtSectionLine(Paragraph p) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak)) continue;
            Node start = n.getNext();
            // the end marker of a unit that ran over the line break stays with that unit
            while (start instanceof Text t && onlyMarkers(t.getChars())) start = start.getNext();
            if (start instanceof Text t) start = afterMarkers(t);
            if (start == null) continue;
            BasedSequence lead = from(start);
            if (!ALERT.matcher(lead).find() && !DIV.matcher(lead).lookingAt()) continue;
            Paragraph rest = new Paragraph();
            Node move = start;
            while (move != null) {
                Node next = move.getNext();
                rest.appendChild(move);
                move = next;
            }
            n.unlink();
            p.insertAfter(rest);
            return;
        }
    }

    /**
     * The text node from where the unit markers that start {@code t} end: the markers split off into a text node of
     * their own before it, which stays with the line before ({@code [!NOTE]} is text in the same node as the end
     * marker of the unit before it, since a bracket that makes no link is text).
     */
    private static Node afterMarkers(Text t) {
        BasedSequence chars = t.getChars();
        int k = 0;
        while (k < chars.length() && chars.charAt(k) >= '\u2E30' && chars.charAt(k) <= '\u2E3F') k++;
        if (k == 0 || k == chars.length()) return t;
        t.insertBefore(new Text(chars.subSequence(0, k)));
        t.setChars(chars.subSequence(k));
        return t;
    }

    private static boolean onlyMarkers(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '\u2E30' && c <= '\u2E3F' || Character.isWhitespace(c))) return false;
        }
        return true;
    }

    /** The source text from {@code first} to the end of its parent's last child. */
    private static BasedSequence from(Node first) {
        Node last = first.getParent().getLastChild();
        return first.getChars().baseSubSequence(first.getStartOffset(), last.getEndOffset());
    }

    /** The classes of the allow-list among {@code classes}, in their order. */
    private static String allowed(String classes) {
        StringBuilder out = new StringBuilder();
        for (String c : classes.strip().split("\\s+")) {
            if (DocfxSyntax.DIV_CLASSES.contains(c)) out.append(out.length() == 0 ? "" : " ").append(c);
        }
        return out.toString();
    }

    /** Removes the inline nodes of {@code paragraph} before source offset {@code end}, and a line break after. */
    private static void removeLeading(Paragraph paragraph, int end) {
        Node child = paragraph.getFirstChild();
        while (child != null && child.getChars().getEndOffset() <= end) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        if (child instanceof Text t && t.getChars().getStartOffset() < end) {
            t.setChars(t.getChars().subSequence(end - t.getChars().getStartOffset()));
        }
        child = paragraph.getFirstChild();
        if (child instanceof Text t && t.getChars().isBlank()) {
            Node next = t.getNext();
            t.unlink();
            child = next;
        }
        if (child instanceof SoftLineBreak || child instanceof HardLineBreak) child.unlink();
    }
}
