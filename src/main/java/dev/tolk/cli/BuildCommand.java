package dev.tolk.cli;

import dev.tolk.build.InputFingerprint;
import dev.tolk.build.ShardBuild;
import dev.tolk.build.ShardPlan;
import dev.tolk.build.SiteBuilder;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.RuleTotals;
import dev.tolk.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tolk build}: the static site for every locale, with the diagnostics of its input. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the help site of every locale into the output folder.",
        footer = {BuildCommand.EXAMPLES, DocsetHelp.FOOTER, BuildCommand.SHARDS})
final class BuildCommand implements Callable<Integer> {
    static final String EXAMPLES = """

            Examples:
              tolk build                          content/ and tolk.yaml into site/
              tolk build --locale nl-NL --strict  one locale; warnings fail too
              tolk build --source docs --out public --no-cache
            Diagnostics, progress and the summary go to standard error.""";

    static final String SHARDS = """

            Shards (CI): --shard I/N builds shard I of N into --out with a manifest:
            its share of the pages (balanced by source size, every locale split),
            checked exactly as in one build. Shard 1 also writes the homes, chooser,
            404, redirects, sitemap, assets and media. Then
              tolk merge --out site SHARD_DIR...
            joins the N folders into the site one build writes, byte for byte, and
            prints the diagnostics one build prints (same exit code); it refuses
            shards of other inputs or Tolk versions. See examples/ci/.""";

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption = new ConfigOption();

    @Option(names = "--source", paramLabel = "DIR", description = "Content folder: one sub-folder per locale, or one DocFX docset folder "
            + "(docfx.json at its top) (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates and assets overriding the defaults (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced whole on success (default: ${DEFAULT-VALUE}).")
    Path outDir = Path.of("site");

    @Option(names = "--locale", paramLabel = "TAG", description = "Build only this locale (repeatable), and the source locale it falls back to; of a DocFX docset folder, the locale it holds.")
    List<String> locales = new ArrayList<>();

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    CacheOption cacheOption = new CacheOption();

    @Option(names = "--shard", paramLabel = "I/N", description = "Build only shard I of N (1 <= I <= N), into --out with a "
            + "manifest, for tolk merge (see below).")
    String shard;

    @Option(names = "--timings", hidden = true, description = "Print how long each stage of the build took (for bench/).")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        if (jobs < 1) return usage(err, "--jobs must be at least 1");
        ShardPlan plan = shard == null ? null : ShardPlan.parse(shard).orElse(null);
        if (shard != null && plan == null) {
            return usage(err, "--shard takes I/N, shard I of N with 1 <= I <= N <= " + ShardPlan.MAX_COUNT + " (e.g. --shard 2/4), not '"
                    + shard + "'");
        }
        SiteConfig config = configOption.loadFor(source, locales, err, "build").orElse(null);
        if (config == null) return Main.USAGE;
        Path workDir = Path.of("").toAbsolutePath();
        Path resolvedOut = outDir.toAbsolutePath().normalize();
        Path resolvedSource = source.toAbsolutePath().normalize();
        if (resolvedSource.startsWith(resolvedOut) || resolvedOut.equals(workDir) || workDir.startsWith(resolvedOut)) {
            return usage(err, "output folder '" + outDir + "' would replace the content or the project; choose another --out");
        }
        if (plan != null && resolvedOut.startsWith(resolvedSource)) {
            return usage(err, "shard folder '" + outDir + "' is inside the content folder, whose files the shards must agree on; "
                    + "choose another --out");
        }
        DiagnosticCollector diagnostics = new DiagnosticCollector(config.rules());
        // a finding in the configuration is shard 1's, as ShardDiagnostics deals them
        if (plan == null || plan.writesSiteFiles()) configOption.warnings().forEach(diagnostics::add);
        ProgressLine progress = ProgressLine.forStream(err);
        var cacheProblem = cacheOption.problem();
        if (cacheProblem.isPresent()) return usage(err, cacheProblem.get());
        Path store = cacheOption.store(configOption);
        SiteBuilder.Options options = new SiteBuilder.Options(source, templates, outDir, locales, jobs, workDir, store);
        SiteBuilder.Result result;
        // with --locale, the source locale is built too (its pages are the fallback), but its findings are not this run's
        DiagnosticCollector found = new DiagnosticCollector(config.rules());
        if (plan == null) {
            result = new SiteBuilder().build(config, options, found, progress);
        } else {
            String input = InputFingerprint.of(Main.version(), configOption.config, config, source, templates, locales, workDir);
            result = ShardBuild.build(config, options, plan, Main.version(), input, found, progress);
        }
        diagnostics.addFrom(found, LocaleShare.of(locales, config, source, workDir));
        progress.finish();
        if (timings) err.println(progress.timings(System.nanoTime() - started));
        // diagnostics and the closing line go to the error stream, as a compiler's do
        for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
        String made = (result.written() ? "Built" : "Rendered") + (plan == null ? "" : " shard " + plan + ":");
        err.println(summary(made, result.pagesPerLocale(), result.cached(), result.files(), diagnostics, System.nanoTime() - started));
        if (!result.written()) {
            err.println("tolk: the site was not written; '" + outDir + "' is unchanged");
        }
        boolean fail = diagnostics.any(strict ? Severity.WARNING : Severity.ERROR) || !result.written();
        return fail ? Main.FINDINGS : Main.OK;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk build: " + message);
        return Main.USAGE;
    }

    /**
     * The closing line: what was {@code made} ("Built"), the pages per locale and how many came
     * from the cache, the files read, the diagnostics with their totals per rule, the time.
     */
    static String summary(String made, Map<String, Integer> pagesPerLocale, int cachedPages, int files, DiagnosticCollector d,
                          long nanos) {
        StringBuilder pages = new StringBuilder();
        int total = 0;
        for (Map.Entry<String, Integer> e : pagesPerLocale.entrySet()) {
            if (pages.length() > 0) pages.append(", ");
            pages.append(e.getKey()).append(' ').append(e.getValue());
            total += e.getValue();
        }
        String cached = cachedPages == 0 ? "" : String.format(Locale.ROOT, ", %d from the cache", cachedPages);
        return String.format(Locale.ROOT, "%s %d pages (%s%s) from %d files: %s in %.2f s",
                made, total, pages, cached, files, RuleTotals.describe(d.sorted()), nanos / 1e9);
    }
}
