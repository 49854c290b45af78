package dev.tolk.parse;

/**
 * Which lines of a Markdown text are fenced code, read line by line as CommonMark's block
 * structure reads them. One tracker for every scanner that must skip code (the link check, the
 * DocFX rules and directives, the segmenter), so that none of them reads a fence differently
 * from the renderer.
 *
 * <p>A fence ({@code ```} or {@code ~~~}, three or more) opens at most three columns inside its
 * container: the page, a block quote ({@code >}), or a list item, whose content starts after its
 * marker ({@code 1. ```bash} opens one on the marker's line). The code ends at a closing fence of
 * the same character, at least as long; or where its container ends, since code has no lazy
 * continuation: a line indented less than the list item's content, or a line without the block
 * quote's {@code >}; or at the end of the text.
 */
public final class FencedCode {
    private String fence;
    private int container;
    private int quotes;
    /** The open list items, innermost last: the column their content starts at, and their block-quote depth. */
    private int[] items = new int[8];
    private int[] itemQuotes = new int[8];
    private int depth;
    /** Whether the last line left a paragraph open, which a line left of an item's content may continue (lazily). */
    private boolean paragraph;

    /** Whether a fenced code block is open after the lines read so far. */
    public boolean open() {
        return fence != null;
    }

    /** Reads the next line (no line break); whether it is fenced code, its fences included. */
    public boolean accept(CharSequence line) {
        return accept(line, 0, line.length());
    }

    /** Reads the next line, {@code text} from {@code start} to {@code end} (no line break); whether it is fenced code. */
    public boolean accept(CharSequence text, int start, int end) {
        int q = 0;
        int quoteColumn = 0;
        int p = start;
        // block-quote markers: up to three spaces, '>', one optional space; in code, no more than the code's own
        while (fence == null || q < quotes) {
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
        if (fence != null) {
            if (q >= quotes && (blank || column >= container)) {
                if (!blank && column - container <= 3 && closes(text, i, end, fence)) fence = null;
                return true;
            }
            // the code's container ends here (code has no lazy continuation): the line is read anew, outside it
            fence = null;
            return accept(text, start, end);
        }
        // a block quote left of an item's content is no lazy continuation: it ends the item
        if (q > 0) while (depth > 0 && itemQuotes[depth - 1] == 0 && items[depth - 1] > quoteColumn) depth--;
        if (blank) {
            paragraph = false;
            return false;
        }
        return opens(text, i, end, column, q);
    }

    /** Whether the line's content from {@code i} (at {@code column}, in {@code q} block quotes) opens a fence. */
    private boolean opens(CharSequence text, int i, int end, int column, int q) {
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
            boolean code = startFence(text, c, end, items[depth - 1], q);
            paragraph = !code && c < end;
            return code;
        }
        String opened = fenceAt(text, i, end);
        boolean heading = text.charAt(i) == '#';
        // a line left of an item's content ends it, unless it continues the item's paragraph (lazily): never a fence
        if (opened != null || heading || !paragraph) closeItemsRightOf(column);
        int base = depth > 0 && itemQuotes[depth - 1] == q ? items[depth - 1] : 0;
        if (opened != null && column - base <= 3) {
            startFence(text, i, end, base, q);
            paragraph = false;
            return true;
        }
        // text goes on a paragraph or starts one, unless it is indented code (four columns in, no paragraph open)
        paragraph = !heading && (paragraph || column - base <= 3);
        return false;
    }

    private void closeItemsRightOf(int column) {
        while (depth > 0 && items[depth - 1] > column) depth--;
    }

    private boolean startFence(CharSequence text, int i, int end, int base, int q) {
        String opened = fenceAt(text, i, end);
        if (opened == null) return false;
        fence = opened;
        container = base;
        quotes = q;
        return true;
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
