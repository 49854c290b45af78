package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: content HTML and SVG files, which a browser would run in the site's origin, are as
 * {@code active-content} in {@code tolk.yaml} says: {@code sanitize} (the default: SVG sanitized,
 * HTML not published), {@code download} (both as written, linked as downloads, with a
 * {@code _headers} file) or {@code skip} (neither published).
 */
class ActiveContentIT {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(2)\"><script>alert(3)</script>"
            + "<rect width=\"1\" height=\"1\"/></svg>";
    private static final String HTML = "<script>alert(1)</script>";

    private String output;

    private Path project(Path tmp, String yaml) throws Exception {
        return Fixture.write(tmp, "-- tolk.yaml --\n" + yaml + """
                -- content/nl-NL/ok.md --
                ---
                title: Goed
                ---
                # Goed

                ![Grafiek](chart.svg) [De pagina](page.html), [de tabel](data/table.htm#top) en
                <a href="page.html">nog eens</a>; [elders](https://example.com/x.html).

                <div><a href="chart.svg">De grafiek</a></div>
                -- content/nl-NL/page.html --
                """ + HTML + "\n-- content/nl-NL/data/table.htm --\n" + HTML + "\n-- content/nl-NL/chart.svg --\n" + SVG + "\n");
    }

    private int build(Path p) {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(out), "build", "--config", p.resolve("tolk.yaml").toString(),
                "--source", p.resolve("content").toString(), "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--out", p.resolve("site").toString());
        output = out.toString();
        return code;
    }

    @Test
    void byDefaultSvgIsSanitizedAndHtmlIsNotPublished(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "title: T\n");
        assertEquals(1, build(p), output);
        assertTrue(output.contains("ok.md:6:35: error: link target 'page.html' does not exist"), "what links to it is broken: " + output);
        assertTrue(output.contains("content/nl-NL/page.html:1:1: warning: an HTML file in the content is not published"), output);
        assertTrue(output.contains("content/nl-NL/data/table.htm:1:1: warning: an HTML file"), output);
        assertFalse(Files.exists(p.resolve("site/nl-NL/page.html")));
        String svg = Files.readString(p.resolve("site/nl-NL/chart.svg"));
        assertFalse(svg.contains("alert"), svg);
        assertFalse(Files.exists(p.resolve("site/_headers")));
        assertEquals(0, page(p).select("a[download]").size());
    }

    @Test
    void sanitizeNamedIsTheDefault(@TempDir Path tmp) throws Exception {
        Path named = project(tmp.resolve("named"), "active-content: sanitize\n");
        Path unnamed = project(tmp.resolve("unnamed"), "");
        assertEquals(1, build(named), output);
        assertEquals(1, build(unnamed), output);
        assertEquals(SiteFiles.read(unnamed.resolve("site")), SiteFiles.read(named.resolve("site")));
    }

    @Test
    void downloadPublishesTheFilesAsWrittenAndLinksThemAsDownloads(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "base-url: https://docs.example.com/help/\nactive-content: download\n");
        assertEquals(0, build(p), output);
        assertFalse(output.contains(": warning: ") || output.contains(": error: "), output);
        assertEquals(HTML + "\n", Files.readString(p.resolve("site/nl-NL/page.html")));
        assertEquals(HTML + "\n", Files.readString(p.resolve("site/nl-NL/data/table.htm")));
        assertEquals(SVG + "\n", Files.readString(p.resolve("site/nl-NL/chart.svg")), "as written");
        assertArrayEquals(Files.readAllBytes(p.resolve("content/nl-NL/chart.svg")), Files.readAllBytes(p.resolve("site/en-US/chart.svg")),
                "in the locale rebuilt from the lookups too");

        Document page = page(p);
        // Markdown links, inline and block HTML links: each a download; an image shows the SVG as an image (no script runs there)
        assertEquals(java.util.List.of("page.html", "data/table.htm#top", "page.html", "chart.svg"), page.select("article a[download]").eachAttr("href"));
        assertTrue(page.select("a[href=https://example.com/x.html]").attr("download").isEmpty()
                && !page.selectFirst("a[href=https://example.com/x.html]").hasAttr("download"), "an address elsewhere is not a file of the site");
        assertEquals("chart.svg", page.selectFirst("article img").attr("src"));

        String headers = Files.readString(p.resolve("site/_headers"));
        for (String path : new String[] {"en-US/chart.svg", "en-US/data/table.htm", "en-US/page.html", "nl-NL/chart.svg",
                "nl-NL/data/table.htm", "nl-NL/page.html"}) {
            assertTrue(headers.contains("/help/" + path + "\n  Content-Disposition: attachment\n"), headers);
        }
        assertFalse(headers.contains("ok.html"), headers);
    }

    @Test
    void downloadNeverTakesThePlaceOfAPage(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "active-content: download\n");
        Files.writeString(p.resolve("content/nl-NL/ok.html"), HTML);
        Files.writeString(p.resolve("content/nl-NL/index.html"), HTML);
        assertEquals(0, build(p), output);
        assertTrue(output.contains("content/nl-NL/ok.html:1:1: warning: not published: Tolk writes a page at its address"), output);
        assertTrue(output.contains("content/nl-NL/index.html:1:1: warning: not published: Tolk writes a page at its address"), output);
        assertTrue(Files.readString(p.resolve("site/nl-NL/ok.html")).contains("<article"), "the article's page");
        assertTrue(Files.readString(p.resolve("site/nl-NL/index.html")).contains("<html"), "the locale's home");
        assertFalse(Files.readString(p.resolve("site/_headers")).contains("ok.html"));
        StringWriter check = new StringWriter();
        Main.run(new PrintWriter(check), new PrintWriter(check), "check", "--config", p.resolve("tolk.yaml").toString(),
                "--source", p.resolve("content").toString());
        assertTrue(check.toString().contains("content/nl-NL/ok.html:1:1: warning: not published"), "check says it too: " + check);
    }

    @Test
    void skipPublishesNeither(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "active-content: skip\n");
        assertEquals(1, build(p), output);
        for (String f : new String[] {"page.html", "data/table.htm", "chart.svg"}) {
            assertTrue(output.contains("content/nl-NL/" + f + ":1:1: warning: not published (active-content: skip)"), output);
            assertFalse(Files.exists(p.resolve("site/nl-NL/" + f)), f);
        }
        assertTrue(output.contains("ok.md:6:12: error: link target 'chart.svg' does not exist"), "what links to it is broken: " + output);
    }

    @Test
    void anyOtherValueIsAConfigurationError(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "active-content: inline\n");
        assertEquals(2, build(p), output);
        assertTrue(output.contains("active-content must be sanitize, download or skip"), output);
    }

    private static Document page(Path p) throws Exception {
        return Jsoup.parse(Files.readString(p.resolve("site/nl-NL/ok.html")));
    }
}
