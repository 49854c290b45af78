package dev.tolk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void crlfIsOneLineBreak() {
        LineMap m = new LineMap("a\r\nb");
        assertEquals(2, m.line(3));
        assertEquals(1, m.column(3));
    }
}
