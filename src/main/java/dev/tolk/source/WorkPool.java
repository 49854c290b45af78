package dev.tolk.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one task per item on a fixed number of threads and waits for all. Work is handed out
 * by index through a shared counter, so threads stay busy whatever the item sizes, and results
 * stored by index keep their input order whatever the thread count.
 */
public final class WorkPool implements AutoCloseable {
    private static final long STACK_BYTES = 256L << 20;
    private final ExecutorService executor;
    private final int threads;

    public WorkPool(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(this.threads, r -> {
            // Markdown nests without limit and its parsers recurse: a deep stack (reserved, not
            // committed) lets real content through; deeper still is caught per page
            Thread t = new Thread(null, r, "tolk-worker-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Calls {@code task} for 0..count-1; rethrows the first failure after all threads stop. */
    public void forEach(int count, IntConsumer task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, Math.max(1, count)); t++) {
            futures.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) task.accept(i);
                return null;
            }));
        }
        Exception first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                next.set(count);
                if (first == null) first = e.getCause() instanceof Exception ex ? ex : e;
            }
        }
        if (first != null) throw first;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
