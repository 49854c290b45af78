package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.testing.Costly;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk build} as a user meets it: exit codes, messages, summary, no stack traces. */
@Costly(seconds = 7)
class BuildCommandTest {
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private static Path project(Path tmp, String yaml) throws Exception {
        Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(tmp.resolve("tolk.yaml"), yaml);
        return tmp;
    }

    private int build(Path p, String... extra) {
        String[] base = {"build", "--config", p.resolve("tolk.yaml").toString(), "--source", p.resolve("content").toString(),
                "--out", p.resolve("site").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    /**
     * Found by mutating a DocFX docset (each was exit 3, no site): an article whose page name is longer than a file name
     * can be, and a NUL in a TOC entry's path and in tolk.yaml's redirections file. Each is a finding now.
     */
    @Test
    void namesNoFileSystemHoldsAreFindings(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "redirections: \"r\\0.json\"\n");
        Files.writeString(p.resolve("content/nl-NL/ok.md"), "---\ntitle: ok\n---\n# ok\n");
        Files.writeString(p.resolve("content/nl-NL/" + "x".repeat(252) + ".md"), "---\ntitle: long\n---\n# long\n");
        Files.writeString(p.resolve("content/nl-NL/TOC.yml"), "- name: a\n  href: \"a\\0.md\"\n- name: ok\n  href: ok.md\n");
        assertEquals(1, build(p), out + err);
        assertTrue((out + err).contains("file name too long for its page"), out + err);
        assertTrue((out + err).contains("[toc/broken]") && (out + err).contains("redirections:"), out + err);
        assertFalse((out + err).contains("internal error"), out + err);
        assertTrue(Files.isRegularFile(p.resolve("site/nl-NL/ok.html")));
    }

    /** A symbolic link to a folder inside the content was copied as a file: exit 3 ("Is a directory"). It is not followed. */
    @Test
    void aLinkToAFolderInsideIsNotFollowed(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/ok.md"), "---\ntitle: ok\n---\n# ok\n");
        Files.createDirectories(p.resolve("content/nl-NL/sub"));
        Files.writeString(p.resolve("content/nl-NL/sub/b.md"), "---\ntitle: b\n---\n# b\n");
        Files.createSymbolicLink(p.resolve("content/nl-NL/link"), Path.of("sub"));
        assertEquals(0, build(p), out + err);
        assertTrue((out + err).contains("link:1:1: warning: symbolic link to a folder; not followed"), out + err);
        assertTrue(Files.isRegularFile(p.resolve("site/nl-NL/sub/b.html")), "the folder's page is where the folder is");
    }

    /** Issue 19: a dangling symbolic link or a link loop failed the whole build with exit 3. */
    @Test
    void aDanglingLinkOrALinkLoopIsADiagnosticNotACrash(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/ok.md"), "---\ntitle: ok\n---\n# ok\n");
        Files.createSymbolicLink(p.resolve("content/nl-NL/dangling.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(p.resolve("content/nl-NL/loop.md"), Path.of("loop.md"));
        assertEquals(1, build(p), out + err);
        assertTrue((out + err).contains("dangling.md:1:1: error: symbolic link leads outside the content folder, or nowhere"), out + err);
        assertTrue((out + err).contains("loop.md:1:1: error"), out + err);
        assertTrue(Files.isRegularFile(p.resolve("site/nl-NL/ok.html")), "the rest of the site is built");
    }

    /**
     * Issue 19: under LANG=C a non-ASCII file name (the corpus has one with U+2011) failed the
     * whole build with exit 3. Run in a JVM of its own: the file-name encoding is fixed at start.
     */
    @Test
    void aFileNameTheLocaleCannotHoldIsADiagnosticNotACrash(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/ok.md"), "---\ntitle: ok\n---\n# ok\n");
        Files.writeString(p.resolve("content/nl-NL/non\u2011breaking.md"), "---\ntitle: nb\n---\n# nb\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(TolkProcess.QUICK_START); // C1 and the serial collector, as the launcher: a short build starts faster
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.tolk.cli.Main", "build", "--config", "/dev/null",
                "--source", p.resolve("content").toString(), "--out", p.resolve("site").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), output);
        assertFalse(output.contains("internal error"), output);
        assertTrue(Files.isRegularFile(p.resolve("site/nl-NL/ok.html")), output);
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("cannot be written in this system's character encoding"), output);
    }

    /** Issue 19: raw ESC bytes from a file reached the terminal in a diagnostic (colour, cursor moves). */
    @Test
    void controlCharactersFromAFileNeverReachTheTerminal(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: x\n---\n# x\n\n[a](<\u001B[31mred\u0007.md>)\n"); // only <…> holds controls (CommonMark)
        assertEquals(1, build(p), out + err);
        assertTrue((out + err).contains("link target '\u241B[31mred\u2407.md' does not exist"), out + err);
        assertFalse((out + err).chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'), out + err);
    }

    /** An empty include the locale lacks shows nothing, and no "parts of this page are in English" notice (104 of 131 pages had it). */
    @Test
    void anEmptyIncludeInTheSourceLocaleBringsNoNotice(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "source-locale: en-US\n");
        Files.createDirectories(p.resolve("content/en-US/includes"));
        Files.writeString(p.resolve("content/en-US/includes/footer.md"), "");
        Files.writeString(p.resolve("content/en-US/a.md"), "---\ntitle: A\n---\n# A\n\nText.\n\n[!INCLUDE [footer](includes/footer.md)]\n");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\nms.contentlocale: nl-NL\n---\n# A\n\nTekst.\n\n"
                + "[!INCLUDE [footer](includes/footer.md)]\n");
        build(p);
        String page = Files.readString(p.resolve("site/nl-NL/a.html"));
        assertFalse(page.contains("class=\"untranslated\""), page);
        assertFalse(page.contains("in het Engels"), page);
    }

