package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.check.Report;
import dev.tolk.check.ReportJson;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.json.Json;
import dev.tolk.output.AtomicOutput;
import dev.tolk.testing.Costly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Shards joined are the build (DESIGN §9): the N shards of a docset, merged, are byte for byte
 * the site one build writes, with the diagnostics it reports, and the N shard checks' reports
 * joined are the report of one check. N = 1..5 on a generated docset (200 articles in 3 locales,
 * each linking anchors of other articles, so most such links lead into another shard, and 12
 * planted broken links and anchors), on the DocFX docset of {@code ../shared/corpus-docfx}
 * (includes, landing pages, media taken from en-US, fallbacks said once per locale) and on the
 * two real docsets of {@code ../shared/corpus} (about 8,900 files out; a whole build there takes
 * 10 to 30 s on the 2-core machines, and each shard reads the whole site). The one build of each
 * shared docset, and the one check of the real ones, are those {@link CorpusBuildIT} and
 * {@link DocfxCorpusIT} read ({@link BuiltOnce}: made once per JVM, cold, without a cache).
 * Every shard of the generated and DocFX docsets is built and checked cold, without the on-disk
 * cache; of the real docsets, one shard set (N = 3) and its checks are cold, that set's shards
 * filling an empty store, and the sets of the other counts (N = 1, 2, 4, 5) take every page from
 * that store, as a CI matrix keeping its cache does (so each of those shards costs a read of the
 * site, about 1 s of CPU, not a render; a set rendered again only to fill the store cost a whole
 * build of the real docsets, and proved nothing the cold N = 3 does not).
 */
@Costly(seconds = 100)
@Execution(ExecutionMode.CONCURRENT) // the longest class: its four docsets are independent, and may take both threads
class ShardMergeIT {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    /** Each project's input fingerprint: it hashes every file, and the project does not change while its test runs. */
    private static final Map<Path, FutureTask<String>> INPUTS = new ConcurrentHashMap<>();

    @Test
    void generatedDocsetShardsMergeToTheBuild(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        generate(project.resolve("content"), 200, "nl-NL,de-DE,ja-JP");
        assertShardsAreTheBuildAndTheCheck(project, List.of(1, 2, 3, 4, 5), tmp);
    }

    @Test
    void docfxDocsetShardsMergeToTheBuild(@TempDir Path tmp) throws Exception {
        // the docset's one build is DocfxCorpusIT's, made once per JVM
        BuiltOnce.Build whole = BuiltOnce.docfx();
        assertShardsMergeToTheBuild(whole.project(), whole.site(), whole.diagnostics(), List.of(1, 2, 3, 4, 5), null, false, tmp);
        assertShardChecksJoinToTheCheck(whole.project(), List.of(1, 2, 3, 4, 5), null);
    }

    @Test
    void realDocsetsShardsMergeToTheBuild(@TempDir Path tmp) throws Exception {
        // the docsets' one build and one check are CorpusBuildIT's, made once per JVM
        BuiltOnce.Build whole = BuiltOnce.realDocsets();
        // one shard set cold: every shard reads, validates and renders afresh, and fills an empty store
        Path cache = tmp.resolve("cache");
        assertShardsMergeToTheBuild(whole.project(), whole.site(), whole.diagnostics(), List.of(3), cache, false, tmp);
        assertShardChecksJoinToTheCheck(whole.project(), List.of(3), BuiltOnce.check(whole));
        // then the other counts on that store: each shard takes its pages from it
        assertShardsMergeToTheBuild(whole.project(), whole.site(), whole.diagnostics(), List.of(1, 2, 4, 5), cache, true, tmp);
    }

