package dev.tolk.diag;

import java.util.Map;
import java.util.Set;

/**
 * What a writer switched off in one file: rules for the whole file (front matter
 * {@code tolk-disable}) and rules for single lines ({@code <!-- tolk-disable-next-line … -->}).
 * An empty rule set on a line means every rule. A pattern ending in {@code /*} covers a family.
 */
public record Suppressions(Set<String> fileRules, Map<Integer, Set<String>> lineRules) {
    public static final Suppressions NONE = new Suppressions(Set.of(), Map.of());

    public boolean isEmpty() {
        return fileRules.isEmpty() && lineRules.isEmpty();
    }

    public boolean suppresses(Diagnostic d) {
        if (matches(fileRules, d.rule())) return true;
        Set<String> onLine = lineRules.get(d.line());
        return onLine != null && (onLine.isEmpty() || matches(onLine, d.rule()));
    }

    private static boolean matches(Set<String> patterns, String rule) {
        if (patterns.contains(rule)) return true;
        for (String p : patterns) {
            if (p.endsWith("/*") && rule.startsWith(p.substring(0, p.length() - 1))) return true;
        }
        return false;
    }
}