    /**
     * A locale folder spelled as Microsoft Learn spells it ({@code nl-nl}) gets its calculator profile: BCP 47 tags
     * ignore case. The form offered USD, "12.50" as the example, and took the reader's "12,50" for an error.
     */
    @Test
    void aLowerCaseLocaleFolderGetsItsCalculatorProfile(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.createDirectories(p.resolve("content/nl-nl"));
        Files.writeString(p.resolve("content/nl-nl/billing.md"), "---\ntitle: Facturering\nms.contentlocale: nl-nl\n---\n"
                + "# Facturering\n\n[!CALCULATOR proration]\n");
        build(p);
        String page = Files.readString(p.resolve("site/nl-nl/billing.html"));
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(page);
        assertEquals("nl-NL", d.selectFirst("[data-tolk-calculator]").attr("data-locale"), page);
        assertEquals("EUR", d.selectFirst("#calc-currency option[selected]").text());
        assertTrue(d.selectFirst("[data-tolk-calculator]").text().contains("12,50"), d.selectFirst("[data-tolk-calculator]").text());
    }

    /** Issue 19: content .html and .svg files were published as they are, in the site's origin and without a CSP. */
    @Test
    void contentHtmlIsNotPublishedAndSvgIsSanitized(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/ok.md"), "---\ntitle: ok\n---\n# ok\n\n![chart](chart.svg)\n");
        Files.writeString(p.resolve("content/nl-NL/page.html"), "<script>alert(1)</script>");
        Files.writeString(p.resolve("content/nl-NL/chart.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(2)\"><script>alert(3)</script><rect width=\"1\" height=\"1\"/></svg>");
        assertEquals(0, build(p), out + err);
        assertTrue((out + err).contains("page.html:1:1: warning: an HTML file in the content is not published"), out + err);
        assertTrue(Files.notExists(p.resolve("site/nl-NL/page.html")));
        String svg = Files.readString(p.resolve("site/nl-NL/chart.svg"));
        assertFalse(svg.contains("alert"), svg);
        assertTrue(svg.contains("<rect width=\"1\" height=\"1\""), svg);
    }

    /** Issue 19: search.md clashed with the search page; hidden files and a FIFO were dropped without a word. */
    @Test
    void filesTolkDoesNotPublishAreSaid(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/ok.md"), "---\ntitle: ok\n---\n# ok\n");
        Files.writeString(p.resolve("content/nl-NL/search.md"), "---\ntitle: Zoeken\n---\n# Mijn zoekpagina\n");
        Files.writeString(p.resolve("content/nl-NL/.gitattributes"), "* text=auto\n");
        Files.writeString(p.resolve("content/nl-NL/.DS_Store"), "x");
        assertEquals(0, new ProcessBuilder("mkfifo", p.resolve("content/nl-NL/pipe.md").toString()).start().waitFor());
        assertEquals(0, build(p), out + err);
        String all = out + err;
        assertTrue(all.contains("content/nl-NL/search.md:1:1: warning: 'search.md' at the top of a locale is not published"), all);
        assertTrue(all.contains("content/nl-NL/pipe.md:1:1: warning: not a regular file"), all);
        assertTrue(all.contains("content/nl-NL:1:1: info: 2 hidden file(s) (names starting with '.') are not published:"
                + " .DS_Store, .gitattributes"), all);
        String search = Files.readString(p.resolve("site/nl-NL/search.html"));
        assertFalse(search.contains("Mijn zoekpagina"), "the search page is Tolk's");
    }

    /** The README's first command succeeds; the demo defects build, and fail, where their README says. */
    @Test
    void theSampleBuildsCleanAndTheDefectsExampleFails(@TempDir Path tmp) {
        assertEquals(0, run("build", "--out", tmp.resolve("site").toString()), out + err);
        assertTrue((out + err).contains(" 0 errors"), out + err);
        assertEquals(1, run("build", "--config", "/dev/null", "--source", "examples/defects/content",
                "--out", tmp.resolve("defects").toString()), out + err);
        assertTrue((out + err).contains("troubleshoot-presence-issues-outlook.md:2:80: error: front matter is not valid YAML"),
                out + err);
    }

    @Test
    void cleanInputExitsZeroWithASummary(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "title: T\n");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n");
        assertEquals(0, build(p));
        assertTrue(err.contains("Built 2 pages (nl-NL 1, en-US 1) from 1 files: 0 errors, 0 warnings, 0 info in"), err);
        assertTrue(Files.exists(p.resolve("site/nl-NL/a.html")));
    }

