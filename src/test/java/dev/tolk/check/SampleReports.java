package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Diagnostics like a real check of the corpus produces, with the awkward characters reports must survive. */
final class SampleReports {
    static final String OUTLOOK = "content/nl-NL/AlchemyInsights/troubleshoot-presence-issues-outlook.md";
    static final String ODD_NAME = "content/de-DE/AlchemyInsights/a b–ü.md";
    static final String ARABIC = "content/ar-SA/AlchemyInsights/sign-in.md";
    static final String YAML_MESSAGE = "mapping values are not allowed here: \"ms.custom: 'a\\b'\" at 100%,\nsee 'ms,.custom'";
    static final String ARABIC_MESSAGE = "الترجمة مطابقة للمصدر: «Sign in»";
    static final String LONE_SURROGATE_MESSAGE = "source text changed: 'Click \uD83D here'";

    private SampleReports() {
    }

    /** Deliberately not in report order, to show the report sorts them. */
    static List<Diagnostic> diagnostics() {
        return List.of(
                new Diagnostic(OUTLOOK, 14, 7, 14, 38, Severity.ERROR, "link/missing-anchor",
                        "link target 'bar.md#setup' has no anchor 'setup'", "nl-NL"),
                new Diagnostic(OUTLOOK, 2, 80, 2, 80, Severity.ERROR, "frontmatter/invalid-yaml", YAML_MESSAGE, "nl-NL"),
                new Diagnostic(OUTLOOK, 20, 3, 20, 14, Severity.WARNING, "tu/markup-mismatch",
                        "bold markers differ: **Outlook** vs *Outlook*", "nl-NL"),
                new Diagnostic(ODD_NAME, 1, 1, 1, 1, Severity.WARNING, "content/invalid-filename",
                        "file name has a space and non-ASCII characters: 'a b–ü.md'", "de-DE"),
                new Diagnostic(ARABIC, 9, 1, 9, 1, Severity.WARNING, "tu/drift", LONE_SURROGATE_MESSAGE, "ar-SA"),
                new Diagnostic(ARABIC, 7, 12, 7, 30, Severity.INFO, "tu/untranslated", ARABIC_MESSAGE, "ar-SA"),
                new Diagnostic("README.md", 3, 5, 4, 2, Severity.ERROR, "link/broken",
                        "internal target 'docs/missing.md' does not exist", ""));
    }

    static Report report() {
        return new Report("0.1.0-SNAPSHOT", 5835, 54346, diagnostics());
    }

    static String write(ReportFormat format, Report report, Path baseDir, boolean colour) {
        StringBuilder out = new StringBuilder();
        try {
            ReportWriters.of(format, new SourceLines(baseDir), colour).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String write(ReportFormat format, Report report) {
        return write(format, report, Path.of("does-not-exist"), false);
    }
}
