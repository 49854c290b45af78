package dev.tolk.cli;

import dev.tolk.build.ShardReport;
import dev.tolk.build.ShardSet;
import dev.tolk.check.Report;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tolk merge-reports}: the JSON reports of {@code tolk check --shard I/N}, all N of them,
 * joined into the report one {@code tolk check} writes, in any of its formats, with its exit code.
 */
@Command(name = "merge-reports", mixinStandardHelpOptions = true,
        description = "Join the JSON reports of tolk check --shard I/N --format json into the report one check writes.",
        footer = {"", "Every shard 1/N..N/N must be given once, checked by this Tolk from the same input; else",
                "nothing is written and the exit code is 2. Exit code 1 when a finding is at or above --fail-on."})
final class MergeReportsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "The JSON reports of the shards' checks.")
    List<Path> parts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var problem = report.problem();
        if (problem.isPresent()) return usage(err, problem.get());
        List<ShardReport.Part> read = new ArrayList<>();
        for (Path p : parts) {
            if (!Files.isRegularFile(p)) return usage(err, "report '" + p + "' does not exist");
            try {
                read.add(new ShardReport.Part(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (java.nio.charset.CharacterCodingException e) {
                return usage(err, "report '" + p + "' is not UTF-8 text");
            }
        }
        Report joined;
        try {
            joined = ShardReport.join(read);
        } catch (ShardSet.Refused e) {
            return usage(err, e.getMessage());
        }
        return report.write(joined, Map.of(), Path.of("").toAbsolutePath(), out, err);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk merge-reports: " + message);
        return Main.USAGE;
    }
}
