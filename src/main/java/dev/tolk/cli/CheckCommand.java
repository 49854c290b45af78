package dev.tolk.cli;

import dev.tolk.build.SiteChecker;
import dev.tolk.check.ExternalSettings;
import dev.tolk.check.Report;
import dev.tolk.check.ReportFormat;
import dev.tolk.check.ReportWriters;
import dev.tolk.check.SourceLines;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        footer = DocsetHelp.FOOTER)
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption = new ConfigOption();

    @Option(names = "--source", paramLabel = "DIR", description = "Content folder: one sub-folder per locale, or one DocFX docset folder "
            + "(docfx.json at its top) (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", hidden = true, description = "Templates folder (for interface strings).")
    Path templates = Path.of("templates");

    @Option(names = "--locale", paramLabel = "TAG", description = "Check only this locale (repeatable); of a DocFX docset folder, the locale it holds.")
    List<String> locales = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--external", description = "Also check external links (one request per address; results cached in .tolk/link-cache.json).")
    boolean external;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error, warning or never (default: ${DEFAULT-VALUE}).")
    String failOn = "error";

    @Option(names = "--timings", hidden = true, description = "Print what was checked and how long the link pass took (for bench/).")
    boolean timings;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat = ReportFormat.parse(format.toLowerCase(Locale.ROOT)).orElse(null);
        if (reportFormat == null) return usage(err, "unknown --format '" + format + "'; use text, json, sarif, junit or github");
        String level = failOn.toLowerCase(Locale.ROOT);
        if (!level.equals("never") && Severity.parse(level).filter(s -> s != Severity.INFO).isEmpty()) {
            return usage(err, "unknown --fail-on '" + failOn + "'; use error, warning or never");
        }
        if (jobs < 1) return usage(err, "--jobs must be at least 1");
        SiteConfig config = configOption.loadFor(source, locales, err, "check").orElse(null);
        if (config == null) return Main.USAGE;
        Path workDir = Path.of("").toAbsolutePath();
        DiagnosticCollector diagnostics = new DiagnosticCollector(config.rules());
        SiteChecker.External ext = null;
        TerminalProgress progress = TerminalProgress.forStream(err);
        if (external) {
            ext = new SiteChecker.External(ExternalSettings.parse(config.external()).settings(),
                    configOption.projectDir().resolve(".tolk").resolve("link-cache.json"), progress::urls);
        }
        SiteChecker.Result result = new SiteChecker().check(config,
                new SiteChecker.Options(source, templates, locales, jobs, workDir), ext, diagnostics);
        progress.finish();
        if (timings) {
            err.printf(Locale.ROOT, "timings: %d files, %d units, %d links checked offline in %.3f s (%.0f links/s), %d external addresses%n",
                    result.files(), result.units(), result.links(), result.linkNanos() / 1e9,
                    result.links() / Math.max(1e-9, result.linkNanos() / 1e9), result.externalUrls());
        }
        Report report = new Report(Main.version(), result.files(), result.units(), diagnostics.sorted());
        boolean colour = output == null && reportFormat == ReportFormat.TEXT && System.console() != null
                && System.getenv("NO_COLOR") == null;
        var writer = ReportWriters.of(reportFormat, new SourceLines(workDir), colour);
        if (output == null) {
            writer.write(report, out);
            out.flush();
        } else {
            writeFile(output, w -> writer.write(report, w));
            err.println(report.summary() + "; report written to " + output);
        }
        boolean fail = !level.equals("never") && diagnostics.any(Severity.parse(level).orElseThrow());
        return fail ? Main.FINDINGS : Main.OK;
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes beside the target and moves it in, so a CI step never reads half a report. */
    private static void writeFile(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".tolk-report-", ".tmp");
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                body.write(w);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk check: " + message);
        return Main.USAGE;
    }
}
