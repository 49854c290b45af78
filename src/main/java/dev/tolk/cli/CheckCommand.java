package dev.tolk.cli;

import dev.tolk.build.InputFingerprint;
import dev.tolk.build.ShardPlan;
import dev.tolk.build.ShardReport;
import dev.tolk.build.SiteChecker;
import dev.tolk.check.ExternalSettings;
import dev.tolk.check.Report;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.DiagnosticCollector;
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

/**
 * {@code tolk check}: every rule over the content, without building the site, reported in a
 * format people or CI tools read. Exit 1 when a finding is at or above {@code --fail-on}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content of every locale and report what is wrong.",
        footer = {CheckCommand.EXAMPLES, DocsetHelp.FOOTER})
final class CheckCommand implements Callable<Integer> {
    static final String EXAMPLES = """

            Examples:
              tolk check                                   every rule, a text report
              tolk check --format github                   annotations in a GitHub job
              tolk check --format sarif --output tolk.sarif --fail-on warning
              tolk check --external                        external links too
            The report goes to standard output (or --output); progress to standard error.""";
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption = new ConfigOption();

    @Option(names = "--source", paramLabel = "DIR", description = "Content folder: one sub-folder per locale, or one DocFX docset folder "
            + "(docfx.json at its top) (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", hidden = true, description = "Templates folder (for interface strings).")
    Path templates = Path.of("templates");

    @Option(names = "--locale", paramLabel = "TAG", description = "Check only this locale (repeatable): its share of a whole check (the source locale is read as its fallback); of a DocFX docset folder, the locale it holds.")
    List<String> locales = new ArrayList<>();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--external", description = "Also check external links (one request per address; results cached in .tolk/link-cache.json).")
    boolean external;

    @Option(names = "--timings", hidden = true, description = "Print what was checked and how long the link pass took (for bench/).")
    boolean timings;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "I/N", description = "Check only the pages of shard I of N (as tolk build --shard "
            + "deals them); with --format json the report says which shard it is, for tolk merge-reports.")
    String shard;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var problem = report.problem();
        if (problem.isPresent()) return usage(err, problem.get());
        if (jobs < 1) return usage(err, "--jobs must be at least 1");
        ShardPlan plan = shard == null ? null : ShardPlan.parse(shard).orElse(null);
        if (shard != null && plan == null) {
            return usage(err, "--shard takes I/N, shard I of N with 1 <= I <= N <= " + ShardPlan.MAX_COUNT + " (e.g. --shard 2/4), not '"
                    + shard + "'");
        }
        SiteConfig config = configOption.loadFor(source, locales, err, "check").orElse(null);
        if (config == null) return Main.USAGE;
        Path workDir = Path.of("").toAbsolutePath();
        DiagnosticCollector diagnostics = new DiagnosticCollector(config.rules());
        // a finding in the configuration is shard 1's, as ShardDiagnostics deals them
        if (plan == null || plan.writesSiteFiles()) configOption.warnings().forEach(diagnostics::add);
        SiteChecker.External ext = null;
        ProgressLine progress = ProgressLine.forStream(err);
        if (external) {
            ext = new SiteChecker.External(ExternalSettings.parse(config.external()).settings(),
                    configOption.projectDir().resolve(".tolk").resolve("link-cache.json"), progress::urls);
        }
        // with --locale, the source locale is read too (the fallback and the English drift is judged by), but its
        // findings are not this run's: the locale's share of a whole check
        DiagnosticCollector all = new DiagnosticCollector(config.rules());
        SiteChecker.Result result = new SiteChecker().check(config,
                new SiteChecker.Options(source, templates, locales, jobs, workDir), ext, plan, all);
        diagnostics.addFrom(all, LocaleShare.of(locales, config, source, workDir));
        progress.finish();
        if (timings) {
            err.printf(Locale.ROOT, "timings: %d files, %d units, %d links checked offline in %.3f s (%.0f links/s), %d external addresses%n",
                    result.files(), result.units(), result.links(), result.linkNanos() / 1e9,
                    result.links() / Math.max(1e-9, result.linkNanos() / 1e9), result.externalUrls());
        }
        Report found = new Report(Main.version(), result.files(), result.units(), diagnostics.sorted(), result.checkedFiles());
        Map<String, Object> extra = plan == null ? Map.of() : ShardReport.block(plan,
                InputFingerprint.of(Main.version(), configOption.config, config, source, templates, locales, workDir), diagnostics, result.checkedFiles());
        return report.write(found, extra, workDir, out, err);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk check: " + message);
        return Main.USAGE;
    }
}
