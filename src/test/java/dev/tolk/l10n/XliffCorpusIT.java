package dev.tolk.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.cli.Main;
import dev.tolk.json.JsonReader;
import dev.tolk.model.Article;
import dev.tolk.testing.Costly;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The loop on the real docsets (nl-NL and de-DE, ~5,800 articles, ~54,000 units): exported once,
 * then imported unchanged, validated by Okapi, pseudo-translated and imported, and used to start
 * a new locale from English.
 *
 * <p>The tests only read the export and the copied corpus, and each writes in a folder of its
 * own (the checks' reports are made once, under a lock), so they may run at the same time: the
 * class is one of the longest, and its five whole-corpus passes need not wait for one another.
 */
@Costly(seconds = 50)
@Execution(ExecutionMode.CONCURRENT)
class XliffCorpusIT {
    /** The whole corpus beside the checkout, or (not in CI) the real subset bundled with the tests. */
    static final Path CORPUS = dev.tolk.SharedData.corpus();
    /** How many articles the docsets have at least: about 5,800 in the whole corpus, 540 in the subset. */
    private static final int ARTICLES = dev.tolk.SharedData.wholeCorpus() ? 5_000 : 500;
    static final String CONFIG = """
            title: Microsoft 365 admin help
            url-map:
              "https://docs.microsoft.com/alchemyinsights/": "AlchemyInsights/"
            """;

    @TempDir
    static Path tmp;
    static Path content;
    static Path xliff;
    static XliffExport.Result exported;

    @BeforeAll
    static void exportTheCorpus() throws IOException {
        content = tmp.resolve("content");
        XliffLoopTest.copyTree(CORPUS, content);
        Files.writeString(tmp.resolve("tolk.yaml"), CONFIG);
        xliff = tmp.resolve("xliff");
        exported = new XliffExport().export(content, "en-US", List.of(), List.of(), xliff, false, tmp);
    }

    @Test
    void exportingEverythingAndImportingItUnchangedLeavesEveryFileByteIdentical() throws IOException {
        assertTrue(exported.files() > ARTICLES && exported.units() > ARTICLES * 9, exported.toString());
        XliffImport.Result r = new XliffImport().importFiles(List.of(xliff), content, "en-US", List.of(), List.of(), false, tmp);
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of(), r.written());
        int compared = 0;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                // byte for byte, read in blocks: no two arrays of each file
                assertEquals(-1L, Files.mismatch(f, content.resolve(CORPUS.relativize(f).toString())), f + ": first differing byte");
                compared++;
            }
        }
        try (Stream<Path> walk = Files.walk(content)) {
            assertEquals(compared, walk.filter(Files::isRegularFile).count(), "no file added");
        }
    }

    @Test
    void everyExportedFilePassesOkapisMaximalValidation() throws IOException {
        List<String> failures = new ArrayList<>();
        int files = 0;
        // one reader for every file: a reader compiles the XLIFF schemas when it is made (about 11 XSDs, most of the
        // time a file took), and open() starts each file afresh (state, stacks, event queue) on the same validator
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL); Stream<Path> walk = Files.walk(xliff)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".xlf")).sorted().toList()) {
                files++;
                validate(reader, f).ifPresent(problem -> failures.add(xliff.relativize(f) + ": " + problem));
            }
            assertEquals(exported.files(), files);
            assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " files fail");
            // and the reader, after all those files, still refuses a file the schema does not allow
            Path bad = tmp.resolve("not-xliff.xlf");
            Files.writeString(bad, Files.readString(firstXliff()).replaceFirst("<unit ", "<tolk-not-xliff/><unit "));
            assertTrue(validate(reader, bad).isPresent(), "a reused reader passed an element the schema does not allow");
        }
    }

    /** What Okapi finds wrong with an XLIFF file, read whole with {@code reader}, if anything. */
    private static Optional<String> validate(XLIFFReader reader, Path file) {
        try {
            reader.open(file.toFile());
            while (reader.hasNext()) reader.next();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static Path firstXliff() throws IOException {
        try (Stream<Path> walk = Files.walk(xliff)) {
            return walk.filter(p -> p.toString().endsWith(".xlf")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void aPseudoTranslationImportsWithoutNewUnitOrLinkFindingsAndIsBuilt() throws IOException {
        Path pseudoContent = tmp.resolve("pseudo-content");
        XliffLoopTest.copyTree(content, pseudoContent);
        Path pseudoXliff = tmp.resolve("pseudo-xliff");
        Pseudo.translateTree(xliff, pseudoXliff);
        XliffImport.Result r = new XliffImport().importFiles(List.of(pseudoXliff), pseudoContent, "en-US", List.of(), List.of(), false, tmp);
        assertEquals(List.of(), r.diagnostics());
        assertTrue(r.written().size() > ARTICLES, r.written().size() + " articles written");

        Map<String, Integer> before = findings(content);
        Map<String, Integer> after = findings(pseudoContent);
        List<String> added = new ArrayList<>();
        after.forEach((k, n) -> {
            // articles a locale lacked are new files (made from another locale's English): judged in the new-locale test
            boolean existed = Files.exists(CORPUS.resolve(k.substring(0, k.indexOf(" ["))));
            if (existed && (k.contains("[tu/") || k.contains("[link/")) && n > before.getOrDefault(k, 0)) {
                added.add(k + ": " + before.getOrDefault(k, 0) + " → " + n);
            }
        });
        assertEquals(List.of(), added, "new tu/* or link/* findings in the articles that were there");
        assertTrue(after.keySet().stream().noneMatch(k -> k.contains("[tu/untranslated]")), "pseudo text is never the English");

        Path site = tmp.resolve("site");
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "build", "--config",
                tmp.resolve("tolk.yaml").toString(), "--source", pseudoContent.toString(), "--out", site.toString(), "--locale", "nl-NL",
                "--no-cache");
        assertTrue(code <= 1, "build exit " + code);
        // an article of the whole corpus and of the subset bundled with the tests
        String page = Files.readString(site.resolve("nl-NL/AlchemyInsights/1-1-call-recording.html"));
        assertTrue(page.contains(Pseudo.accent("1:1 call recording")), "pseudo text rendered");
    }

    /** {@code tolk check}'s JSON report on a content folder (made once per folder). */
    private static synchronized Map<?, ?> check(Path folder) throws IOException {
        Path report = tmp.resolve("check-" + folder.getFileName() + ".json");
        if (!Files.exists(report)) {
            Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check", "--config",
                    tmp.resolve("tolk.yaml").toString(), "--source", folder.toString(), "--format", "json", "--output", report.toString(),
                    "--fail-on", "never");
        }
        return (Map<?, ?>) JsonReader.read(Files.readString(report));
    }

    /** {@code tolk check}'s findings on a content folder, counted by file (relative to the folder) and rule. */
    private static Map<String, Integer> findings(Path folder) throws IOException {
        Map<?, ?> json = check(folder);
        Map<String, Integer> counts = new TreeMap<>();
        String prefix = folder.getFileName() + "/";
        for (Object o : (List<?>) json.get("diagnostics")) {
            Map<?, ?> d = (Map<?, ?>) o;
            String file = (String) d.get("file");
            counts.merge(file.substring(file.indexOf(prefix) + prefix.length()) + " [" + d.get("rule") + "]", 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void statusCountsAgreeWithCheck() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "status", "--config",
                tmp.resolve("tolk.yaml").toString(), "--source", content.toString(), "--format", "json"));
        Map<?, ?> status = (Map<?, ?>) JsonReader.read(out.toString());
        Map<?, ?> check = check(content);
        long untranslatedFindings = ((List<?>) check.get("diagnostics")).stream()
                .filter(d -> "tu/untranslated".equals(((Map<?, ?>) d).get("rule"))).count();
        long untranslated = 0;
        long units = 0;
        for (Object o : (List<?>) status.get("locales")) {
            Map<?, ?> l = (Map<?, ?>) o;
            long n = ((Number) l.get("units")).longValue();
            assertEquals(n, ((Number) l.get("translated")).longValue() + ((Number) l.get("untranslated")).longValue(), l.toString());
            untranslated += ((Number) l.get("untranslated")).longValue();
            units += n;
        }
        // the articles a locale lacks: all their sentences are units, untranslated, that check (which reads files) does not see
        long missingUnits = ((List<?>) status.get("articles")).stream().map(a -> (Map<?, ?>) a)
                .filter(a -> "missing".equals(a.get("state"))).mapToLong(a -> ((Number) a.get("units")).longValue()).sum();
        assertTrue(untranslatedFindings > 0 && missingUnits > 0);
        assertEquals(untranslatedFindings + missingUnits, untranslated, "untranslated = the tu/untranslated findings and the missing articles' units");
        // an include that no page names is there to translate, but check validates it no more (DocFX builds it nowhere)
        long unnamedUnits = unnamedIncludeUnits(content);
        assertTrue(unnamedUnits > 0, "the corpus's includes/alchemyinsights-content-updates.md is named by no page");
        assertEquals(((Number) ((Map<?, ?>) check.get("summary")).get("units")).longValue() + missingUnits + unnamedUnits, units,
                "units = check's units, the missing articles' and the unnamed includes'");
    }

    /** The units of the include files whose name no other file of their locale holds. */
    private static long unnamedIncludeUnits(Path content) throws IOException {
        long units = 0;
        try (Stream<Path> locales = Files.list(content)) {
            for (Path locale : locales.filter(Files::isDirectory).toList()) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(locale)) {
                    files = s.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml")).toList();
                }
                StringBuilder others = new StringBuilder();
                for (Path f : files) {
                    if (!Article.isInclude(locale.relativize(f).toString())) others.append(Files.readString(f).toLowerCase(java.util.Locale.ROOT));
                }
                for (Path f : files) {
                    String key = locale.relativize(f).toString();
                    if (!Article.isInclude(key) || others.indexOf(f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)) >= 0) continue;
                    String text = Files.readString(f);
                    units += new dev.tolk.parse.ArticleParser().parse(locale.getFileName().toString(), key, key, text, false,
                            new dev.tolk.diag.FileReporter(key, "", text, d -> { })).units().size();
                }
            }
        }
        return units;
    }

    @Test
    void aNewLocaleStartsFromEnglishAndKeepsItByteForByte() throws IOException {
        Path project = tmp.resolve("english-only");
        Path english = project.resolve("content/en-US");
        ArticlePlanner planner = new ArticlePlanner();
        Path nl = content.resolve("nl-NL");
        int articles = 0;
        try (Stream<Path> walk = Files.walk(nl)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String key = nl.relativize(f).toString().replace('\\', '/');
                Article a = planner.parse("nl-NL", key, key, Files.readString(f));
                Path out = english.resolve(key);
                Files.createDirectories(out.getParent());
                Files.writeString(out, a.text().substring(0, a.bodyStart()) + ArticlePlanner.lookupView(a));
                articles++;
            }
        }
        Path projectXliff = project.resolve("xliff");
        XliffExport.Result r = new XliffExport().export(project.resolve("content"), "en-US", List.of(), List.of("fr-FR"), projectXliff,
                false, project);
        assertTrue(r.files() > ARTICLES / 2, r.toString());
        Path filled = project.resolve("filled");
        Pseudo.translateTree(projectXliff, filled);
        XliffImport.Result imported = new XliffImport().importFiles(List.of(filled), project.resolve("content"), "en-US", List.of(),
                List.of(), false, project);
        assertEquals(List.of(), imported.diagnostics());
        assertEquals(r.files(), imported.written().size());

        Path report = project.resolve("check.json");
        // the project has no tolk.yaml: the defaults, which take every locale folder
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check", "--no-config",
                "--source", project.resolve("content").toString(), "--format", "json",
                "--output", report.toString(), "--fail-on", "never"));
        Map<?, ?> json = (Map<?, ?>) JsonReader.read(Files.readString(report));
        List<String> unitErrors = new ArrayList<>();
        for (Object o : (List<?>) json.get("diagnostics")) {
            Map<?, ?> d = (Map<?, ?>) o;
            if (String.valueOf(d.get("rule")).startsWith("tu/") && "error".equals(d.get("severity"))) unitErrors.add(String.valueOf(d));
        }
        assertEquals(List.of(), unitErrors.subList(0, Math.min(10, unitErrors.size())), unitErrors.size() + " tu/* errors");

        Path fr = project.resolve("content/fr-FR");
        int same = 0;
        for (Path made : imported.written()) {
            String key = fr.relativize(made).toString().replace('\\', '/');
            String en = Files.readString(english.resolve(key));
            Article a = planner.parse("fr-FR", key, key, Files.readString(made));
            Article source = planner.parse("en-US", key, key, en);
            assertEquals(en.substring(source.bodyStart()), ArticlePlanner.lookupView(a), key);
            same++;
        }
        assertEquals(r.files(), same);
        assertTrue(articles >= same);
    }
}
