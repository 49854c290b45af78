package dev.tolk.check;

import dev.tolk.check.LinkStatus.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLException;

/**
 * Checks one URL over the network: HEAD first (GET when a server refuses HEAD, closing the body
 * unread), redirects followed by hand so that each target is screened like the first, and the
 * whole attempt repeated with backoff when the failure may pass (timeouts, I/O errors, 5xx, 408,
 * 429). One instance serves all the URLs of a check, from many threads: it holds the per-host
 * permits that keep any one server from getting more than {@code perHost} requests at a time.
 */
final class LinkProbe {
    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "tolk-link-checker/1.0";
    /** Answers some servers give to HEAD alone; the same URL is then asked with GET. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);
    /** Answers that say HEAD is not supported at all, so the host is asked with GET from then on. */
    private static final Set<Integer> HEAD_UNSUPPORTED = Set.of(405, 501);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final Duration timeout;
    private final int retries;
    private final int perHost;
    private final AddressPolicy addresses;
    private final RetryDelays delays;
    private final ConcurrentHashMap<String, Semaphore> hostPermits = new ConcurrentHashMap<>();
    private final Set<String> hostsWithoutHead = ConcurrentHashMap.newKeySet();

    LinkProbe(HttpClient client, ExternalSettings settings, AddressPolicy addresses, RetryDelays delays) {
        this.client = client;
        this.timeout = settings.timeout();
        this.retries = settings.retries();
        this.perHost = settings.perHost();
        this.addresses = addresses;
        this.delays = delays;
    }

    /** An HTTP answer: its status and the headers that matter here. */
    private record Answer(int status, Optional<String> location, Optional<String> retryAfter) {
    }

    /** How one attempt ended; {@code retryAfter} is the server's {@code Retry-After}, where it is honoured. */
    private record Attempt(Outcome outcome, int status, String detail, boolean retryable, Optional<String> retryAfter) {
        static Attempt broken(int status, String detail) {
            return new Attempt(Outcome.BROKEN, status, detail, false, Optional.empty());
        }
    }

