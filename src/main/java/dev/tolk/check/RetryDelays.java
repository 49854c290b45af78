package dev.tolk.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long to wait before trying a URL again: exponential backoff ({@code base × 2^(n-1)} after
 * the n-th failed attempt), or what the server asked for in {@code Retry-After} (seconds or an
 * HTTP-date); either way no longer than the cap, so one unkind server cannot stall a check.
 */
final class RetryDelays {
    private final Duration base;
    private final Duration cap;
    private final Clock clock;

    RetryDelays(Duration base, Duration cap, Clock clock) {
        if (base.isNegative() || cap.isNegative()) throw new IllegalArgumentException("negative delay");
        this.base = base;
        this.cap = cap;
        this.clock = clock;
    }

    /**
     * The wait after {@code failedAttempts} attempts (1 or more) have failed.
     *
     * @param retryAfter the {@code Retry-After} header of the last answer, if it had one worth honouring
     */
    Duration after(int failedAttempts, Optional<String> retryAfter) {
        Optional<Duration> asked = retryAfter.flatMap(v -> parseRetryAfter(v, clock.instant()));
        Duration wait = asked.orElseGet(() -> base.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1))));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** A {@code Retry-After} value as a wait from {@code now}: delta-seconds or an HTTP-date; empty if neither. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.isEmpty()) return Optional.empty();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // a huge number is still just "a long time": the cap applies
            return Optional.of(v.length() > 9 ? Duration.ofSeconds(999_999_999L) : Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
