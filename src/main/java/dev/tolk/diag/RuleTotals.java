package dev.tolk.diag;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a run for its closing line: per severity, how many diagnostics, and per rule
 * within it, {@code 2 errors (link/broken 2), 16 warnings (tu/markup-mismatch 16), 0 info}.
 * Rules in id order, so the line is the same whatever order the findings came in.
 */
public final class RuleTotals {
    private RuleTotals() {
    }

    public static String describe(Collection<Diagnostic> diagnostics) {
        Map<Severity, Map<String, Integer>> bySeverity = new TreeMap<>();
        for (Severity s : Severity.values()) bySeverity.put(s, new TreeMap<>());
        for (Diagnostic d : diagnostics) bySeverity.get(d.severity()).merge(d.rule(), 1, Integer::sum);
        return part(bySeverity.get(Severity.ERROR), "error", "errors") + ", "
                + part(bySeverity.get(Severity.WARNING), "warning", "warnings") + ", "
                + part(bySeverity.get(Severity.INFO), "info", "info");
    }

    private static String part(Map<String, Integer> rules, String one, String many) {
        int total = rules.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder b = new StringBuilder().append(total).append(' ').append(total == 1 ? one : many);
        if (total > 0) {
            b.append(" (");
            rules.forEach((rule, n) -> {
                if (b.charAt(b.length() - 1) != '(') b.append(", ");
                b.append(rule).append(' ').append(n);
            });
            b.append(')');
        }
        return b.toString();
    }
}
