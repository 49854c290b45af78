package dev.tolk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits on a condition with a deadline, for tests (no fixed sleeps): the condition is asked
 * again at once, then after pauses that grow to 20 ms, until it holds; past the deadline the
 * test fails with what the caller says went wrong. A test waits as long as the condition takes
 * to hold and no longer; the deadline only bounds a test that would otherwise hang.
 */
public final class Await {
    private static final long LONGEST_PAUSE_MILLIS = 20;

    /** A condition that may throw (an HTTP request, a file read). */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /** Returns once {@code condition} holds; fails with {@code failure} if it does not within {@code deadline}. */
    public static void until(Duration deadline, Condition condition, Supplier<String> failure) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        long pause = 1;
        while (!condition.holds()) {
            if (System.nanoTime() - end > 0) fail("not within " + deadline.toMillis() + " ms: " + failure.get());
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }
}
