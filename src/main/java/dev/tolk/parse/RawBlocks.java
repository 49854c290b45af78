package dev.tolk.parse;

/**
 * Which lines of a Markdown text are no Markdown, read line by line as CommonMark's block structure reads them:
 * fenced code, and HTML blocks (a comment, a {@code <div>} up to a blank line…). One tracker for every scanner that
 * must skip them (the link check, the DocFX rules and directives, the segmenter), so that none of them reads a
 * fence or a comment differently from the renderer: a fence in an HTML comment opens no code, and a directive in a
 * comment is no directive.
 *
 * <p>A fence ({@code ```} or {@code ~~~}, three or more) opens at most three columns inside its
 * container: the page, a block quote ({@code >}), or a list item, whose content starts after its
 * marker ({@code 1. ```bash} opens one on the marker's line). The code ends at a closing fence of
 * the same character, at least as long; or where its container ends, since code has no lazy
 * continuation: a line indented less than the list item's content, or a line without the block
 * quote's {@code >}; or at the end of the text.
 */
public final class RawBlocks {
    /** What a line is. */
    public enum Line { MARKDOWN, CODE, HTML }

    private String fence;
    /** The open HTML block's end: the text that ends it on a line (a comment's {@code -->}), "" for a blank line; null if none. */
    private String htmlEnd;
    private int container;
    private int quotes;
    /** The open list items, innermost last: the column their content starts at, and their block-quote depth. */
    private int[] items = new int[8];
    private int[] itemQuotes = new int[8];
    private int depth;
    /** Whether the last line left a paragraph open, which a line left of an item's content may continue (lazily). */
    private boolean paragraph;
    /** The block-quote depth of the open paragraph: a line with fewer '>' continues it only when it starts no block. */
    private int paragraphQuotes;

    /** Whether a fenced code block is open after the lines read so far. */
    public boolean open() {
        return fence != null;
    }

    /** Reads the next line (no line break): what it is, a fence being code. */
    public Line accept(CharSequence line) {
        return accept(line, 0, line.length());
    }

    /** Reads the next line, {@code text} from {@code start} to {@code end} (no line break): what it is. */
    public Line accept(CharSequence text, int start, int end) {
        int q = 0;
        int quoteColumn = 0;
        int p = start;
        // block-quote markers: up to three spaces, '>', one optional space; in a block, no more than the block's own
        while (fence == null && htmlEnd == null || q < quotes) {
            int s = p;
            while (s < end && s - p < 3 && text.charAt(s) == ' ') s++;
            if (s >= end || text.charAt(s) != '>') break;
            if (q == 0) quoteColumn = s - start;
            p = s + 1;
            if (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p++;
            q++;
        }
        int i = p;
        int column = 0;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            column = text.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
            i++;
        }
        boolean blank = i == end;
        if (fence != null || htmlEnd != null) {
            if (q >= quotes && (blank || column >= container)) {
                if (fence != null) {
                    if (!blank && column - container <= 3 && closes(text, i, end, fence)) fence = null;
                    return Line.CODE;
                }
                if (htmlEnd.isEmpty()) { // ended by a blank line, which is no part of it
                    if (!blank) return Line.HTML;
                    htmlEnd = null;
                    paragraph = false;
                    return Line.MARKDOWN;
                }
                if (indexOfIgnoreCase(text, i, end, htmlEnd) >= 0) htmlEnd = null;
                return Line.HTML;
            }
            // the block's container ends here (no lazy continuation but a paragraph's): the line is read anew, outside it
            fence = null;
            htmlEnd = null;
            return accept(text, start, end);
        }
        // a block quote left of an item's content is no lazy continuation: it ends the item
        if (q > 0) while (depth > 0 && itemQuotes[depth - 1] == 0 && items[depth - 1] > quoteColumn) depth--;
        if (blank) {
            paragraph = false;
            return Line.MARKDOWN;
        }
        return opens(text, i, end, column, q);
    }

