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
 * becomes an {@link Alert}; one that holds only {@code [!VIDEO url]} becomes a {@link Video}.
 * Done on the tree between parsing and rendering, so the marker text is removed exactly, however
 * the parser split it into nodes.
 */
final class AlertBlocks {
    private static final Pattern ALERT = Pattern.compile("^\\s*\\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO = Pattern.compile("^\\s*\\[!VIDEO\\s+([^\\]\\s]+)\\s*\\]\\s*$",
            Pattern.CASE_INSENSITIVE);

    private AlertBlocks() {
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
        List<BlockQuote> quotes = new ArrayList<>();
        collect(doc, quotes);
        for (BlockQuote quote : quotes) transform(quote);
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
