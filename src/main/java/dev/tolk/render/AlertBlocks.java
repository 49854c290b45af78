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

    private static void transform(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) return;
        String text = first.getChars().toString();
        Matcher video = VIDEO.matcher(text);
        if (video.matches() && first.getNext() == null) {
            Video v = new Video(video.group(1));
            quote.insertBefore(v);
            quote.unlink();
            return;
        }
        Matcher alert = ALERT.matcher(text);
        if (!alert.find()) return;
        removeLeading(first, first.getChars().getStartOffset() + alert.end());
        Alert box = new Alert(alert.group(1).toLowerCase(Locale.ROOT));
        while (quote.getFirstChild() != null) box.appendChild(quote.getFirstChild());
        if (box.getFirstChild() instanceof Paragraph p && p.getFirstChild() == null) p.unlink();
        quote.insertBefore(box);
        quote.unlink();
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
