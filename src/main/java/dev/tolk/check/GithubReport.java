package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per diagnostic, which the runner turns into
 * annotations on the changed files: {@code ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE}
 * ({@code ::warning} for warnings, {@code ::notice} for info), escaped as the Actions toolkit
 * escapes them, then the summary line. Positions below 1 are left out rather than invented.
 */
final class GithubReport implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        // errors first, then warnings, then notices, each in file order: GitHub shows 10 of each kind per step and 50
        // per job, and errors listed after a thousand notices and warnings were never shown
        List<Diagnostic> ordered = new ArrayList<>(report.diagnostics());
        ordered.sort(Comparator.comparingInt((Diagnostic d) -> d.severity().ordinal())); // ERROR, WARNING, INFO; a stable sort
        for (Diagnostic d : ordered) {
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::").append(command).append(" file=").append(property(d.file()));
            if (d.line() > 0) {
                out.append(",line=").append(Integer.toString(d.line()));
                int endLine = Math.max(d.line(), d.endLine());
                if (d.column() > 0) {
                    out.append(",col=").append(Integer.toString(d.column()));
                    int endColumn = endLine == d.line() ? Math.max(d.column(), d.endColumn()) : Math.max(1, d.endColumn());
                    out.append(",endLine=").append(Integer.toString(endLine))
                            .append(",endColumn=").append(Integer.toString(endColumn));
                } else {
                    out.append(",endLine=").append(Integer.toString(endLine));
                }
            }
            out.append(",title=").append(property(d.rule())).append("::").append(data(d.message())).append('\n');
        }
        // a summary that started with "::" would be taken for a command; it never does
        out.append(report.summary()).append('\n');
    }

    /** Message escaping of the toolkit's {@code escapeData}. */
    static String data(String s) {
        if (s == null) return "";
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property escaping of the toolkit's {@code escapeProperty}: as {@link #data} plus {@code :} and {@code ,}. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
