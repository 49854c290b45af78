package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real DocFX docset as it is, {@code ../shared/corpus-docfx} (Customer Insights: en-US, nl-NL,
 * de-DE with includes, {@code :::image}, {@code [!div]}, alerts, TOC.yml and landing pages),
 * built with its {@code tolk.yaml}: no page shows DocFX syntax as text, no link is {@code #},
 * every image of a translated page is there (taken from en-US where the locale lacks it), and
 * every link that leads nowhere in the output has a diagnostic.
 */
class DocfxCorpusIT {
    private static Path CORPUS;
    /** DocFX syntax that would mean a construct was not rendered. */
    private static final Pattern DOCFX_TEXT = Pattern.compile(
            "\\[!(INCLUDE|div|NOTE|TIP|IMPORTANT|WARNING|CAUTION|VIDEO|code)|:::\\s*[a-z]|#tab/", Pattern.CASE_INSENSITIVE);

    private static Path out;
    private static List<Diagnostic> diagnostics;
    private static List<Path> pages;
    /** How many times the build read each content file. */
    private static Map<Path, Integer> reads;

    @BeforeAll
    static void build() throws Exception {
        // built once per JVM, through a counting reader: ShardMergeIT merges the docset's shards against the same build
        CORPUS = dev.tolk.SharedData.docfxCorpus();
        BuiltOnce.Build built = BuiltOnce.docfx();
        assertEquals(CORPUS, built.project(), "the DocFX corpus this class reads is the one built");
        out = built.site();
        diagnostics = built.diagnostics();
        reads = built.reads();
        try (Stream<Path> s = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 300, "pages: " + pages.size());
    }

    /**
     * Read once: every article, YAML page, include, TOC and code file the build reads, it reads
     * once (the scan's peek at the first line of a {@code .yml} file, to tell a page from data,
     * is not a read of its content).
     */
    @Test
    void everyContentFileIsReadOnce() throws Exception {
        Map<Path, Integer> twice = new TreeMap<>();
        reads.forEach((file, n) -> {
            if (n > 1) twice.put(file, n);
        });
        assertEquals(Map.of(), twice, "content files read more than once");
        long markdown;
        try (Stream<Path> s = Files.walk(CORPUS.resolve("content"))) {
            markdown = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        long readMarkdown = reads.keySet().stream().filter(p -> p.toString().endsWith(".md")).count();
        assertTrue(readMarkdown >= markdown * 9 / 10, "read " + readMarkdown + " of " + markdown + " Markdown files");
        assertTrue(reads.keySet().stream().anyMatch(p -> p.getFileName().toString().equalsIgnoreCase("toc.yml")), "no TOC read");
        assertTrue(reads.keySet().stream().anyMatch(p -> p.toString().contains("/includes/")), "no include read");
    }

    @Test
    void noPageShowsDocfxSyntaxAsText() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            doc.select("code, pre").remove();
            Element article = doc.selectFirst("main");
            String text = article == null ? doc.text() : article.text();
            var m = DOCFX_TEXT.matcher(text);
            if (m.find()) found.add(out.relativize(page) + ": …" + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noLinkIsAHash() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            for (Element a : Jsoup.parse(page.toFile(), "UTF-8").select("a[href=#]")) found.add(out.relativize(page) + ": " + a);
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyTranslatedPageHasItsImages() throws Exception {
        int images = 0;
        List<String> missing = new ArrayList<>();
        for (Path page : pages) {
            String rel = out.relativize(page).toString();
            if (!(rel.startsWith("nl-NL") || rel.startsWith("de-DE"))) continue;
            for (Element img : Jsoup.parse(page.toFile(), "UTF-8").select("article img[src]")) {
                String src = img.attr("src");
                if (src.contains(":")) continue;
                images++;
                if (!Files.isRegularFile(page.getParent().resolve(src).normalize()) && !reported(page, src)) {
                    missing.add(rel + ": " + src);
                }
            }
        }
        assertTrue(images > 400, "images on translated pages: " + images);
        assertEquals(List.of(), missing, "images missing without a diagnostic");
    }

    @Test
    void everyDeadLinkInTheOutputHasADiagnostic() throws Exception {
        List<String> silent = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], img[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (target.isEmpty() || target.startsWith("#") || target.contains(":") || target.startsWith("//")) continue;
                links++;
                String file = target.replaceAll("[?#].*", "");
                // Tolk writes relative links: a site-absolute one (a host-site page left as written) is dead here
                if (!file.startsWith("/") && Files.exists(page.getParent().resolve(file).normalize())) continue;
                if (!reported(page, target)) silent.add(out.relativize(page) + " -> " + target);
            }
        }
        assertTrue(links > 5_000, "relative links checked: " + links);
        assertEquals(List.of(), silent, "dead links in the output without a diagnostic");
    }

    @Test
    void includeFilesAreShownNotPublished() throws Exception {
        assertTrue(Files.notExists(out.resolve("nl-NL/includes")), "include files are not pages");
        String overview = Files.readString(out.resolve("nl-NL/audience-insights/overview.html"));
        assertTrue(overview.contains("38d1d-101"), "the footer include's units are in the page");
        Set<String> includeFindings = diagnostics.stream().filter(d -> d.file().contains("/includes/"))
                .map(Diagnostic::format).collect(Collectors.toCollection(TreeSet::new));
        long distinct = includeFindings.size();
        assertEquals(distinct, diagnostics.stream().filter(d -> d.file().contains("/includes/")).count(),
                "an include's findings are reported once, not once per page that shows it");
    }

    @Test
    void landingPagesAreRenderedInEveryLocale() throws Exception {
        for (String locale : List.of("en-US", "nl-NL", "de-DE")) {
            for (String page : List.of(locale + "/index.html", locale + "/audience-insights/index.html")) {
                Document doc = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
                assertTrue(doc.select("article .card").size() >= 3, page + " shows the landing page's cards");
                assertTrue(doc.select("article .card a[href]").size() >= 6, page + " links its cards");
            }
        }
        Document nl = Jsoup.parse(out.resolve("nl-NL/index.html").toFile(), "UTF-8");
        assertEquals("Dynamics 365 Customer Insights-documentatie", nl.selectFirst("h1").text());
    }

    /**
     * Whether a diagnostic says the link from {@code page} to {@code target} leads nowhere: in the
     * page's own file or in an include (whose links a page shows), naming the target's file name.
     */
    private static boolean reported(Path page, String target) {
        String rel = out.relativize(page).toString().replace('\\', '/');
        String source = "content/" + rel.substring(0, rel.length() - ".html".length());
        String name = target.replaceAll("[?#].*", "");
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\.html$", "");
        for (Diagnostic d : diagnostics) {
            boolean here = d.file().startsWith(source + ".") || d.file().contains("/includes/");
            boolean rule = d.rule().startsWith("link/") || d.rule().startsWith("toc/") || d.rule().startsWith("include/");
            if (here && rule && d.severity() != dev.tolk.diag.Severity.INFO && d.message().contains(name)) return true;
        }
        return false;
    }
}
