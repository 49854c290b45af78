package dev.tolk.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Holds work linear in its input by count, never by clock: the same work on an input of size n
 * and of size 2n, each on a {@link CountedText}; twice the input may read at most 2.2 times the
 * characters (a quadratic step reads four times as many).
 */
public final class Linearity {
    /** How much more work twice the input may take. */
    public static final double MAX_GROWTH = 2.2;

    private Linearity() {
    }

    /** The counts for n and 2n, read by {@code work} on {@code input.apply(n)} and {@code input.apply(2 * n)}. */
    public record Counts(String what, int n, long once, long twice) {
        public double growth() {
            return (double) twice / once;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: n=%,d reads %,d; 2n reads %,d (x%.2f)", what, n, once, twice, growth());
        }
    }

    public static Counts assertLinear(String what, int n, IntFunction<String> input, Consumer<CharSequence> work) {
        String small = input.apply(n);
        String large = input.apply(2 * n);
        Counts counts = new Counts(what, n, reads(small, work), reads(large, work));
        // the work must have read its input at all, or the count says nothing
        assertTrue(counts.once() >= small.length() / 2, counts + " for an input of " + small.length() + " characters");
        assertTrue(counts.growth() <= MAX_GROWTH, counts.toString());
        return counts;
    }

    private static long reads(String text, Consumer<CharSequence> work) {
        CountedText counted = new CountedText(text);
        work.accept(counted);
        return counted.reads();
    }
}
