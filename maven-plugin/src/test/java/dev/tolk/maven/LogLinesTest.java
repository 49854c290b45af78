package dev.tolk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinesTest {
    @Test
    void handsOnEachLineWithoutItsEndAndRemembersTheLastOneWithText() {
        List<String> logged = new ArrayList<>();
        LogLines lines = new LogLines(line -> logged.add(line.toString()));
        try (PrintWriter out = new PrintWriter(lines)) {
            out.print("a.md:1:2: error: x\r\n  ^\n");
            out.print("Built 3 pages");
            out.print("\n\n");
            out.print("unterminated");
        }
        assertEquals(List.of("a.md:1:2: error: x", "  ^", "Built 3 pages", "", "unterminated"), logged);
        assertEquals("unterminated", lines.lastLine());
    }
}
