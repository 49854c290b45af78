package dev.tolk.serve;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.site.SiteBuilder;
import dev.tolk.site.SiteConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code tolk serve}: builds the site into a temporary folder, serves it ({@link SiteServer}),
 * watches the content, templates and configuration, and on a change builds again, swaps the new
 * site in and reloads open pages. Each rebuild is a full build (not yet incremental); its
 * diagnostics are printed. One instance per command; {@link #close()} stops it and removes the
 * temporary folders.
 */
public final class Preview implements AutoCloseable {
    /** Where to read, and what to watch besides the content and templates folders. */
    public record Options(Path source, Path templates, Path config, int jobs, Path workDir) {
    }

    private final SiteConfig config;
    private final Options options;
    private final PrintWriter out;
    private final Path scratch;
    private final SiteServer server;
    private final WatchService watcher;
    private final Thread watching;
    private int builds;
    private Path current;
    private java.util.List<String> lastDiagnostics = java.util.List.of();

    public Preview(SiteConfig config, Options options, InetAddress bind, int port, PrintWriter out) throws Exception {
        this.config = config;
        this.options = options;
        this.out = out;
        this.scratch = Files.createTempDirectory("tolk-serve-");
        this.current = build();
        this.server = new SiteServer(current, bind, port);
        server.diagnostics(lastDiagnostics);
        this.watcher = FileSystems.getDefault().newWatchService();
        register(options.source());
        if (Files.isDirectory(options.templates())) register(options.templates());
        Path configDir = options.config().toAbsolutePath().getParent();
        if (configDir != null && Files.isDirectory(configDir)) {
            configDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        this.watching = new Thread(this::watch, "tolk-watch");
        watching.setDaemon(true);
        watching.start();
    }

    public int port() {
        return server.port();
    }

    private Path build() throws Exception {
        long started = System.nanoTime();
        Path target = scratch.resolve("build-" + (++builds));
        DiagnosticCollector diagnostics = new DiagnosticCollector(config.rules());
        SiteBuilder.Result result = new SiteBuilder().build(config, new SiteBuilder.Options(options.source(),
                options.templates(), target, java.util.List.of(), options.jobs(), options.workDir()), diagnostics,
                SiteBuilder.Progress.NONE);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (Diagnostic d : diagnostics.sorted()) {
            out.println(d.format());
            lines.add(d.format());
        }
        lastDiagnostics = lines;
        out.printf(java.util.Locale.ROOT, "tolk serve: build %d, %d pages, %d errors, %d warnings in %.2f s%n", builds,
                result.pagesPerLocale().values().stream().mapToInt(Integer::intValue).sum(),
                diagnostics.count(dev.tolk.diag.Severity.ERROR), diagnostics.count(dev.tolk.diag.Severity.WARNING),
                (System.nanoTime() - started) / 1e9);
        out.flush();
        return target;
    }

    private void register(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                // a save often arrives as several events: wait until they stop for a moment
                do {
                    key.pollEvents();
                    key.reset();
                    key = watcher.poll(80, TimeUnit.MILLISECONDS);
                } while (key != null);
                register(options.source()); // folders created since are watched too
                Path previous = current;
                try {
                    current = build();
                    server.swap(current, builds, lastDiagnostics);
                    deleteTree(previous);
                } catch (Exception e) {
                    out.println("tolk serve: the build failed (" + e.getMessage() + "); still serving the previous one");
                    out.flush();
                }
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException stop) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            out.println("tolk serve: watching stopped: " + e.getMessage());
            out.flush();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Override
    public void close() throws IOException {
        watching.interrupt();
        watcher.close();
        server.close();
        deleteTree(scratch);
    }
}
