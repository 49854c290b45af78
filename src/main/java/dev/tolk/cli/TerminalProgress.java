package dev.tolk.cli;

import dev.tolk.build.SiteBuilder;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A one-line progress indicator, shown only when the error stream is a terminal; and, for
 * {@code --timings}, how long each stage of the build took.
 */
final class TerminalProgress implements SiteBuilder.Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private volatile long lastPrint;
    /** Each stage ended so far, with its wall time in ns; null when not timing. */
    private final Map<String, Long> stages;
    private long stageStart = System.nanoTime();

    private TerminalProgress(PrintWriter err, boolean enabled, boolean timed) {
        this.err = err;
        this.enabled = enabled;
        this.stages = timed ? new LinkedHashMap<>() : null;
    }

    static TerminalProgress forStream(PrintWriter err) {
        return forStream(err, false);
    }

    /** Progress on {@code err} when it is a terminal; {@code timed}: keep each stage's time. */
    static TerminalProgress forStream(PrintWriter err, boolean timed) {
        return new TerminalProgress(err, System.console() != null && System.getenv("CI") == null, timed);
    }

    @Override
    public void stage(String name) {
        if (stages == null) return;
        long now = System.nanoTime();
        stages.merge(name, now - stageStart, Long::sum);
        stageStart = now;
    }

    /** The stages' times as one line, with the rest of {@code total} (start-up, reporting) last. */
    String timings(long total) {
        StringBuilder line = new StringBuilder("timings:");
        long counted = 0;
        for (Map.Entry<String, Long> e : stages.entrySet()) {
            line.append(String.format(Locale.ROOT, " %s %.2f s;", e.getKey(), e.getValue() / 1e9));
            counted += e.getValue();
        }
        return line.append(String.format(Locale.ROOT, " other %.2f s; total %.2f s", (total - counted) / 1e9, total / 1e9))
                .toString();
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
