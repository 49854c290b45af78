package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test views (Jenkins, GitLab): one test suite, one test case per file checked
 * (a passing case for a file without findings), or per file with findings when the report does
 * not list the files read (class name {@code tolk.<locale>}, or {@code tolk.files} outside a locale tree),
 * a {@code <failure>} per error whose {@code type} is the rule id, and warnings and info in the
 * case's {@code <system-out>}, which CI shows without failing the case. {@code tests} counts
 * those cases and {@code failures} the cases with at least one error, which is what JUnit
 * readers expect. Characters XML 1.0 forbids become U+FFFD. The caller writes the output as
 * UTF-8, as the declaration says.
 */
final class JunitReport implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, List<Diagnostic>> byFile = new java.util.TreeMap<>();
        for (String file : report.checkedFiles()) byFile.put(file, new ArrayList<>());
        for (Diagnostic d : report.diagnostics()) {
            byFile.computeIfAbsent(d.file() == null ? "" : d.file(), f -> new ArrayList<>()).add(d);
        }
        int failing = 0;
        for (List<Diagnostic> ds : byFile.values()) {
            if (ds.stream().anyMatch(d -> d.severity() == Severity.ERROR)) failing++;
        }
        String counts = " tests=\"" + byFile.size() + "\" failures=\"" + failing + "\" errors=\"0\"";
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"tolk\"").append(counts).append(">\n");
        out.append("  <testsuite name=\"tolk check\"").append(counts).append(" skipped=\"0\">\n");
        for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) testcase(e.getKey(), e.getValue(), out);
        out.append("  </testsuite>\n");
        out.append("</testsuites>\n");
    }

    private static void testcase(String file, List<Diagnostic> ds, Appendable out) throws IOException {
        String locale = ds.isEmpty() ? localeOf(file) : ds.get(0).locale();
        String classname = "tolk." + (locale == null || locale.isEmpty() ? "files" : locale);
        out.append("    <testcase classname=\"").append(attribute(classname))
                .append("\" name=\"").append(attribute(file)).append("\">\n");
        StringBuilder others = new StringBuilder();
        for (Diagnostic d : ds) {
            if (d.severity() == Severity.ERROR) {
                out.append("      <failure type=\"").append(attribute(d.rule()))
                        .append("\" message=\"").append(attribute(d.message())).append("\">")
                        .append(text(d.format())).append("</failure>\n");
            } else {
                others.append(d.format()).append('\n');
            }
        }
        if (others.length() > 0) {
            out.append("      <system-out>").append(text(others.toString())).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    /** The locale folder a file without findings is in: the first path segment that is a locale tag, or none. */
    private static String localeOf(String file) {
        for (String segment : file.split("/")) {
            if (segment.matches("[a-z]{2,3}-[A-Z][A-Za-z0-9]{1,7}")) return segment;
        }
        return "";
    }

    /** Escapes character data; {@code \r} as a reference, since parsers turn a literal one into {@code \n}. */
    static String text(String s) {
        return escape(s, false);
    }

    /** Escapes an attribute value; line breaks and tabs as references, since parsers turn literal ones into spaces. */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(legal(c) ? c : '\uFFFD');
            }
        }
        return b.toString();
    }

    /** XML 1.0 {@code Char} for a lone UTF-16 unit (tab and line breaks are handled by the caller). */
    private static boolean legal(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
