package dev.tolk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void linesAndColumnsAreOneBased() {
        LineMap m = new LineMap("ab\ncd\n");
        assertEquals(new Position(1, 1), m.position(0));
        assertEquals(new Position(1, 3), m.position(2));
        assertEquals(new Position(2, 2), m.position(4));
        assertEquals(new Position(3, 1), m.position(6));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        String s = "😀😀x";
        assertEquals(3, new LineMap(s).column(s.indexOf('x')));
    }

    /**
     * Issue 19: thousands of findings on one huge line (repeated span ids in one paragraph) took
     * 20 s, each column counted from the line start. Counted by characters read, not by clock.
     */
    @Test
    void columnsAlongOneLongLineReadTheLineAboutOnce() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 20_000; i++) line.append(i % 7 == 0 ? "😀" : "ab");
        String text = "first\n" + line + "\nlast\n";
        long[] reads = {0};
        CharSequence counted = new CharSequence() {
            @Override
            public int length() {
                return text.length();
            }

            @Override
            public char charAt(int index) {
                reads[0]++;
                return text.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return text.subSequence(start, end);
            }
        };
        LineMap m = new LineMap(counted);
        long built = reads[0];
        int start = text.indexOf('\n') + 1;
        for (int off = start; off < start + line.length(); off += 20) {
            assertEquals(text.codePointCount(start, off) + 1, m.column(off), "column at " + off);
        }
        long perQuery = (reads[0] - built) / (line.length() / 20);
        assertTrue(reads[0] - built < 4L * line.length(), "characters read for " + line.length() / 20 + " columns: "
                + (reads[0] - built) + " (" + perQuery + " a column)");
        assertEquals(6, m.column(text.indexOf('\n') - 0)); // back to an earlier line: counted afresh
    }

    /** A string is read with its own search and count; any other text by characters: the same positions. */
    @Test
    void aStringAndAnyOtherTextMapAlike() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"a", "é", "日", "😀", "\n", "\r\n", "\n\n", " "};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(round % 50 == 0 ? 5_000 : 30);
            while (b.length() < length) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            LineMap string = new LineMap(text);
            LineMap other = new LineMap(new StringBuilder(text));
            assertEquals(other.lineCount(), string.lineCount(), text);
            for (int off = 0; off <= text.length(); off += 1 + random.nextInt(7)) {
                assertEquals(other.position(off), string.position(off), "offset " + off + " of " + text);
            }
        }
    }

    @Test
    void crlfIsOneLineBreak() {
        LineMap m = new LineMap("a\r\nb");
        assertEquals(2, m.line(3));
        assertEquals(1, m.column(3));
    }
}
