package dev.tolk.cli;

import dev.tolk.build.SiteBuilder;
import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress indicator, shown only when the error stream is a terminal. */
final class TerminalProgress implements SiteBuilder.Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private volatile long lastPrint;

    private TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static TerminalProgress forStream(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public void pages(int done, int total) {
        line(done, total, "Rendering pages");
    }

    private void line(int done, int total, String what) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 100_000_000L) return;
        lastPrint = now;
        synchronized (this) {
            err.print(String.format(Locale.ROOT, "\r%s %d/%d (%d%%)", what, done, total, total == 0 ? 100 : done * 100 / total));
            err.flush();
        }
    }

    /** External addresses checked so far. */
    void urls(int done, int total) {
        line(done, total, "Checking external links");
    }

    void finish() {
        if (!enabled) return;
        err.print("\r\033[K");
        err.flush();
    }
}
