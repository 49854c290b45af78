package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DocFX docset with no tolk.yaml, as a new user points Tolk at it: a tree of locale folders
 * each holding its docfx.json, or one docset folder; read as docfx.json says.
 */
class DocfxDocsetTest {
    private static final String DOCFX = """
            {
              "build": {
                "content": [ { "files": ["**/*.md", "**/*.yml"],
                               "exclude": ["**/obj/**", "**/includes/**", "_themes/**", "**/docfx.json", "README.md"] } ],
                "resource": [ { "files": ["**/*.png"], "exclude": ["**/obj/**", "_themes/**"] } ],
                "globalMetadata": { "titleSuffix": "Contoso Help", "feedback_system": "None" },
                "fileMetadata": { "ms.team": { "guide/**": "docs" } },
                "dest": "contoso"
              }
            }
            """;
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

    /** {@code tolk build} of {@code source} below {@code p}, with no tolk.yaml. */
    private int build(Path p, String source, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", p.resolve(source).toString(), "--out", p.resolve("site").toString(),
                "--cache", p.resolve(".tolk/cache").toString()));
        args.addAll(Fixture.configArgs(p));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    private static String article(String title, String body) {
        return "---\ntitle: " + title + "\nfeedback_system: GitHub\nms.team: docs\n---\n# " + title + "\n\n" + body + "\n";
    }

    @Test
    void aTreeOfLocaleFoldersIsReadAsEachDocfxJsonSays(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, "-- content/en-US/docfx.json --\n" + DOCFX
                + "-- content/nl-NL/docfx.json --\n" + DOCFX + """
                -- content/en-US/guide/a.md --
                ---
                title: Start
                ms.team: docs
                feedback_system: GitHub
                not_a_known_key: x
                ---
                # Start

                See [B](b.md) and ![picture](media/p.png).
                -- content/en-US/guide/b.md --
                ---
                title: B
                ---
                # B
                -- content/en-US/guide/media/p.png --
                png
                -- content/en-US/guide/media/p.gif --
                gif
                -- content/en-US/README.md --
                # Not published
                -- content/en-US/_themes/theme.md --
                # Not published
                -- content/en-US/guide/obj/cache.md --
                # Not published
                -- content/nl-NL/guide/a.md --
                ---
                title: Begin
                ms.team: docs
                ---
                # Begin
                """);
        assertEquals(0, build(p, "content"), out + err);
        assertTrue(err.contains("Built 3 pages (nl-NL 1, en-US 2) from 4 files"), err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/guide/a.html")));
        assertFalse(Files.exists(p.resolve("site/en-US/README.html")), "README.md is excluded from content");
        assertFalse(Files.exists(p.resolve("site/en-US/_themes")));
        assertFalse(Files.exists(p.resolve("site/en-US/guide/obj")));
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/guide/media/p.png")));
        assertFalse(Files.exists(p.resolve("site/en-US/guide/media/p.gif")), "*.gif is not a resource glob");
        // globalMetadata and fileMetadata keys are known front-matter keys; others are still reported
        assertFalse(err.contains("'feedback_system'") || err.contains("'ms.team'"), err);
        assertTrue(err.contains("not_a_known_key") && err.contains("[frontmatter/unknown-key]"), err);
        // titleSuffix is the site title, after the page's in <title>
        assertEquals("Begin | Contoso Help", Jsoup.parse(p.resolve("site/nl-NL/guide/a.html").toFile(), "UTF-8").title());
    }

    @Test
    void aDocsetFolderIsOneLocaleReadFromItsContentSource(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"], "src": "articles" } ],
                             "resource": [ { "files": ["**/*.png"], "src": "articles" } ] } }
                -- docs/README.md --
                # The repository's readme, outside the content source
                -- docs/articles/index.md --
                ---
                title: Home
                ---
                # Home

                [Guide](guide/a.md)
                -- docs/articles/guide/a.md --
                ---
                title: Guide
                ---
                # Guide
                """);
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains("Built 2 pages (en-US 2)"), err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/guide/a.html")), "addresses start below src, as DocFX's do");
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/index.html")));
        assertFalse(Files.exists(p.resolve("site/en-US/articles")));
    }

    /** A resource group's src in another letter case than its folder is that folder (Azure CLI: no image was published). */
    @Test
    void aSrcInAnotherLetterCaseIsItsFolder(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"], "src": "Articles" } ],
                             "resource": [ { "files": ["**/*.png"], "src": "articles" } ] } }
                -- docs/Articles/index.md --
                ---
                title: R
                ---
                # R

                ![pic](media/a.png)
                """);
        Files.createDirectories(p.resolve("docs/Articles/media"));
        Files.write(p.resolve("docs/Articles/media/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/media/a.png")), "the image is published");
    }

    /**
     * Reference pages of YAML types Tolk does not render (Azure CLI's 14,636 AzureCLIGroup pages) are said once per
     * type, and what names them is not broken: their TOC entries (by uid or href) show as text, links and xrefs to them
     * are no finding; a uid only under {@code references:} defines nothing. The Azure CLI docs had 14,975 toc/broken
     * errors, 14,637 content/unsupported warnings and 796 content/invalid-filename warnings for generated names.
     */
    @Test
    void referencePagesOfTypesTolkCannotRenderAreSaidOnceAndNamedWithoutFindings(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md", "**/*.yml"] } ] } }
                -- docs/index.md --
                ---
                title: Home
                ---
                # Home

                See [a](ref/a.yml), [b](ref/b.yml), <xref:az_a>, <xref:Sys.B>, [gone](ref/zz.yml) and <xref:nowhere>.
                -- docs/toc.yml --
                - name: Home
                  href: index.md
                - name: Reference
                  items:
                  - name: az a
                    uid: az_a
                  - name: B
                    href: ref/b.yml
                  - name: Member
                    uid: Sys.B.M
                  - name: Referenced only
                    uid: Sys.Object
                -- docs/ref/a.yml --
                ### YamlMime:AzureCLIGroup
                uid: az_a
                name: az a
                -- docs/ref/b.yml --
                ### YamlMime:ManagedReference
                items:
                - uid: Sys.B
                  name: B
                - uid: "Sys.B.M"
                  name: M
                references:
                - uid: Sys.Object
                """);
        // a generator's file name: not published, so not the writer's to rename (no content/invalid-filename)
        Files.createDirectories(p.resolve("docs/ref/service page"));
        Files.writeString(p.resolve("docs/ref/service page/API Center.yml"), "### YamlMime:AzureCLIGroup\nuid: sp-API_Center\n");
        assertEquals(1, build(p, "docs"), out + err);
        List<String> lines = err.lines().filter(l -> l.contains(": warning: ") || l.contains(": error: "))
                .map(l -> l.substring(l.indexOf("docs/"))).toList();
        assertEquals(List.of(
                "docs/index.md:6:71: error: link target 'ref/zz.yml' does not exist [link/broken]",
                "docs/index.md:6:88: warning: xref uid 'nowhere' is defined nowhere (no page's uid, no xref map); it is shown as text"
                        + " [xref/unresolved]",
                "docs/ref/a.yml:1:14: warning: YAML page type 'AzureCLIGroup' is not supported (Landing, FAQ and Hub are); this file"
                        + " and 1 more of en-US are not published: table-of-contents entries and xrefs that name them show as text,"
                        + " links to them lead to no page [content/unsupported]",
                "docs/ref/b.yml:1:14: warning: YAML page type 'ManagedReference' is not supported (Landing, FAQ and Hub are); the file"
                        + " is not published: table-of-contents entries and xrefs that name it show as text, links to it lead to no page"
                        + " [content/unsupported]",
                "docs/toc.yml:12:10: error: TOC uid 'Sys.Object' names no page (no front matter has uid: Sys.Object, nor an xref map)"
                        + " [toc/broken]"), lines);
        var nav = Jsoup.parse(Files.readString(p.resolve("site/en-US/toc.html"))).select("li");
        for (String name : List.of("az a", "B", "Member")) {
            assertTrue(nav.stream().anyMatch(li -> li.ownText().isEmpty() && li.child(0).tagName().equals("span")
                    && li.child(0).text().equals(name)), name + " shows as text: " + nav);
        }
    }

    /** A generated table of contents of megabytes is read (Azure CLI's reference TOCs, up to 595 KB, were refused). */
    @Test
    void aTableOfContentsOfMegabytesIsRead(@TempDir Path tmp) throws Exception {
        StringBuilder toc = new StringBuilder("- name: Home\n  href: index.md\n- name: Reference\n  items:\n");
        for (int i = 0; toc.length() < 700_000; i++) toc.append("  - name: az group ").append(i).append(" with a long description\n    href: index.md\n");
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md", "**/toc.yml"] } ] } }
                -- docs/index.md --
                ---
                title: Home
                ---
                # Home
                """);
        Files.writeString(p.resolve("docs/toc.yml"), toc);
        assertEquals(0, build(p, "docs"), out + err);
        assertFalse((out + err).contains("config/invalid"), out + err);
        assertTrue(Files.readString(p.resolve("site/en-US/index.html")).contains(">Reference<"), "the TOC's group is in the navigation");
    }

    /**
     * A Learn repository's publish configuration says what the folders do not: the docset's locale (a checkout in a
     * folder named after a CI job took ko-kr content for en-US: 96 false locale-mismatch errors), and the redirection
     * files it keeps elsewhere (PowerShell-Docs' redir/: 364 of 375 link/broken were links to redirected pages), and
     * its docfx.json may end an object with a comma, as DocFX's JSON reader allows (it stopped the build, exit 2).
     */
    @Test
    void thePublishConfigurationNamesTheLocaleAndTheRedirectionFiles(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- job-42/.openpublishing.publish.config.json --
                { "docsets_to_publish": [ { "docset_name": "d", "build_source_folder": "docs", "locale": "ko-kr", } ],
                  "redirection_files": [ "redir/.openpublishing.redirection.reference.json" ] }
                -- job-42/redir/.openpublishing.redirection.reference.json --
                { "redirections": [ { "source_path": "../docs/old.md", "redirect_url": "/docs/new" } ] }
                -- job-42/docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"], }, ], "dest": "docs", } }
                -- job-42/docs/index.md --
                ---
                title: 홈
                ms.contentlocale: ko-kr
                ---
                # 홈

                [이전](old.md), [새](new.md)
                -- job-42/docs/new.md --
                ---
                title: 새
                ms.contentlocale: ko-kr
                ---
                # 새
                """);
        assertEquals(0, build(p, "job-42/docs"), out + err);
        assertTrue(err.contains("(ko-KR 2, en-US 2)"), err);
        assertTrue(Files.isRegularFile(p.resolve("site/ko-KR/old.html")), "the redirection's page");
    }

    /**
     * DocFX's {@code ~/path} is a path from the folder of docfx.json: links, images, includes,
     * code files and TOC entries so written resolve wherever the page is, and are written relative.
     */
    @Test
    void pathsFromTheDocsetRootResolveFromAnyFolder(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md", "**/*.yml"], "exclude": ["includes/**"] } ],
                             "resource": [ { "files": ["**/*.png"] } ] } }
                -- docs/toc.yml --
                - name: Home
                  href: ~/index.md
                - name: Page
                  href: ~/guide/deep/page.md
                -- docs/index.md --
                ---
                title: Home
                ---
                # Home

                See [the page](~/guide/deep/page.md#page) and ![a picture](~/media/pic.png).

                [!INCLUDE [banner](~/includes/banner.md)]
                -- docs/guide/deep/page.md --
                ---
                title: Page
                ---
                # Page

                Back [home](~/index.md) or ![the picture](~/media/pic.png "Shown").

                [!code-csharp[](~/samples/hello.cs)]
                -- docs/includes/banner.md --
                The banner from the root.
                -- docs/samples/hello.cs --
                class Hello { }
                -- docs/media/pic.png --
                png
                """);
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains(": 0 errors, 0 warnings, 0 info"), err);
        var home = Jsoup.parse(p.resolve("site/en-US/index.html").toFile());
        assertEquals(1, home.select("main a[href=guide/deep/page.html#page]").stream().filter(a -> a.ownText().equals("the page")).count(),
                home.select("main").html());
        assertEquals("media/pic.png", home.select("main img").attr("src"));
        assertTrue(home.select("main").text().contains("The banner from the root."), "the include is shown");
        var page = Jsoup.parse(p.resolve("site/en-US/guide/deep/page.html").toFile());
        assertEquals(1, page.select("main a[href=../../index.html]").stream().filter(a -> a.ownText().equals("home")).count(),
                page.select("main").html());
        assertEquals("../../media/pic.png", page.select("main img").attr("src"));
        assertTrue(page.select("main pre code").text().contains("class Hello"), "the code file is shown");
        assertFalse(page.select("nav a[href=../../guide/deep/page.html], nav a[href=page.html]").isEmpty(),
                "the TOC entry leads to the page: " + page.select("nav").html());
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/media/pic.png")));
    }

    /**
     * An include in another folder names its images relative to itself, as its links: each is
     * addressed from the page that shows it (a real ru-RU docset's Cloud Shell button was a 404
     * on every page that showed it), as a Markdown image, a {@code :::image} or an {@code <img>}.
     */
    @Test
    void imagesOfAnIncludeInAnotherFolderAreAddressedFromThePage(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"], "exclude": ["**/includes/**"] } ],
                             "resource": [ { "files": ["**/*.png"] } ] } }
                -- docs/go/page.md --
                ---
                title: Page
                ---
                # Page

                [!INCLUDE [try it](../includes/try.md)]
                -- docs/includes/try.md --
                ![Markdown](media/button.png)

                :::image type="content" source="./media/button.png" alt-text="Directive":::

                <img src="media/button.png" alt="HTML">

                [Home](../index.md)
                -- docs/includes/media/button.png --
                png
                -- docs/index.md --
                ---
                title: Home
                ---
                # Home
                """);
        assertEquals(0, build(p, "docs"), out + err);
        var page = Jsoup.parse(p.resolve("site/en-US/go/page.html").toFile()).selectFirst("article");
        assertEquals(List.of("../includes/media/button.png", "../includes/media/button.png", "../includes/media/button.png"),
                page.select("img").eachAttr("src"), page.html());
        assertEquals("../index.html", page.select("a").stream().filter(a -> a.text().equals("Home")).findFirst().orElseThrow().attr("href"));
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/includes/media/button.png")));
    }

    /**
     * DocFX's quoted shorthand cross reference, {@code @"uid"} or {@code @'uid'}, links as {@code @uid} does (396 in a
     * real ko-KR docset); a {@code ?text=} gives the link its text, as DocFX documents it.
     */
    @Test
    void aQuotedShorthandCrossReferenceLinksToItsPage(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, """
                # Home

                See @"Contoso.Widget", @'Contoso.Widget' and @"No.Such.Uid".

                With a text: @"Contoso.Widget?text=the widget" and <xref:Contoso.Widget?text=a%20widget>.
                """, """
                -- docs/api/widget.md --
                ---
                uid: Contoso.Widget
                title: Widget class
                ---
                # Widget
                """);
        assertEquals(0, build(p, "docs"), out + err); // a warning
        assertTrue(err.contains("index.md:6:48:")
                && err.contains("xref uid 'No.Such.Uid' is defined nowhere") && err.contains("1 warning (xref/unresolved 1)"), err);
        var article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals(List.of("api/widget.html", "api/widget.html", "api/widget.html", "api/widget.html"), article.select("p a").eachAttr("href"));
        assertEquals(List.of("Widget class", "Widget class", "the widget", "a widget"), article.select("p a").eachText(),
                "DocFX's text= gives the link its text");
        assertTrue(article.text().contains("@\"No.Such.Uid\""), "an unknown uid stays as written: " + article.html());
    }

    /**
     * A translation that begins with a quoted shorthand links it as its English does (Q# API reference ko-KR: 97 units
     * showed '@"…"' as text beside an English half that linked it, with no finding); after a letter it is text.
     */
    @Test
    void aTranslationThatBeginsWithAQuotedShorthandLinksIt(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\n<span data-ttu-id=\"abcde-101\">@\"Contoso.Widget\"을 사용하세요.</span><span class=\"sxs-lookup\">"
                + "<span data-stu-id=\"abcde-101\">Please use @\"Contoso.Widget\".</span></span>\n\n"
                + "<span data-ttu-id=\"abcde-102\">@\"No.Such.Uid\" 없음, me@\"x\".</span><span class=\"sxs-lookup\"><span data-stu-id=\"abcde-102\">"
                + "@\"No.Such.Uid\" none, me@\"x\".</span></span>\n", """
                -- docs/api/widget.md --
                ---
                uid: Contoso.Widget
                title: Widget class
                ---
                # Widget
                """);
        assertEquals(0, build(p, "docs", "--locale", "ko-KR"), out + err);
        assertTrue(err.contains("index.md:8:33: warning: xref uid 'No.Such.Uid' is defined nowhere"), err);
        var article = Jsoup.parse(p.resolve("site/ko-KR/index.html").toFile()).selectFirst("article");
        assertEquals("api/widget.html", article.selectFirst("span[data-ttu-id=abcde-101] a").attr("href"), article.html());
        assertTrue(article.selectFirst("span[data-ttu-id=abcde-102]").text().contains("me@\"x\""), "after a letter: text");
    }

    /**
     * A Learn docset lives under a path of its site, which its breadcrumb_path says
     * ({@code /azure/developer/}): a site-absolute link under it is a link to the docset's page (a
     * YAML landing page too), and any other is a page of the host site, not of the docset's folder
     * of the same name (1,078 false link/broken of a real ru-RU docset were /java/api/… links).
     */
    @Test
    void siteAbsoluteLinksAreReadFromWhereTheBreadcrumbPathSaysTheDocsetLives(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md", "**/*.yml"], "exclude": ["breadcrumb/**"] } ],
                             "globalMetadata": { "breadcrumb_path": "/azure/developer/breadcrumb/toc.yml" } } }
                -- docs/breadcrumb/toc.yml --
                - name: Azure
                  tocHref: /azure/
                  topicHref: /azure/index
                -- docs/java/index.yml --
                ### YamlMime:Landing
                title: Java
                summary: Java on Azure.
                landingContent:
                  - title: Start
                    linkLists:
                      - linkListType: overview
                        links:
                          - text: Guide
                            url: guide.md
                -- docs/java/guide.md --
                ---
                title: Guide
                ---
                # Guide

                See the [reference](/java/api/overview/azure/storage-blob-readme/), the [CLI](/cli/azure/install),
                the [Java home](/azure/developer/java/index) and [this guide](/ru-ru/azure/developer/java/guide#guide).

                And a [lost page](/azure/developer/java/missing), and the [docset's home](/azure/developer/).
                -- docs/index.md --
                ---
                title: Developer
                ---
                # Developer
                """);
        assertEquals(1, build(p, "docs"), out + err);
        assertTrue(err.contains("1 error (link/broken 1)") && err.contains("'/azure/developer/java/missing' does not exist"), err);
        var links = Jsoup.parse(p.resolve("site/en-US/java/guide.html").toFile()).select("article p a");
        // the docset's root is its home page (Power Query's '/power-query/' was a false link/broken, left dead in the page)
        assertEquals(List.of("/java/api/overview/azure/storage-blob-readme/", "/cli/azure/install", "index.html", "guide.html#guide",
                "/azure/developer/java/missing", "../index.html"), links.eachAttr("href"));
    }

    /**
     * A breadcrumb file shared by several docsets is published above them ({@code /aspnet/breadcrumb/toc.json}); the
     * docset's own entry says where it lives ({@code topicHref: /aspnet/core/index}). ASP.NET Core ru-RU: 194 false
     * errors under /aspnet/core/ and 169 redirect pages leading nowhere, when the docset was read as at /aspnet/.
     */
    @Test
    void aSharedBreadcrumbsOwnEntrySaysWhereTheDocsetLives(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- aspnetcore/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md", "**/*.yml"], "src": "." } ],
                             "globalMetadata": { "breadcrumb_path": "/aspnet/breadcrumb/toc.json" } } }
                -- aspnetcore/breadcrumb/toc.yml --
                - name: Docs
                  tocHref: /
                  topicHref: /
                  items:
                  - name: .NET
                    tocHref: /dotnet/
                    topicHref: /dotnet/index
                    items:
                    - name: ASP.NET Core
                      tocHref: /aspnet/core/
                      topicHref: /aspnet/core/index
                -- aspnetcore/index.md --
                ---
                title: Home
                ---
                # Home

                See [routing](/aspnet/core/fundamentals/routing?view=aspnetcore-2.1), [Web Forms](/aspnet/web-forms/)
                and a [lost page](/aspnet/core/missing).
                -- aspnetcore/fundamentals/routing.md --
                ---
                title: Routing
                ---
                # Routing
                """);
        assertEquals(1, build(p, "aspnetcore"), out + err);
        assertTrue(err.contains("1 error (link/broken 1)") && err.contains("'/aspnet/core/missing' does not exist"), err);
        var links = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).select("article p a");
        assertEquals(List.of("fundamentals/routing.html", "/aspnet/web-forms/", "/aspnet/core/missing"),
                links.eachAttr("href"));
    }

    /**
     * A link to a page in another letter case is still {@code link/case-mismatch}, but the page links
     * the file's real name: a case-sensitive host serves the site as built (521 such links in a
     * real ja-JP docset were each a 404 in the output).
     */
    @Test
    void aLinkInAnotherLetterCaseLinksThePageByItsRealName(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, """
                # Home

                See [versions](concepts/package-versioning.md#ranges).
                """, """
                -- docs/concepts/Package-Versioning.md --
                ---
                title: Versions
                ---
                # Versions

                ## Ranges
                """);
        assertEquals(1, build(p, "docs"), out + err);
        assertTrue(err.contains("exists only as 'concepts/Package-Versioning.md'") && err.contains("[link/case-mismatch]"), err);
        var link = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article p a");
        assertEquals("concepts/Package-Versioning.html#ranges", link.attr("href"));
    }

    /**
     * Where file groups publish under other paths ({@code src}, {@code dest}), as in azure-docs ({@code articles}
     * at the top, {@code articles/iot-edge} at {@code iot-edge/}) and PowerShell's docsets, a site-absolute link under
     * the docset's path leads to the page of the group published there. The docset's path is what is left of the
     * breadcrumb_path before where its breadcrumb TOC is published ({@code bread/toc.yml} at {@code scripting/}).
     * Versions published at one path ({@code 5.1} and {@code 7.0} at {@code module/}) leave it to the host site: which
     * version a link meant is not known, so none is reported broken.
     */
    @Test
    void siteAbsoluteLinksLeadToThePageOfTheGroupPublishedThere(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["bread/toc.yml"], "dest": "scripting" },
                                          { "files": ["**/*.md"], "src": "docs-conceptual", "dest": "scripting" },
                                          { "files": ["**/*.md"], "src": "articles", "dest": ".", "exclude": ["edge/**"] },
                                          { "files": ["**/*.md"], "src": "articles/edge", "dest": "./iot-edge/" },
                                          { "files": ["**/*.md"], "src": "5.1", "dest": "module" },
                                          { "files": ["**/*.md"], "src": "7.0", "dest": "module" } ],
                             "resource": [ { "files": ["**/*.png"] } ],
                             "globalMetadata": { "breadcrumb_path": "/powershell/scripting/bread/toc.json" } } }
                -- docs/bread/toc.yml --
                - name: PowerShell
                  tocHref: /powershell/
                -- docs/docs-conceptual/learn/help.md --
                ---
                title: Help
                ---
                # Help
                -- docs/articles/edge/about.md --
                ---
                title: Edge
                ---
                # Edge
                -- docs/7.0/new.md --
                ---
                title: New
                ---
                # New
                -- docs/5.1/about.md --
                ---
                title: About
                ---
                # About

                [Help](/powershell/scripting/learn/help), [edge](/powershell/iot-edge/about#edge),
                [lost](/powershell/scripting/learn/lost), [new](/powershell/module/new), [azure](/azure/overview).
                """);
        assertEquals(1, build(p, "docs"), out + err);
        assertTrue(err.contains("1 error (link/broken 1)") && err.contains("'/powershell/scripting/learn/lost' does not exist"), err);
        var links = Jsoup.parse(p.resolve("site/en-US/5.1/about.html").toFile()).select("article p a");
        assertEquals(List.of("../docs-conceptual/learn/help.html", "../articles/edge/about.html#edge",
                "/powershell/scripting/learn/lost", "/powershell/module/new", "/azure/overview"), links.eachAttr("href"));
    }

    /**
     * A site-absolute link to one of the docset's files or pages written as .html is addressed from
     * the page: the site is published under a locale folder, so /images/a.png as written is a 404
     * (99 images of a real English docset).
     */
    @Test
    void siteAbsoluteImagesAndHtmlPagesOfTheDocsetAreAddressedFromThePage(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"] } ], "resource": [ { "files": ["**/*.png"] } ] } }
                -- docs/images/a.png --
                png
                -- docs/articles/other.md --
                ---
                title: Other
                ---
                # Other
                -- docs/articles/page.md --
                ---
                title: Page
                ---
                # Page

                ![A](/images/a.png) [Other](/articles/other.html#other) [Elsewhere](/dotnet/api/system.string)
                """);
        assertEquals(0, build(p, "docs"), out + err);
        var article = Jsoup.parse(p.resolve("site/en-US/articles/page.html").toFile()).selectFirst("article");
        assertEquals("../images/a.png", article.selectFirst("img").attr("src"));
        assertEquals(List.of("other.html#other", "/dotnet/api/system.string"), article.select("p a").eachAttr("href"));
    }

    /**
     * A code sample a page names outside its locale's folder ({@code ../../src/Sample.cs}, as DocFX
     * projects show their repository's source: 270 snippets of a real docset) is read inside the
     * project folder, and a path that leaves the project is refused and reported.
     */
    @Test
    void aCodeSampleOutsideTheContentButInsideTheProjectIsShown() throws Exception {
        // the project is the working folder: the project is made in it (target/), not in the system's temporary folder
        Path tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-projects")), "code");
        try {
            codeSamplesOutsideTheContent(tmp);
        } finally {
            dev.tolk.output.AtomicOutput.deleteTree(tmp);
        }
    }

    private void codeSamplesOutsideTheContent(Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                source-locale: en-US
                -- src/Sample.cs --
                class Sample {
                    // <Hello>
                    void Hello() { }
                    // </Hello>
                }
                -- content/en-US/guide/index.md --
                ---
                title: Guide
                ---
                # Guide

                [!code-csharp[Hello](../../../src/Sample.cs?name=Hello)]

                [!code-csharp[Away](../../../../../../../../../../etc/hostname)]

                [!code-ini[Token](../../../.git/config)]
                -- .git/config --
                [http] extraheader = AUTHORIZATION: basic c2VjcmV0
                """);
        assertEquals(1, build(p, "content"), out + err);
        assertTrue(err.contains("etc/hostname' leads above the content folder and is no file of the project")
                && err.contains("'../../../.git/config' leads above the content folder and is no file of the project")
                && err.contains("2 errors (link/broken 2)"), err);
        assertFalse(Files.readString(p.resolve("site/en-US/guide/index.html")).contains("c2VjcmV0"), "a hidden folder's file is never shown");
        var code = Jsoup.parse(p.resolve("site/en-US/guide/index.html").toFile()).select("article pre code");
        assertEquals("void Hello() { }", code.get(0).text().strip());
        assertFalse(Jsoup.parse(p.resolve("site/en-US/guide/index.html").toFile()).text().contains("localhost"), "nothing of /etc is shown");
    }

    /** A docset of Markdown pages in {@code docs}: its home page's {@code body} under a title, and the {@code more} files (fixture form). */
    /**
     * {@code :::image} inside a sentence or a table cell is an image in place, as DocFX renders it (26 in a real tr-TR
     * docset showed their raw syntax, every "applies to" line of a report page among them); its source is checked as
     * any image's; in a code span it is code.
     */
    @Test
    void anImageDirectiveInsideALineIsAnImageInPlace(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"] } ], "resource": [ { "files": ["**/*.png"] } ] } }
                -- docs/media/gear.png --
                png
                -- docs/media/yes.png --
                png
                -- docs/index.md --
                ---
                title: Home
                ---
                # Home

                Select the icon :::image type="icon" source="media/gear.png" border="false"::: to open Settings.

                | Applies to | Text |
                |---|---|
                | :::image type="content" source="media/yes.png" alt-text="Yes"::: | :::image type="icon" source="media/lost.png"::: |

                Code: `:::image type="icon" source="media/x.png":::`.
                """);
        assertEquals(1, build(p, "docs"), out + err);
        assertTrue(err.contains("1 error (link/broken 1)") && err.contains("media/lost.png"), err);
        var article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals(List.of("media/gear.png", "media/yes.png", "media/lost.png"), article.select("img").eachAttr("src"));
        assertEquals("Select the icon to open Settings.", article.selectFirst("p").text());
        assertEquals("Yes", article.selectFirst("td img").attr("alt"));
        assertFalse(article.text().contains(":::image type=\"content\""), article.html());
        assertTrue(article.selectFirst("code").text().startsWith(":::image"), article.html());
    }

    /**
     * The docfx.json's {@code build.xref} names the xref maps uids resolve against, relative to its folder (it was
     * ignored: a uid the map defines was xref/unresolved). An address is not fetched; a path out of the folder is
     * config/invalid and not read.
     */
    @Test
    void theXrefMapsOfDocfxJsonResolveUids(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"] } ],
                             "xref": ["maps/xrefmap.yml", "https://example.org/xrefmap.yml", "../secret.yml"] } }
                -- docs/maps/xrefmap.yml --
                references:
                - uid: Ext.Widget
                  name: Widget
                  href: https://example.org/api/Ext.Widget.html
                -- secret.yml --
                references:
                - uid: Secret.Thing
                  name: Secret
                  href: https://example.org/secret
                -- docs/index.md --
                ---
                title: Home
                ---
                # Home

                See <xref:Ext.Widget> and <xref:Secret.Thing>.
                """);
        assertEquals(1, build(p, "docs"), out + err);
        assertTrue(err.contains("xref map '../secret.yml' leads outside the docset folder") && err.contains("[config/invalid]"), err);
        assertTrue(err.contains("'Secret.Thing'") && err.contains("1 warning (xref/unresolved 1)"), err);
        var links = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).select("article p a");
        assertEquals(List.of("https://example.org/api/Ext.Widget.html"), links.eachAttr("href"));
        assertEquals("Widget", links.get(0).text());
    }

    /**
     * {@code ```<Button Name="Save">```} on a line of its own is a code span (a backtick fence's info string holds no
     * backtick): it opened a code block to the page's end, and every include after it was raw text and a dead link
     * (about 60 in four pages of a real vi-VN docset).
     */
    @Test
    void tripleBackticksClosedOnTheirLineAreACodeSpanAndIncludesAfterThemWork(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, """
                # Home

                ```<Button Name="Save">```

                After: [!INCLUDE[pn](includes/pn.md)] works.
                """, "-- docs/includes/pn.md --\nContoso CRM\n");
        assertEquals(0, build(p, "docs"), out + err);
        var article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals("<Button Name=\"Save\">", article.selectFirst("p code").text());
        assertTrue(article.text().contains("After: Contoso CRM works."), article.html());
    }

    /** A link written as a Windows path ({@code ..\\b.md}) is a path, as DocFX reads it: checked and linked (it was link/broken). */
    @Test
    void aLinkWrittenWithBackslashesIsAPath(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\nSee [B](sub\\b.md#setup).\n", "-- docs/sub/b.md --\n---\ntitle: B\n---\n# B\n\n## Setup\n");
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains(": 0 errors, 0 warnings, 0 info"), err);
        assertEquals("sub/b.html#setup", Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article p a").attr("href"));
    }

    private static Path docset(Path tmp, String body, String more) throws Exception {
        return Fixture.write(tmp, "-- docs/docfx.json --\n{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ] } }\n"
                + "-- docs/index.md --\n---\ntitle: Home\n---\n" + body + more);
    }

    /** The article of a docset of one page, {@code body} under a title, built with no finding. */
    private org.jsoup.nodes.Element builtHome(Path tmp, String body) throws Exception {
        Path p = docset(tmp, body, "");
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains(": 0 errors, 0 warnings, 0 info"), err);
        return Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
    }

    /**
     * An inline non-localized string, {@code :::no-loc text="…":::}, is its text as written (DocFX's
     * NolocParser: any letter case, no line break inside); not in a code span; a line of it alone
     * is a paragraph, not an unknown directive.
     */
    @Test
    void aNonLocalizedStringIsItsText(@TempDir Path tmp) throws Exception {
        var article = builtHome(tmp, """
                # Home

                Set the :::no-loc text="Width"::: of the :::No-Loc text="<b>*Button*</b>":::.

                :::no-loc text="Cloud Shell":::

                Code `:::no-loc text="kept":::` stays.

                ## The :::no-loc text="Azure"::: heading
                """);
        var paragraphs = article.select("p");
        assertEquals("Set the Width of the <b>*Button*</b>.", paragraphs.get(0).text());
        assertTrue(paragraphs.get(0).select("b, em").isEmpty(), "the text is shown, not read as markup");
        assertEquals("Cloud Shell", paragraphs.get(1).text());
        assertEquals(":::no-loc text=\"kept\":::", paragraphs.get(2).selectFirst("code").text());
        assertEquals("the-azure-heading", article.selectFirst("h2").id());
        assertFalse(article.text().contains("no-loc text=\"Width"), article.html());
    }

    /**
     * Localized articles put a heading's anchor before a tab's link ({@code # <a name="bash"></a>[Bash](#tab/bash)});
     * DocFX takes the anchor off first, so these are tabs as the plain form is (81 headings of a real ru-RU docset).
     */
    @Test
    void aTabHeadingWithItsAnchorBeforeTheLinkIsATab(@TempDir Path tmp) throws Exception {
        var article = builtHome(tmp, """
                # <a name="home"></a>Home

                # <a name="bash"></a>[Bash](#tab/bash)

                Bash steps.

                # <a id="powershell"></a> [PowerShell](#tab/powershell)

                PowerShell steps.

                ---

                After the tabs.
                """);
        assertEquals(1, article.select(".tabs").size(), article.html());
        assertEquals(List.of("Bash", "PowerShell"), article.select(".tabs .tab-label").eachText());
        assertTrue(article.select("a[href^=#tab/]").isEmpty(), "no heading links to #tab/: " + article.html());
        assertTrue(article.select("hr").isEmpty(), "the --- ends the tab group");
        assertTrue(article.select("p").eachText().contains("After the tabs."));
    }

    /**
     * An include named in another letter case is shown by its real name, and said so (ASP.NET Core ru-RU: the sample
     * download block of every Razor Pages tutorial step vanished, under a message that promised the real name).
     */
    @Test
    void anIncludeNamedInAnotherLetterCaseIsShown(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\n[!INCLUDE[](~/includes/rp/download.md)]\n\nEnd.\n", """
                -- docs/includes/RP/download.md --
                Download the sample.
                """);
        assertEquals(1, build(p, "docs"), out + err);
        assertTrue(err.contains("exists only as 'includes/RP/download.md' (other letter case: the page shows the include by its real"
                + " name") && err.contains("1 error (link/case-mismatch 1)"), err);
        var article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals(List.of("Download the sample.", "End."), article.select("p").eachText());
        Files.writeString(p.resolve("docs/index.md"), Files.readString(p.resolve("docs/index.md")) + "\nMore.\n");
        assertEquals(1, build(p, "docs"), out + err); // the includes as the cache kept them
        article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals(List.of("Download the sample.", "End.", "More."), article.select("p").eachText());
    }

    /**
     * A code directive's snippet or range its file lacks is said, in build and check alike (as DocFX warns "cannot
     * find region"): the page shows a notice in its place; the snippets found are no finding (Entity Framework ja-JP's
     * 683 code references with their samples: none reported).
     */
    @Test
    void aSnippetOrRangeTheCodeFileLacksIsReported(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\n[!code-csharp[](code/a.cs?name=Two)]\n\n[!code-csharp[](code/a.cs?name=Missing)]\n\n"
                + ":::code language=\"csharp\" source=\"code/a.cs\" range=\"40-50\":::\n\n:::code language=\"csharp\" source=\"code/a.cs\" id=\"Two\":::\n", "");
        Files.createDirectories(p.resolve("docs/code"));
        Files.writeString(p.resolve("docs/code/a.cs"), "one();\n// <Two>\ntwo();\n// </Two>\n");
        assertEquals(1, build(p, "docs"), out + err);
        List<String> found = err.lines().filter(l -> l.contains("[link/missing-anchor]")).map(l -> l.substring(l.indexOf("docs/"))).toList();
        assertEquals(List.of("docs/index.md:8:1: error: code file 'code/a.cs' has no snippet 'Missing' (no <Missing> tags or #region of that"
                + " name): the page shows a notice in its place [link/missing-anchor]", "docs/index.md:10:1: error: range '40-50' selects no"
                + " line of code file 'code/a.cs': the page shows a notice in its place [link/missing-anchor]"), found);
        assertTrue(err.contains("2 errors (link/missing-anchor 2)"), err);
        // each notice quotes the directive as the writer wrote it (a Teams pt-BR review: a [!code-json] was shown as ':::code')
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(p.resolve("site/en-US/index.html")));
        assertEquals(List.of("[!code-csharp[](code/a.cs?name=Missing)]", ":::code language=\"csharp\" source=\"code/a.cs\" range=\"40-50\":::"),
                page.select(".docfx-unsupported code").eachText());
        assertEquals(1, run("check", "--source", p.resolve("docs").toString(), "--no-config"), out + err);
        assertTrue((out + err).contains("2 errors (link/missing-anchor 2)"), "check says what build says: " + out + err);
    }

    /** A code reference whose query holds spaces is read as DocFX reads it (ASP.NET Core: 4 were raw text and content/malformed). */
    @Test
    void aCodeReferenceWithSpacesInItsQueryIsShown(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\n[!code-csharp[](code/a.cs?name=Two& highlight=1)]\n\n[!code-csharp[](code/a.cs?range=1, 3)]\n", "");
        Files.createDirectories(p.resolve("docs/code"));
        Files.writeString(p.resolve("docs/code/a.cs"), "one();\n// <Two>\ntwo();\n// </Two>\n");
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains(": 0 errors, 0 warnings, 0 info"), err);
        var article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals(List.of("two();", "one();\ntwo();"), article.select("pre code").stream().map(e -> e.wholeText().strip()).toList());
        assertEquals("two();", article.selectFirst("pre code mark").text(), "highlight=1 read past its space");
    }

    /**
     * A relative link that climbs out of the docset's folder and back into it leads where DocFX resolves it: to the
     * page (SharePoint's '../../SharePoint/SharePointServer/…' was a false link/broken, and dead in the page).
     */
    @Test
    void aLinkOutOfTheDocsetAndBackInIsItsPage(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\nSee [setup](../docs/admin/setup.md) and [the same](guide/../admin/setup.md).\n", """
                -- docs/admin/setup.md --
                ---
                title: Setup
                ---
                # Setup

                Back [home](../../docs/index.md).
                """);
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains(": 0 errors, 0 warnings, 0 info"), err);
        assertEquals(List.of("admin/setup.html", "admin/setup.html"),
                Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).select("article p a").eachAttr("href"));
        assertEquals("../index.html", Jsoup.parse(p.resolve("site/en-US/admin/setup.html").toFile()).selectFirst("article p a").attr("href"));
    }

    /**
     * With no title in the configuration and no titleSuffix, each locale's pages say "Help" in its language (a vi-VN
     * docset's pages all ended their titles in English); a title given is kept as given.
     */
    @Test
    void theDefaultSiteTitleIsInEachLocalesLanguage(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Trang chủ\n", "");
        assertEquals(0, build(p, "docs", "--locale", "vi-VN"), out + err);
        assertTrue(Jsoup.parse(p.resolve("site/vi-VN/index.html").toFile()).title().endsWith(" | Trợ giúp"));
        assertTrue(Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).title().endsWith(" | Help"));
        Files.writeString(p.resolve("docs/docfx.json"),
                "{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ], \"globalMetadata\": { \"titleSuffix\": \"Contoso\" } } }");
        assertEquals(0, build(p, "docs", "--locale", "vi-VN"), out + err);
        assertTrue(Jsoup.parse(p.resolve("site/vi-VN/index.html").toFile()).title().endsWith(" | Contoso"));
    }

    /** A Windows path in ':::image' and ':::code' is a path, as DocFX reads it: the image found, the code shown (Power Query). */
    @Test
    void directivesTakeWindowsPaths(@TempDir Path tmp) throws Exception {
        Path p = docset(tmp, "# Home\n\n:::image type=\"content\" source=\"media\\sub\\a.png\" alt-text=\"A\":::\n\n"
                + ":::code language=\"csharp\" source=\"code\\b.cs\" id=\"Hello\":::\n", "");
        Files.writeString(p.resolve("docs/docfx.json"),
                "{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ], \"resource\": [ { \"files\": [\"**/*.png\"] } ] } }");
        Files.createDirectories(p.resolve("docs/media/sub"));
        Files.write(p.resolve("docs/media/sub/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createDirectories(p.resolve("docs/code"));
        Files.writeString(p.resolve("docs/code/b.cs"), "// <Hello>\nConsole.WriteLine(\"hi\");\n// </Hello>\n");
        assertEquals(0, build(p, "docs"), out + err);
        assertTrue(err.contains(": 0 errors, 0 warnings, 0 info"), err);
        var article = Jsoup.parse(p.resolve("site/en-US/index.html").toFile()).selectFirst("article");
        assertEquals("Console.WriteLine(\"hi\");", article.selectFirst("pre code").text());
    }

    /**
     * Any thematic break ends a tab group, as DocFX's TabGroupAggregator has it: '***' and '___' as '---' (Entity
     * Framework ja-JP: 27 groups ended with '***' took the paragraph or note after them into their last tab).
     */
    @Test
    void anyThematicBreakEndsATabGroup(@TempDir Path tmp) throws Exception {
        var article = builtHome(tmp, """
                # Home

                ### [CLI](#tab/cli)

                CLI text.

                ### [Visual Studio](#tab/vs)

                VS text.

                ***

                After the first group.

                # [Linux](#tab/linux)

                Linux text.

                _ _ _

                After the second group.
                """);
        assertEquals(2, article.select(".tabs").size(), article.html());
        assertEquals(List.of("After the first group.", "After the second group."), article.select("article > p").eachText());
        assertTrue(article.select("hr").isEmpty(), article.html());
    }

    @Test
    void aDocsetFolderTakesItsLocaleFromLocaleOptionOrFolderName(@TempDir Path tmp) throws Exception {
        String page = "-- docfx.json --\n{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ] } }\n"
                + "-- a.md --\n---\ntitle: A\n---\n# A\n";
        Fixture.write(tmp.resolve("customer-insights-pr.nl-nl/ci-docs"), page);
        assertEquals(0, build(tmp, "customer-insights-pr.nl-nl/ci-docs"), out + err);
        assertTrue(err.contains("(nl-NL 1, en-US 1)"), "a translated docset, and the English rebuilt from it: " + err);

        Fixture.write(tmp.resolve("how-to"), page);
        assertEquals(0, build(tmp, "how-to"), out + err);
        assertTrue(err.contains("(en-US 1)"), "how-to is no locale: " + err);
        Fixture.write(tmp.resolve("plain"), page);
        assertEquals(0, build(tmp, "plain", "--locale", "de-DE"), out + err);
        assertTrue(err.contains("(de-DE 1, en-US 1)"), "de-DE, and the English rebuilt from it as without --locale: " + err);
        assertTrue(Files.isRegularFile(tmp.resolve("site/de-DE/a.html")));
        assertEquals(2, build(tmp, "plain", "--locale", "de-DE", "--locale", "fr-FR"));
        assertTrue(err.contains("one DocFX docset folder, of one locale (de-DE)"), err);
    }

    @Test
    void aDocfxJsonThatIsNotJsonStopsTheBuildWithItsPosition(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- content/en-US/docfx.json --
                {
                  "build": {
                    "content": [ { "files": ["**/*.md"] } ],,
                  }
                }
                -- content/en-US/a.md --
                # A
                """);
        assertEquals(2, build(p, "content"));
        assertTrue(err.contains("content/en-US/docfx.json:3:45: error: docfx.json is not valid JSON")
                && err.contains("[config/invalid]"), err);
        assertFalse(Files.exists(p.resolve("site")));
    }

    @Test
    void aDocfxValueOfTheWrongTypeIsReportedAndTheBuildGoesOn(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- content/en-US/docfx.json --
                { "build": {
                    "content": [ { "files": ["**/*.md"], "exclude": 5 } ] } }
                -- content/en-US/a.md --
                ---
                title: A
                ---
                # A
                """);
        assertEquals(1, build(p, "content"));
        assertTrue(err.contains("content/en-US/docfx.json:2:53: error: exclude must be a glob or a list of globs [config/invalid]"), err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/a.html")));
    }

    @Test
    void withATolkYamlDocfxJsonIsNotRead(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, "-- tolk.yaml --\ntitle: Mine\n-- content/en-US/docfx.json --\n" + DOCFX + """
                -- content/en-US/README.md --
                ---
                title: Readme
                ---
                # Readme
                """);
        assertEquals(0, build(p, "content"), out + err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/README.html")));
        assertEquals("Readme | Mine", Jsoup.parse(p.resolve("site/en-US/README.html").toFile(), "UTF-8").title());
    }

    @Test
    void helpSaysHowToPointTolkAtADocset() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out.contains("docfx.json"), out);
        assertEquals(0, run("check", "--help"));
        assertTrue(out.contains("docfx.json"), out);
    }
}
