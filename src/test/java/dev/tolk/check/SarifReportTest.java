package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.json.JsonReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF output against what GitHub code scanning needs to accept an upload. */
class SarifReportTest {

    private static Map<?, ?> run(Report r, Path base) {
        Map<?, ?> root = (Map<?, ?>) JsonReader.read(SampleReports.write(ReportFormat.SARIF, r, base, false));
        assertEquals("2.1.0", root.get("version"));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.get("$schema"));
        List<?> runs = assertInstanceOf(List.class, root.get("runs"));
        assertEquals(1, runs.size());
        return (Map<?, ?>) runs.get(0);
    }

    private static Map<?, ?> map(Object o, String... path) {
        Object v = o;
        for (String k : path) v = assertInstanceOf(Map.class, v, k).get(k);
        return assertInstanceOf(Map.class, v);
    }

    @Test
    void driverListsTheWholeCatalogueWithHelp() {
        Map<?, ?> driver = map(run(SampleReports.report(), Path.of("none")), "tool", "driver");
        assertEquals("tolk", driver.get("name"));
        assertEquals("0.1.0-SNAPSHOT", driver.get("version"));
        assertTrue(URI.create((String) driver.get("informationUri")).isAbsolute());
        List<?> rules = (List<?>) driver.get("rules");
        assertEquals(Rule.values().length, rules.size());
        Set<String> ids = new HashSet<>();
        for (Object o : rules) {
            Map<?, ?> rule = (Map<?, ?>) o;
            String id = (String) rule.get("id");
            assertTrue(ids.add(id), "unique id " + id);
            assertTrue(((String) rule.get("name")).matches("[A-Z][A-Za-z0-9]*"), id);
            assertFalse(((String) map(rule, "shortDescription").get("text")).isBlank());
            assertFalse(((String) map(rule, "fullDescription").get("text")).isBlank());
            Map<?, ?> help = map(rule, "help");
            assertTrue(((String) help.get("text")).contains("tolk-disable-next-line " + id), id);
            assertTrue(((String) help.get("markdown")).contains("`rules: {" + id + ": off}`"), id);
            assertTrue(Set.of("error", "warning", "note").contains(map(rule, "defaultConfiguration").get("level")));
            assertFalse(((List<?>) map(rule, "properties").get("tags")).isEmpty());
        }
        Map<?, ?> yaml = (Map<?, ?>) rules.get(Rule.FRONTMATTER_INVALID_YAML.ordinal());
        assertEquals("FrontmatterInvalidYaml", yaml.get("name"));
        assertEquals("note", map(rules.get(Rule.TU_UNTRANSLATED.ordinal()), "defaultConfiguration").get("level"));
    }

    @Test
    void resultsPointAtRulesFilesAndValidRegions() throws Exception {
        Report report = SampleReports.report();
        Map<?, ?> run = run(report, Path.of("none"));
        assertEquals("unicodeCodePoints", run.get("columnKind"));
        List<?> rules = (List<?>) map(run, "tool", "driver").get("rules");
        List<?> results = (List<?>) run.get("results");
        assertEquals(report.diagnostics().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Diagnostic d = report.diagnostics().get(i);
            Map<?, ?> result = (Map<?, ?>) results.get(i);
            assertEquals(d.rule(), result.get("ruleId"));
            int index = ((Long) result.get("ruleIndex")).intValue();
            assertEquals(d.rule(), ((Map<?, ?>) rules.get(index)).get("id"));
            String level = (String) result.get("level");
            assertEquals(d.severity() == Severity.INFO ? "note" : d.severity().label(), level);
            assertEquals(d.message(), map(result, "message").get("text"));

            Map<?, ?> physical = map(((List<?>) result.get("locations")).get(0), "physicalLocation");
            Map<?, ?> artifact = map(physical, "artifactLocation");
            assertEquals("%SRCROOT%", artifact.get("uriBaseId"));
            String uri = (String) artifact.get("uri");
            assertTrue(uri.matches("[\\x21-\\x7E]+"), "ASCII without spaces: " + uri);
            URI parsed = new URI(uri);
            assertFalse(parsed.isAbsolute(), uri);
            assertEquals(d.file(), parsed.getPath(), uri);

            Map<?, ?> region = map(physical, "region");
            long startLine = (Long) region.get("startLine");
            long startColumn = (Long) region.get("startColumn");
            long endLine = (Long) region.get("endLine");
            long endColumn = (Long) region.get("endColumn");
            assertTrue(startLine >= 1 && startColumn >= 1 && endLine >= startLine);
            if (endLine == startLine) assertTrue(endColumn > startColumn, "non-empty range " + region);
            assertEquals(d.line(), startLine);
            assertEquals(d.column(), startColumn);
            assertTrue(((String) map(result, "partialFingerprints").get("primaryLocationLineHash"))
                    .matches("[0-9a-f]{16}:\\d+"));
        }
        Map<?, ?> yamlRegion = map(((List<?>) ((Map<?, ?>) results.get(4)).get("locations")).get(0), "physicalLocation", "region");
        assertEquals(81L, yamlRegion.get("endColumn")); // the point at 2:80 becomes the one code point 80
        assertEquals("content/de-DE/AlchemyInsights/a%20b%E2%80%93%C3%BC.md",
                SarifReport.relativeUri(SampleReports.ODD_NAME));
    }

    @Test
    void encodesCharactersThatWouldChangeTheUriMeaning() throws Exception {
        for (String file : List.of("c:/x.md", "a#b?.md", "100%.md", "dir/ü ñ/日本.md", "back\\slash.md")) {
            URI u = new URI(SarifReport.relativeUri(file));
            assertFalse(u.isAbsolute(), file);
            assertEquals(file, u.getPath(), file);
        }
    }

    @Test
    void ruleOutsideTheCatalogueIsStillDescribed() {
        Diagnostic odd = new Diagnostic("a.md", 1, 1, 1, 1, Severity.WARNING, "experimental/new", "new rule", "");
        Map<?, ?> run = run(new Report("1", 1, 0, List.of(odd)), Path.of("none"));
        List<?> rules = (List<?>) map(run, "tool", "driver").get("rules");
        Map<?, ?> result = (Map<?, ?>) ((List<?>) run.get("results")).get(0);
        Map<?, ?> rule = (Map<?, ?>) rules.get(((Long) result.get("ruleIndex")).intValue());
        assertEquals("experimental/new", rule.get("id"));
        assertEquals(Rule.values().length + 1, rules.size());
    }

    @Test
    void fingerprintsAreStableAndFollowTheSourceLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SampleReports.OUTLOOK);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Aanwezigheid: problemen\n---\n");
        Report report = SampleReports.report();
        List<String> first = fingerprints(run(report, dir));
        assertEquals(first, fingerprints(run(report, dir)));
        assertEquals(new HashSet<>(first).size(), first.size(), "no two results share a fingerprint");

        Files.writeString(file, "---\n   title:   Aanwezigheid: problemen\n---\n"); // only spacing differs
        assertEquals(first, fingerprints(run(report, dir)));
        Files.writeString(file, "---\ntitle: Andere titel\n---\n");
        List<String> changed = fingerprints(run(report, dir));
        assertNotEquals(first.get(4), changed.get(4));
        assertEquals(first.get(0), changed.get(0)); // README.md is untouched
    }

    @Test
    void identicalFindingsGetDistinctOccurrenceNumbers() {
        Diagnostic d = new Diagnostic("a.md", 3, 1, 3, 4, Severity.ERROR, "tu/duplicate-id", "id 1 twice", "nl-NL");
        Diagnostic again = new Diagnostic("a.md", 3, 9, 3, 12, Severity.ERROR, "tu/duplicate-id", "id 1 twice", "nl-NL");
        List<String> prints = fingerprints(run(new Report("1", 1, 2, List.of(d, again)), Path.of("none")));
        assertEquals(prints.get(0).replace(":1", ":2"), prints.get(1));
    }

    private static List<String> fingerprints(Map<?, ?> run) {
        List<String> out = new ArrayList<>();
        for (Object r : (List<?>) run.get("results")) {
            out.add((String) map(r, "partialFingerprints").get("primaryLocationLineHash"));
        }
        return out;
    }
}
