package dev.tolk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading docfx.json: the file groups, metadata, dest and sitemap base URL; problems at their line and column. */
class DocfxJsonTest {
    /** The shape of the Microsoft Learn docsets' docfx.json (Customer Insights, trimmed). */
    static final String LEARN = """
            {
              "build": {
                "content": [
                  {
                    "files": ["**/*.md", "**/*.yml"],
                    "exclude": ["**/obj/**", "**/includes/**", "_themes/**", "**/docfx.json", "README.md", "LICENSE"]
                  }
                ],
                "resource": [
                  { "files": ["**/*.png", "**/*.jpg"], "exclude": ["**/obj/**", "**/includes/**", "_themes/**"] }
                ],
                "overwrite": [],
                "globalMetadata": {
                  "titleSuffix": "Dynamics 365 Customer Insights",
                  "breadcrumb_path": "/dynamics365/customer-insights/breadcrumb/toc.json",
                  "feedback_system": "None"
                },
                "fileMetadata": {
                  "feedback_product_url": { "audience-insights/**.*": "https://experience.dynamics.com/ideas/" }
                },
                "template": [],
                "dest": "customer-insights"
              }
            }
            """;

    private static DocfxJson.Read read(String text) {
        return DocfxJson.read(text, "content/nl-NL/docfx.json");
    }

    @Test
    void contentAndResourceGlobsDecideWhichFilesAreRead() {
        DocfxJson.Read r = read(LEARN);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        DocfxScope scope = r.docset().scope();
        assertTrue(scope.keeps("overview.md"));
        assertTrue(scope.keeps("audience-insights/TOC.yml"));
        assertTrue(scope.keeps("audience-insights/media/a.png"));
        assertFalse(scope.keeps("README.md"));
        assertFalse(scope.keeps("LICENSE"));
        assertFalse(scope.keeps("_themes/docs.css"));
        assertFalse(scope.keeps("audience-insights/media/a.gif"), "not a resource glob");
        assertFalse(scope.keeps("obj/x.md"));
        assertTrue(scope.keeps("includes/banner.md"), "include files stay readable");
        assertTrue(scope.keeps("audience-insights/includes/media/b.png"));
    }

    @Test
    void metadataKeysTitleAndDestAreRead() {
        DocfxJson.Docset d = read(LEARN).docset();
        assertEquals(List.of("titleSuffix", "breadcrumb_path", "feedback_system", "feedback_product_url"), d.metadataKeys());
        assertEquals("Dynamics 365 Customer Insights", d.title());
        assertEquals("customer-insights", d.dest());
        assertEquals("/dynamics365/customer-insights/breadcrumb/toc.json", d.globalMetadata().get("breadcrumb_path"));
        assertEquals("https://experience.dynamics.com/ideas/", d.fileMetadata().get("feedback_product_url").get("audience-insights/**.*"));
    }

    @Test
    void docfxSiteKeysAreRead() {
        DocfxJson.Docset d = read("""
                { "build": {
                    "content": [ { "files": "**/*.{md,yml}", "src": "articles", "dest": "docs" }, "toc.yml" ],
                    "resource": { "files": ["images/**"] },
                    "globalMetadata": { "_appTitle": "My App" },
                    "sitemap": { "baseUrl": "https://docs.example.org/app" },
                    "dest": "_site"
                } }
                """).docset();
        assertEquals("My App", d.title());
        assertEquals("https://docs.example.org/app", d.baseUrl());
        assertEquals("_site", d.dest());
        DocfxScope scope = d.scope();
        assertTrue(scope.keeps("articles/a/b.md"));
        assertFalse(scope.keeps("a/b.md"), "outside the group's src");
        assertTrue(scope.keeps("toc.yml"));
        assertTrue(scope.keeps("images/x/y.svg"));
        assertEquals("articles/", scope.content().get(0).src());
    }

    @Test
    void commentsAreAcceptedAsDocfxAcceptsThem() {
        DocfxJson.Read r = read("{\n  // the pages\n  \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ] /* no resources */ }\n}\n");
        assertTrue(r.usable());
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertTrue(r.docset().scope().keeps("a.md"));
    }

    /**
     * A key given twice is read as DocFX's reader (Newtonsoft) reads it, the last value kept: a
     * published ru-RU docset repeats one with the same value, which stopped the build. Two different
     * values are a problem at the second key, and the build goes on.
     */
    @Test
    void aKeyGivenTwiceKeepsItsLastValue() {
        DocfxJson.Read same = read("{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ],\n"
                + "  \"fileMetadata\": { \"ms.author\": { \"java/**\": \"brendm\", \"java/**\": \"brendm\" } } } }\n");
        assertTrue(same.usable());
        assertTrue(same.problems().isEmpty(), same.problems()::toString);
        DocfxJson.Read differ = read("{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ],\n"
                + "  \"globalMetadata\": { \"titleSuffix\": \"A\", \"titleSuffix\": \"B\" } } }\n");
        assertTrue(differ.usable());
        assertEquals("B", differ.docset().title());
        Diagnostic d = differ.problems().get(0);
        assertEquals("config/invalid", d.rule());
        assertEquals(2, d.line(), d::format);
        assertEquals(43, d.column(), d::format);
        assertTrue(d.message().contains("'titleSuffix' is given twice with different values"), d.message());
    }

    @Test
    void textThatIsNotJsonIsUnusableAndSaysWhere() {
        DocfxJson.Read r = read("{\n  \"build\": {\n    \"content\": [ { \"files\": [\"**/*.md\"] }\n  }\n}\n");
        assertFalse(r.usable());
        assertNull(r.docset());
        Diagnostic d = r.problems().get(0);
        assertEquals("content/nl-NL/docfx.json", d.file());
        assertEquals("config/invalid", d.rule());
        assertEquals(4, d.line(), d::format);
        assertEquals(3, d.column(), d::format);
        assertTrue(d.message().startsWith("docfx.json is not valid JSON"), d.message());
        assertFalse(read("[1, 2]").usable());
    }

    @Test
    void valuesOfTheWrongTypeAreReportedAtTheirPlaceAndIgnored() {
        DocfxJson.Read r = read("""
                {
                  "build": {
                    "content": [ { "files": ["**/*.md"], "exclude": 5 }, { "exclude": ["x"] } ],
                    "globalMetadata": [],
                    "fileMetadata": { "ms.author": "nobody" },
                    "dest": 7,
                    "sitemap": { "baseUrl": "ftp://example.org" }
                  }
                }
                """);
        assertTrue(r.usable());
        List<String> found = r.problems().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
        assertEquals(List.of(
                "3:53 exclude must be a glob or a list of globs",
                "3:58 a file group needs files (globs)",
                "4:23 globalMetadata must be an object of metadata keys and values",
                "5:36 fileMetadata 'ms.author' must map file globs to values",
                "6:13 dest must be a string",
                "7:29 sitemap.baseUrl must be an http or https address"), found);
        assertTrue(r.docset().scope().keeps("a.md"), "the group's files still count");
        assertEquals(1, r.docset().scope().content().size());
    }

    @Test
    void aGroupSourceOutsideTheDocsetIsNotRead() {
        DocfxJson.Read r = read("{ \"build\": { \"content\": [ { \"files\": \"**\", \"src\": \"../other\" } ] } }");
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("leads outside the docset folder"), r.problems()::toString);
        assertTrue(r.docset().scope().content().isEmpty());
    }
}
