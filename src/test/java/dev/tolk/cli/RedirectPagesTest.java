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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .openpublishing.redirection.json: redirect pages, where they lead, links to them, malformed files. */
class RedirectPagesTest {
    private static final String SITE = """
            -- tolk.yaml --
            url-map:
              "https://docs.example.org/contoso/": ""
            -- .openpublishing.redirection.json --
            {
              "redirections": [
                { "source_path": "guide/old.md", "redirect_url": "/contoso/guide/new", "redirect_document_id": true },
                { "source_path": "guide/gone.md", "redirect_url": "https://example.org/elsewhere?a=<b>&c=\\"d\\"#x" },
                { "source_path": "guide/sibling.md", "redirect_url": "new.md#part" },
                { "source_path": "guide/english-only.md", "redirect_url": "/nl-nl/contoso/guide/only-en" },
                { "source_path": "guide/product.md", "redirect_url": "/product/overview" },
                { "source_path_from_root": "/guide/chain.md", "redirect_url": "/contoso/guide/old" },
                { "source_path": "guide/old-landing.yml", "redirect_url": "https://docs.example.org/contoso/guide/" },
                { "source_path": "guide/slashed.md", "redirect_url": "/contoso/guide/new/" },
                { "source_path": "guide/doubled.md", "redirect_url": "/contoso//guide/new" }
              ]
            }
            -- content/en-US/guide/new.md --
            ---
            title: New page
            ---
            # New page

            ## Part
            -- content/en-US/guide/only-en.md --
            ---
            title: English only
            ---
            # English only
            -- content/en-US/guide/index.md --
            ---
            title: Guide
            ---
            # Guide
            -- content/nl-NL/guide/new.md --
            ---
            title: Nieuwe pagina
            ---
            # Nieuwe pagina
            -- content/nl-NL/guide/links.md --
            ---
            title: Koppelingen
            ---
            # Koppelingen

            [Oud](old.md), [oud deel](old.md#part), [weg](gone.md), [keten](chain.md) en [product](/guide/product).
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

    private int command(String command, Path p, String source, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--source", p.resolve(source).toString()));
        args.addAll(Fixture.configArgs(p));
        if (command.equals("build")) args.addAll(List.of("--out", p.resolve("site").toString(), "--cache", p.resolve(".tolk/cache").toString()));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    private static Document page(Path p, String path) throws Exception {
        return Jsoup.parse(p.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    /** Where a redirect page leads: its refresh, canonical and visible link, which must agree. */
    private static String target(Document d) {
        String refresh = d.selectFirst("meta[http-equiv=refresh]").attr("content");
        String href = d.selectFirst("main a").attr("href");
        assertEquals("0; url=" + href, refresh);
        assertEquals(href, d.selectFirst("link[rel=canonical]").attr("href"));
        return href;
    }

    @Test
    void eachRedirectionIsAPageInEveryLocaleLeadingToItsTarget(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, SITE);
        assertEquals(0, command("build", p, "content"), out + err);
        Document old = page(p, "nl-NL/guide/old.html");
        assertEquals("new.html", target(old), "the target in the same locale, relative");
        assertEquals("nl-NL", old.selectFirst("html").attr("lang"));
        assertEquals("Deze pagina is verplaatst: Nieuwe pagina", old.selectFirst("main p").text());
        assertEquals("noindex", old.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("new.html", target(page(p, "en-US/guide/old.html")));
        assertEquals("This page has moved: New page", page(p, "en-US/guide/old.html").selectFirst("main p").text());
        assertEquals("new.html#part", target(page(p, "nl-NL/guide/sibling.html")));
        assertEquals("../../en-US/guide/only-en.html", target(page(p, "nl-NL/guide/english-only.html")),
                "missing in nl-NL: the source locale's page");
        assertEquals("old.html", target(page(p, "nl-NL/guide/chain.html")), "a redirect to a redirected page");
        assertEquals("https://docs.example.org/product/overview", target(page(p, "nl-NL/guide/product.html")),
                "a site-absolute path outside the docset: on the docset's host");
        assertEquals("index.html", target(page(p, "en-US/guide/old-landing.html")));
        // as the host serves them: a trailing slash names the page when there is no such folder, a doubled slash is one
        assertEquals("new.html", target(page(p, "nl-NL/guide/slashed.html")));
        assertEquals("new.html", target(page(p, "nl-NL/guide/doubled.html")));
        String external = target(page(p, "nl-NL/guide/gone.html"));
        assertEquals("https://example.org/elsewhere?a=%3Cb%3E&c=%22d%22#x", external);
        String raw = Files.readString(p.resolve("site/nl-NL/guide/gone.html"));
        assertFalse(raw.contains("<b>") || raw.contains("\"d\""), raw);
        // not content: not in the sitemap or the search index
        assertFalse(Files.readString(p.resolve("site/sitemap.xml")).contains("old.html"));
        assertFalse(Files.readString(p.resolve("site/nl-NL/search-index.json")).contains("old.html"));
    }

    @Test
    void aTableOfContentsEntryForARedirectedPageLeadsToItsRedirectPage(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, SITE + """
                -- content/nl-NL/TOC.yml --
                - name: Nieuw
                  href: guide/new.md
                - name: Oud
                  href: guide/old.md
                - name: Nergens
                  href: guide/nowhere.md
                """);
        assertEquals(1, command("check", p, "content"), out + err);
        assertFalse(out.contains("'guide/old.md'"), out);
        assertTrue(out.contains("TOC.yml:6:9: error: TOC entry 'guide/nowhere.md' leads to no page"), out);
        assertEquals(1, command("build", p, "content"), out + err);
        assertEquals(List.of("guide/new.html", "guide/old.html"), page(p, "nl-NL/index.html").select("nav.contents a[href^=guide]")
                .eachAttr("href"));
    }

    @Test
    void linksToARedirectedPageAreNotBroken(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, SITE);
        assertEquals(0, command("check", p, "content"), out + err);
        assertFalse(out.contains("link/broken"), out);
        assertEquals(0, command("build", p, "content"), out + err);
        Document links = page(p, "nl-NL/guide/links.html");
        assertEquals(List.of("old.html", "old.html#part", "gone.html", "chain.html", "/guide/product"),
                links.select("article a").eachAttr("href"));
        Files.delete(p.resolve(".openpublishing.redirection.json"));
        assertEquals(1, command("check", p, "content"));
        assertTrue(out.contains("links.md:6:7: error: link target 'old.md' does not exist [link/broken]"), out);
    }

    @Test
    void malformedEntriesAreReportedWhereTheyAreAndTheRestIsRead(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                redirections: moved.json
                -- moved.json --
                { "redirections": [
                  { "source_path": "a.md" },
                  { "redirect_url": "/x" },
                  { "source_path": "b.md", "redirect_url": "javascript:alert(1)" },
                  { "source_path": "../../c.md", "redirect_url": "x.md" },
                  { "source_path": "d.txt", "redirect_url": "x.md" },
                  { "source_path": "e.md", "redirect_url": "no-such-page" },
                  { "source_path": "e.md", "redirect_url": "exists.md" },
                  { "source_path": "exists.md", "redirect_url": "ok.md" },
                  5,
                  { "source_path": "ok.md", "redirect_url": "exists.md" },
                  { "source_path": "part.md#section", "redirect_url": "exists.md" }
                ] }
                -- content/en-US/exists.md --
                ---
                title: Exists
                ---
                # Exists
                """);
        assertEquals(1, command("build", p, "content"));
        List<String> found = err.lines().filter(l -> l.contains("moved.json:")).map(l -> l.substring(l.indexOf("moved.json:")))
                .toList();
        assertEquals(List.of(
                "moved.json:2:3: error: a redirection needs redirect_url [config/invalid]",
                "moved.json:3:3: error: a redirection needs source_path (or source_path_from_root) [config/invalid]",
                "moved.json:4:44: error: redirect_url 'javascript:alert(1)' must be an http or https address, a site-absolute"
                        + " path or a relative path; no page is written [config/invalid]",
                "moved.json:5:20: error: source_path '../../c.md' leads above the root [config/invalid]",
                "moved.json:6:20: error: source_path 'd.txt' is not a .md or .yml file [config/invalid]",
                "moved.json:7:44: error: redirect_url 'no-such-page' leads to 'no-such-page', which is no page of the site"
                        + " [link/broken]",
                "moved.json:8:20: error: 'e.md' is redirected twice (also on line 7); the first is used [config/invalid]",
                "moved.json:9:20: warning: 'exists.md' is redirected but is still a page of the site; the page is published"
                        + " and the redirection is not [config/invalid]",
                "moved.json:10:3: error: a redirection is an object with source_path and redirect_url [config/invalid]"), found);
        assertEquals("exists.html", target(page(p, "en-US/ok.html")));
        assertEquals("no-such-page.html", target(page(p, "en-US/e.html")));
        assertFalse(Files.exists(p.resolve("site/en-US/b.html")));
        assertEquals("Exists", page(p, "en-US/exists.html").selectFirst("h1").text());
        assertFalse(Files.exists(p.resolve("site/en-US/part.html")), "a part of a page is not redirected");
    }

    @Test
    void aRedirectionFileThatIsNotJsonIsReportedAndTheBuildGoesOn(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                # the project folder, where the redirection file is found
                -- .openpublishing.redirection.json --
                { "redirections": [
                  { "source_path": "a.md", "redirect_url": "b.md" }
                  { "source_path": "c.md", "redirect_url": "b.md" }
                ] }
                -- content/en-US/b.md --
                ---
                title: B
                ---
                # B
                """);
        assertEquals(1, command("build", p, "content"));
        assertTrue(err.contains(".openpublishing.redirection.json:3:3: error: redirection file is not valid JSON: ']' expected;"
                + " no redirection of it is read [config/invalid]"), err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/b.html")));
        assertFalse(Files.exists(p.resolve("site/en-US/a.html")));
    }

    /**
     * Microsoft Learn answers an address in any letter case: a link or a redirection to a redirected page written in
     * another letter case leads to its redirect page by its real name (Power Query: 30 such links were dead in the
     * output on a case-sensitive host, and a redirection to one was "no page of the site").
     */
    @Test
    void aRedirectedPageNamedInAnotherLetterCaseIsItsRedirectPage(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- repo/.openpublishing.redirection.json --
                { "redirections": [
                  { "source_path": "docs/OldPage.md", "redirect_url": "/product/new-page" },
                  { "source_path": "docs/other.md", "redirect_url": "/product/oldpage" }
                ] }
                -- repo/docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"] } ], "dest": "product" } }
                -- repo/docs/new-page.md --
                ---
                title: New
                ---
                # New

                See [old](oldpage.md).
                """);
        assertEquals(1, command("build", p, "repo/docs"), out + err);
        assertTrue(err.contains("1 error (link/case-mismatch 1)"), err);
        assertEquals("OldPage.html", target(page(p, "en-US/other.html")));
        assertEquals("OldPage.html", page(p, "en-US/new-page.html").selectFirst("article p a").attr("href"));
    }

    @Test
    void aDocsetFolderTakesItsRepositorysRedirectionsForItsOwnFolder(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- repo/.openpublishing.publish.config.json --
                { "docsets_to_publish": [ { "build_source_folder": "docs" } ] }
                -- repo/.openpublishing.redirection.json --
                { "redirections": [
                  { "source_path": "docs/guide/old.md", "redirect_url": "/product/contoso/guide/new" },
                  { "source_path_from_root": "/docs/old-root.md", "redirect_url": "guide/new" },
                  { "source_path": "other-docset/x.md", "redirect_url": "/elsewhere" }
                ] }
                -- repo/docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"] } ], "dest": "contoso" } }
                -- repo/docs/guide/new.md --
                ---
                title: New
                ---
                # New
                """);
        assertEquals(0, command("build", p, "repo/docs"), out + err);
        assertEquals("new.html", target(page(p, "en-US/guide/old.html")), "under dest: this docset's page");
        assertEquals("guide/new.html", target(page(p, "en-US/old-root.html")));
        assertFalse(Files.exists(p.resolve("site/en-US/other-docset")), "another docset's redirection");
    }

    @Test
    void aDocsetReadFromItsSrcFolderTakesRedirectionsFromThere(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- repo/.git/HEAD --
                ref: refs/heads/main
                -- repo/.openpublishing.redirection.json --
                { "redirections": [ { "source_path": "docs/articles/old.md", "redirect_url": "new" } ] }
                -- repo/docs/docfx.json --
                { "build": { "content": [ { "files": ["**/*.md"], "src": "articles" } ] } }
                -- repo/docs/articles/new.md --
                ---
                title: New
                ---
                # New
                """);
        assertEquals(0, command("build", p, "repo/docs"), out + err);
        assertEquals("new.html", target(page(p, "en-US/old.html")));
    }

    @Test
    void aTolkProjectTakesTheDocsetFolderFromTheEntries(@TempDir Path tmp) throws Exception {
        Path p = Fixture.write(tmp, """
                -- tolk.yaml --
                redirections: redirections.en-US.json
                -- redirections.en-US.json --
                { "redirections": [
                  { "source_path": "ci-docs/guide/old.md", "redirect_url": "/dynamics365/ci/guide/new" },
                  { "source_path": "topics/guide-old.md", "redirect_url": "https://example.org/" }
                ] }
                -- content/en-US/guide/new.md --
                ---
                title: New
                ---
                # New
                """);
        assertEquals(0, command("build", p, "content"), out + err);
        assertTrue(Files.isRegularFile(p.resolve("site/en-US/guide/old.html")));
        assertFalse(Files.exists(p.resolve("site/en-US/topics")));
        assertFalse(Files.exists(p.resolve("site/en-US/ci-docs")));
    }
}
