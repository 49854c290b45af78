package dev.tolk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Severity;
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
}
