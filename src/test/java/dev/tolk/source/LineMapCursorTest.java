package dev.tolk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Columns counted on from the last one, forwards or back, are the columns counted from the line start. */
class LineMapCursorTest {
    @Test
    void columnsInAnyOrderAlongALongLineWithSurrogatePairs() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 6_000; i++) line.append(i % 5 == 0 ? "😀" : i % 7 == 0 ? "\t" : "ab");
        String text = "first\n" + line + "\r\nlast 😀\n";
        LineMap m = new LineMap(text);
        Random random = new Random(19);
        int start = text.indexOf('\n') + 1;
        int at = start;
        for (int i = 0; i < 20_000; i++) {
            // mostly small steps either way (findings along units), now and then a jump anywhere
            at = random.nextInt(10) == 0 ? random.nextInt(text.length() + 1)
                    : Math.max(0, Math.min(text.length(), at + random.nextInt(200) - 80));
            int lineStart = m.lineStart(m.line(at));
            assertEquals(text.codePointCount(lineStart, at) + 1, m.column(at), "column at " + at + " (step " + i + ")");
        }
    }

    /** A unit's findings go forward, then back to the unit's start: each step back is read once, not the line again. */
    @Test
    void stepsBackAlongALongLineReadOnlyTheStep() {
        String text = "x".repeat(1_000_000);
        CountedText counted = new CountedText(text);
        LineMap m = new LineMap(counted);
        long built = counted.reads();
        for (int unit = 5_000; unit < 900_000; unit += 1_000) {
            m.column(unit + 500);
            m.column(unit);
        }
        assertTrue(counted.reads() - built < 3L * text.length(), "characters read: " + (counted.reads() - built));
    }
}
