package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.SharedData;
import dev.tolk.catalog.SitePaths;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real docsets of {@code ../shared/corpus} (nl-NL and de-DE, about 5,800 articles), or on a
 * clone with nothing beside it their bundled subset (270 articles each, {@link SharedData}): every
 * article becomes a page, every problem is a diagnostic, and the pair rules find nothing where
 * the data has no such defect. The finding counts are those reviewed by hand for the whole
 * corpus; for the subset they are its own (its links to articles left out are broken).
 */
class CorpusBuildIT {
    private static final Path CORPUS = SharedData.corpus();
    private static final boolean WHOLE = SharedData.wholeCorpus();

    @Test
    void buildsBothRealDocsetsWhole() throws Exception {
        // built once per JVM: ShardMergeIT merges the docsets' shards against the same build
        BuiltOnce.Build built = BuiltOnce.realDocsets();
        Path out = built.site();
        List<Diagnostic> diagnostics = built.diagnostics();

        Set<String> rules = diagnostics.stream().map(Diagnostic::rule).collect(Collectors.toSet());
        for (String rule : List.of("tu/unpaired", "tu/id-mismatch", "tu/duplicate-id", "tu/bad-id")) {
            assertTrue(!rules.contains(rule), rule + ": " + diagnostics.stream().filter(d -> d.rule().equals(rule)).toList());
        }
        List<Diagnostic> yaml = diagnostics.stream().filter(d -> d.rule().equals("frontmatter/invalid-yaml")).toList();
        assertEquals(2, yaml.size(), yaml::toString);
        for (Diagnostic d : yaml) {
            assertTrue(d.file().endsWith("AlchemyInsights/troubleshoot-presence-issues-outlook.md"), d.toString());
            assertEquals(2, d.line());
        }
        for (String locale : List.of("nl-NL", "de-DE")) {
            List<String> articles;
            try (Stream<Path> s = Files.walk(CORPUS.resolve(locale))) {
                articles = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                        .map(p -> CORPUS.resolve(locale).relativize(p).toString().replace('\\', '/')).toList();
            }
            assertTrue(articles.size() > (WHOLE ? 2800 : 250), locale + " has " + articles.size());
            for (String key : articles) {
                // include files are shown inside pages, not pages (the docsets' docfx.json excludes **/includes/**)
                boolean include = dev.tolk.model.Article.isInclude(key);
                assertEquals(!include, Files.isRegularFile(out.resolve(SitePaths.page(locale, key))),
                        (include ? "a page for the include " : "no page for ") + locale + "/" + key);
            }
        }
        assertTrue(Files.isRegularFile(out.resolve(SitePaths.page(locale(), "AlchemyInsights/troubleshoot-presence-issues-outlook.md"))));

        // check reads and validates exactly as the build does (with the configuration the build read: the defaults)
        assertEquals(SiteConfig.defaults(), BuiltOnce.config(built.project()));
        BuiltOnce.Check checked = BuiltOnce.check(built);
        assertEquals(diagnostics, checked.diagnostics());
        assertEquals(WHOLE ? 50580 : SUBSET_UNITS, checked.result().units());
        // the reviewed finding counts of the real docsets (see the issue 3 note for the hand review; issue 19 added
        // 7 reviewed by hand: 4 unterminated link addresses, 3 links a translation broke, and one note a locale
        // folder for its hidden repository files; 96 links a translation left with no text, '[](url)', a sample of 8
        // read by hand, each a link a reader cannot see; 2 '**Voorbeeld van directe URL:**https://…' that CommonMark
        // does not make bold, read by hand; 2 '> [!TIPS]', no DocFX alert, shown as text in both locales, read);
        // includes/alchemyinsights-content-updates.md, which no page shows, is validated no more (as DocFX builds it
        // nowhere): 86 link/broken, 14 link/case-mismatch, 1 content/encoding and its 3,766 units left the counts)
        Map<String, Long> counts = new TreeMap<>(diagnostics.stream()
                .collect(Collectors.groupingBy(Diagnostic::rule, Collectors.counting())));
        assertEquals(WHOLE ? EXPECTED_COUNTS : SUBSET_COUNTS, counts);
    }

    private static final Map<String, Long> EXPECTED_COUNTS = new TreeMap<>(Map.ofEntries(
            Map.entry("content/encoding", 115L), Map.entry("content/invalid-filename", 26L),
            Map.entry("frontmatter/invalid-yaml", 2L), Map.entry("frontmatter/unknown-key", 14L),
            Map.entry("tu/broken-syntax", 9L), Map.entry("tu/drift", 124L), Map.entry("tu/link-mismatch", 100L),
            Map.entry("tu/markup-mismatch", 433L), Map.entry("tu/number-mismatch", 7L), Map.entry("tu/untranslated", 47L),
            Map.entry("link/broken", 1L), Map.entry("link/case-mismatch", 2L), Map.entry("link/empty", 4L),
            Map.entry("link/insecure", 6L), Map.entry("content/unsupported", 4L)));

    private static final int SUBSET_UNITS = 4847;
    /** The subset's own counts. */
    private static final Map<String, Long> SUBSET_COUNTS = new TreeMap<>(Map.ofEntries(
            Map.entry("content/encoding", 20L), Map.entry("content/invalid-filename", 12L),
            Map.entry("frontmatter/invalid-yaml", 2L), Map.entry("frontmatter/unknown-key", 6L),
            Map.entry("tu/broken-syntax", 5L), Map.entry("tu/drift", 15L), Map.entry("tu/link-mismatch", 11L),
            Map.entry("tu/markup-mismatch", 32L), Map.entry("tu/number-mismatch", 2L), Map.entry("tu/untranslated", 9L),
            Map.entry("link/broken", 4L), Map.entry("link/insecure", 2L)));

    private static String locale() {
        return "nl-NL";
    }
}
