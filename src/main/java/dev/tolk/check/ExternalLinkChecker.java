package dev.tolk.check;

import dev.tolk.check.LinkStatus.Outcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The external link checker behind {@code tolk check --external}, in the manner of lychee. Each
 * distinct URL (the {@code #fragment} dropped) is settled once: without a request when it is
 * excluded, not http(s), or fresh in the {@link LinkCache}; otherwise by {@link LinkProbe}, with
 * at most {@code concurrency} URLs in flight and {@code perHost} requests per host. Definitive
 * results go into the cache; saving it is the caller's business.
 * <p>
 * The checker builds its HTTP client once and may be used for several checks, one at a time.
 */
public final class ExternalLinkChecker {

    /** Told how many URLs are done, for a terminal progress line; called from the checking threads. */
    public interface Progress {
        Progress NONE = (done, total) -> {
        };

        void urls(int done, int total);
    }

    static final Duration RETRY_BASE = Duration.ofMillis(200);
    static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(60);

    private final ExternalSettings settings;
    private final LinkCache cache;
    private final Clock clock;
    private final Progress progress;
    private final List<Pattern> exclude;
    private final LinkProbe probe;

    public ExternalLinkChecker(ExternalSettings settings, LinkCache cache, Clock clock, Progress progress) {
        this(settings, cache, clock, progress, RETRY_BASE, RETRY_AFTER_CAP, AddressPolicy.HostResolver.SYSTEM);
    }

    /**
     * @param retryBase     the first backoff delay, doubled on each further retry
     * @param retryAfterCap the longest wait, whatever a server's {@code Retry-After} asks
     * @param resolver      name resolution (tests replace it so that no DNS server is asked)
     */
    ExternalLinkChecker(ExternalSettings settings, LinkCache cache, Clock clock, Progress progress,
                        Duration retryBase, Duration retryAfterCap, AddressPolicy.HostResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.exclude = settings.exclude().stream().map(Pattern::compile).toList();
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                // HTTP/1.1: an h2c upgrade on plain http confuses some servers, and a status needs no multiplexing
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.probe = new LinkProbe(client, settings, new AddressPolicy(resolver, settings.allowPrivate()),
                new RetryDelays(retryBase, retryAfterCap, clock));
    }

    /**
     * Checks each distinct URL once (the input may repeat URLs, with or without fragments) and
     * returns, sorted by URL, a result for every distinct input URL, keyed by the URL as given;
     * the {@link LinkStatus#url()} of the result is the URL requested, without its fragment.
     * Network problems become {@link Outcome#BROKEN} results, never exceptions.
     *
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are abandoned
     */
    public Map<String, LinkStatus> check(Collection<String> urls) throws InterruptedException {
        Map<String, String> targetOf = new TreeMap<>();
        for (String url : urls) targetOf.put(Objects.requireNonNull(url, "url"), withoutFragment(url.strip()));
        List<String> targets = interleavedByHost(new TreeSet<>(targetOf.values()));
        Map<String, LinkStatus> results = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        int total = targets.size();
        progress.urls(0, total);

        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
        Semaphore slots = new Semaphore(settings.concurrency());
        List<Future<?>> running = new ArrayList<>();
        try {
            for (String target : targets) {
                Optional<LinkStatus> settled = withoutRequest(target);
                if (settled.isPresent()) {
                    results.put(target, settled.get());
                    progress.urls(done.incrementAndGet(), total);
                    continue;
                }
                slots.acquire();
                running.add(workers.submit(() -> {
                    try {
                        LinkStatus status = probe.probe(target);
                        cache.put(status, clock.instant());
                        results.put(target, status);
                        progress.urls(done.incrementAndGet(), total);
                        return null;
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Future<?> f : running) await(f);
        } finally {
            workers.shutdownNow();
        }
        Map<String, LinkStatus> out = new TreeMap<>();
        targetOf.forEach((url, target) -> out.put(url, results.get(target)));
        return out;
    }

    /** The result of a URL that needs no request: excluded, not http(s), or fresh in the cache. */
    private Optional<LinkStatus> withoutRequest(String url) {
        for (Pattern p : exclude) {
            if (p.matcher(url).find()) {
                return Optional.of(new LinkStatus(url, Outcome.EXCLUDED, 0, "excluded by pattern '" + p.pattern() + "'", 0, false));
            }
        }
        if (!isHttp(url)) return Optional.of(new LinkStatus(url, Outcome.EXCLUDED, 0, "not http(s)", 0, false));
        if (settings.cacheMaxAge().isZero()) return Optional.empty();
        return cache.get(url, clock.instant(), settings.cacheMaxAge());
    }

    private static void await(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            // the probe turns every network problem into a result, so this is a bug: let it surface
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException ie) throw ie;
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The URLs reordered so that consecutive ones are on different hosts where possible (one of
     * each host in turn, hosts and URLs sorted): a run of URLs on one host would otherwise fill
     * every slot and leave them waiting on that host's permits.
     */
    static List<String> interleavedByHost(Collection<String> urls) {
        Map<String, Deque<String>> byHost = new TreeMap<>();
        for (String url : urls) byHost.computeIfAbsent(host(url), h -> new ArrayDeque<>()).add(url);
        List<String> out = new ArrayList<>(urls.size());
        while (!byHost.isEmpty()) {
            byHost.values().removeIf(queue -> {
                out.add(queue.poll());
                return queue.isEmpty();
            });
        }
        return out;
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "tolk-link-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
