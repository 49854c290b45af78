package dev.tolk.build;

import dev.tolk.check.ReportJson;
import dev.tolk.json.Json;
import dev.tolk.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a shard folder says of itself, in {@value #FILE} beside the {@value #SITE} folder of its
 * files: the Tolk version and input fingerprint it was built from, which shard it is, the whole
 * site's file count and pages per locale (every shard knows the whole catalog), the keys of its
 * pages in the order of its partial search index of each locale, and its diagnostics (the JSON
 * report's diagnostic objects, DESIGN §6) with those its suppressions removed that a build says
 * once ({@link ShardDiagnostics.Said}).
 *
 * <pre>{@code
 * {"tool": "tolk", "version": "…", "shard": {"index": 2, "count": 3, "input": "<sha-256>"},
 *  "site": {"files": 5835, "pages": {"nl-NL": 2921, "de-DE": 2914}},
 *  "search": {"nl-NL": ["AlchemyInsights/a.md", …], "de-DE": […]},
 *  "diagnostics": [{"file": …, "line": …, …}, …], "suppressed": […]}
 * }</pre>
 */
record ShardManifest(String version, ShardPlan plan, String input, int files, Map<String, Integer> pages,
                     Map<String, List<String>> search, ShardDiagnostics.Said diagnostics) {
    static final String FILE = "tolk-shard.json";
    static final String SITE = "site";

    byte[] json() {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("index", plan.index());
        shard.put("count", plan.count());
        shard.put("input", input);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("files", files);
        site.put("pages", new LinkedHashMap<>(pages));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "tolk");
        root.put("version", version);
        root.put("shard", shard);
        root.put("site", site);
        root.put("search", new LinkedHashMap<>(search));
        root.put("diagnostics", ReportJson.diagnostics(diagnostics.reported()));
        root.put("suppressed", ReportJson.diagnostics(diagnostics.suppressed()));
        StringBuilder out = new StringBuilder();
        try {
            Json.write(root, out);
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible); // a StringBuilder does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Not a shard folder, or one whose manifest cannot be read: the message says which and why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The manifest of the shard folder {@code dir}. */
    static ShardManifest read(Path dir) throws Unreadable {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("'" + dir + "' is not a shard folder (no " + FILE
                    + " in it; make one with tolk build --shard I/N --out " + dir + ")");
        }
        try {
            Map<?, ?> root = ReportJson.object(JsonReader.read(Files.readString(file, StandardCharsets.UTF_8)), "the manifest");
            if (!"tolk".equals(root.get("tool"))) throw new IllegalArgumentException("\"tool\" is not \"tolk\"");
            Map<?, ?> shard = ReportJson.object(root.get("shard"), "\"shard\"");
            ShardPlan plan = ShardPlan.parse(ReportJson.number(shard, "index") + "/" + ReportJson.number(shard, "count"))
                    .orElseThrow(() -> new IllegalArgumentException("\"shard\" names no shard"));
            Map<?, ?> site = ReportJson.object(root.get("site"), "\"site\"");
            Map<String, Integer> pages = new LinkedHashMap<>();
            for (var e : ReportJson.object(site.get("pages"), "\"pages\"").entrySet()) {
                if (!(e.getValue() instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("\"pages\" holds a count that is not a whole number");
                }
                pages.put((String) e.getKey(), n.intValue());
            }
            Map<String, List<String>> search = new LinkedHashMap<>();
            for (var e : ReportJson.object(root.get("search"), "\"search\"").entrySet()) {
                if (!(e.getValue() instanceof List<?> keys)) throw new IllegalArgumentException("\"search\" holds no list of keys");
                List<String> list = new ArrayList<>(keys.size());
                for (Object k : keys) {
                    if (!(k instanceof String s)) throw new IllegalArgumentException("\"search\" holds a key that is not a string");
                    list.add(s);
                }
                search.put((String) e.getKey(), List.copyOf(list));
            }
            return new ShardManifest(ReportJson.string(root, "version"), plan, ReportJson.string(shard, "input"),
                    ReportJson.number(site, "files"), pages, search, new ShardDiagnostics.Said(
                    ReportJson.readDiagnostics(root.get("diagnostics")), ReportJson.readDiagnostics(root.get("suppressed"))));
        } catch (IllegalArgumentException | IOException e) {
            throw new Unreadable(file + ": not a shard manifest this Tolk can read (" + e.getMessage() + ")");
        }
    }
}