    @Test
    void errorsInInputExitOneAndStillWriteTheSite(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: [\n---\n# A\n");
        assertEquals(1, build(p));
        assertTrue(err.contains("a.md:2:") && err.contains("[frontmatter/invalid-yaml]"), err);
        assertTrue(Files.exists(p.resolve("site/nl-NL/a.html")));
    }

    @Test
    void diagnosticsAndTheSummaryWithTotalsPerRuleGoToTheErrorStream(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n\n[x](nope.md) [y](gone.md)\n");
        Files.writeString(p.resolve("content/nl-NL/b.md"), "# No front matter\n");
        assertEquals(1, build(p));
        assertEquals("", out, "a build writes no report on the output stream");
        java.util.List<String> lines = err.lines().toList();
        assertTrue(lines.get(0).contains("a.md:6:5: error: link target 'nope.md' does not exist [link/broken]"), err);
        assertTrue(lines.get(lines.size() - 1).matches("Built 4 pages \\(nl-NL 2, en-US 2\\) from 2 files: 2 errors \\(link/broken 2\\), "
                + "1 warning \\(frontmatter/missing 1\\), 0 info in [0-9.]+ s"), err);
    }

    @Test
    void aConfigurationFileThatIsNotThereIsAUsageError(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n");
        assertEquals(2, run("build", "--config", p.resolve("nope.yaml").toString(), "--source", p.resolve("content").toString(),
                "--out", p.resolve("site").toString()));
        assertTrue(err.contains("tolk build: configuration file '" + p.resolve("nope.yaml") + "' does not exist"), err);
        assertFalse(Files.exists(p.resolve("site")), "nothing built");
        assertEquals(2, run("check", "--config", p.resolve("nope.yaml").toString(), "--source", p.resolve("content").toString()));
        assertTrue(err.contains("tolk check: configuration file"), err);
    }

    @Test
    void aConfiguredLocaleWithoutAFolderIsAWarningAtItsLine(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "source-locale: en-US\nlocales:\n  - {tag: nl-NL}\n  - {tag: de-DE}\n  - {tag: en-US}\n");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n");
        assertEquals(0, build(p));
        String yaml = p.resolve("tolk.yaml").toString();
        assertTrue(err.contains(yaml + ":4:11: warning: locale 'de-DE' has no folder '" + p.resolve("content/de-DE")
                + "'; it is left out of the site [config/invalid]"), err);
        assertFalse(err.contains("'en-US' has no folder"), "the source locale needs none: " + err);
        assertTrue(err.contains("1 warning (config/invalid 1)"), err);
        assertEquals(1, build(p, "--strict"));
        String[] shard = {"build", "--config", yaml, "--source", p.resolve("content").toString(), "--shard", "2/2", "--out",
            p.resolve("shard-2").toString()};
        assertEquals(0, run(shard), err);
        assertFalse(err.contains("has no folder"), "a finding in the configuration is shard 1's: " + err);
        shard[6] = "1/2";
        shard[8] = p.resolve("shard-1").toString();
        assertEquals(0, run(shard), err);
        assertTrue(err.contains("locale 'de-DE' has no folder"), err);
    }

