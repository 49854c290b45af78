package dev.tolk.build;

import dev.tolk.check.PlacedLink;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Suppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading the files of one article key found besides its pages: diagnostics and the
 * suppressions of its files, the links and anchors its pages have for the link checker, and the
 * translation units counted. Collected by one thread, then handed to the build's collector and
 * link table with {@link #replay}; a rebuild that reuses the key replays the same findings.
 */
final class KeyFindings {
    record Links(String locale, String key, String file, List<PlacedLink> links) {
    }

    record Anchors(String locale, String key, java.util.Set<String> anchors) {
    }

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Suppressions> suppressions = new LinkedHashMap<>();
    private final List<Links> links = new ArrayList<>();
    private final List<Anchors> anchors = new ArrayList<>();
    private int units;

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    void suppress(String file, Suppressions s) {
        suppressions.put(file, s);
    }

    void links(String locale, String key, String file, List<PlacedLink> pageLinks) {
        links.add(new Links(locale, key, file, List.copyOf(pageLinks))); // one list, so a rebuild can tell it is the same
    }

    void anchors(String locale, String key, List<String> pageAnchors) {
        anchors.add(new Anchors(locale, key, java.util.Set.copyOf(pageAnchors)));
    }

    /** The anchors recorded for the page of {@code locale} and {@code key}, if its body was made. */
    java.util.Optional<List<String>> anchors(String locale, String key) {
        for (Anchors a : anchors) {
            if (a.locale().equals(locale) && a.key().equals(key)) return java.util.Optional.of(List.copyOf(a.anchors()));
        }
        return java.util.Optional.empty();
    }

    void units(int n) {
        units += n;
    }

    int units() {
        return units;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Map<String, Suppressions> suppressions() {
        return suppressions;
    }

    List<Links> links() {
        return links;
    }

    List<Anchors> anchors() {
        return anchors;
    }

    /** Hands the findings to a build: its collector and its link table. */
    void replay(DiagnosticCollector collector, SiteLinks table) {
        suppressions.forEach(collector::suppress);
        collector.addAll(diagnostics);
        for (Links l : links) table.recordLinks(l.locale(), l.key(), l.file(), l.links());
        replayAnchors(table);
    }

    /** Hands the anchors only to a build's link table. */
    void replayAnchors(SiteLinks table) {
        for (Anchors a : anchors) table.recordAnchors(a.locale(), a.key(), a.anchors());
    }
}
