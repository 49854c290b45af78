package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.tolk.check.LinkStatus.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checker against an HTTP server on 127.0.0.1; no test reaches, or resolves, any other address. */
class ExternalLinkCheckerIT {
    private static final Duration BACKOFF = Duration.ofMillis(10);
    private static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(1);

    /** Resolves IP literals only, without any lookup; every name is unknown, so no DNS server is ever asked. */
    private static final AddressPolicy.HostResolver LITERALS_ONLY = host -> {
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) throw new UnknownHostException(host);
        return new InetAddress[] {InetAddress.getByName(host)};
    };

    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger limitedCalls = new AtomicInteger();
    private final AtomicInteger busyNow = new AtomicInteger();
    private final AtomicInteger busyMost = new AtomicInteger();
    private final CountDownLatch testOver = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // a thread per exchange, so that the slow handler does not hold up the others
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        handle("/ok", ex -> respond(ex, 200));
        handle("/missing", ex -> respond(ex, 404));
        handle("/flaky", ex -> respond(ex, flakyCalls.getAndIncrement() == 0 ? 503 : 200));
        handle("/limited", ex -> {
            if (limitedCalls.getAndIncrement() == 0) {
                ex.getResponseHeaders().set("Retry-After", "1");
                respond(ex, 429);
            } else {
                respond(ex, 200);
            }
        });
        handle("/hop3", ex -> redirect(ex, base + "/hop2")); // absolute
        handle("/hop2", ex -> redirect(ex, "hop1")); // relative to the path
        handle("/hop1", ex -> redirect(ex, "/ok#top")); // absolute path, with a fragment
        handle("/loop-a", ex -> redirect(ex, "/loop-b"));
        handle("/loop-b", ex -> redirect(ex, "/loop-a"));
        handle("/chain/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
            if (n == 0) respond(ex, 200);
            else redirect(ex, "/chain/" + (n - 1));
        });
        handle("/slow", ex -> {
            // answers only when the test is over: later than any timeout, however slow the machine
            try {
                if (testOver.await(30, TimeUnit.SECONDS)) return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            respond(ex, 200);
        });
        handle("/no-head", ex -> respond(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200));
        handle("/to-private", ex -> redirect(ex, "http://10.0.0.5/"));
        handle("/busy", ex -> {
            busyMost.accumulateAndGet(busyNow.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                busyNow.decrementAndGet();
            }
            respond(ex, 200);
        });
        server.start();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        testOver.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
        serverThreads.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void handle(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            try (ex) {
                handler.handle(ex);
            }
        });
    }

    private static void respond(HttpExchange ex, int status) throws IOException {
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        // a body larger than a client should read just to learn the status
        byte[] body = new byte[256 * 1024];
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the checker closes the body unread
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static ExternalSettings settings(Duration timeout, boolean allowPrivate, List<String> exclude) {
        return new ExternalSettings(timeout, 2, 4, 2, Duration.ofDays(1), exclude, allowPrivate);
    }

    private static ExternalSettings loopback() {
        return settings(Duration.ofSeconds(2), true, List.of());
    }

    private static ExternalLinkChecker checker(ExternalSettings settings, LinkCache cache, Clock clock,
                                               AddressPolicy.HostResolver resolver) {
        return new ExternalLinkChecker(settings, cache, clock, ExternalLinkChecker.Progress.NONE, BACKOFF, RETRY_AFTER_CAP, resolver);
    }

    private static ExternalLinkChecker checker(ExternalSettings settings) {
        return checker(settings, LinkCache.inMemory(), Clock.systemUTC(), LITERALS_ONLY);
    }

    private LinkStatus checkOne(ExternalSettings settings, String url) throws InterruptedException {
        return checker(settings).check(List.of(url)).get(url);
    }

    private List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Test
    void requestsEachDistinctUrlOnceWithHead() throws InterruptedException {
        List<String> urls = List.of(base + "/ok", base + "/ok#intro", base + "/ok#setup", base + "/ok");
        Map<String, LinkStatus> results = checker(loopback()).check(urls);

        assertEquals(List.of(base + "/ok", base + "/ok#intro", base + "/ok#setup"), List.copyOf(results.keySet()));
        for (LinkStatus s : results.values()) {
            assertEquals(new LinkStatus(base + "/ok", Outcome.OK, 200, "200 OK", 1, false), s);
        }
        assertEquals(List.of("HEAD /ok"), requests());
    }

    @Test
    void sendsTolkUserAgent() throws InterruptedException {
        checkOne(loopback(), base + "/ok");
        assertEquals(List.of("tolk-link-checker/1.0"), userAgents);
    }

    @Test
    void reportsNotFoundWithoutRetrying() throws InterruptedException {
        LinkStatus s = checkOne(loopback(), base + "/missing");
        assertEquals(new LinkStatus(base + "/missing", Outcome.BROKEN, 404, "404 Not Found", 1, false), s);
        assertEquals(List.of("HEAD /missing"), requests());
    }

    @Test
    void retriesServiceUnavailable() throws InterruptedException {
        LinkStatus s = checkOne(loopback(), base + "/flaky");
        assertEquals(Outcome.OK, s.outcome());
        assertEquals(2, s.attempts());
        assertEquals(List.of("HEAD /flaky", "HEAD /flaky"), requests());
    }

    @Test
    void honoursRetryAfterOfTooManyRequests() throws InterruptedException {
        long start = System.nanoTime();
        LinkStatus s = checkOne(loopback(), base + "/limited");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(Outcome.OK, s.outcome());
        assertEquals(2, s.attempts());
        assertTrue(elapsedMillis >= 950, "waited only " + elapsedMillis + " ms");
        assertEquals(List.of("HEAD /limited", "HEAD /limited"), requests());
    }

    @Test
    void followsRedirectChainToItsEnd() throws InterruptedException {
        LinkStatus s = checkOne(loopback(), base + "/hop3");
        assertEquals(new LinkStatus(base + "/hop3", Outcome.OK, 200, "200 OK", 1, false), s);
        assertEquals(List.of("HEAD /hop3", "HEAD /hop2", "HEAD /hop1", "HEAD /ok"), requests());
    }

    @Test
    void reportsRedirectLoop() throws InterruptedException {
        LinkStatus s = checkOne(loopback(), base + "/loop-a");
        assertEquals(Outcome.BROKEN, s.outcome());
        assertEquals("redirect loop", s.detail());
        assertEquals(302, s.httpStatus());
        assertEquals(List.of("HEAD /loop-a", "HEAD /loop-b"), requests());
    }

    @Test
    void followsFiveRedirectsButNotSix() throws InterruptedException {
        assertEquals(Outcome.OK, checkOne(loopback(), base + "/chain/5").outcome());
        requests.clear();

        LinkStatus s = checkOne(loopback(), base + "/chain/6");
        assertEquals(Outcome.BROKEN, s.outcome());
        assertEquals("too many redirects", s.detail());
        assertEquals(6, requests().size());
    }

    @Test
    void reportsTimeoutAfterEveryAttempt() throws InterruptedException {
        ExternalSettings settings = settings(Duration.ofMillis(300), true, List.of());
        LinkStatus s = checkOne(settings, base + "/slow");

        assertEquals(Outcome.BROKEN, s.outcome());
        assertTrue(s.detail().contains("timed out"), s.detail());
        assertEquals("timed out after 300 ms", s.detail());
        assertEquals(settings.retries() + 1, s.attempts());
        assertEquals(Collections.nCopies(settings.retries() + 1, "HEAD /slow"), requests());
    }

    @Test
    void reportsRefusedConnectionAfterRetries() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LinkStatus s = checkOne(loopback(), "http://127.0.0.1:" + closedPort + "/");
        assertEquals(Outcome.BROKEN, s.outcome());
        assertTrue(s.detail().startsWith("could not connect"), s.detail());
        assertEquals(3, s.attempts());
    }

    @Test
    void fallsBackToGetWhenHeadIsRefused() throws InterruptedException {
        LinkStatus s = checkOne(loopback(), base + "/no-head");
        assertEquals(new LinkStatus(base + "/no-head", Outcome.OK, 200, "200 OK", 1, false), s);
        assertEquals(List.of("HEAD /no-head", "GET /no-head"), requests());
    }

    @Test
    void refusesPrivateAddressesWithoutRequest() throws InterruptedException {
        ExternalSettings settings = settings(Duration.ofSeconds(2), false, List.of());
        String loopbackUrl = base + "/ok";
        Map<String, LinkStatus> results = checker(settings).check(List.of(loopbackUrl, "http://10.0.0.5/", "http://[::1]/"));

        assertEquals(new LinkStatus(loopbackUrl, Outcome.REFUSED, 0, "refused: 127.0.0.1 is a loopback address", 0, false),
                results.get(loopbackUrl));
        assertEquals("refused: 10.0.0.5 is a private address", results.get("http://10.0.0.5/").detail());
        assertEquals("refused: ::1 is a loopback address", results.get("http://[::1]/").detail());
        for (LinkStatus s : results.values()) assertEquals(Outcome.REFUSED, s.outcome());
        assertEquals(List.of(), requests());
    }

    @Test
    void namesEveryKindOfRestrictedAddress() throws InterruptedException {
        AddressPolicy.HostResolver intranet = host -> host.equals("intranet.test")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 7}),
                        InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})}
                : LITERALS_ONLY.resolve(host);
        ExternalSettings settings = settings(Duration.ofSeconds(2), false, List.of());
        Map<String, LinkStatus> results = checker(settings, LinkCache.inMemory(), Clock.systemUTC(), intranet).check(List.of(
                "https://intranet.test/wiki", "http://169.254.169.254/latest/meta-data/", "http://[fd12:3456::1]/",
                "http://[fe80::1]/", "http://0.0.0.0/", "http://224.0.0.1/", "http://192.168.1.1/", "http://172.16.0.1/"));

        assertEquals(List.of("refused: 0.0.0.0 is an unspecified (any-local) address",
                "refused: 169.254.169.254 is a link-local address",
                "refused: 172.16.0.1 is a private address",
                "refused: 192.168.1.1 is a private address",
                "refused: 224.0.0.1 is a multicast address",
                "refused: fd12:3456::1 is a unique-local address",
                "refused: fe80::1 is a link-local address",
                "refused: intranet.test resolves to 10.1.2.3, a private address"),
                results.values().stream().map(LinkStatus::detail).toList());
    }

    @Test
    void refusesPrivateRedirectTarget() throws InterruptedException {
        // 127.0.0.1 passes for a public address here, so that the server can send the redirect
        AddressPolicy.HostResolver publicLoopback = host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 7})}
                : LITERALS_ONLY.resolve(host);
        ExternalSettings settings = settings(Duration.ofSeconds(2), false, List.of());
        String url = base + "/to-private";
        LinkStatus s = checker(settings, LinkCache.inMemory(), Clock.systemUTC(), publicLoopback).check(List.of(url)).get(url);

        assertEquals(Outcome.REFUSED, s.outcome());
        assertEquals(302, s.httpStatus());
        assertEquals("refused: 10.0.0.5 is a private address (redirect to http://10.0.0.5/)", s.detail());
        assertEquals(List.of("HEAD /to-private"), requests());
    }

    @Test
    void reportsUnknownHostWithoutRequest() throws InterruptedException {
        LinkStatus s = checkOne(loopback(), "https://no-such-host.invalid/page");
        assertEquals(new LinkStatus("https://no-such-host.invalid/page", Outcome.BROKEN, 0, "unknown host", 0, false), s);
    }

    @Test
    void excludesMatchingAndNonHttpUrls() throws InterruptedException {
        ExternalSettings settings = settings(Duration.ofSeconds(2), true, List.of("/missing$"));
        Map<String, LinkStatus> results = checker(settings).check(List.of(base + "/missing", "mailto:help@example.org", "ftp://127.0.0.1/x"));

        assertEquals(Outcome.EXCLUDED, results.get(base + "/missing").outcome());
        assertEquals(new LinkStatus("mailto:help@example.org", Outcome.EXCLUDED, 0, "not http(s)", 0, false),
                results.get("mailto:help@example.org"));
        assertEquals("not http(s)", results.get("ftp://127.0.0.1/x").detail());
        assertEquals(List.of(), requests());
    }

    @Test
    void servesFreshResultsFromCacheUntilTheyAge() throws InterruptedException {
        MutableClock clock = new MutableClock(Instant.parse("2025-11-26T12:00:00Z"));
        LinkCache cache = LinkCache.inMemory();
        List<String> urls = List.of(base + "/ok", base + "/missing", base + "/flaky");

        Map<String, LinkStatus> first = checker(loopback(), cache, clock, LITERALS_ONLY).check(urls);
        assertFalse(first.get(base + "/ok").fromCache());
        assertEquals(4, requests().size()); // ok, missing, flaky twice (503 then 200)

        clock.advance(Duration.ofHours(23));
        Map<String, LinkStatus> second = checker(loopback(), cache, clock, LITERALS_ONLY).check(urls);
        assertEquals(new LinkStatus(base + "/ok", Outcome.OK, 200, "200 OK", 0, true), second.get(base + "/ok"));
        assertEquals(new LinkStatus(base + "/missing", Outcome.BROKEN, 404, "404 Not Found", 0, true), second.get(base + "/missing"));
        assertTrue(second.get(base + "/flaky").fromCache());
        assertEquals(4, requests().size());

        clock.advance(Duration.ofHours(2));
        Map<String, LinkStatus> third = checker(loopback(), cache, clock, LITERALS_ONLY).check(urls.subList(0, 2));
        assertFalse(third.get(base + "/ok").fromCache());
        assertFalse(third.get(base + "/missing").fromCache());
        assertEquals(List.of("HEAD /missing", "HEAD /ok"), requests().subList(4, 6).stream().sorted().toList());
        assertEquals(6, requests().size());
    }

    @Test
    void reportsProgressUpToTheTotal() throws InterruptedException {
        List<int[]> calls = Collections.synchronizedList(new ArrayList<>());
        ExternalLinkChecker checker = new ExternalLinkChecker(loopback(), LinkCache.inMemory(), Clock.systemUTC(),
                (done, total) -> calls.add(new int[] {done, total}), BACKOFF, RETRY_AFTER_CAP, LITERALS_ONLY);
        checker.check(List.of(base + "/ok", base + "/missing", "mailto:x@example.org", base + "/ok#a"));

        assertEquals(4, calls.size());
        assertEquals(List.of(0, 1, 2, 3), calls.stream().map(c -> c[0]).sorted().toList());
        for (int[] c : calls) assertEquals(3, c[1]);
    }

    @Test
    void keepsToThePerHostLimit() throws InterruptedException {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 12; i++) urls.add(base + "/busy?page=" + i);
        ExternalSettings settings = loopback(); // 4 at a time, 2 per host
        Map<String, LinkStatus> results = checker(settings).check(urls);

        assertEquals(12, results.size());
        for (LinkStatus s : results.values()) assertEquals(Outcome.OK, s.outcome());
        assertEquals(12, requests().size());
        assertEquals(settings.perHost(), busyMost.get());
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryDelays.parseRetryAfter("120", now));
        assertEquals(Optional.of(Duration.ofSeconds(60)), RetryDelays.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryDelays.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryDelays.parseRetryAfter("soon", now));
    }

    @Test
    void backsOffExponentiallyUpToTheCap() {
        RetryDelays delays = new RetryDelays(Duration.ofMillis(200), Duration.ofSeconds(60), Clock.systemUTC());
        assertEquals(Duration.ofMillis(200), delays.after(1, Optional.empty()));
        assertEquals(Duration.ofMillis(400), delays.after(2, Optional.empty()));
        assertEquals(Duration.ofMillis(800), delays.after(3, Optional.empty()));
        assertEquals(Duration.ofSeconds(60), delays.after(30, Optional.empty()));
        assertEquals(Duration.ofSeconds(5), delays.after(1, Optional.of("5")));
        assertEquals(Duration.ofSeconds(60), delays.after(1, Optional.of("86400")));
    }

    @Test
    void describesStatusesWithReasonPhrases() {
        assertEquals("404 Not Found", ReasonPhrases.describe(404));
        assertEquals("503 Service Unavailable", ReasonPhrases.describe(503));
        assertEquals("499 Client Error", ReasonPhrases.describe(499));
        assertEquals("999 Unknown Status", ReasonPhrases.describe(999));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
