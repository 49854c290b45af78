package dev.tolk.cli;

import dev.tolk.check.Report;
import dev.tolk.check.ReportFormat;
import dev.tolk.check.ReportJson;
import dev.tolk.check.ReportWriter;
import dev.tolk.check.ReportWriters;
import dev.tolk.check.SourceLines;
import dev.tolk.diag.Severity;
import dev.tolk.json.Json;
import dev.tolk.l10n.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How a report is written and when it fails ({@code --format}, {@code --output}, {@code --fail-on}): {@code check} and {@code merge-reports}. */
final class ReportOptions {
    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, junit or github (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error, warning or never (default: ${DEFAULT-VALUE}).")
    String failOn = "error";

    /** What is wrong with the options given, or empty. */
    Optional<String> problem() {
        if (ReportFormat.parse(format.toLowerCase(Locale.ROOT)).isEmpty()) {
            return Optional.of("unknown --format '" + format + "'; use text, json, sarif, junit or github");
        }
        String level = failOn.toLowerCase(Locale.ROOT);
        if (!level.equals("never") && Severity.parse(level).filter(s -> s != Severity.INFO).isEmpty()) {
            return Optional.of("unknown --fail-on '" + failOn + "'; use error, warning or never");
        }
        return Optional.empty();
    }

    ReportFormat reportFormat() {
        return ReportFormat.parse(format.toLowerCase(Locale.ROOT)).orElseThrow();
    }

    /**
     * Writes {@code report} to {@code --output} (atomically) or {@code out}; a JSON report gets the
     * top-level keys of {@code extra} after its own. Returns the exit code {@code --fail-on} gives it.
     */
    int write(Report report, Map<String, Object> extra, Path workDir, PrintWriter out, PrintWriter err) throws IOException {
        ReportFormat f = reportFormat();
        boolean colour = output == null && f == ReportFormat.TEXT && System.console() != null && System.getenv("NO_COLOR") == null;
        ReportWriter writer = f == ReportFormat.JSON && !extra.isEmpty() ? (r, w) -> {
            Map<String, Object> tree = ReportJson.tree(r);
            tree.putAll(extra);
            Json.write(tree, w);
        } : ReportWriters.of(f, new SourceLines(workDir), colour, failing());
        if (output == null) {
            writer.write(report, out);
            out.flush();
            // the text and github reports end with the summary; a machine format gets it on the error stream
            if (f != ReportFormat.TEXT && f != ReportFormat.GITHUB) err.println(report.summary());
        } else {
            java.io.StringWriter text = new java.io.StringWriter();
            writer.write(report, text);
            try {
                AtomicFile.write(output, text.toString().getBytes(StandardCharsets.UTF_8), false); // a CI step never reads half a report
            } catch (IOException e) {
                err.println("tolk: cannot write the report to " + output + ": " + AtomicFile.reason(e));
                return Main.USAGE;
            }
            err.println(report.summary() + "; report written to " + output);
        }
        Severity failing = failing();
        boolean fail = failing != null && report.diagnostics().stream().anyMatch(d -> d.severity().atLeast(failing));
        return fail ? Main.FINDINGS : Main.OK;
    }

    /** The least severity that fails the run, or null for {@code --fail-on never}. */
    private Severity failing() {
        String level = failOn.toLowerCase(Locale.ROOT);
        return level.equals("never") ? null : Severity.parse(level).orElseThrow();
    }
}
