package dev.tolk.cli;

import dev.tolk.build.ShardSet;
import dev.tolk.build.SiteMerge;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tolk merge}: the folders of {@code tolk build --shard I/N}, all N of them, joined into
 * the site one build writes, with the diagnostics and exit code one build has.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the shard folders of tolk build --shard I/N into the site one build writes.",
        footer = {"", "Every shard 1/N..N/N must be given once, built by this Tolk from the same input (content,",
                "tolk.yaml, templates, options); else nothing is written and the exit code is 2. The",
                "diagnostics printed, and the exit code, are those of one tolk build."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced whole on success (default: ${DEFAULT-VALUE}).")
    Path outDir = Path.of("site");

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The --out folders of the shard builds.")
    List<Path> shards = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        if (jobs < 1) return usage(err, "--jobs must be at least 1");
        for (Path s : shards) {
            if (!Files.isDirectory(s)) return usage(err, "shard folder '" + s + "' does not exist");
        }
        SiteMerge.Result merged;
        try {
            merged = SiteMerge.merge(shards, outDir, jobs);
        } catch (ShardSet.Refused e) {
            err.println("tolk merge: " + e.getMessage());
            err.println("tolk merge: nothing was written; '" + outDir + "' is unchanged");
            return Main.USAGE;
        }
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        diagnostics.addAll(merged.diagnostics());
        for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
        err.println(BuildCommand.summary("Merged " + shards.size() + " shards:", merged.pagesPerLocale(), 0, merged.files(), diagnostics,
                System.nanoTime() - started));
        return diagnostics.any(strict ? Severity.WARNING : Severity.ERROR) ? Main.FINDINGS : Main.OK;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk merge: " + message);
        return Main.USAGE;
    }
}
