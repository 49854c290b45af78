package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test views (Jenkins, GitLab, Azure DevOps): one test suite, one test case per file checked
 * (a passing case for a file without findings), or per file with findings when the report does
 * not list the files read (class name {@code tolk.<locale>}, or {@code tolk.files} outside a locale tree).
 * A case fails on the findings that fail the run ({@code --fail-on}: errors, or warnings too) with one
 * {@code <failure>}, as the JUnit schema allows one (readers showed only the first of several): its {@code type}
 * the first such finding's rule, its message how many there are and the first, its text all of them; the other
 * findings go in the case's {@code <system-out>}, which CI shows without failing the case. {@code tests} counts
 * the cases and {@code failures} the failing ones. Characters XML 1.0 forbids become U+FFFD. The caller writes
 * the output as UTF-8, as the declaration says.
 */
final class JunitReport implements ReportWriter {
    /** The least severity that fails a case; null: none does ({@code --fail-on never}). */
    private final Severity failing;

    JunitReport(Severity failing) {
        this.failing = failing;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, List<Diagnostic>> byFile = new java.util.TreeMap<>();
        for (String file : report.checkedFiles()) byFile.put(file, new ArrayList<>());
        for (Diagnostic d : report.diagnostics()) {
            byFile.computeIfAbsent(d.file() == null ? "" : d.file(), f -> new ArrayList<>()).add(d);
        }
        int failures = 0;
        for (List<Diagnostic> ds : byFile.values()) {
            if (ds.stream().anyMatch(this::fails)) failures++;
        }
        String counts = " tests=\"" + byFile.size() + "\" failures=\"" + failures + "\" errors=\"0\"";
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"tolk\"").append(counts).append(">\n");
        out.append("  <testsuite name=\"tolk check\"").append(counts).append(" skipped=\"0\">\n");
        for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) testcase(e.getKey(), e.getValue(), out);
        out.append("  </testsuite>\n");
        out.append("</testsuites>\n");
    }

    private boolean fails(Diagnostic d) {
        return failing != null && d.severity().atLeast(failing);
    }

    private void testcase(String file, List<Diagnostic> ds, Appendable out) throws IOException {
        String locale = ds.isEmpty() ? localeOf(file) : ds.get(0).locale();
        String classname = "tolk." + (locale == null || locale.isEmpty() ? "files" : locale);
        out.append("    <testcase classname=\"").append(attribute(classname))
                .append("\" name=\"").append(attribute(file)).append("\">\n");
        StringBuilder others = new StringBuilder();
        List<Diagnostic> failed = new ArrayList<>();
        for (Diagnostic d : ds) {
            if (fails(d)) failed.add(d);
            else others.append(d.format()).append('\n');
        }
        if (!failed.isEmpty()) {
            StringBuilder all = new StringBuilder();
            for (Diagnostic d : failed) all.append(d.format()).append('\n');
            String message = (failed.size() == 1 ? "" : failed.size() + " findings; the first: ") + failed.get(0).message();
            out.append("      <failure type=\"").append(attribute(failed.get(0).rule()))
                    .append("\" message=\"").append(attribute(message)).append("\">")
                    .append(text(all.toString())).append("</failure>\n");
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
