package dev.tolk.check;

import java.util.Objects;

/**
 * The outcome of checking one external URL.
 *
 * @param url        the URL as requested: the link target without its {@code #fragment}
 * @param outcome    what became of it
 * @param httpStatus the last HTTP status received (a redirect's, if the chain stopped there), 0 if none
 * @param detail     a short human-readable account: {@code "404 Not Found"}, {@code "timed out after 20 s"},
 *                   {@code "redirect loop"}, {@code "refused: 10.0.0.5 is a private address"}, …
 * @param attempts   how many times the URL was tried (0 when no request was made: excluded, refused,
 *                   unknown host, or served from the cache)
 * @param fromCache  whether the result came from the link cache rather than from a request
 */
public record LinkStatus(String url, Outcome outcome, int httpStatus, String detail, int attempts, boolean fromCache) {

    /** What became of a URL. Only {@link #BROKEN} is a problem in the content. */
    public enum Outcome {
        /** answered 2xx, possibly after redirects */
        OK,
        /** answered 4xx/5xx, or failed after its retries */
        BROKEN,
        /** matched an {@code external.exclude} pattern, or is not http(s); not requested */
        EXCLUDED,
        /** its host is a private, loopback, link-local, unique-local, any-local or multicast address and {@code allow-private} is off; not requested */
        REFUSED
    }

    public LinkStatus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        if (attempts < 0) throw new IllegalArgumentException("attempts < 0: " + attempts);
    }

    /** Whether this is a problem to report as {@code link/external-broken}. */
    public boolean broken() {
        return outcome == Outcome.BROKEN;
    }
}
