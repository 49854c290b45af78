package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of DESIGN §6 as a tree of maps and lists ({@link dev.tolk.json.Json} writes
 * it, {@link dev.tolk.json.JsonReader} reads it): made from a {@link Report}, and read back into
 * one, as joining the reports of shards needs. Reading is strict: a tree that is not such a
 * report is an {@link IllegalArgumentException} saying what is wrong.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /** The report's tree: {@code tool}, {@code version}, {@code summary}, {@code diagnostics}, in that order. */
    public static Map<String, Object> tree(Report report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", report.files());
        summary.put("units", report.units());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("info", report.count(Severity.INFO));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "tolk");
        root.put("version", report.version());
        root.put("summary", summary);
        root.put("diagnostics", diagnostics(report.diagnostics()));
        return root;
    }

    /** Each diagnostic as an object with every key always present. */
    public static List<Object> diagnostics(List<Diagnostic> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Diagnostic d : list) out.add(diagnostic(d));
        return out;
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", text(d.file()));
        m.put("line", d.line());
        m.put("column", d.column());
        m.put("endLine", d.endLine());
        m.put("endColumn", d.endColumn());
        m.put("severity", d.severity().label());
        m.put("rule", text(d.rule()));
        m.put("message", text(d.message()));
        m.put("locale", text(d.locale()));
        return m;
    }

    /** A missing text is written as an empty string, so every value keeps its type. */
    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The report a tree holds (as {@link #tree} makes it). */
    public static Report report(Object tree) {
        Map<?, ?> root = object(tree, "the report");
        if (!"tolk".equals(root.get("tool"))) throw new IllegalArgumentException("not a report of tolk (\"tool\" is not \"tolk\")");
        Map<?, ?> summary = object(root.get("summary"), "\"summary\"");
        return new Report(string(root, "version"), number(summary, "files"), number(summary, "units"),
                readDiagnostics(root.get("diagnostics")));
    }

    /** The diagnostics of a list as {@link #diagnostics} makes it. */
    public static List<Diagnostic> readDiagnostics(Object list) {
        if (!(list instanceof List<?> items)) throw new IllegalArgumentException("\"diagnostics\" is not a list");
        List<Diagnostic> out = new ArrayList<>(items.size());
        for (Object item : items) {
            Map<?, ?> m = object(item, "a diagnostic");
            String label = string(m, "severity");
            Severity severity = Severity.parse(label)
                    .orElseThrow(() -> new IllegalArgumentException("unknown severity '" + label + "'"));
            out.add(new Diagnostic(string(m, "file"), number(m, "line"), number(m, "column"), number(m, "endLine"),
                    number(m, "endColumn"), severity, string(m, "rule"), string(m, "message"), string(m, "locale")));
        }
        return out;
    }

    /** {@code value} as an object, or why not. */
    public static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map<?, ?> m) return m;
        throw new IllegalArgumentException(what + " is missing or not an object");
    }

    /** The string at {@code key}, or why not. */
    public static String string(Map<?, ?> m, String key) {
        if (m.get(key) instanceof String s) return s;
        throw new IllegalArgumentException("\"" + key + "\" is missing or not a string");
    }

    /** The whole number at {@code key} (an int), or why not. */
    public static int number(Map<?, ?> m, String key) {
        if (m.get(key) instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) return n.intValue();
        throw new IllegalArgumentException("\"" + key + "\" is missing or not a whole number");
    }
}
