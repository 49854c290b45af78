package dev.tolk.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Thread-safe sink for diagnostics. Severity overrides from configuration are applied as
 * diagnostics arrive (a rule set to {@code off} is dropped); {@link #sorted()} returns them in
 * the report order (file, line, column, rule).
 */
public final class DiagnosticCollector {
    private final Map<String, Optional<Severity>> overrides;
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();
    private final AtomicIntegerArray counts = new AtomicIntegerArray(Severity.values().length);

    /**
     * @param overrides rule id to severity; an empty Optional means the rule is off
     */
    public DiagnosticCollector(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public DiagnosticCollector() {
        this(Map.of());
    }

    public void add(Diagnostic d) {
        Optional<Severity> override = overrides.get(d.rule());
        Diagnostic effective = d;
        if (override != null) {
            if (override.isEmpty()) return;
            effective = d.withSeverity(override.get());
        }
        items.add(effective);
        counts.incrementAndGet(effective.severity().ordinal());
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) add(d);
    }

    public int count(Severity s) {
        return counts.get(s.ordinal());
    }

    public boolean any(Severity atLeast) {
        for (Severity s : Severity.values()) {
            if (s.atLeast(atLeast) && count(s) > 0) return true;
        }
        return false;
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Diagnostic.ORDER);
        return list;
    }
}
