package dev.tolk.serve;

import dev.tolk.build.StageCache;
import dev.tolk.build.SiteBuilder;
import dev.tolk.config.RedirectionFile;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Severity;
import dev.tolk.output.MemorySite;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code tolk serve}: builds the site in memory (the first build takes what it can from the
 * on-disk cache), serves it ({@link SiteServer}), watches the content, the templates and the
 * configuration file, and on a change builds again, reusing what the change did not touch
 * ({@link StageCache}), serves the new site and reloads open pages. A change of templates (other
 * than their assets), interface strings or configuration starts afresh, from the on-disk cache. Each build's diagnostics go to the page overlay; the terminal gets them all once, then
 * what each rebuild adds or clears. {@link #close()} stops it.
 */
public final class Preview implements AutoCloseable {
    /** How long the files must be quiet before a rebuild: a save often arrives as several events. */
    private static final long QUIET_MILLIS = 10;
    /**
     * Rebuilds run once the site is served, before any edit, so the first saves are not slowed by
     * a cold JIT: up to this many, within {@link #WARM_UP_NANOS} (a first build that took its pages
     * from the on-disk cache ran little of the code a save runs, and needs more of them).
     */
    private static final int WARM_UPS = 20;
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    /** Reads the configuration again after {@code tolk.yaml} changed; empty (after saying why) if it is invalid. */
    public interface ConfigSource {
        Optional<SiteConfig> load() throws IOException;
    }

    /**
     * Where to read, what to watch besides the content and templates folders, and the on-disk
     * cache that {@code tolk build} fills ({@code cache}; null for none): the first build takes
     * what it can from there, and the ones after it from memory.
     */
    public record Options(Path source, Path templates, Path config, int jobs, Path workDir, Path cache, List<String> locales) {
        /** Every locale ({@code --locale} narrows them as build's does). */
        public Options(Path source, Path templates, Path config, int jobs, Path workDir, Path cache) {
            this(source, templates, config, jobs, workDir, cache, List.of());
        }

        /** Without the on-disk cache. */
        public Options(Path source, Path templates, Path config, int jobs, Path workDir) {
            this(source, templates, config, jobs, workDir, null);
        }
    }

    private final Options options;
    private final ConfigSource configSource;
    private final PrintWriter out;
    private final Path sourceDir;
    private final Path templatesDir;
    private final Path configFile;
    private final SiteServer server;
    private final WatchService watcher;
    private final Thread watching;
    private SiteConfig config;
    private StageCache memo = StageCache.watched();
    /** Whether {@link #memo} is new: its first build takes what it can from the on-disk cache. */
    private boolean fresh = true;
    private int builds;
    private volatile MemorySite current;
    private volatile List<String> lastDiagnostics = List.of();
    /** The files of the last batch of saves taken in and acted on; null after events were lost (then all was built again). */
    private volatile Set<Path> takenIn = Set.of();

    public Preview(SiteConfig config, Options options, InetAddress bind, int port, PrintWriter out) throws Exception {
        this(config, () -> Optional.of(config), options, bind, port, out);
    }

    public Preview(SiteConfig config, ConfigSource configSource, Options options, InetAddress bind, int port, PrintWriter out)
            throws Exception {
        this.config = config;
        this.configSource = configSource;
        this.options = options;
        this.out = out;
        this.sourceDir = options.source().toAbsolutePath().normalize();
        this.templatesDir = options.templates().toAbsolutePath().normalize();
        this.configFile = options.config().toAbsolutePath().normalize();
        // watched before the first build, so that a file saved while it runs is built again after it
        this.watcher = FileSystems.getDefault().newWatchService();
        try {
            register(sourceDir);
            if (Files.isDirectory(templatesDir)) register(templatesDir);
            Path configDir = configFile.getParent();
            if (configDir != null && Files.isDirectory(configDir)) configDir.register(watcher, KINDS);
            // where a DocFX docset's configuration lives besides: the folders above the content up to a repository's
            // root (docfx.json, the publish configuration, redirection files), and the folders of the redirection files
            // only inside a repository: a folder above it may be busy (/dev/shm, where Chromium keeps its files, never fell
            // quiet, and the preview took in no save)
            List<Path> above = new ArrayList<>();
            Path up = sourceDir.getParent();
            for (int i = 0; up != null && i < 3; i++, up = up.getParent()) {
                above.add(up);
                if (Files.exists(up.resolve(".git")) || Files.exists(up.resolve(".openpublishing.publish.config.json"))) {
                    above.forEach(this::watchFolder);
                    break;
                }
            }
            for (RedirectionFile f : config.docfx().docset().redirections()) {
                Path dir = f.file().toAbsolutePath().normalize().getParent();
                if (dir != null && !dir.startsWith(sourceDir)) watchFolder(dir);
            }
            if (!build()) throw new IOException("the first build failed; see the diagnostics above");
            this.server = new SiteServer(SiteServer.Content.of(current), bind, port);
        } catch (Exception e) {
            watcher.close();
            throw e;
        }
        server.diagnostics(lastDiagnostics);
        this.watching = new Thread(this::watch, "tolk-watch");
        watching.setDaemon(true);
        watching.start();
    }

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE};

    public int port() {
        return server.port();
    }

    /** The site being served (for tests and benchmarks). */
    public MemorySite site() {
        return current;
    }

    /** The diagnostics of the last build, as the terminal and the overlay show them. */
    public List<String> diagnostics() {
        return lastDiagnostics;
    }

    /**
     * Whether the last batch of saves the preview took in held {@code file}, and the build it
     * asked for (if any) is done. Saves arrive in order, so a test that saves a file no build
     * reads (beside {@code tolk.yaml}) after its edits knows, once this is true, that the
     * preview has built every edit before it (for tests).
     */
    public boolean tookIn(Path file) {
        Set<Path> last = takenIn;
        return last == null || last.contains(file.toAbsolutePath().normalize());
    }

    /** Builds served so far, the first included. */
    public synchronized int builds() {
        return builds;
    }

    /** Builds the site; true if it could be made (else the last one stays, and the diagnostics say why). */
    private boolean build() throws Exception {
        long started = System.nanoTime();
        DiagnosticCollector diagnostics = new DiagnosticCollector(config.rules());
        SiteBuilder.InMemory made = buildInMemory(diagnostics);
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics.sorted()) lines.add(d.format());
        List<String> before = lastDiagnostics;
        int number;
        synchronized (this) {
            number = ++builds;
        }
        lastDiagnostics = lines;
        if (made.site() != null) {
            current = made.site();
            if (server != null) server.swap(SiteServer.Content.of(current), number, lines);
        } else if (server != null) {
            server.diagnostics(lines);
        }
        report(number, made.result(), diagnostics, before, lines, (System.nanoTime() - started) / 1e6);
        return made.site() != null;
    }

    /** The terminal: every diagnostic after the first build, then only what a rebuild adds or clears. */
    private void report(int number, SiteBuilder.Result result, DiagnosticCollector diagnostics, List<String> before,
                        List<String> now, double millis) {
        if (number == 1) {
            now.forEach(out::println);
        } else {
            Set<String> old = new HashSet<>(before);
            Set<String> fresh = new HashSet<>(now);
            int cleared = 0;
            for (String d : before) {
                if (!fresh.contains(d)) cleared++;
            }
            for (String d : now) {
                if (!old.contains(d)) out.println(d);
            }
            if (cleared > 0) out.printf(Locale.ROOT, "tolk serve: %d diagnostic(s) fixed%n", cleared);
        }
        int pages = result.pagesPerLocale().values().stream().mapToInt(Integer::intValue).sum();
        String work = number == 1 ? "" : String.format(Locale.ROOT, " (%d rebuilt, %d re-rendered)", result.bodies(), result.rendered());
        out.printf(Locale.ROOT, "tolk serve: build %d: %d pages%s, %d errors, %d warnings in %.0f ms%s%n", number, pages, work,
                diagnostics.count(Severity.ERROR), diagnostics.count(Severity.WARNING), millis,
                result.written() ? "" : "; a template failed, still serving the previous site");
        out.flush();
    }

    /** Watches one folder's own files (not below it); one that cannot be watched is only said, the preview goes on. */
    private void watchFolder(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try {
            dir.register(watcher, KINDS);
        } catch (IOException | RuntimeException e) {
            out.println("tolk serve: cannot watch " + dir + " for configuration changes: " + e.getMessage());
        }
    }

    private void register(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watcher, KINDS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Rebuilds as a save of the first article would, without reloading pages or printing: the
     * code of an incremental rebuild gets compiled while the writer is still opening the page.
     */
    private void warmUp() {
        try {
            Optional<Path> article;
            try (var walk = Files.walk(sourceDir)) {
                article = walk.filter(p -> p.toString().endsWith(".md")).findFirst();
            }
            long until = System.nanoTime() + WARM_UP_NANOS;
            for (int i = 0; i < WARM_UPS && System.nanoTime() < until && article.isPresent() && !Thread.currentThread().isInterrupted();
                 i++) {
                memo.touched(List.of(article.get()));
                SiteBuilder.InMemory made = buildInMemory(new DiagnosticCollector(config.rules()));
                if (made.site() != null) current = made.site();
            }
        } catch (Exception e) {
            // only a warm-up: the next save builds and reports as usual
        }
    }

    /** One build with the current configuration and memo. */
    private SiteBuilder.InMemory buildInMemory(DiagnosticCollector diagnostics) throws Exception {
        SiteBuilder.Options build = new SiteBuilder.Options(options.source(), options.templates(), null, options.locales(),
                options.jobs(), options.workDir(), fresh ? options.cache() : null);
        SiteBuilder.InMemory made = new SiteBuilder().buildInMemory(config, build, memo, diagnostics);
        if (made.site() != null) fresh = false; // a failed build kept nothing
        return made;
    }

    /** Starts again from nothing kept in memory: the next build takes what it can from the on-disk cache. */
    private void forget() {
        memo = StageCache.watched();
        fresh = true;
    }

    private void watch() {
        warmUp();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                Set<Path> changed = new LinkedHashSet<>();
                boolean overflow = false;
                do {
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (e.kind() == StandardWatchEventKinds.OVERFLOW) overflow = true;
                        else changed.add(dir.resolve((Path) e.context()).toAbsolutePath().normalize());
                    }
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (overflow || apply(changed)) rebuild(overflow);
                takenIn = overflow ? null : changed;
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes in what changed; true if the site must be built again. */
    private boolean apply(Set<Path> changed) {
        boolean relevant = false;
        boolean restart = false;
        boolean reload = false;
        for (Path p : changed) {
            if (p.equals(configFile) || configures(p)) {
                relevant = true;
                restart = true;
                reload = true;
            } else if (p.startsWith(templatesDir)) {
                relevant = true;
                if (!p.startsWith(templatesDir.resolve("assets"))) restart = true; // assets are read by every build
            } else if (p.startsWith(sourceDir)) {
                relevant = true;
                if (Files.isDirectory(p)) {
                    try {
                        register(p); // a folder created since: watch it too
                    } catch (IOException e) {
                        out.println("tolk serve: cannot watch " + p + ": " + e.getMessage());
                    }
                }
            }
        }
        if (reload) reloadConfig();
        if (restart) forget();
        else memo.touched(changed);
        return relevant;
    }

    /** A redirection file's name ({@code .openpublishing.redirection.json}, {@code .openpublishing.redirection.sdk.json}). */
    private static final java.util.regex.Pattern REDIRECTION_FILE = java.util.regex.Pattern.compile("\\.openpublishing\\.redirection(?:\\.[^/]*)?\\.json");

    /**
     * Whether {@code file} is configuration as {@code tolk build} reads it without a tolk.yaml: a docfx.json, the
     * publish configuration, a redirection file (one the configuration names, or a new one where they are looked for).
     * A change of it rebuilds everything with the configuration read again, as a change of tolk.yaml does (a
     * titleSuffix changed in docfx.json left 194 of 209 served files as they were).
     */
    private boolean configures(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.equals("docfx.json") || name.equals(".openpublishing.publish.config.json") || REDIRECTION_FILE.matcher(name).matches()) {
            return true;
        }
        for (RedirectionFile f : config.docfx().docset().redirections()) {
            if (f.file().toAbsolutePath().normalize().equals(file)) return true;
        }
        return false;
    }

    private void reloadConfig() {
        try {
            configSource.load().ifPresent(c -> config = c);
        } catch (IOException e) {
            out.println("tolk serve: cannot read " + configFile + ": " + e.getMessage());
        }
    }

    private void rebuild(boolean overflow) {
        if (overflow) forget(); // events were lost: trust nothing kept
        try {
            build();
        } catch (Exception e) {
            out.println("tolk serve: the build failed (" + e + "); still serving the previous one");
            out.flush();
            forget(); // trust nothing kept: the next save builds everything again
        }
    }

    @Override
    public void close() throws IOException {
        watching.interrupt();
        watcher.close();
        server.close();
    }
}