    /** What the line whose content starts at {@code i} (at {@code column}, in {@code q} block quotes) is: it may open a block. */
    private Line opens(CharSequence text, int i, int end, int column, int q) {
        while (depth > 0 && itemQuotes[depth - 1] > q) depth--; // their block quote has ended
        int marker = listMarkerEnd(text, i, end);
        // a list that would interrupt a paragraph must start at 1 (CommonMark): "10) step" continues the text
        if (marker >= 0 && paragraph && depth == 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9'
                && !(marker - i == 2 && text.charAt(i) == '1')) marker = -1;
        if (marker >= 0) {
            int spaces = 0;
            int c = marker;
            while (c < end && text.charAt(c) == ' ') {
                c++;
                spaces++;
            }
            if (c == end || spaces > 4) { // an empty item, or code indented in it: the content starts one space on
                spaces = 1;
                c = Math.min(marker + 1, end);
            }
            closeItemsRightOf(column);
            if (depth == items.length) {
                items = java.util.Arrays.copyOf(items, depth * 2);
                itemQuotes = java.util.Arrays.copyOf(itemQuotes, depth * 2);
            }
            items[depth] = column + (marker - i) + spaces;
            itemQuotes[depth++] = q;
            paragraph = false;
            String itemFence = fenceAt(text, c, end);
            if (itemFence != null) {
                openFence(itemFence, items[depth - 1], q);
                return Line.CODE;
            }
            String itemHtml = c < end && text.charAt(c) == '<' ? HtmlBlockStart.end(text, c, end, false) : null;
            if (itemHtml != null) {
                openHtml(text, c, end, itemHtml, items[depth - 1], q);
                return Line.HTML;
            }
            paragraph = c < end;
            paragraphQuotes = q;
            return Line.MARKDOWN;
        }
        String opened = fenceAt(text, i, end);
        // a line left of the open item's content is read at the page's level first, where no paragraph is open
        boolean inItem = depth > 0 && itemQuotes[depth - 1] == q && column >= items[depth - 1];
        boolean continues = paragraph && q >= paragraphQuotes && (depth == 0 || inItem);
        String html = opened == null && text.charAt(i) == '<' ? HtmlBlockStart.end(text, i, end, continues) : null;
        boolean heading = text.charAt(i) == '#';
        // a line left of an item's content ends it, unless it continues the item's paragraph (lazily): never a block
        if (opened != null || html != null || heading || !paragraph) closeItemsRightOf(column);
        int base = depth > 0 && itemQuotes[depth - 1] == q ? items[depth - 1] : 0;
        if (opened != null && column - base <= 3) {
            openFence(opened, base, q);
            paragraph = false;
            return Line.CODE;
        }
        if (html != null && column - base <= 3) {
            openHtml(text, i, end, html, base, q);
            paragraph = false;
            return Line.HTML;
        }
        // text goes on a paragraph or starts one, unless it is indented code (four columns in, no paragraph open)
        if (!paragraph || q > paragraphQuotes) paragraphQuotes = q; // a block quote interrupts a paragraph
        paragraph = !heading && (paragraph || column - base <= 3);
        return Line.MARKDOWN;
    }

    /** Opens the HTML block that starts at {@code i} and ends as {@code ends} says (closed again if it ends on its first line). */
    private void openHtml(CharSequence text, int i, int end, String ends, int base, int q) {
        container = base;
        quotes = q;
        // a comment, processing instruction… that ends on its first line is that line alone
        htmlEnd = !ends.isEmpty() && indexOfIgnoreCase(text, i + 2, end, ends) >= 0 ? null : ends;
    }

    private static int indexOfIgnoreCase(CharSequence text, int from, int end, String what) {
        for (int k = from; k + what.length() <= end; k++) {
            boolean same = true;
            for (int m = 0; m < what.length() && same; m++) {
                same = Character.toLowerCase(text.charAt(k + m)) == what.charAt(m);
            }
            if (same) return k;
        }
        return -1;
    }

    private void closeItemsRightOf(int column) {
        while (depth > 0 && items[depth - 1] > column) depth--;
    }

    private void openFence(String opened, int base, int q) {
        fence = opened;
        container = base;
        quotes = q;
    }

    private static String fenceAt(CharSequence text, int i, int end) {
        return i + 3 <= end ? DocfxSyntax.fence(text.subSequence(i, end).toString().strip()) : null;
    }

    /** Whether the content from {@code i} is a closing fence for {@code fence}: the same character, as long or longer, nothing after. */
    private static boolean closes(CharSequence text, int i, int end, String fence) {
        char f = fence.charAt(0);
        int run = i;
        while (run < end && text.charAt(run) == f) run++;
        if (run - i < fence.length()) return false;
        for (int k = run; k < end; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') return false;
        }
        return true;
    }

    /** Where a list item's marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) ends, if the content at {@code i} starts with one; else -1. */
    private static int listMarkerEnd(CharSequence text, int i, int end) {
        if (i >= end) return -1;
        char c = text.charAt(i);
        int after;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else {
            int d = i;
            while (d < end && d - i < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') d++;
            if (d == i || d >= end || text.charAt(d) != '.' && text.charAt(d) != ')') return -1;
            after = d + 1;
        }
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
    }
}
