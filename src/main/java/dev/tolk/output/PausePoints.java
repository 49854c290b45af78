package dev.tolk.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.locks.LockSupport;

/**
 * Named points in writing and swapping the output where a test can hold a build, so that it can
 * kill the process exactly there (the kill -9 sweep, {@code KillSweepIT}). Off unless the JVM
 * runs with {@code -Dtolk.test.pause-at=NAME}: the first thread to reach that point writes the
 * file named by {@code -Dtolk.test.pause-marker} (its content: the point's name) and then waits
 * for ever. The points: {@code begin}, {@code restored} (a site left aside by a killed build put
 * back), {@code staged}, {@code written-N} (the N-th file of the new site written), {@code commit},
 * {@code link}, {@code swap}, {@code swapped}, {@code aside}, {@code in}, {@code deleted-N} (the
 * N-th file deleted of a site left by a killed build, of the real folder replaced, or of what
 * the pool still holds after the swap) and {@code committed}; see {@link AtomicOutput}.
 */
final class PausePoints {
    /** The point to hold at, or null (the usual case: every call is then a field read). */
    private static final String AT = System.getProperty("tolk.test.pause-at");

    private PausePoints() {
    }

    static boolean on() {
        return AT != null;
    }

    /** Holds the calling thread for ever if {@code point} is the one asked for. */
    static void reach(String point) {
        if (AT == null || !AT.equals(point)) return;
        String marker = System.getProperty("tolk.test.pause-marker");
        if (marker != null) {
            try {
                Path m = Path.of(marker);
                Path tmp = m.resolveSibling(m.getFileName() + ".tmp");
                Files.writeString(tmp, point);
                Files.move(tmp, m, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        while (true) LockSupport.park(PausePoints.class); // until the test kills the process
    }
}
