package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.catalog.PageEntry;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Severity;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.FrontMatter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which shard reports what, and the shards' diagnostics joined as one build reports them. */
class ShardDiagnosticsTest {
    private static final List<PageEntry> PAGES = List.of(page("nl-NL", "a.md"), page("nl-NL", "b.md"), page("de-DE", "a.md"),
            page("de-DE", "b.md"));

    private static PageEntry page(String locale, String key) {
        return new PageEntry(locale, key, Path.of(key), "content/" + locale + "/" + key, locale, false, key, key, FrontMatter.NONE);
    }

    private static Diagnostic at(String file, int line, String rule, String message, String locale) {
        return new Diagnostic(file, line, 1, line, 2, Severity.INFO, rule, message, locale);
    }

    @Test
    void aPageFileIsItsKeysShardsAnyOtherFileShardOnes() {
        ShardDiagnostics first = new ShardDiagnostics(PAGES, Set.of("a.md"), new ShardPlan(1, 2));
        ShardDiagnostics second = new ShardDiagnostics(PAGES, Set.of("b.md"), new ShardPlan(2, 2));
        Diagnostic onA = at("content/de-DE/a.md", 3, "tu/drift", "drift", "de-DE");
        Diagnostic onB = at("content/nl-NL/b.md", 3, "link/broken", "broken", "nl-NL");
        Diagnostic toc = at("content/nl-NL/TOC.yml", 1, "toc/broken", "toc", "nl-NL");
        Diagnostic template = at("templates/article.ftlh", 4, "template/error", "bad (while rendering nl-NL/b.html)", "");
        assertTrue(first.keeps(onA) && !second.keeps(onA));
        assertTrue(!first.keeps(onB) && second.keeps(onB));
        assertTrue(first.keeps(toc) && !second.keeps(toc));
        assertTrue(first.keeps(template) && second.keeps(template), "a template error is whichever shard's that met it");
    }

    @Test
    void whatABuildSaysOnceIsSaidOnceAtItsFirstPlace() {
        String fallback = "'media/x.png' is not in de-DE; the en-US file is published in its place (reported once per locale)";
        String page = "'c.md' is not translated into de-DE; links to it lead to the en-US page (reported once per locale)";
        String toc = "'c.md' is not translated into de-DE; the TOC entry leads to the en-US page (reported once per locale)";
        List<Diagnostic> shard1 = List.of(
                at("content/de-DE/a.md", 9, "link/fallback", fallback, "de-DE"),
                at("content/de-DE/TOC.yml", 2, "link/fallback", toc, "de-DE"),
                at("templates/article.ftlh", 4, "template/error", "bad (while rendering de-DE/a.html)", ""),
                at("content/de-DE/a.md", 5, "tu/drift", "same words", "de-DE"),
                at("content/de-DE/a.md", 5, "tu/drift", "same words", "de-DE"));
        List<Diagnostic> shard2 = List.of(
                at("content/de-DE/b.md", 1, "link/fallback", fallback, "de-DE"),
                at("content/de-DE/b.md", 2, "link/fallback", page, "de-DE"),
                at("content/nl-NL/b.md", 2, "link/fallback", fallback.replace("de-DE", "nl-NL"), "nl-NL"),
                at("templates/article.ftlh", 4, "template/error", "bad (while rendering de-DE/b.html)", ""),
                at("content/de-DE/b.md", 7, "link/external-skipped", "external link 'http://10.0.0.1/' not checked: private", "de-DE"));
        List<Diagnostic> joined = ShardDiagnostics.join(List.of(said(shard2), said(shard1)));
        assertEquals(List.of(
                shard1.get(1), // a TOC's fallback is the TOC's own: shard 1's, said by it alone
                shard1.get(3), shard1.get(4), // the same finding twice in one file stays twice
                shard1.get(0), // the first page that falls back to media/x.png in de-DE
                shard2.get(1), // another target
                shard2.get(4),
                shard2.get(2), // another locale
                shard1.get(2)), // one template position, once
                joined);
        assertFalse(joined.contains(shard2.get(0)));
    }

    @Test
    void whatABuildSaysOnceAtASuppressedPlaceIsSaidNowhere() {
        String fallback = "'c.md' is not translated into de-DE; links to it lead to the en-US page (reported once per locale)";
        Diagnostic first = at("content/de-DE/a.md", 3, "link/fallback", fallback, "de-DE");
        Diagnostic later = at("content/de-DE/b.md", 3, "link/fallback", fallback, "de-DE");
        Diagnostic other = at("content/de-DE/b.md", 4, "link/broken", "gone", "de-DE");
        assertEquals(List.of(other), ShardDiagnostics.join(List.of(new ShardDiagnostics.Said(List.of(), List.of(first)),
                new ShardDiagnostics.Said(List.of(later, other), List.of()))));
        assertEquals(List.of(later, other), ShardDiagnostics.join(List.of(new ShardDiagnostics.Said(List.of(), List.of()),
                new ShardDiagnostics.Said(List.of(later, other), List.of()))));
    }

    @Test
    void aShardKeepsItsShareWithTheSuppressionsOfItsFiles() {
        DiagnosticCollector found = new DiagnosticCollector();
        String fallback = "'c.md' is not translated into de-DE; links to it lead to the en-US page (reported once per locale)";
        found.add(at("content/de-DE/a.md", 3, "link/fallback", fallback, "de-DE"));
        found.add(at("content/de-DE/a.md", 4, "tu/drift", "drift", "de-DE"));
        found.add(at("content/de-DE/b.md", 3, "tu/drift", "drift", "de-DE"));
        found.suppress("content/de-DE/a.md", new Suppressions(Set.of(), Map.of(3, Set.of("link/fallback"), 4, Set.of())));
        DiagnosticCollector share = new DiagnosticCollector();
        new ShardDiagnostics(PAGES, Set.of("a.md"), new ShardPlan(1, 2)).keep(found, share);
        ShardDiagnostics.Said said = ShardDiagnostics.Said.by(share);
        assertEquals(List.of(), said.reported());
        assertEquals(List.of(found.suppressed().get(0)), said.suppressed(), "a suppressed drift is no matter to the join");
    }

    private static ShardDiagnostics.Said said(List<Diagnostic> reported) {
        return new ShardDiagnostics.Said(reported, List.of());
    }
}
