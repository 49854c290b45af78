package dev.tolk.cli;

import dev.tolk.build.SiteBuilder;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Progress on the error stream, as compilers show it. On a terminal, one line rewritten in place
 * (at most ten times a second) and cleared at the end. Elsewhere (a log file, a CI job), a plain
 * line every {@link #PLAIN_INTERVAL_NANOS} (five seconds), so a long run shows it is alive
 * without filling the log; a short run prints none. Whether the error stream is a terminal is
 * told by the launcher ({@code -Dtolk.stderr.tty=true}, from {@code [ -t 2 ]}), since Java can
 * only ask about standard input and output; without it, {@link System#console()} decides. In CI
 * ({@code CI} set) the lines are always plain. For {@code --timings}, it also keeps how long each
 * stage of the build took.
 */
final class ProgressLine implements SiteBuilder.Progress {
    static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final long TERMINAL_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private long lastPrint;
    /** Each stage ended so far, with its wall time in ns. */
    private final Map<String, Long> stages = new LinkedHashMap<>();
    private long stageStart;

    ProgressLine(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastPrint = started;
        this.stageStart = started;
    }

    @Override
    public synchronized void stage(String name) {
        long now = clock.getAsLong();
        stages.merge(name, now - stageStart, Long::sum);
        stageStart = now;
    }

    /** How long each stage took, as one line, with the rest of {@code total} (start-up, reporting) last. */
    synchronized String timings(long total) {
        StringBuilder line = new StringBuilder("timings:");
        long counted = 0;
        for (Map.Entry<String, Long> e : stages.entrySet()) {
            line.append(String.format(Locale.ROOT, " %s %.2f s;", e.getKey(), e.getValue() / 1e9));
            counted += e.getValue();
        }
        return line.append(String.format(Locale.ROOT, " other %.2f s; total %.2f s", (total - counted) / 1e9, total / 1e9))
                .toString();
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
        // told once per article key: the line is made only when it is shown
        if (terminal ? done < total && now - lastPrint < TERMINAL_INTERVAL_NANOS : now - lastPrint < PLAIN_INTERVAL_NANOS) return;
        String text = String.format(Locale.ROOT, "%s %d/%d (%d%%)", what, done, total, total == 0 ? 100 : done * 100L / total);
        if (terminal) {
            err.print("\r" + text);
        } else {
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
