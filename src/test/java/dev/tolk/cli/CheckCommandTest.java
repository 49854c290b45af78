package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.json.JsonReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk check} as CI meets it: formats, exit codes, {@code --fail-on}, overrides, suppressions. */
class CheckCommandTest {
    private static final String UNTRANSLATED = "<span data-ttu-id=\"abcde-102\">Verify your domain</span>"
            + "<span class=\"sxs-lookup\"><span data-stu-id=\"abcde-102\">Verify your domain</span></span>";
    private static final String BOLD_LOST = "<span data-ttu-id=\"abcde-103\">Klik op Opslaan.</span>"
            + "<span class=\"sxs-lookup\"><span data-stu-id=\"abcde-103\">Click **Save**.</span></span>";
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

    private int check(Path p, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--config", p.resolve("tolk.yaml").toString(),
                "--source", p.resolve("content").toString()));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    private static Path project(Path tmp, String yaml, String body) throws Exception {
        Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(tmp.resolve("tolk.yaml"), yaml);
        Files.writeString(tmp.resolve("content/nl-NL/a.md"), "---\ntitle: A\nms.contentlocale: nl-NL\n---\n" + body + "\n");
        return tmp;
    }

    @Test
    void cleanContentExitsZero(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", "# Titel\n\nTekst.");
        assertEquals(0, check(p));
        assertTrue(out.contains("0 errors, 0 warnings, 0 info in 1 file"), out);
    }

    @Test
    void theJunitReportHasACaseForEveryFileCheckedPassingWhereNothingWasFound(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", "# Titel\n\n[weg](nergens.md)");
        Files.writeString(p.resolve("content/nl-NL/b.md"), "---\ntitle: B\nms.contentlocale: nl-NL\n---\n# B\n");
        Files.createDirectories(p.resolve("content/nl-NL/media"));
        Files.write(p.resolve("content/nl-NL/media/x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(1, check(p, "--format", "junit"));
        List<String> cases = out.lines().filter(l -> l.contains("<testcase ")).map(String::strip).toList();
        String dir = p.resolve("content/nl-NL").toString();
        assertEquals(3, cases.size(), out);
        assertTrue(cases.get(0).contains("name=\"" + dir + "/a.md\"") || cases.get(0).contains("/nl-NL/a.md\""), out);
        assertTrue(cases.get(1).contains("/nl-NL/b.md\"") && cases.get(2).contains("/nl-NL/media/x.png\""), out);
        assertTrue(cases.stream().allMatch(c -> c.startsWith("<testcase classname=\"tolk.nl-NL\"")), out);
        assertTrue(out.contains("tests=\"3\" failures=\"1\""), out);
        assertEquals(1, out.split("<failure ", -1).length - 1, out);
        assertTrue(err.contains("1 error (link/broken 1), 0 warnings, 0 info in 3 files"), "the summary on stderr: " + err);
    }

    @Test
    void failOnDecidesWhichSeverityFails(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", BOLD_LOST);
        assertEquals(0, check(p));
        assertTrue(out.contains("a.md:5:31: warning: unit abcde-103: bold spans: 0 in the translation, 1 in the source [tu/markup-mismatch]"), out);
        assertEquals(1, check(p, "--fail-on", "warning"));
        assertEquals(0, check(p, "--fail-on", "never"));
        assertEquals(2, check(p, "--fail-on", "info"));
        assertTrue(err.contains("unknown --fail-on 'info'"), err);
    }

    @Test
    void textReportShowsTheLineAndACaret(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", BOLD_LOST);
        check(p);
        String[] lines = out.split("\n");
        int at = 0;
        while (!lines[at].contains("[tu/markup-mismatch]")) at++;
        assertEquals(BOLD_LOST, lines[at + 1].strip());
        assertEquals(30, lines[at + 2].indexOf('^'));
        assertFalse(out.contains("\u001b["), "no colour when not on a terminal");
    }

    @Test
    void configuredSeveritiesAndOffApply(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "rules:\n  tu/markup-mismatch: error\n  tu/untranslated: off\n", BOLD_LOST + "\n\n" + UNTRANSLATED);
        assertEquals(1, check(p));
        assertTrue(out.contains("error: unit abcde-103: bold spans"), out);
        assertFalse(out.contains("tu/untranslated"), out);
    }

    @Test
    void anUnknownRuleInConfigIsAUsageError(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "rules:\n  tu/untranslatd: off\n", "Tekst.");
        assertEquals(2, check(p));
        assertTrue(err.contains("unknown rule 'tu/untranslatd'"), err);
    }

    @Test
    void inlineAndFileSuppressionsRemoveFindingsFromReportAndCounts(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", UNTRANSLATED + "\n\n<!-- tolk-disable-next-line tu/markup-mismatch -->\n" + BOLD_LOST);
        assertEquals(0, check(p, "--fail-on", "warning", "--format", "json"), "the only warning is suppressed");
        Map<?, ?> json = (Map<?, ?>) JsonReader.read(out);
        List<?> ds = (List<?>) json.get("diagnostics");
        assertEquals(List.of("tu/untranslated"), ds.stream().map(d -> ((Map<?, ?>) d).get("rule")).toList());
        assertEquals(0L, ((Number) ((Map<?, ?>) json.get("summary")).get("warnings")).longValue());

        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\ntolk-disable: [tu/*]\n---\n" + BOLD_LOST + "\n\n" + UNTRANSLATED + "\n");
        assertEquals(0, check(p, "--fail-on", "warning"));
        assertFalse(out.contains("[tu/"), out);
    }

    @Test
    void writesEachFormatToAFile(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", BOLD_LOST);
        for (String format : List.of("text", "json", "sarif", "junit", "github")) {
            Path report = tmp.resolve("reports/report." + format);
            assertEquals(0, check(p, "--format", format, "--output", report.toString()));
            String written = Files.readString(report);
            assertTrue(written.contains("tu/markup-mismatch"), format + ": " + written);
            assertEquals("", out, "nothing on standard output with --output");
            assertTrue(err.contains("report written to"), err);
        }
        assertEquals(2, check(p, "--format", "xml"));
        // readable by others, as a file written in place (a CI artifact, a page a web server serves): not the temporary file's rw-------
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tmp.resolve("reports/report.json"))));
    }

    /** A check of one locale finds the source locale's include it falls back to, as a check of all does (it said link/broken). */
    @Test
    void aCheckOfOneLocaleFallsBackToTheSourceLocalesFiles(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                source-locale: en-US
                -- content/en-US/includes/footer.md --

                -- content/en-US/a.md --
                ---
                title: A
                description: The English page, whose include the French one shows.
                ---
                # A
                -- content/fr-FR/a.md --
                ---
                title: A
                ms.contentlocale: fr-FR
                ---
                # A

                [!INCLUDE[footer](includes/footer.md)]
                """);
        assertEquals(0, check(p, "--locale", "fr-FR"), out + err);
        assertFalse(out.contains("link/broken"), out);
        assertTrue(out.contains("link/fallback"), out);
    }

    /**
     * {@code --locale uk-UA} reports that locale's share of a whole check: its stale units (tu/drift needs the en-US
     * articles), its fallbacks to en-US pages and table of contents, and nothing of en-US's own. The source locale was
     * left unread: drift was lost, and every en-US page a link or TOC entry fell back to was broken (on a real uk-UA
     * docset, 52 drift warnings lost and 178 false errors).
     */
    @Test
    void aCheckOfOneLocaleReportsItsShareOfTheWholeCheck(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                source-locale: en-US
                -- content/en-US/toc.yml --
                - name: A
                  href: a.md
                - name: B
                  href: b.md
                -- content/en-US/a.md --
                ---
                title: A
                description: The page both locales have.
                ---
                # A

                See [B](b.md) and [lost](lost.md).
                -- content/en-US/b.md --
                ---
                title: B
                description: The page only English has.
                ---
                # B
                -- content/uk-UA/a.md --
                ---
                title: A
                ms.contentlocale: uk-UA
                ---
                # A

                <span data-ttu-id="a1b2c-103">Див. [B](b.md).</span><span class="sxs-lookup"><span data-stu-id="a1b2c-103">See [B](b.md).</span></span>
                """);
        assertEquals(1, check(p), "the en-US article's broken link");
        List<String> whole = out.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*")).toList();
        assertEquals(0, check(p, "--locale", "uk-UA"), "the en-US article's broken link is en-US's, not uk-UA's: " + out);
        List<String> share = out.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*")).toList();
        assertTrue(share.stream().anyMatch(l -> l.contains("[tu/drift]")), out);
        assertEquals(2, share.stream().filter(l -> l.contains("[link/fallback]")).count(), out);
        assertTrue(share.stream().noneMatch(l -> l.contains("toc/broken") || l.contains("link/broken")), out);
        assertEquals(whole.stream().filter(l -> !l.contains("[link/broken]")).toList(), share);
    }

    /**
     * Without a source-locale folder, drift is judged across the locales' copies: {@code --locale he-IL} reads the
     * others' English for that and reports its own stale unit, as the whole check does (it reported none: 70 real
     * he-IL drifts lost), and the locale handed off later has none.
     */
    @Test
    void aCheckOfOneLocaleJudgesDriftAgainstTheOtherLocalesCopies(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                source-locale: en-US
                -- content/ar-SA/a.md --
                ---
                title: أ
                ms.contentlocale: ar-SA
                ms.lasthandoff: 06/01/2021
                ---
                <span data-ttu-id="a1b2c-101">تحقق من الاشتراك الجديد في صفحة منتجاتك.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">Verify the new subscription on the Your products page.</span></span>
                -- content/he-IL/a.md --
                ---
                title: א
                ms.contentlocale: he-IL
                ms.lasthandoff: 03/01/2021
                ---
                <span data-ttu-id="a1b2c-101">בדוק את המינוי החדש.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">Check your new subscription.</span></span>
                """);
        check(p);
        List<String> whole = out.lines().filter(l -> l.contains("[tu/drift]")).toList();
        assertEquals(1, whole.size(), out);
        assertTrue(whole.get(0).contains("he-IL/a.md"), out);
        check(p, "--locale", "he-IL");
        assertEquals(whole, out.lines().filter(l -> l.contains("[tu/drift]")).toList());
        check(p, "--locale", "ar-SA");
        assertFalse(out.contains("[tu/drift]"), out);
    }

    /**
     * An anchor an include adds to a page (a heading, an {@code <a name>}, in a nested include too) is the page's for
     * check as for build: check reported link/missing-anchor where build did not (8 false errors of real zh-TW and
     * tr-TR docsets, enough to fail a CI step).
     */
    @Test
    void anchorsFromIncludesAreThePagesForCheckAsForBuild(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                source-locale: en-US
                -- content/en-US/includes/limits.md --
                ## <a name="limitations"></a>Limitations

                [!INCLUDE[more](more.md)]
                -- content/en-US/includes/more.md --
                ## Further limits
                -- content/en-US/other.md --
                ---
                title: Other
                description: The page with the include.
                ---
                # Other

                [!INCLUDE[limits](includes/limits.md)]
                -- content/en-US/index.md --
                ---
                title: Page
                description: The page with the links.
                ---
                # Page

                See [the limits](other.md#limitations), [further](other.md#further-limits) and [none](other.md#none).
                """);
        assertOneLinkFindingInCheckAndBuild(p, "has no anchor 'none'");
    }

    /**
     * An include that no page shows is built nowhere by DocFX, which reports nothing in it; Tolk reported its broken
     * links, bad pairs and cycles (86 false link/broken errors of the AlchemyInsights corpus came from one such include).
     * An include a page shows, and one that it shows in turn, are validated, in check and build alike.
     */
    @Test
    void onlyTheIncludesThatPagesShowAreValidated(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- content/en-US/index.md --
                ---
                {title: Page, description: The page with the include.}
                ---
                [!INCLUDE[shown](includes/shown.md)]
                -- tolk.yaml --
                source-locale: en-US
                -- content/en-US/includes/shown.md --
                See [one](gone-one.md).

                [!include[nested](nested.md)]
                -- content/en-US/includes/nested.md --
                See [two](gone-two.md).
                -- content/en-US/includes/unused.md --
                See [three](gone-three.md) <span data-ttu-id="abcde-102">Half</span>

                [!INCLUDE[itself](unused.md)]
                """);
        check(p);
        List<String> fromCheck = out.lines().filter(l -> l.contains("includes/")).toList();
        assertEquals(2, fromCheck.size(), out);
        assertTrue(fromCheck.get(0).contains("includes/nested.md:1:") && fromCheck.get(0).contains("gone-two.md"), out);
        assertTrue(fromCheck.get(1).contains("includes/shown.md:1:") && fromCheck.get(1).contains("gone-one.md"), out);
        run("build", "--config", p.resolve("tolk.yaml").toString(), "--source", p.resolve("content").toString(),
                "--out", p.resolve("site").toString());
        assertEquals(fromCheck, err.lines().filter(l -> l.contains("includes/")).toList());

        // once a page shows it, the include says what it holds: the link, the half pair, the cycle
        Files.writeString(p.resolve("content/en-US/other.md"), "---\ntitle: Other\ndescription: Shows the other include.\n---\n"
                + "# Other\n\n[!INCLUDE[unused](includes/unused.md)]\n");
        check(p);
        List<String> unused = out.lines().filter(l -> l.contains("includes/unused.md")).toList();
        assertTrue(unused.stream().anyMatch(l -> l.contains("gone-three.md")), out);
        assertTrue(unused.stream().anyMatch(l -> l.contains("include/cycle")), out);
        assertTrue(unused.stream().anyMatch(l -> l.contains("[tu/")), out);
    }

    /**
     * An English include that names one only another locale has shows that locale's copy's English side; the include
     * graph's check failed there on a node it had not met (a NullPointerException: exit 3, no site), found by
     * {@code PageCacheIT}'s random include edits.
     */
    @Test
    void anEnglishIncludeNamingOneOnlyATranslationHasIsChecked(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- content/en-US/includes/outer.md --
                [!INCLUDE[inner](inner.md)]
                -- content/en-US/start.md --
                ---
                {title: Start, description: The English page that shows the outer include.}
                ---
                [!INCLUDE[outer](includes/outer.md)]
                -- content/nl-NL/includes/inner.md --
                <span data-ttu-id="abcde-102">Binnen.</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Inside.</span></span>
                -- tolk.yaml --
                source-locale: en-US
                """);
        assertEquals(0, check(p), out + err);
        assertEquals(0, run("build", "--config", p.resolve("tolk.yaml").toString(), "--source", p.resolve("content").toString(),
                "--out", p.resolve("site").toString()), out + err);
        assertTrue(Files.readString(p.resolve("site/en-US/start.html")).contains("Inside."), "the English side of the nl-NL copy");
    }

    /** Check reports one link finding, holding {@code expected}, and build reports the same. */
    private void assertOneLinkFindingInCheckAndBuild(Path p, String expected) {
        check(p);
        List<String> fromCheck = out.lines().filter(l -> l.contains("[link/")).toList();
        assertEquals(1, fromCheck.size(), out);
        assertTrue(fromCheck.get(0).contains(expected), out);
        run("build", "--config", p.resolve("tolk.yaml").toString(), "--source", p.resolve("content").toString(),
                "--out", p.resolve("site").toString());
        assertEquals(fromCheck, err.lines().filter(l -> l.contains("[link/")).toList());
    }

    /**
     * A heading that holds an include takes its id from the text the reader sees, in build and check alike:
     * {@code ## [!INCLUDE[pn](includes/pn.md)] Warnings} is contoso-crm-warnings, as DocFX makes it (it was
     * 1-warnings, after the directive's number, renumbered by every include above it; about 68 headings of a real
     * vi-VN docset).
     */
    @Test
    void aHeadingThatHoldsAnIncludeTakesItsIdFromTheIncludedText(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                source-locale: en-US
                -- content/en-US/includes/pn.md --
                Contoso CRM
                -- content/en-US/index.md --
                ---
                title: Page
                description: The page with the heading.
                ---
                # Page

                [!INCLUDE[pn](includes/pn.md)] is the product.

                ## [!INCLUDE[pn](includes/pn.md)] Warnings

                See [warnings](#contoso-crm-warnings) and [none](#1-warnings).
                """);
        assertOneLinkFindingInCheckAndBuild(p, "'1-warnings'");
        var h2 = org.jsoup.Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article h2");
        assertEquals("contoso-crm-warnings", h2.id());
    }

    /** A report that cannot be written where --output says is a usage error with the reason, not a crash (it was exit 3 and a stack trace). */
    @Test
    void anOutputThatCannotBeWrittenIsAUsageError(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", BOLD_LOST);
        Files.writeString(tmp.resolve("afile"), "");
        assertEquals(2, check(p, "--format", "json", "--output", tmp.resolve("afile/report.json").toString()));
        assertTrue(err.contains("cannot write the report to") && err.contains("afile is a file, not a folder"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void externalLinksAreCheckedOnceEachAgainstALoopbackServerAndCached(@TempDir Path tmp) throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String body = "Zie [ok](" + base + "/ok), [weg](" + base + "/gone) en nog eens [ok](" + base + "/ok#x).";
            Path p = project(tmp, "external:\n  allow-private: true\n  timeout: 2s\n", body);
            assertEquals(1, check(p, "--external", "--format", "json"));
            Map<?, ?> json = (Map<?, ?>) JsonReader.read(out);
            List<Map<?, ?>> broken = ((List<?>) json.get("diagnostics")).stream().<Map<?, ?>>map(d -> (Map<?, ?>) d)
                    .filter(d -> d.get("rule").equals("link/external-broken")).toList();
            assertEquals(1, broken.size(), out);
            assertTrue(((String) broken.get(0).get("message")).contains("404"), out);
            assertEquals(5L, ((Number) broken.get(0).get("line")).longValue());
            assertEquals(List.of("HEAD /gone", "HEAD /ok"), seen.stream().sorted().toList(), "one request per address");
            assertTrue(Files.isRegularFile(p.resolve(".tolk/link-cache.json")));

            seen.clear();
            assertEquals(1, check(p, "--external"));
            assertEquals(List.of(), seen, "the second run is answered from the cache");

            // without allow-private, a loopback address is not contacted at all
            Files.delete(p.resolve(".tolk/link-cache.json"));
            Files.writeString(p.resolve("tolk.yaml"), "external:\n  timeout: 2s\n");
            assertEquals(0, check(p, "--external"));
            assertTrue(out.contains("[link/external-skipped]"), out);
            assertEquals(List.of(), seen);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badExternalSettingsAreAConfigurationError(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "external:\n  timeout: soon\n", "Tekst.");
        assertEquals(2, check(p, "--external"));
        assertTrue(err.contains("external:"), err);
    }

    @Test
    void buildAndCheckReportTheSameDiagnostics(@TempDir Path tmp) throws Exception {
        Path p = project(tmp, "", BOLD_LOST + "\n\n" + UNTRANSLATED + "\n\n<!-- tolk-disable-next-line tu/nonsense -->\nx");
        Files.createDirectories(p.resolve("content/de-DE"));
        Files.writeString(p.resolve("content/de-DE/a b.md"), "Kein Front Matter \u200B.\n");
        check(p);
        List<String> fromCheck = out.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*")).toList();
        run("build", "--config", p.resolve("tolk.yaml").toString(), "--source", p.resolve("content").toString(),
                "--out", p.resolve("site").toString());
        assertEquals("", out, "build writes no report: its diagnostics go to the error stream");
        List<String> fromBuild = err.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*")).toList();
        assertTrue(fromCheck.size() >= 5, fromCheck.toString());
        assertEquals(fromCheck, fromBuild);
    }
}
