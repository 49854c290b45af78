package dev.tolk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    @Test
    void readsEveryDocumentedKey() {
        ConfigLoader.Result r = new ConfigLoader().load("""
                title: Help
                base-url: https://help.example.org
                source-locale: en-US
                locales:
                  - {tag: nl-NL, name: Nederlands}
                  - {tag: ar-SA, name: العربية, dir: rtl}
                url-map:
                  "https://docs.microsoft.com/alchemyinsights/": "AlchemyInsights/"
                rules:
                  tu/untranslated: off
                  frontmatter/missing: error
                exclude: ["**/drafts/**"]
                external:
                  timeout: 20s
                """);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        SiteConfig c = r.config();
        assertEquals("https://help.example.org/", c.baseUrl());
        assertEquals("rtl", c.locales().get(1).dir());
        assertEquals("AlchemyInsights/", c.urlMap().get("https://docs.microsoft.com/alchemyinsights/"));
        assertEquals(Optional.empty(), c.rules().get("tu/untranslated"));
        assertEquals(Optional.of(Severity.ERROR), c.rules().get("frontmatter/missing"));
        assertEquals("20s", c.external().get("timeout"));
    }

    @Test
    void problemsPointAtTheirLine() {
        ConfigLoader.Result r = new ConfigLoader().load("title: x\nrules:\n  tu/nonsense: error\nurl-map:\n  \"https://x/\": \"../outside/\"\n");
        assertEquals(2, r.problems().size(), r.problems()::toString);
        assertEquals(java.util.List.of(3, 5), r.problems().stream().map(ConfigLoader.Problem::line).sorted().toList());
    }

    @Test
    void emptyConfigurationIsTheDefaults() {
        ConfigLoader.Result r = new ConfigLoader().load("");
        assertTrue(r.problems().isEmpty());
        assertEquals("en-US", r.config().sourceLocale());
    }

    @Test
    void readsFrontMatterExtraKeys() {
        ConfigLoader.Result r = new ConfigLoader().load("""
                title: Q#
                front-matter:
                  extra-keys: ["qsharp.*", "ms.custom?"]
                """);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals(List.of("qsharp.*", "ms.custom?"), r.config().docfx().extraKeys());
        // one glob may be written without the list
        assertEquals(List.of("qsharp.*"), new ConfigLoader().load("front-matter: {extra-keys: qsharp.*}\n").config().docfx().extraKeys());
        assertEquals(List.of(), new ConfigLoader().load("title: x\n").config().docfx().extraKeys());
    }

    @Test
    void reportsFrontMatterOfTheWrongShapeAtItsLine() {
        // every scalar reads as a string, so a glob alone is a list of one; a mapping is no list
        ConfigLoader.Result mapping = new ConfigLoader().load("title: x\nfront-matter:\n  extra-keys: {qsharp: yes}\n");
        assertEquals(List.of(new ConfigLoader.Problem(3, 3, "front-matter: extra-keys must be a list of strings")), mapping.problems());
        assertEquals(List.of(), mapping.config().docfx().extraKeys());

        ConfigLoader.Result mixed = new ConfigLoader().load("title: x\nfront-matter:\n  extra-keys: [qsharp.*, {a: b}]\n");
        assertEquals(List.of(3), mixed.problems().stream().map(ConfigLoader.Problem::line).toList());
        assertEquals(List.of("qsharp.*"), mixed.config().docfx().extraKeys());

        ConfigLoader.Result list = new ConfigLoader().load("title: x\nfront-matter: [qsharp.*]\n");
        assertEquals(List.of(2), list.problems().stream().map(ConfigLoader.Problem::line).toList());
        assertTrue(list.problems().get(0).message().contains("must be a mapping"), list.problems()::toString);

        ConfigLoader.Result typo = new ConfigLoader().load("title: x\nfront-matter:\n  extra_keys: [qsharp.*]\n");
        assertEquals(List.of(new ConfigLoader.Problem(3, 3, "unknown key 'extra_keys' in front-matter")), typo.problems());
    }

    @Test
    void aMisspelledKeyGetsADidYouMean() {
        List<ConfigLoader.Problem> p = new ConfigLoader().load("titel: Help\nlocales:\n  - {tag: nl-NL, nmae: Nederlands}\n"
                + "sourcelocale: en-US\nquite-unlike-any-key: 1\n").problems();
        assertEquals(List.of(
                new ConfigLoader.Problem(1, 1, "unknown key 'titel' in tolk.yaml; did you mean 'title'?"),
                new ConfigLoader.Problem(4, 1, "unknown key 'sourcelocale' in tolk.yaml; did you mean 'source-locale'?"),
                new ConfigLoader.Problem(5, 1, "unknown key 'quite-unlike-any-key' in tolk.yaml"),
                new ConfigLoader.Problem(3, 18, "locale nl-NL: unknown key 'nmae'; did you mean 'name'?")), p);
        assertEquals("each locale needs a tag; did you mean 'tag'?",
                new ConfigLoader().load("locales:\n  - {tga: nl-NL}\n").problems().get(0).message());
    }

    @Test
    void anUnclosedQuoteOrBracketIsReportedWhereItOpens() {
        String quote = "title: \"Help\nlocales:\n  - nl-NL\n" + "# more\n".repeat(10) + "rules: {}\n";
        ConfigLoader.Problem q = new ConfigLoader().load(quote).problems().get(0);
        assertEquals(List.of(1, 8), List.of(q.line(), q.column()), q.toString());
        assertTrue(q.message().startsWith("tolk.yaml is not valid YAML: this quoted string is not closed (the YAML parser stopped at line"),
                q.message());
        ConfigLoader.Problem b = new ConfigLoader().load("title: Help\nlocales:\n  - {tag: nl-NL\n  - {tag: ja-JP}\n").problems().get(0);
        assertEquals(List.of(3, 5), List.of(b.line(), b.column()), b.toString());
        assertTrue(b.message().contains("this '{' is not closed by a '}' where it should be (the YAML parser stopped at line 4"),
                b.message());
    }
}