    @Test
    void eachLocaleCanHaveItsOwnSiteTitle(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "title: Help\nsource-locale: en-US\nlocales:\n  - {tag: nl-NL, title: Hulp bij Microsoft 365}\n");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n");
        assertEquals(0, build(p), err);
        String nl = Files.readString(p.resolve("site/nl-NL/a.html"));
        assertTrue(nl.contains("<title>A | Hulp bij Microsoft 365</title>") && nl.contains(">Hulp bij Microsoft 365</a>"), nl);
        assertTrue(Files.readString(p.resolve("site/en-US/a.html")).contains("<title>A | Help</title>"), "the others keep the site's title");
    }

    @Test
    void aLocaleWithoutInterfaceStringsIsWarnedAtAFileThatExists(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.createDirectories(p.resolve("content/sw-KE"));
        Files.writeString(p.resolve("content/sw-KE/a.md"), "---\ntitle: A\n---\n# A\n");
        assertEquals(0, build(p, "--templates", p.resolve("templates").toString()));
        String line = err.lines().filter(l -> l.contains("[i18n/missing-string]")).findFirst().orElseThrow(() -> new AssertionError(err));
        String file = line.substring(0, line.indexOf(":1:1: warning: locale sw-KE has no interface string"));
        assertTrue(Files.exists(Path.of(file)), "the diagnostic names " + file + ", which must exist: " + line);
        assertTrue(line.contains("; to translate them, create ") && line.contains("templates/i18n/sw-KE.properties"), line);
        // but the language is named in itself (from the JDK's CLDR data), not "English" (hi-IN was, beside en-US)
        var chooser = org.jsoup.Jsoup.parse(p.resolve("site/index.html").toFile());
        List<String> names = chooser.select("a[hreflang]").eachText();
        assertEquals(names.stream().filter("Kiswahili"::equals).count(), names.stream().filter("English"::equals).count(), names.toString());
        assertTrue(names.contains("Kiswahili"), names.toString());
    }

    /**
     * A host serves 404.html for any missing address, at any depth: with a base URL its addresses start from the
     * site's root path (at /nl-NL/AlchemyInsights/no-such.html its relative addresses were all dead, style and script
     * too); without one they stay relative to the root, where the page is.
     */
    @Test
    void theNotFoundPageAddressesFromTheSitesRootPathWhenThereIsABaseUrl(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "base-url: https://example.org/help/\n");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n");
        assertEquals(0, build(p), err);
        var page = org.jsoup.Jsoup.parse(p.resolve("site/404.html").toFile());
        assertEquals("/help/assets/tolk.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(page.select(".locale-list a").eachAttr("href").contains("/help/nl-NL/index.html"), page.html());
        Files.writeString(p.resolve("tolk.yaml"), "");
        assertEquals(0, build(p), err);
        assertEquals("assets/tolk.css", org.jsoup.Jsoup.parse(p.resolve("site/404.html").toFile()).selectFirst("link[rel=stylesheet]").attr("href"));
    }

    /**
     * The language switcher leads to the same article in each other locale that has it (DESIGN §3): a locale that lacks
     * the article is not offered (it led to that locale's home, silently); a page only one locale has has no switcher.
     */
    @Test
    void theLanguageSwitcherOffersOnlyTheLocalesThatHaveTheArticle(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "source-locale: en-US\n");
        Files.createDirectories(p.resolve("content/en-US"));
        Files.writeString(p.resolve("content/en-US/alpha.md"), "---\ntitle: Alpha\n---\n# Alpha\n");
        Files.writeString(p.resolve("content/en-US/beta.md"), "---\ntitle: Beta\n---\n# Beta\n");
        Files.writeString(p.resolve("content/nl-NL/alpha.md"), "---\ntitle: Alfa\n---\n# Alfa\n");
        assertEquals(0, build(p), err);
        var alpha = org.jsoup.Jsoup.parse(p.resolve("site/en-US/alpha.html").toFile()).select(".language-switcher a");
        assertEquals(List.of("../nl-NL/alpha.html", "alpha.html"), alpha.eachAttr("href"));
        assertTrue(org.jsoup.Jsoup.parse(p.resolve("site/en-US/beta.html").toFile()).select(".language-switcher").isEmpty());
    }

    @Test
    void anEnglishOnlyArticleIsInTheNavigationOfALocaleThatFallsBackToIt(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "source-locale: en-US\n");
        Files.createDirectories(p.resolve("content/en-US"));
        Files.writeString(p.resolve("content/en-US/alpha.md"), "---\ntitle: Alpha\n---\n# Alpha\n");
        Files.writeString(p.resolve("content/en-US/beta.md"), "---\ntitle: Beta only in English\n---\n# Beta\n");
        Files.writeString(p.resolve("content/nl-NL/alpha.md"), "---\ntitle: Alfa\n---\n# Alfa\n");
        assertEquals(0, build(p), err);
        String home = Files.readString(p.resolve("site/nl-NL/index.html"));
        assertTrue(home.contains("<a href=\"alpha.html\">Alfa</a>"), home);
        // in English, and marked so for a screen reader
        assertTrue(home.contains("<a href=\"../en-US/beta.html\" lang=\"en-US\" dir=\"auto\">Beta only in English</a>"), home);
        assertTrue(Files.readString(p.resolve("site/en-US/index.html")).contains("<a href=\"beta.html\">Beta only in English</a>"));
    }

    @Test
    void warningsFailOnlyWhenStrict(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "# No front matter\n");
        assertEquals(0, build(p));
        assertTrue(err.contains("warning: article has no front matter [frontmatter/missing]"), err);
        assertEquals(1, build(p, "--strict"));
    }

    @Test
    void ruleOverridesFromConfigApply(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "rules:\n  frontmatter/missing: off\n");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "# No front matter\n");
        assertEquals(0, build(p, "--strict"));
        assertFalse(out.contains("frontmatter/missing"), out);
    }

    @Test
    void invalidConfigurationExitsTwo(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "locales: 5\nrules:\n  no/such-rule: error\n");
        assertEquals(2, build(p));
        assertTrue(err.contains("[config/invalid]") && err.contains("no/such-rule"), err);
        assertFalse(Files.exists(p.resolve("site")));
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path tmp) throws Exception {
        assertEquals(2, run("build", "--source", tmp.resolve("missing").toString()));
        assertTrue(err.contains("does not exist"), err);
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("build", "--jobs", "0", "--source", tmp.toString()));
        assertEquals(2, run("build", "--source", tmp.toString(), "--locale", "xx-YY", "--config", "/dev/null"));
        assertTrue(err.contains("no locale 'xx-YY'"), err);
        Path p = project(tmp, "");
        assertEquals(2, run("build", "--config", p.resolve("tolk.yaml").toString(), "--source", p.resolve("content").toString(), "--out", p.toString()));
    }

    @Test
    void hostileInputNeverShowsAStackTrace(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "");
        Path c = p.resolve("content/nl-NL");
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        Files.write(c.resolve("binary.md"), junk);
        Files.writeString(c.resolve("deep.md"), "---\nk: " + "[".repeat(5000) + "\n---\n" + ">".repeat(3000) + " x\n");
        Files.writeString(c.resolve("aliases.md"), "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n");
        Files.writeString(c.resolve("spans.md"), "<span data-ttu-id=\"".repeat(2000) + "\n<span class=\"sxs-lookup\">".repeat(500)
                + "</span>".repeat(3000) + "\n" + "*".repeat(10000) + "[".repeat(5000) + "\n");
        Files.writeString(c.resolve("nested.md"), "- ".repeat(3000) + "x\n" + "<div>".repeat(3000) + "\n");
        Files.writeString(c.resolve("surrogate.md"), "---\ntitle: s\n---\n# <span data-ttu-id=\"abcde-101\">T &#xD800; x &#xDC00;</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"abcde-101\">T</span></span>\n");
        Files.write(c.resolve("bom-crlf.md"), "\uFEFF---\r\ntitle: x\r\n---\r\n# y\r\n".getBytes(StandardCharsets.UTF_8));
        int code = build(p);
        assertTrue(code == 0 || code == 1, "exit " + code + "\n" + err);
        String all = out + err;
        assertFalse(all.contains("Exception") || all.contains("\tat "), all);
        for (String name : new String[] {"binary", "deep", "aliases", "spans", "nested", "bom-crlf", "surrogate"}) {
            assertTrue(Files.exists(p.resolve("site/nl-NL/" + name + ".html")), name + " has no page");
        }
    }

    @Test
    void versionAndHelpWork() {
        assertEquals(0, run("--version"));
        assertTrue(out.startsWith("tolk "), out);
        assertEquals(0, run("build", "--help"));
        assertTrue(out.contains("--strict"), out);
    }
}
