package dev.tolk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that takes long enough to decide when the run ends if it starts late: about
 * {@code seconds} of the two test threads' time on the 2-core machines. {@link CostliestFirst}
 * starts such classes before the others. Only the order changes, never what a class does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Costly {
    /** About how long the class keeps a test thread busy, in seconds (measured, rounded). */
    int seconds();
}
