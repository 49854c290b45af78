package dev.tolk.build;

import dev.tolk.check.Report;
import dev.tolk.check.ReportJson;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.json.JsonReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON reports of {@code tolk check --shard I/N --format json}: the report of DESIGN §6 with
 * a {@code "shard": {"index": I, "count": N, "input": "<sha-256>", "suppressed": […]}} block after its own keys, and
 * the reports of all N shards joined into the report one {@code tolk check} makes: the same
 * files, the units added up, the diagnostics joined as {@link ShardDiagnostics#join} does.
 */
public final class ShardReport {
    private ShardReport() {
    }

    /**
     * The top-level keys that make a JSON report a shard's: which shard, of which input, and
     * what a check says once that the suppressions of its files removed ({@link ShardDiagnostics.Said}).
     *
     * @param found the shard's share of the diagnostics, as {@link SiteChecker} gives it
     */
    public static Map<String, Object> block(ShardPlan plan, String input, DiagnosticCollector found) {
        return block(plan, input, found, List.of());
    }

    /**
     * As above, with the files the check read ({@code checked}: every shard reads the whole site), which the joined
     * report lists as one check's does (JUnit has a passing case for each: a join without them had 161 cases of 650).
     */
    public static Map<String, Object> block(ShardPlan plan, String input, DiagnosticCollector found, List<String> checked) {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("index", plan.index());
        shard.put("count", plan.count());
        shard.put("input", input);
        shard.put("suppressed", ReportJson.diagnostics(ShardDiagnostics.Said.by(found).suppressed()));
        if (!checked.isEmpty()) shard.put("checked", List.copyOf(checked));
        return Map.of("shard", shard);
    }

    /** A report read, named as the user gave it. */
    public record Part(String name, String json) {
    }

    /** One check's report from the reports of all its shards; refused unless they are one whole set. */
    public static Report join(List<Part> parts) throws ShardSet.Refused {
        List<Report> reports = new ArrayList<>();
        List<ShardDiagnostics.Said> found = new ArrayList<>();
        List<ShardSet.Member> members = new ArrayList<>();
        java.util.Set<String> checked = new java.util.TreeSet<>();
        for (Part p : parts) {
            try {
                Object tree = JsonReader.read(p.json());
                Report r = ReportJson.report(tree);
                Map<?, ?> shard = ReportJson.object(ReportJson.object(tree, "the report").get("shard"), "\"shard\"");
                ShardPlan plan = ShardPlan.parse(ReportJson.number(shard, "index") + "/" + ReportJson.number(shard, "count"))
                        .orElseThrow(() -> new IllegalArgumentException("\"shard\" names no shard"));
                members.add(new ShardSet.Member(p.name(), r.version(), plan, ReportJson.string(shard, "input")));
                reports.add(r);
                found.add(new ShardDiagnostics.Said(r.diagnostics(), ReportJson.readDiagnostics(shard.get("suppressed"))));
                if (shard.get("checked") instanceof List<?> files) for (Object f : files) if (f instanceof String name) checked.add(name);
            } catch (IllegalArgumentException e) {
                throw new ShardSet.Refused("'" + p.name() + "' is not a JSON report of tolk check --shard I/N --format json ("
                        + e.getMessage() + ")");
            }
        }
        ShardSet.check(members);
        int units = 0;
        for (Report r : reports) units += r.units();
        Report first = reports.get(0);
        return new Report(first.version(), first.files(), units, ShardDiagnostics.join(found), List.copyOf(checked));
    }
}
