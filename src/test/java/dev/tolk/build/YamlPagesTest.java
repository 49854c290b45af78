package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.ConfigLoader;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.output.MemorySite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML pages in the whole pipeline, beside the golden site {@code sites/yamlpages}: {@code check}
 * reports what a build reports, a YAML page is the docset's home, and the preview rebuilds an
 * edited YAML page as a full build makes it.
 */
class YamlPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/sites/yamlpages/input").toAbsolutePath();

    @Test
    void checkReportsWhatTheBuildReports(@TempDir Path tmp) throws Exception {
        List<Diagnostic> built = GoldenSiteTest.build(GOLDEN, tmp.resolve("site"), 2);
        DiagnosticCollector checked = new DiagnosticCollector();
        SiteChecker.Result result = new SiteChecker().check(config(GOLDEN), new SiteChecker.Options(GOLDEN.resolve("content"),
                Path.of("templates").toAbsolutePath(), List.of(), 2, GOLDEN), checked);
        assertEquals(built, checked.sorted());
        assertTrue(result.units() > 20, "the units of the YAML pages are counted: " + result.units());
    }

    @Test
    void aRootLandingPageIsTheLocaleHome(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        GoldenSiteTest.build(GOLDEN, out, 1);
        String home = Files.readString(out.resolve("nl-NL/index.html"));
        assertTrue(home.contains("class=\"yaml-page landing-page\""), "the landing page, not the generated home");
        assertTrue(Files.readString(out.resolve("en-US/hub/index.html")).contains("class=\"yaml-page hub-page\""));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("en-US/faq.html"));
        assertTrue(Files.readString(out.resolve("nl-NL/search-index.json")).contains("Voorbeelddocumentatie"));
        assertFalse(Files.exists(out.resolve("en-US/malformed/module.html")), "a type Tolk cannot render is no page");
        assertFalse(Files.exists(out.resolve("en-US/malformed/pivots.html")), "data is no page");
        assertFalse(Files.exists(out.resolve("en-US/malformed/pivots.yml")), "nor a file to copy");
    }

    @Test
    void thePreviewRebuildsAnEditedYamlPageAsAFullBuildDoes(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        Path content = project.resolve("content");
        Path nl = Files.createDirectories(content.resolve("nl-NL"));
        Files.writeString(nl.resolve("index.yml"), landing("Documentatie", "overview.md"));
        Files.writeString(nl.resolve("overview.md"), "---\ntitle: Overzicht\n---\n# Overzicht\n");
        StageCache memo = StageCache.watched();
        SiteBuilder.Options options = new SiteBuilder.Options(content, Path.of("templates").toAbsolutePath(),
                tmp.resolve("unused"), List.of(), 2, project);
        SiteConfig config = config(project);
        new SiteBuilder().buildInMemory(config, options, memo, new DiagnosticCollector());

        Files.writeString(nl.resolve("index.yml"), landing("Handleidingen", "missing.md"));
        memo.touched(List.of(nl.resolve("index.yml")));
        DiagnosticCollector again = new DiagnosticCollector();
        MemorySite site = new SiteBuilder().buildInMemory(config, options, memo, again).site();

        Path out = tmp.resolve("full");
        List<Diagnostic> full = GoldenSiteTest.build(project, out, 2);
        assertEquals(full, again.sorted());
        assertTrue(full.stream().anyMatch(d -> d.rule().equals("link/broken") && d.file().endsWith("nl-NL/index.yml")));
        for (String path : List.of("nl-NL/index.html", "nl-NL/search-index.json", "nl-NL/overview.html")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(path)), site.read(path).orElseThrow(), path);
        }
        assertTrue(new String(site.read("nl-NL/index.html").orElseThrow(), StandardCharsets.UTF_8).contains("Handleidingen"));
    }

    /**
     * A translated YAML page has no pairs (Learn translates YAML pages whole): the source locale's page made from it
     * has no English to show, so it says it is shown in the translation's language, marked so (Azure RTOS pl-PL: ten
     * hub and landing pages in Polish under lang="en-US", with "reconstructed from the English source").
     */
    @Test
    void aPageMadeFromATranslationWithoutPairsIsMarkedInItsLanguage(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        Path nl = Files.createDirectories(project.resolve("content/nl-NL"));
        Files.writeString(nl.resolve("index.yml"), landing("Documentatie", "overview.md"));
        Files.writeString(nl.resolve("overview.md"), "---\ntitle: Overzicht\n---\n# <span data-ttu-id=\"a-1\">Overzicht</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">Overview</span></span>\n");
        Path out = tmp.resolve("site");
        GoldenSiteTest.build(project, out, 2);
        var home = org.jsoup.Jsoup.parse(Files.readString(out.resolve("en-US/index.html")));
        assertEquals("This article is not available in your language yet. It is shown in Nederlands.",
                home.selectFirst("p.notice").text());
        var shown = home.selectFirst("article > div[lang]");
        assertEquals("nl-NL", shown.attr("lang"));
        assertEquals("ltr", shown.attr("dir"));
        assertTrue(shown.text().contains("Documentatie"), shown.text());
        var article = org.jsoup.Jsoup.parse(Files.readString(out.resolve("en-US/overview.html")));
        assertEquals("This page was reconstructed from the English source text of a translated article.",
                article.selectFirst("p.notice").text());
        assertTrue(article.select("article > div[lang]").isEmpty(), "its English is English");
        assertFalse(Files.readString(out.resolve("nl-NL/index.html")).contains("<div lang="), "the translation is in its own locale");
    }

    private static String landing(String title, String url) {
        return "### YamlMime:Landing\nmetadata:\n  title: " + title + "\ntitle: " + title + "\nlandingContent:\n"
                + "- title: Kaart\n  linkLists:\n  - linkListType: overview\n    links:\n    - text: Overzicht\n      url: " + url + "\n";
    }

    private static SiteConfig config(Path project) throws Exception {
        Path yaml = project.resolve("tolk.yaml");
        return new ConfigLoader().load(Files.exists(yaml) ? Files.readString(yaml) : "").config();
    }
}
