package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress on the error stream: a line rewritten in place on a terminal, a plain line every few seconds elsewhere. */
class ProgressLineTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter written = new StringWriter();

    private ProgressLine progress(boolean terminal) {
        return new ProgressLine(new PrintWriter(written), terminal, now::get);
    }

    private void advanceSeconds(double s) {
        now.addAndGet((long) (s * 1e9));
    }

    @Test
    void elsewhereThanATerminalAPlainLineEveryFiveSeconds() {
        ProgressLine p = progress(false);
        p.pages(10, 100); // a short run says nothing
        advanceSeconds(4.9);
        p.pages(40, 100);
        advanceSeconds(0.2);
        p.pages(50, 100);
        advanceSeconds(1);
        p.pages(60, 100);
        advanceSeconds(5);
        p.urls(3, 4);
        p.finish();
        assertEquals(List.of("tolk: Rendering pages 50/100 (50%) after 5 s", "tolk: Checking external links 3/4 (75%) after 11 s"),
                written.toString().lines().toList());
        assertEquals(false, written.toString().contains("\r"), "no carriage returns in a log");
    }

    @Test
    void onATerminalOneLineRewrittenInPlaceAndClearedAtTheEnd() {
        ProgressLine p = progress(true);
        advanceSeconds(0.2);
        p.pages(1, 3);
        p.pages(2, 3); // within a tenth of a second: skipped
        p.pages(3, 3); // the last one is always shown
        p.finish();
        assertEquals("\\rRendering pages 1/3 (33%)\\rRendering pages 3/3 (100%)\\r\\033[K".translateEscapes(), written.toString());
    }
}
