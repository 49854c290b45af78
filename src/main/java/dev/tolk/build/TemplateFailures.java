package dev.tolk.build;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.render.PageRenderer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Template errors, reported once per template position (not once per page). */
final class TemplateFailures {
    private final DiagnosticCollector diagnostics;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    TemplateFailures(DiagnosticCollector diagnostics) {
        this.diagnostics = diagnostics;
    }

    void add(PageRenderer.TemplateProblem e, String page) {
        if (!seen.add(e.template() + ":" + e.line() + ":" + e.column())) return;
        diagnostics.add(new Diagnostic("templates/" + e.template(), e.line(), e.column(), e.line(), e.column(),
                Severity.ERROR, Rule.TEMPLATE_ERROR.id(), e.getMessage() + " (while rendering " + page + ")", ""));
    }

    boolean any() {
        return !seen.isEmpty();
    }
}
