package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.build.GoldenSiteTest;
import dev.tolk.build.SiteChecker;
import dev.tolk.build.SiteInputs;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.nav.Navigation;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.source.ContentTree;
import dev.tolk.source.WorkPool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables of contents as DocFX documents them (docs/table-of-contents.md): each behaviour on a
 * small site written inline, Hugo style ({@code -- path --} then the file), built, and read back.
 * The golden sites {@code tocs} and {@code tocs-malformed} fix the whole output.
 */
class TocNavigationTest {
    @TempDir
    Path tmp;

    /** Writes the files of {@code spec} ({@code -- path --} lines, each followed by the file's text) under the project. */
    private void write(String spec) throws Exception {
        String[] parts = spec.split("(?m)^-- ");
        for (String part : parts) {
            if (part.isBlank()) continue;
            int end = part.indexOf(" --\n");
            Path file = tmp.resolve(part.substring(0, end).strip());
            Files.createDirectories(file.getParent());
            Files.writeString(file, part.substring(end + 4), StandardCharsets.UTF_8);
        }
    }

    private static String page(String title) {
        return "---\ntitle: " + title + "\n---\n# " + title + "\n\nText.\n";
    }

    private List<String> build() throws Exception {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : GoldenSiteTest.build(tmp, tmp.resolve("site"), 2)) out.add(d.format());
        return out;
    }

    private Document html(String path) throws Exception {
        return Jsoup.parse(Files.readString(tmp.resolve("site").resolve(path)));
    }

    @Test
    void tocNamedInAnyLetterCaseIsTheNavigationNotAPage() throws Exception {
        write("-- content/en-US/Toc.YML --\n- name: Alpha\n  href: a.md\n"
                + "-- content/en-US/docs/tOc.md --\n# [Beta](b.md)\n"
                + "-- content/en-US/a.md --\n" + page("A") + "-- content/en-US/docs/b.md --\n" + page("B"));
        assertEquals(List.of(), build());
        assertEquals(List.of("Alpha", "Beta"), html("en-US/index.html").select(".contents a").eachText());
        assertFalse(Files.exists(tmp.resolve("site/en-US/docs/tOc.html")), "a toc.md is not an article");
    }

    @Test
    void tocMdHeadingDepthIsNesting() throws Exception {
        write("-- content/en-US/TOC.md --\n# [A](a.md)\n## Group\n### [B](b.md \"title\") ###\n#### [C](c.md)\n## [D](d.md)\n# Plain\n"
                + "-- content/en-US/a.md --\n" + page("A") + "-- content/en-US/b.md --\n" + page("B")
                + "-- content/en-US/c.md --\n" + page("C") + "-- content/en-US/d.md --\n" + page("D"));
        assertEquals(List.of(), build());
        Document c = html("en-US/c.html");
        assertEquals(List.of("Home", "A", "Group", "B", "C"), c.select(".breadcrumbs li").eachText());
        assertEquals(List.of("Group", "D"), html("en-US/d.html").select(".sidebar li").eachText().subList(0, 2));
    }

    /**
     * DocFX's TOC reader takes headings of any depth ({@code #+}) and the Learn build a backslash for a slash in an
     * entry's path: BizTalk fr-FR's TOC.md files nest 7 to 18 deep (1,344 entries were refused, their pages left out of
     * the navigation) and name their sub-TOCs {@code core\TOC.md} (14 dead entries).
     */
    @Test
    void tocMdHeadingsNestDeeperThanSixAndBackslashesAreSlashes() throws Exception {
        write("-- content/en-US/TOC.md --\n# [A](a.md)\n## [Deep](deep\\TOC.md)\n"
                + "-- content/en-US/deep/TOC.md --\n# [B](b.md)\n## G2\n### G3\n#### G4\n##### G5\n###### G6\n####### [C](c.md)\n"
                + "######## [D](..\\deep\\d.md)\n"
                + "-- content/en-US/a.md --\n" + page("A") + "-- content/en-US/deep/b.md --\n" + page("B")
                + "-- content/en-US/deep/c.md --\n" + page("C") + "-- content/en-US/deep/d.md --\n" + page("D"));
        assertEquals(List.of(), build());
        assertEquals(List.of("Home", "A", "Deep", "B", "G2", "G3", "G4", "G5", "G6", "C", "D"),
                html("en-US/deep/d.html").select(".breadcrumbs li").eachText());
    }

    /** A TOC naming the other TOC file of its own folder (one is used per folder) is a finding, not a crash (exit 3). */
    @Test
    void aTocNamingItsFoldersOtherTocFileIsAFinding() throws Exception {
        write("-- content/en-US/TOC.yml --\n- name: More\n  href: toc.md\n- name: A\n  href: a.md\n"
                + "-- content/en-US/toc.md --\n# [A](a.md)\n-- content/en-US/a.md --\n" + page("A"));
        List<String> found = build();
        assertTrue(found.stream().anyMatch(d -> d.contains("TOC.yml:2:9") && d.contains("is not nested here")), found.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("site/en-US/a.html")));
    }

    @Test
    void tocMdTakesUidsInEveryDocumentedForm() throws Exception {
        write("-- content/en-US/toc.md --\n# @first\n# <xref:second>\n# [Third](xref:third)\n# [Fourth](@fourth)\n"
                + "-- content/en-US/a.md --\n---\ntitle: One\nuid: first\n---\n# One\n"
                + "-- content/en-US/b.md --\n---\ntitle: Two\nuid: second\n---\n# Two\n"
                + "-- content/en-US/c.md --\n---\ntitle: Three\nuid: third\n---\n# Three\n"
                + "-- content/en-US/d.md --\n---\ntitle: Four\nuid: fourth\n---\n# Four\n");
        assertEquals(List.of(), build());
        Document home = html("en-US/index.html");
        assertEquals(List.of("One", "Two", "Third", "Fourth"), home.select(".contents a").eachText());
        assertEquals(List.of("a.html", "b.html", "c.html", "d.html"), home.select(".contents a").eachAttr("href"));
    }

    @Test
    void hrefToAnotherTocNestsItUnderTheEntryAndNotAtTheTop() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Overview\n  href: a.md\n- name: Reference\n  href: api/toc.yml\n"
                + "  topicHref: api/index.md\n"
                + "-- content/en-US/api/toc.yml --\n- name: String\n  href: string.md\n"
                + "-- content/en-US/a.md --\n" + page("A") + "-- content/en-US/api/index.md --\n" + page("API")
                + "-- content/en-US/api/string.md --\n" + page("String"));
        assertEquals(List.of(), build());
        Document home = html("en-US/index.html");
        assertEquals(List.of("Overview", "Reference", "String"), home.select(".contents a").eachText());
        assertEquals("api/index.html", home.selectFirst(".contents li:has(ul) > a").attr("href"));
        assertEquals(List.of("Home", "Reference", "String"), html("en-US/api/string.html").select(".breadcrumbs li").eachText());
    }

    @Test
    void hrefToFolderReferencesItsTocAsATreeOfItsOwn() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Overview\n  href: a.md\n- name: System\n  href: system/\n"
                + "-- content/en-US/system/toc.yml --\n- name: Types\n  items:\n  - name: String\n    href: string.md\n"
                + "  - name: Int\n    href: int.md\n"
                + "-- content/en-US/a.md --\n" + page("A") + "-- content/en-US/system/string.md --\n" + page("String")
                + "-- content/en-US/system/int.md --\n" + page("Int"));
        assertEquals(List.of(), build());
        Document home = html("en-US/index.html");
        assertEquals(List.of("Overview", "System"), home.select(".contents li").eachText(), "the referenced TOC is not embedded");
        assertEquals("system/string.html", home.select(".contents a").get(1).attr("href"), "links to its first page");
        Document intPage = html("en-US/system/int.html");
        assertEquals(List.of("Home", "System", "Types", "Int"), intPage.select(".breadcrumbs li").eachText());
        assertEquals(List.of("String", "Int"), intPage.select(".sidebar li").eachText());
        assertEquals("string.html", intPage.selectFirst(".prev-next a[rel=prev]").attr("href"));
    }

    @Test
    void folderEntryWithTopicHrefOrWithoutTocLeadsToThatPage() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Guide\n  href: guide/\n  topicHref: guide/intro.md\n"
                + "- name: Plain folder\n  href: plain/\n"
                + "-- content/en-US/guide/toc.yml --\n- name: Step\n  href: step.md\n"
                + "-- content/en-US/guide/intro.md --\n" + page("Intro") + "-- content/en-US/guide/step.md --\n" + page("Step")
                + "-- content/en-US/plain/index.md --\n" + page("Plain index"));
        assertEquals(List.of(), build());
        assertEquals(List.of("guide/intro.html", "plain/index.html"), html("en-US/index.html").select(".contents a").eachAttr("href"));
    }

    @Test
    void entriesByUidAndTopicUidAndNamesFromPageTitles() throws Exception {
        write("-- content/en-US/toc.yml --\n- uid: intro\n- name: Group\n  topicUid: group.page\n  items:\n  - href: b.md\n"
                + "-- content/en-US/a.md --\n---\ntitle: Introduction\nuid: intro\n---\n# I\n"
                + "-- content/en-US/g.md --\n---\ntitle: Group page\nuid: group.page\n---\n# G\n"
                + "-- content/en-US/b.md --\n" + page("Bee"));
        assertEquals(List.of(), build());
        Document home = html("en-US/index.html");
        assertEquals(List.of("Introduction", "Group", "Bee"), home.select(".contents a").eachText());
        assertEquals(List.of("a.html", "g.html", "b.html"), home.select(".contents a").eachAttr("href"));
    }

    /**
     * A page the locale lacks, listed by its title from the source locale (an entry without a name, or the folder
     * tree), is marked as in that language, for a screen reader to read it so (el-GR sidebars read English titles
     * with a Greek voice); an entry the locale's TOC names is in its language.
     */
    @Test
    void aTitleTakenFromAnotherLocaleIsMarkedInItsLanguage() throws Exception {
        write("-- tolk.yaml --\nlocales:\n  - {tag: en-US, name: English}\n  - {tag: el-GR, name: Ελληνικά}\n"
                + "-- content/el-GR/toc.yml --\n- name: Ένα\n  href: a.md\n- href: b.md\n- name: Τρία\n  href: c.md\n"
                + "-- content/en-US/a.md --\n" + page("One") + "-- content/en-US/b.md --\n" + page("Files On-Demand")
                + "-- content/en-US/c.md --\n" + page("Three") + "-- content/el-GR/a.md --\n" + page("Ένα")
                + "-- content/el-GR/c.md --\n" + page("Τρία"));
        build();
        Document a = html("el-GR/a.html");
        assertEquals(List.of("", "en-US", ""), a.select(".sidebar li a").stream().map(e -> e.attr("lang")).toList(), a.select(".sidebar").outerHtml());
        assertEquals("Files On-Demand", a.selectFirst(".sidebar a[lang=en-US]").text());
        assertEquals("en-US", a.selectFirst(".prev-next .next span[lang]").attr("lang"), "the next page's English title");
        assertEquals("en-US", html("el-GR/index.html").selectFirst(".contents a[lang]").attr("lang"));
    }

    @Test
    void missingEntriesAndTocFilesFallBackToTheSourceLocale() throws Exception {
        write("-- tolk.yaml --\nlocales:\n  - {tag: en-US, name: English}\n  - {tag: nl-NL, name: Nederlands}\n"
                + "-- content/en-US/toc.yml --\n- name: A\n  href: a.md\n- name: More\n  href: more/\n"
                + "-- content/en-US/more/toc.yml --\n- name: C\n  href: c.md\n"
                + "-- content/nl-NL/toc.yml --\n- name: Een\n  href: a.md\n- name: Twee\n  href: b.md\n- name: Meer\n  href: more/\n"
                + "-- content/en-US/a.md --\n" + page("A") + "-- content/en-US/b.md --\n" + page("B")
                + "-- content/en-US/more/c.md --\n" + page("C")
                + "-- content/nl-NL/a.md --\n" + page("Een") + "-- content/nl-NL/more/c.md --\n" + page("Drie"));
        List<String> found = build();
        assertTrue(found.contains("content/nl-NL/toc.yml:4:9: info: 'b.md' is not translated into nl-NL; the TOC entry leads to"
                + " the en-US page (reported once per locale) [link/fallback]"), found::toString);
        assertTrue(found.stream().noneMatch(d -> d.contains("[toc/broken]")), found::toString);
        assertTrue(found.stream().anyMatch(d -> d.startsWith("content/en-US/more/toc.yml:1:1: info: 'more/toc.yml' is not translated")),
                found::toString);
        Document home = html("nl-NL/index.html");
        assertEquals(List.of("a.html", "../en-US/b.html", "more/c.html"), home.select(".contents a").eachAttr("href"));
        Document c = html("nl-NL/more/c.html");
        assertEquals(List.of("C"), c.select(".sidebar li").eachText(), "the en-US TOC of the folder, leading to the nl-NL page");
        assertEquals("c.html", c.selectFirst(".sidebar a").attr("href"));
    }

    @Test
    void entriesLeadingNowhereAreReportedAtTheirValueAndNotLinked() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Gone\n  href: gone.md\n- name: No uid\n  uid: nobody\n"
                + "- name: Learn\n  href: /learn/modules/x/\n- name: Web\n  href: https://example.org/\n"
                + "-- content/en-US/a.md --\n" + page("A"));
        assertEquals(List.of(
                "content/en-US/toc.yml:2:9: error: TOC entry 'gone.md' leads to no page, file or table of contents [toc/broken]",
                "content/en-US/toc.yml:4:8: error: TOC uid 'nobody' names no page (no front matter has uid: nobody, nor an xref map) [toc/broken]"),
                build());
        Document home = html("en-US/index.html");
        assertEquals(List.of("Gone", "No uid"), home.select(".contents span").eachText());
        assertEquals(List.of("/learn/modules/x/", "https://example.org/"), home.select(".contents a").eachAttr("href"),
                "external and host-site links are left as written");
    }

    @Test
    void aPageInTwoTocsTakesTheNearestUnlessOrderSaysOtherwise() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Top group\n  items:\n  - name: Deep page\n    href: deep/p.md\n"
                + "-- content/en-US/deep/toc.yml --\n- name: Deep group\n  items:\n  - name: P\n    href: p.md\n"
                + "-- content/en-US/deep/p.md --\n" + page("P"));
        assertEquals(List.of(), build());
        assertEquals(List.of("Home", "Deep group", "P"), html("en-US/deep/p.html").select(".breadcrumbs li").eachText());

        write("-- content/en-US/toc.yml --\norder: -1\nitems:\n- name: Top group\n  items:\n  - name: Deep page\n"
                + "    href: deep/p.md\n");
        assertEquals(List.of(), build());
        assertEquals(List.of("Home", "Top group", "P"), html("en-US/deep/p.html").select(".breadcrumbs li").eachText());
    }

    /** In {@code breadcrumbs/}, as Virtualization-Documentation keeps it ({@code breadcrumb/} and {@code bread/} are read alike). */
    @Test
    void breadcrumbTocAddsItsStepsInsideTheSiteAndIsNotNavigation() throws Exception {
        write("-- tolk.yaml --\nurl-map:\n  \"https://docs.example.org/product/\": \"\"\n"
                + "-- content/en-US/breadcrumbs/toc.yml --\n- name: Docs\n  tocHref: /\n  topicHref: /\n  items:\n"
                + "  - name: Product\n    tocHref: /product/\n    topicHref: /product/\n    items:\n"
                + "    - name: Admin\n      tocHref: /product/admin/\n      topicHref: /product/admin/\n"
                + "-- content/en-US/toc.yml --\n- name: Users\n  href: admin/users.md\n- name: Start\n  href: start.md\n"
                + "-- content/en-US/admin/index.md --\n" + page("Admin center")
                + "-- content/en-US/admin/users.md --\n" + page("Users")
                + "-- content/en-US/start.md --\n" + page("Start"));
        assertEquals(List.of(), build());
        assertEquals(List.of("Users", "Start"), html("en-US/index.html").select(".contents li").eachText());
        Document users = html("en-US/admin/users.html");
        assertEquals(List.of("Home", "Admin", "Users"), users.select(".breadcrumbs li").eachText(),
                "Docs is above the site and Product is its top (home): only Admin is added");
        assertEquals("index.html", users.select(".breadcrumbs a").get(1).attr("href"));
        assertEquals(List.of("Home", "Start"), html("en-US/start.html").select(".breadcrumbs li").eachText());
    }

    /** A site-absolute entry is a page of the host site: the sidebar of every page links it as written. */
    @Test
    void hostSiteEntriesAreLinkedAsWrittenInEverySidebar() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Start\n  href: start.md\n- name: Host\n  href: /windows/win32/api/\n"
                + "- name: Section\n  items:\n  - name: Page\n    href: sub/page.md\n  - name: Other\n    href: /azure/aks/overview\n"
                + "-- content/en-US/start.md --\n" + page("Start")
                + "-- content/en-US/sub/page.md --\n" + page("Page"));
        assertEquals(List.of(), build());
        var hrefs = html("en-US/sub/page.html").select(".sidebar a").eachAttr("href");
        assertTrue(hrefs.contains("/azure/aks/overview"), hrefs.toString());
        assertTrue(html("en-US/start.html").select(".sidebar a").eachAttr("href").contains("/windows/win32/api/"));
    }

    @Test
    void expandedIsCarriedToTheNavigationModel() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Open\n  expanded: true\n  items:\n  - name: A\n    href: a.md\n"
                + "- name: Closed\n  items:\n  - name: B\n    href: a.md\n"
                + "-- content/en-US/a.md --\n" + page("A"));
        SiteInputs inputs = SiteInputs.read(SiteConfig.defaults(), ContentTree.scan(tmp.resolve("content"), List.of()),
                Engines.load(Path.of("templates").toAbsolutePath()), List.of(), tmp, new DiagnosticCollector(),
                new dev.tolk.source.SourceFiles());
        ContentTree tree = inputs.tree();
        try (WorkPool pool = new WorkPool(1)) {
            PageCatalog index = inputs.indexer().index(inputs.locales(), "en-US", tree, pool);
            Navigation navigation = new Navigation(index, tree, java.util.Map.of());
            List<NavItem> home = navigation.make("en-US", navigation.sources("en-US", inputs.indexer()), d -> { }).home();
            assertEquals(List.of(true, false), home.stream().map(NavItem::expanded).toList());
        }
    }

    @Test
    void anUnreadableTocIsReportedAndTheSiteStillBuilds() throws Exception {
        write("-- content/en-US/folder/a.md --\n" + page("A"));
        // a link named toc.yml to a folder: not followed, and so no table of contents
        Files.createSymbolicLink(tmp.resolve("content/en-US/toc.yml"), tmp.resolve("content/en-US/folder"));
        assertEquals(List.of("content/en-US/toc.yml:1:1: warning: symbolic link to a folder; not followed (the folder's files are"
                + " published where they are) [content/unsupported]"), build());
        assertEquals(List.of("A"), html("en-US/index.html").select(".contents a").eachText(), "the folder tree instead");
    }

    @Test
    void checkReportsTheTocFindingsTheBuildReports() throws Exception {
        write("-- content/en-US/toc.yml --\n- name: Gone\n  href: gone.md\n- oops\n-- content/en-US/a.md --\n" + page("A"));
        List<String> built = build();
        DiagnosticCollector checked = new DiagnosticCollector();
        new SiteChecker().check(SiteConfig.defaults(), new SiteChecker.Options(tmp.resolve("content"),
                Path.of("templates").toAbsolutePath(), List.of(), 1, tmp), checked);
        assertEquals(built, checked.sorted().stream().map(Diagnostic::format).toList());
        assertEquals(2, built.size(), built::toString);
    }
}
