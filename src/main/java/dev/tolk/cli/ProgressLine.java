package dev.tolk.cli;

import dev.tolk.build.SiteBuilder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on the error stream, as compilers show it. On a terminal, one line rewritten in place
 * (at most ten times a second) and cleared at the end. Elsewhere (a log file, a CI job), a plain
 * line every {@link #PLAIN_INTERVAL_NANOS} (five seconds), so a long run shows it is alive
 * without filling the log; a short run prints none. Whether the error stream is a terminal is
 * told by the launcher ({@code -Dtolk.stderr.tty=true}, from {@code [ -t 2 ]}), since Java can
 * only ask about standard input and output; without it, {@link System#console()} decides. In CI
 * ({@code CI} set) the lines are always plain.
 */
final class ProgressLine implements SiteBuilder.Progress {
    static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private long lastPrint;

    ProgressLine(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastPrint = started;
    }

    static ProgressLine forStream(PrintWriter err) {
        String told = System.getProperty("tolk.stderr.tty");
        boolean tty = told != null ? Boolean.parseBoolean(told) : System.console() != null;
        String ci = System.getenv("CI");
        boolean inCi = ci != null && !ci.isEmpty() && !ci.equals("0") && !ci.equalsIgnoreCase("false");
        return new ProgressLine(err, tty && !inCi, System::nanoTime);
    }

    @Override
    public void pages(int done, int total) {
        line(done, total, "Rendering pages");
    }

    /** External addresses checked so far. */
    void urls(int done, int total) {
        line(done, total, "Checking external links");
    }

    private synchronized void line(int done, int total, String what) {
        long now = clock.getAsLong();
        String text = String.format(Locale.ROOT, "%s %d/%d (%d%%)", what, done, total, total == 0 ? 100 : done * 100L / total);
        if (terminal) {
            if (done < total && now - lastPrint < TERMINAL_INTERVAL_NANOS) return;
            err.print("\r" + text);
        } else {
            if (now - lastPrint < PLAIN_INTERVAL_NANOS) return;
            err.println(String.format(Locale.ROOT, "tolk: %s after %d s", text, (now - started) / 1_000_000_000L));
        }
        lastPrint = now;
        err.flush();
    }

    void finish() {
        if (!terminal) return;
        err.print("\r\033[K");
        err.flush();
    }
}