    /** Checks {@code url} (http or https, without a fragment). Never throws for a network problem. */
    LinkStatus probe(String url) throws InterruptedException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new LinkStatus(url, Outcome.BROKEN, 0, "malformed URL: " + e.getReason(), 0, false);
        }
        if (uri.getHost() == null) {
            return new LinkStatus(url, Outcome.BROKEN, 0, "malformed URL: no host name in it", 0, false);
        }
        Optional<Attempt> screened = screen(uri, 0, false);
        if (screened.isPresent()) return status(url, screened.get(), 0);
        for (int attempt = 1; ; attempt++) {
            Attempt a = follow(uri);
            if (!a.retryable() || attempt > retries) return status(url, a, attempt);
            Thread.sleep(delays.after(attempt, a.retryAfter()).toMillis());
        }
    }

    private static LinkStatus status(String url, Attempt a, int attempts) {
        return new LinkStatus(url, a.outcome(), a.status(), a.detail(), attempts, false);
    }

    /** Refuses a host that does not resolve or is not public (unless allowed); empty when it may be asked. */
    private Optional<Attempt> screen(URI target, int lastStatus, boolean redirected) {
        String where = redirected ? " (redirect to " + target + ")" : "";
        AddressPolicy.Verdict verdict = addresses.judge(target.getHost());
        if (verdict instanceof AddressPolicy.Unresolved) {
            return Optional.of(Attempt.broken(lastStatus, "unknown host" + where));
        }
        if (verdict instanceof AddressPolicy.Refused r) {
            return Optional.of(new Attempt(Outcome.REFUSED, lastStatus, "refused: " + r.reason() + where, false, Optional.empty()));
        }
        return Optional.empty();
    }

    /** One attempt: the request and the redirects after it, up to a final answer or a failure. */
    private Attempt follow(URI start) throws InterruptedException {
        Set<String> seen = new HashSet<>();
        seen.add(start.toString());
        URI current = start;
        int lastStatus = 0;
        for (int redirects = 0; ; ) {
            Answer answer;
            try {
                answer = exchange(current);
            } catch (IOException e) {
                return failure(e, lastStatus);
            } catch (IllegalArgumentException e) {
                // the HTTP client refuses some URIs that java.net.URI accepts
                return Attempt.broken(lastStatus, "malformed URL: " + e.getMessage());
            }
            int code = answer.status();
            lastStatus = code;
            if (!REDIRECTS.contains(code)) return classify(answer);
            if (answer.location().isEmpty()) return Attempt.broken(code, ReasonPhrases.describe(code) + " without a Location");
            Optional<URI> next = resolve(current, answer.location().get());
            if (next.isEmpty()) return Attempt.broken(code, "redirect to a malformed URL: " + answer.location().get());
            URI target = next.get();
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || target.getHost() == null) {
                return Attempt.broken(code, "redirect to a URL that is not http(s): " + target);
            }
            if (!seen.add(target.toString())) return Attempt.broken(code, "redirect loop");
            if (++redirects > MAX_REDIRECTS) return Attempt.broken(code, "too many redirects");
            Optional<Attempt> screened = screen(target, code, true);
            if (screened.isPresent()) return screened.get();
            current = target;
        }
    }

    private static Attempt classify(Answer answer) {
        int code = answer.status();
        String detail = ReasonPhrases.describe(code);
        if (code >= 200 && code < 300) return new Attempt(Outcome.OK, code, detail, false, Optional.empty());
        boolean retryable = (code >= 500 && code < 600) || code == 408 || code == 429;
        Optional<String> retryAfter = code == 429 || code == 503 ? answer.retryAfter() : Optional.empty();
        return new Attempt(Outcome.BROKEN, code, detail, retryable, retryAfter);
    }

    private Attempt failure(IOException e, int lastStatus) {
        if (e instanceof HttpConnectTimeoutException) {
            return new Attempt(Outcome.BROKEN, lastStatus, "timed out after " + human(timeout) + " while connecting", true, Optional.empty());
        }
        if (e instanceof HttpTimeoutException) {
            return new Attempt(Outcome.BROKEN, lastStatus, "timed out after " + human(timeout), true, Optional.empty());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a certificate or protocol problem will fail the same way next time
            if (t instanceof SSLException) return Attempt.broken(lastStatus, "TLS error: " + message(t));
        }
        String what = e instanceof ConnectException ? "could not connect: " : "connection failed: ";
        return new Attempt(Outcome.BROKEN, lastStatus, what + message(e), true, Optional.empty());
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getCause() != null ? message(t.getCause()) : t.getClass().getSimpleName();
        return m.strip();
    }

    /** {@code "20 s"} or {@code "300 ms"}. */
    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private Answer exchange(URI uri) throws IOException, InterruptedException {
        String host = hostKey(uri);
        if (!hostsWithoutHead.contains(host)) {
            Answer head = send(uri, "HEAD");
            if (!HEAD_REFUSED.contains(head.status())) return head;
            if (HEAD_UNSUPPORTED.contains(head.status())) hostsWithoutHead.add(host);
        }
        return send(uri, "GET");
    }

    private Answer send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build();
        Semaphore permits = hostPermits.computeIfAbsent(hostKey(uri), h -> new Semaphore(perHost, true));
        permits.acquire();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // the status is all that is wanted: closing the body unread drops the connection rather than download a large file
            response.body().close();
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Location"), response.headers().firstValue("Retry-After"));
        } finally {
            permits.release();
        }
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** The absolute, fragment-free target of a {@code Location} header, resolved against the URL that sent it. */
    private static Optional<URI> resolve(URI base, String location) {
        try {
            URI ref = new URI(location.strip());
            // java.net.URI resolves "x" against "http://host" to "http://hostx"
            URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
            URI target = from.resolve(ref);
            String text = target.toString();
            int hash = text.indexOf('#');
            return Optional.of(hash < 0 ? target : new URI(text.substring(0, hash)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
