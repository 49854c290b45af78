package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CrashReportTest {
    @Test
    void outOfMemoryInAWorkerSaysHowToGiveTheBuildMore() {
        StringWriter err = new StringWriter();
        int code = CrashReport.write(new ExecutionException(new OutOfMemoryError("Java heap space")), new PrintWriter(err));
        assertEquals(Main.INTERNAL, code);
        String said = err.toString();
        assertTrue(said.startsWith("tolk: out of memory: the build needed more than the "), said);
        assertTrue(said.contains("TOLK_JAVA_OPTS=-Xmx"), said);
        assertFalse(said.contains("bug"), said);
    }
}
