package dev.tolk.render;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipe table's columns as DocFX's Markdig makes them (its default, {@code NormalizeUsingMaxWidth}): as many as its
 * widest header or body row has (the delimiter row does not count), each aligned as the delimiter row says; a shorter
 * row is written with empty cells up to that width. {@code missing}: the empty cells that takes.
 */
record TableShape(int width, List<TableCell.Alignment> alignments, long missing) {
    /**
     * The most empty cells the tables of one document get (Markdig's bound, as cmark-gfm's): past it a table's rows stay
     * as written. A row of many cells followed by many short rows would otherwise make the page grow with the product
     * of the two, from a few kilobytes of Markdown.
     */
    static final long MOST_ADDED_CELLS = 0x80000;

    /** A table's shape, from one pass over its rows. */
    static TableShape of(Node table) {
        List<TableCell.Alignment> alignments = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                if (!(section instanceof TableSeparator)) {
                    widths.add(cells(row));
                    continue;
                }
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) alignments.add(c.getAlignment());
                }
            }
        }
        int width = 0;
        for (int w : widths) width = Math.max(width, w);
        long missing = 0;
        for (int w : widths) missing += width - w;
        return new TableShape(width, alignments, missing);
    }

    /** The same table with its rows as written (no empty cells added). */
    TableShape asWritten() {
        return new TableShape(0, alignments, 0);
    }

    /** The alignment of column {@code i} (null where the delimiter row gives none). */
    TableCell.Alignment alignment(int i) {
        return i < alignments.size() ? alignments.get(i) : null;
    }

    /** The columns a row's cells take (a cell spanning two takes two). */
    static int cells(Node row) {
        int n = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) n += Math.max(1, c.getSpan());
        }
        return n;
    }
}
