package dev.tolk.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Thread-safe sink for diagnostics. Severity overrides from configuration are applied as
 * diagnostics arrive (a rule set to {@code off} is dropped); a file's {@link Suppressions} may be
 * registered before or after its diagnostics arrive. {@link #sorted()} returns what remains in
 * the report order (file, line, column, rule), and the counts are of that list.
 */
public final class DiagnosticCollector {
    private final Map<String, Optional<Severity>> overrides;
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();
    private final Map<String, Suppressions> suppressions = new ConcurrentHashMap<>();
    private volatile List<Diagnostic> settled;

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
        settled = null;
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) add(d);
    }

    /** Registers what the writer switched off in {@code file} (its display path). */
    public void suppress(String file, Suppressions s) {
        if (s.isEmpty()) return;
        suppressions.put(file, s);
        settled = null;
    }

    public int count(Severity s) {
        int n = 0;
        for (Diagnostic d : sorted()) {
            if (d.severity() == s) n++;
        }
        return n;
    }

    public boolean any(Severity atLeast) {
        for (Diagnostic d : sorted()) {
            if (d.severity().atLeast(atLeast)) return true;
        }
        return false;
    }

    /**
     * Adds the diagnostics of {@code other} that {@code keep} accepts, suppressed ones included,
     * with the suppressions of their files: this collector then holds that share as {@code other}
     * holds the whole.
     */
    public void addFrom(DiagnosticCollector other, java.util.function.Predicate<Diagnostic> keep) {
        for (Diagnostic d : other.items) {
            if (!keep.test(d)) continue;
            add(d);
            Suppressions s = other.suppressions.get(d.file());
            if (s != null) suppress(d.file(), s);
        }
    }

    /** The diagnostics that a file's suppressions removed, sorted: those {@link #sorted()} leaves out. */
    public List<Diagnostic> suppressed() {
        List<Diagnostic> list = new ArrayList<>();
        for (Diagnostic d : items) {
            Suppressions s = suppressions.get(d.file());
            if (s != null && s.suppresses(d)) list.add(d);
        }
        list.sort(Diagnostic.ORDER);
        return List.copyOf(list);
    }

    /** The diagnostics not suppressed, sorted; computed once until more arrive. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = settled;
        if (list != null) return list;
        list = new ArrayList<>(items.size());
        for (Diagnostic d : items) {
            Suppressions s = suppressions.get(d.file());
            if (s == null || !s.suppresses(d)) list.add(d);
        }
        list.sort(Diagnostic.ORDER);
        list = List.copyOf(list);
        settled = list;
        return list;
    }
}
