package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import dev.tolk.json.Json;
import dev.tolk.json.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON report against the DESIGN §6 contract, read back with a strict parser. */
class JsonReportTest {
    private static final List<String> DIAGNOSTIC_KEYS = List.of("file", "line", "column", "endLine", "endColumn",
            "severity", "rule", "message", "locale");

    private static Map<?, ?> parsed(Report r) {
        return assertInstanceOf(Map.class, JsonReader.read(SampleReports.write(ReportFormat.JSON, r)));
    }

    @Test
    void hasTheDesignSchemaKeysInOrder() {
        Map<?, ?> root = parsed(SampleReports.report());
        assertEquals(List.of("tool", "version", "summary", "diagnostics"), List.copyOf(root.keySet()));
        assertEquals("tolk", root.get("tool"));
        assertEquals("0.1.0-SNAPSHOT", root.get("version"));
        Map<?, ?> summary = assertInstanceOf(Map.class, root.get("summary"));
        assertEquals(List.of("files", "units", "errors", "warnings", "info"), List.copyOf(summary.keySet()));
        List<?> ds = assertInstanceOf(List.class, root.get("diagnostics"));
        assertEquals(7, ds.size());
        for (Object o : ds) {
            Map<?, ?> d = assertInstanceOf(Map.class, o);
            assertEquals(DIAGNOSTIC_KEYS, List.copyOf(d.keySet()));
            for (String k : List.of("line", "column", "endLine", "endColumn")) assertInstanceOf(Long.class, d.get(k), k);
            for (String k : List.of("file", "severity", "rule", "message", "locale")) assertInstanceOf(String.class, d.get(k), k);
        }
    }

    @Test
    void summaryCountsMatchTheDiagnostics() {
        Map<?, ?> root = parsed(SampleReports.report());
        Map<?, ?> summary = (Map<?, ?>) root.get("summary");
        assertEquals(5835L, summary.get("files"));
        assertEquals(54346L, summary.get("units"));
        List<?> ds = (List<?>) root.get("diagnostics");
        for (Severity s : Severity.values()) {
            long n = ds.stream().filter(d -> s.label().equals(((Map<?, ?>) d).get("severity"))).count();
            String key = switch (s) {
                case ERROR -> "errors";
                case WARNING -> "warnings";
                case INFO -> "info";
            };
            assertEquals(n, summary.get(key), key);
        }
        assertEquals(3L, summary.get("errors"));
    }

    @Test
    void everyValueRoundTripsExactlyInReportOrder() {
        Report r = SampleReports.report();
        List<?> ds = (List<?>) parsed(r).get("diagnostics");
        List<Diagnostic> back = new ArrayList<>();
        for (Object o : ds) {
            Map<?, ?> m = (Map<?, ?>) o;
            back.add(new Diagnostic((String) m.get("file"), ((Long) m.get("line")).intValue(),
                    ((Long) m.get("column")).intValue(), ((Long) m.get("endLine")).intValue(),
                    ((Long) m.get("endColumn")).intValue(), Severity.parse((String) m.get("severity")).orElseThrow(),
                    (String) m.get("rule"), (String) m.get("message"), (String) m.get("locale")));
        }
        assertEquals(r.diagnostics(), back); // includes the quotes, newline, Arabic and the lone surrogate
        List<Diagnostic> sorted = new ArrayList<>(back);
        sorted.sort(Diagnostic.ORDER);
        assertEquals(sorted, back);
    }

    @Test
    void isPrettyPrintedWithTwoSpacesAndOneDiagnosticPerLine() {
        String out = SampleReports.write(ReportFormat.JSON, SampleReports.report());
        String[] lines = out.split("\n");
        assertEquals("{", lines[0]);
        assertEquals("  \"tool\": \"tolk\",", lines[1]);
        assertEquals("  \"diagnostics\": [", lines[4]);
        assertTrue(lines[5].startsWith("    { \"file\": \"README.md\", \"line\": 3, \"column\": 5, "), lines[5]);
        assertEquals("}", lines[lines.length - 1]);
        assertEquals(7 + 7, lines.length); // {, tool, version, summary, [, 7 diagnostics, ], }
    }

    @Test
    void outputIsPlainValidTextWithoutRawSeparatorsOrSurrogates() {
        String out = SampleReports.write(ReportFormat.JSON, SampleReports.report());
        assertTrue(out.contains("\\uD83D"), "the lone surrogate is escaped");
        assertTrue(out.contains(SampleReports.ARABIC_MESSAGE), "Arabic is written as is");
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            assertFalse(c < 0x20 && c != '\n', "raw control character at " + i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(++i)), "lone surrogate at " + i);
            } else {
                assertFalse(Character.isLowSurrogate(c), "lone surrogate at " + i);
            }
        }
    }

    @Test
    void escaperRoundTripsAwkwardStrings() throws IOException {
        for (String s : List.of("", "plain", "q\"uote", "back\\slash", "nl\nr\rt\tb\bf\f", "\u0000\u001f\u007f",
                "line\u2028para\u2029", "😀 pair", "\uDC00lone low", "lone high\uD800", "\uDBFF\uDBFF\uDFFF",
                "</script>", "ü–й 日本")) {
            StringBuilder b = new StringBuilder();
            Json.string(s, b);
            assertFalse(b.toString().contains("\u2028"), "U+2028 must be escaped");
            assertEquals(s, JsonReader.read(b.toString()), s);
        }
    }
}
