package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code url-map}: absolute URLs of the live site that are this site's content. */
class UrlMapTest {
    private final UrlMap map = new UrlMap(Map.of("https://docs.microsoft.com/alchemyinsights/", "AlchemyInsights/"));

    @Test
    void mapsThePrefixInAnyLetterCaseAndKeepsTheRestAsWritten() {
        assertEquals(Optional.of("AlchemyInsights/foo"), map.contentPath("https://docs.microsoft.com/alchemyinsights/foo"));
        assertEquals(Optional.of("AlchemyInsights/Foo-Bar"), map.contentPath("HTTPS://Docs.Microsoft.com/AlchemyInsights/Foo-Bar"));
    }

    @Test
    void skipsALocaleSegmentAfterTheHost() {
        assertEquals(Optional.of("AlchemyInsights/foo"), map.contentPath("https://docs.microsoft.com/nl-nl/alchemyinsights/foo"));
        assertEquals(Optional.of("AlchemyInsights/x"), map.contentPath("https://docs.microsoft.com/DE-DE/AlchemyInsights/x"));
        assertEquals(Optional.empty(), map.contentPath("https://docs.microsoft.com/nl-nl/other/foo"));
        assertEquals(Optional.empty(), map.contentPath("https://docs.microsoft.com/nl-nl-x/alchemyinsights/foo"));
    }

    @Test
    void theHostOfTheMappedUrlsIsWhereHostSitePathsLead() {
        assertEquals(Optional.of("https://docs.microsoft.com/"), map.host());
        assertEquals(Optional.empty(), new UrlMap(Map.of()).host());
        assertEquals(Optional.empty(), new UrlMap(Map.of("AlchemyInsights/", "AlchemyInsights/")).host(), "no host in a relative prefix");
    }

    @Test
    void leavesOtherAddressesAlone() {
        assertEquals(Optional.empty(), map.contentPath("https://example.com/alchemyinsights/foo"));
        assertEquals(Optional.empty(), map.contentPath("alchemyinsights/foo"));
        assertEquals(Optional.empty(), map.contentPath("/alchemyinsights/foo"));
        assertEquals(Optional.empty(), new UrlMap(Map.of()).contentPath("https://docs.microsoft.com/alchemyinsights/foo"));
    }

    @Test
    void aPrefixWithoutSchemeIsMatchedToo() {
        assertEquals(Optional.of("Help/x.md"), new UrlMap(Map.of("/help/", "Help/")).contentPath("/HELP/x.md"));
    }

    /** A site path (a DocFX docset's, from its breadcrumb_path) maps its pages, after a locale segment too, and says that it is one. */
    @Test
    void aSitePathMapsItsPagesAndIsKnownAsOne() {
        UrlMap site = new UrlMap(Map.of("/azure/developer/", ""));
        assertEquals(Optional.of("java/index"), site.contentPath("/azure/developer/java/index"));
        assertEquals(Optional.of("java/index"), site.contentPath("/ru-ru/Azure/Developer/java/index"));
        assertEquals(Optional.empty(), site.contentPath("/java/api/overview"));
        assertEquals(true, site.sitePathKnown());
        assertEquals(false, map.sitePathKnown(), "an absolute prefix leaves site-absolute paths to the top-folder rule");
        assertEquals(false, new UrlMap(Map.of("AlchemyInsights/", "AlchemyInsights/")).sitePathKnown());
    }

    /** The matching as first written (string by string), against which the faster one is checked. */
    private static Optional<String> plain(Map<String, String> prefixes, String path) {
        Pattern segment = Pattern.compile("^[a-z]{2,3}-[a-z0-9]{2,8}/", Pattern.CASE_INSENSITIVE);
        String lower = path.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String prefix = e.getKey().toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix)) return Optional.of(e.getValue() + path.substring(prefix.length()));
            int scheme = prefix.indexOf("://");
            if (scheme < 0) continue;
            int hostEnd = prefix.indexOf('/', scheme + 3);
            if (hostEnd < 0 || !lower.startsWith(prefix.substring(0, hostEnd + 1))) continue;
            String afterHost = lower.substring(hostEnd + 1);
            var m = segment.matcher(afterHost);
            if (!m.find()) continue;
            String rebuilt = prefix.substring(0, hostEnd + 1) + afterHost.substring(m.end());
            if (rebuilt.startsWith(prefix)) return Optional.of(e.getValue() + path.substring(path.length() - (rebuilt.length() - prefix.length())));
        }
        return Optional.empty();
    }

    @Test
    void agreesWithThePlainMatchingOnRandomAddresses() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("https://docs.microsoft.com/alchemyinsights/", "AlchemyInsights/");
        prefixes.put("https://support.example.org/", "");
        prefixes.put("https://docs.microsoft.com/", "Docs/");
        UrlMap fast = new UrlMap(prefixes);
        String[] parts = {"https:", "", "docs.microsoft.com", "DOCS.microsoft.com", "support.example.org", "nl-nl", "zh-hant",
                "alchemyinsights", "AlchemyInsights", "foo", "x.md", "de"};
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder path = new StringBuilder();
            int segments = 1 + random.nextInt(6);
            for (int i = 0; i < segments; i++) path.append(i == 0 ? "" : "/").append(parts[random.nextInt(parts.length)]);
            String p = random.nextBoolean() ? "https://" + path : path.toString();
            assertEquals(plain(prefixes, p), fast.contentPath(p), p);
        }
    }
}
