package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.config.ConfigLoader;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.output.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-site tests: each folder of {@code src/test/resources/sites/<case>} holds an
 * {@code input} project (tolk.yaml and content) and the {@code expected} site and diagnostics.
 * After a reviewed change of output, rewrite the expected trees with
 * {@code mvn test -Dtest=GoldenSiteTest -Dtolk.golden.update=true}.
 */
class GoldenSiteTest {
    private static final Path CASES = Path.of("src/test/resources/sites");
    private static final boolean UPDATE = Boolean.getBoolean("tolk.golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void buildsTheExpectedSite(String name, @TempDir Path tmp) throws Exception {
        Path input = CASES.resolve(name).resolve("input").toAbsolutePath();
        Path expected = CASES.resolve(name).resolve("expected");
        Path out = tmp.resolve("site");
        List<Diagnostic> diagnostics = build(input, out, 2);

        StringBuilder diagText = new StringBuilder();
        for (Diagnostic d : diagnostics) diagText.append(d.format()).append('\n');
        if (UPDATE) {
            AtomicOutput.deleteTree(expected);
            copyTree(out, expected.resolve("site"));
            Files.writeString(expected.resolve("diagnostics.txt"), diagText, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isDirectory(expected), "no expected output for " + name + "; run with -Dtolk.golden.update=true and review it");
        assertEquals(Files.readString(expected.resolve("diagnostics.txt")), diagText.toString(), "diagnostics of " + name);
        assertSameTree(expected.resolve("site"), out);
    }

    static List<Diagnostic> build(Path project, Path out, int jobs) throws Exception {
        return build(project, out, jobs, Files::readAllBytes);
    }

    /** As {@link #build(Path, Path, int)}, reading content files with {@code files}. */
    static List<Diagnostic> build(Path project, Path out, int jobs, dev.tolk.source.SourceFiles.Opener files) throws Exception {
        return build(project, Path.of("templates").toAbsolutePath(), out, jobs, files);
    }

    /** As {@link #build(Path, Path, int, dev.tolk.source.SourceFiles.Opener)}, with the templates folder {@code templates}. */
    static List<Diagnostic> build(Path project, Path templates, Path out, int jobs, dev.tolk.source.SourceFiles.Opener files)
            throws Exception {
        String yaml = Files.exists(project.resolve("tolk.yaml")) ? Files.readString(project.resolve("tolk.yaml")) : "";
        ConfigLoader.Result config = new ConfigLoader().load(yaml);
        assertTrue(config.problems().isEmpty(), config.problems()::toString);
        DiagnosticCollector collector = new DiagnosticCollector(config.config().rules());
        SiteBuilder.Result result = new SiteBuilder(files).build(config.config(), new SiteBuilder.Options(
                project.resolve("content"), templates, out, List.of(), jobs, project),
                collector, SiteBuilder.Progress.NONE);
        assertTrue(result.written(), "site was not written");
        return collector.sorted();
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        TreeSet<String> want = files(expected);
        TreeSet<String> got = files(actual);
        assertEquals(want, got, "files in the site");
        List<String> differing = new ArrayList<>();
        for (String f : want) {
            // byte for byte, read in blocks: no array of every file of two whole sites for the collector
            if (Files.mismatch(expected.resolve(f), actual.resolve(f)) != -1) {
                differing.add(f);
            }
        }
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            assertEquals(Files.readString(expected.resolve(first)), Files.readString(actual.resolve(first)), first);
            fail("files differ: " + differing);
        }
    }

    static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) { // the output is a link
            TreeSet<String> out = new TreeSet<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            return out;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String f : files(from)) {
            Path target = to.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(f), target);
        }
    }
}
