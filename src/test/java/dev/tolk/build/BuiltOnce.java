package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.ConfigLoader;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.output.AtomicOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The whole builds and checks of the docsets of {@code ../shared} that several test classes
 * only read, each made once per JVM (failsafe runs every {@code *IT} in one) and kept, keyed by
 * what decides them, until the JVM exits: the real docsets of {@code ../shared/corpus}
 * ({@link CorpusBuildIT} checks the site, {@link ShardMergeIT} merges shards against it) and the
 * DocFX docset ({@link DocfxCorpusIT}, {@link ShardMergeIT}). Each is a plain build, cold and
 * without the on-disk cache, as {@link GoldenSiteTest#build} makes it; the DocFX one reads
 * through a counting reader, which reads the same bytes. A caller must not change what it gets.
 */
final class BuiltOnce {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final Map<String, FutureTask<?>> MADE = new ConcurrentHashMap<>();
    private static Path root;

    /** A whole build: its project (content in {@code content/}), its site and diagnostics, and how often it read each file. */
    record Build(Path project, Path site, List<Diagnostic> diagnostics, Map<Path, Integer> reads) {
    }

    /** A whole check of a build's project: its result and diagnostics. */
    record Check(SiteChecker.Result result, List<Diagnostic> diagnostics) {
    }

    private BuiltOnce() {
    }

    /** {@code ../shared/corpus} (nl-NL and de-DE) as the content of a project without {@code tolk.yaml}, built with 2 threads. */
    static Build realDocsets() {
        Path corpus = dev.tolk.SharedData.corpus(); // or, on a clone with nothing beside it, the bundled subset
        return once("build " + corpus + " " + TEMPLATES + " jobs 2", () -> {
            assertTrue(Files.isDirectory(corpus.resolve("nl-NL")), "the corpus is missing at " + corpus);
            Path project = folder("real-docsets/project");
            Files.createSymbolicLink(project.resolve("content"), corpus);
            return build(project, project.resolveSibling("site"));
        });
    }

    /** {@code ../shared/corpus-docfx} with its {@code tolk.yaml}, built with 2 threads. */
    static Build docfx() {
        Path docset = dev.tolk.SharedData.docfxCorpus();
        return once("build " + docset + " " + TEMPLATES + " jobs 2", () -> {
            assertTrue(Files.isDirectory(docset.resolve("content/nl-NL")), "the DocFX corpus is missing at " + docset);
            return build(docset, folder("docfx").resolve("site"));
        });
    }

    /** {@code tolk check} of the project of {@code build}, with its configuration and 2 threads. */
    static Check check(Build build) {
        return once("check " + build.project() + " " + TEMPLATES + " jobs 2", () -> {
            SiteConfig config = config(build.project());
            DiagnosticCollector found = new DiagnosticCollector(config.rules());
            SiteChecker.Result result = new SiteChecker().check(config,
                    new SiteChecker.Options(build.project().resolve("content"), TEMPLATES, List.of(), 2, build.project()), found);
            return new Check(result, found.sorted());
        });
    }

    /** The project's configuration as a build reads it ({@code tolk.yaml}, or the defaults where there is none). */
    static SiteConfig config(Path project) throws IOException {
        String yaml = Files.exists(project.resolve("tolk.yaml")) ? Files.readString(project.resolve("tolk.yaml")) : "";
        return new ConfigLoader().load(yaml).config();
    }

    private static Build build(Path project, Path site) throws Exception {
        Map<Path, Integer> reads = new ConcurrentHashMap<>();
        List<Diagnostic> diagnostics = GoldenSiteTest.build(project, site, 2, file -> {
            reads.merge(file.toAbsolutePath().normalize(), 1, Integer::sum);
            return Files.readAllBytes(file);
        });
        return new Build(project, site, List.copyOf(diagnostics), Map.copyOf(reads));
    }

    /** What {@code make} makes, made by the first caller of {@code key} while the others wait. */
    @SuppressWarnings("unchecked")
    private static <T> T once(String key, Callable<T> make) {
        FutureTask<?> task = MADE.computeIfAbsent(key, k -> new FutureTask<>(make));
        task.run(); // runs once; a later call returns at once, or waits below while another thread runs it
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error; // an assertion failed: every user fails with it
            throw new IllegalStateException("could not make " + key, e.getCause());
        }
    }

    /** A new folder under this JVM's own, which goes when the JVM exits. */
    private static synchronized Path folder(String name) throws IOException {
        if (root == null) {
            root = dev.tolk.testing.TestFolders.create("tolk-built-once-");
            Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    AtomicOutput.deleteTree(made); // links (the content, the site) are deleted, not followed
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return Files.createDirectories(root.resolve(name));
    }
}