    /**
     * A build says a link fallback once per locale and target, at the first page (in key order)
     * that has it, before suppressions: where that page suppresses it, the build says it nowhere.
     * Shards 1/2 and 2/2 each have one of the two pages, so shard 2 says it at its page; the
     * merge must not. (Three keys in four shards: one shard renders nothing, and merges too.)
     */
    @Test
    void aFallbackSuppressedWhereTheBuildFirstMeetsItIsSaidNowhere(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("content/nl-NL"));
        Files.createDirectories(project.resolve("content/en-US"));
        Files.writeString(project.resolve("tolk.yaml"), "source-locale: en-US\nlocales:\n  - {tag: en-US}\n  - {tag: nl-NL}\n");
        Files.writeString(project.resolve("content/en-US/target.md"), "---\ntitle: Target\n---\n# Target\n");
        Files.writeString(project.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n\n"
                + "<!-- tolk-disable-next-line link/fallback -->\n[doel](target.md)\n");
        Files.writeString(project.resolve("content/nl-NL/b.md"), "---\ntitle: B\n---\n# B\n\n[doel](target.md) [weg](nergens.md)\n");
        SiteConfig config = config(project);
        DiagnosticCollector second = new DiagnosticCollector();
        ShardBuild.build(config, options(project, tmp.resolve("second"), null), new ShardPlan(2, 2), "test", "x", second,
                SiteBuilder.Progress.NONE);
        assertTrue(second.sorted().stream().anyMatch(d -> d.file().endsWith("nl-NL/b.md") && d.rule().equals("link/fallback")),
                "shard 2/2 says the fallback at its page: " + second.sorted());
        assertShardsAreTheBuildAndTheCheck(project, List.of(1, 2, 3, 4), tmp); // of 4, one shard has no page at all
        assertTrue(GoldenSiteTest.build(project, tmp.resolve("again"), 2).stream().noneMatch(d -> d.rule().equals("link/fallback")));
    }

    /** Writes a docset of gen_corpus.py (deterministic: same arguments, same bytes), with broken links and anchors planted. */
    static void generate(Path content, int articles, String locales) throws Exception {
        Path script = dev.tolk.SharedData.corpusGenerator();
        assertTrue(Files.isRegularFile(script), "the generator is missing at " + script);
        Process p = new ProcessBuilder("python3", script.toString(), "--articles", String.valueOf(articles), "--locales", locales,
                "--broken", "12", "--out", content.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gen_corpus.py did not finish");
        assertEquals(0, p.exitValue(), output);
    }

    private static void assertShardsAreTheBuildAndTheCheck(Path project, List<Integer> counts, Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        List<Diagnostic> diagnostics = GoldenSiteTest.build(project, whole, 2);
        assertShardsMergeToTheBuild(project, whole, diagnostics, counts, null, false, tmp);
        assertShardChecksJoinToTheCheck(project, counts, null);
    }

    /**
     * For each count N, the N shards of {@code project}, merged: the merged site must be
     * {@code whole} (the site of one build of it) byte for byte, and the merged diagnostics the build's.
     * With {@code cache} (else null: cold, no on-disk cache) every shard builds on that store:
     * when {@code filled}, every set must take all its pages from it; else the store starts empty,
     * and the first set must render every page afresh (and so fill it).
     */
    static void assertShardsMergeToTheBuild(Path project, Path whole, List<Diagnostic> built, List<Integer> counts, Path cache,
                                            boolean filled, Path tmp) throws Exception {
        List<String> expected = formatted(built);
        assertTrue(expected.stream().anyMatch(d -> d.contains("[link/")), "the docset has link findings to share out");
        SiteConfig config = config(project);
        String input = input(project, config);
        for (int n : counts) {
            Path run = tmp.resolve("shards-of-" + n);
            List<Path> shards = new ArrayList<>();
            int pages = 0;
            int cached = 0;
            for (int i = 1; i <= n; i++) {
                Path dir = run.resolve("shard-" + i);
                SiteBuilder.Result r = ShardBuild.build(config, options(project, dir, cache), new ShardPlan(i, n), "test", input,
                        new DiagnosticCollector(config.rules()), SiteBuilder.Progress.NONE);
                assertTrue(r.written(), "shard " + i + "/" + n + " was not written");
                shards.add(dir);
                pages += r.pagesPerLocale().values().stream().mapToInt(Integer::intValue).sum();
                cached += r.cached();
            }
            if (cache != null && (filled || n == counts.get(0))) {
                assertEquals(filled ? pages : 0, cached, "pages of the " + n + " shards taken from the store");
            }
            SiteMerge.Result merged = SiteMerge.merge(shards, run.resolve("site"), 2);
            GoldenSiteTest.assertSameTree(whole, run.resolve("site"));
            assertSameDiagnostics(expected, formatted(merged.diagnostics()), n + " shards merged" + (cache == null ? "" : " (cached)"));
            AtomicOutput.deleteTree(run);
        }
    }

    /**
     * Checks {@code project} whole once (or takes {@code checked}, a whole check of it), then its N
     * shards: their JSON reports joined must be the whole check's, byte for byte.
     */
    static void assertShardChecksJoinToTheCheck(Path project, List<Integer> counts, BuiltOnce.Check checked) throws Exception {
        SiteConfig config = config(project);
        if (checked == null) {
            DiagnosticCollector all = new DiagnosticCollector(config.rules());
            checked = new BuiltOnce.Check(new SiteChecker().check(config, checkOptions(project), all), all.sorted());
        }
        String expected = json(new Report("test", checked.result().files(), checked.result().units(), checked.diagnostics()), Map.of());
        String input = input(project, config);
        for (int n : counts) {
            List<ShardReport.Part> parts = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                DiagnosticCollector found = new DiagnosticCollector(config.rules());
                ShardPlan plan = new ShardPlan(i, n);
                SiteChecker.Result r = new SiteChecker().check(config, checkOptions(project), null, plan, found);
                parts.add(new ShardReport.Part("part-" + i + ".json",
                        json(new Report("test", r.files(), r.units(), found.sorted()), ShardReport.block(plan, input, found))));
            }
            assertEquals(expected, json(ShardReport.join(parts), Map.of()), "the reports of " + n + " shard checks joined");
        }
    }

    private static String json(Report report, Map<String, Object> extra) throws Exception {
        Map<String, Object> tree = ReportJson.tree(report);
        tree.putAll(extra);
        StringBuilder out = new StringBuilder();
        Json.write(tree, out);
        return out.toString();
    }

    static SiteConfig config(Path project) throws Exception {
        return BuiltOnce.config(project);
    }

    /** The project's {@link InputFingerprint}, made once per project (each count's shards and checks share it, as a CI run's do). */
    static String input(Path project, SiteConfig config) throws Exception {
        FutureTask<String> made = INPUTS.computeIfAbsent(project, p -> new FutureTask<>(() ->
                InputFingerprint.of("test", p.resolve("tolk.yaml"), config, p.resolve("content"), TEMPLATES, List.of(), p)));
        made.run();
        try {
            return made.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static SiteBuilder.Options options(Path project, Path out, Path cache) {
        return new SiteBuilder.Options(project.resolve("content"), TEMPLATES, out, List.of(), 2, project, cache);
    }

    private static SiteChecker.Options checkOptions(Path project) {
        return new SiteChecker.Options(project.resolve("content"), TEMPLATES, List.of(), 2, project);
    }

    /** The lists equal, or a failure that names what is missing and what is extra (not two lists of hundreds). */
    private static void assertSameDiagnostics(List<String> expected, List<String> actual, String what) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertEquals(List.of(), missing, "diagnostics of one build missing from " + what);
        assertEquals(List.of(), extra, "diagnostics not of one build in " + what);
        assertEquals(expected, actual, "the order of the diagnostics of " + what);
    }

    private static List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.format() + " " + d.endLine() + ":" + d.endColumn() + " " + d.locale()).toList();
    }
}
