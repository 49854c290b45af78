package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import dev.tolk.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of DESIGN §6, the contract the other formats derive from: {@code tool},
 * {@code version}, {@code summary} and {@code diagnostics}, every key always present and in
 * the order shown there, two-space indentation and one diagnostic per line.
 */
final class JsonReport implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", report.files());
        summary.put("units", report.units());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("info", report.count(Severity.INFO));

        List<Object> diagnostics = new ArrayList<>(report.diagnostics().size());
        for (Diagnostic d : report.diagnostics()) diagnostics.add(diagnostic(d));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "tolk");
        root.put("version", report.version());
        root.put("summary", summary);
        root.put("diagnostics", diagnostics);
        Json.write(root, out);
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
}
