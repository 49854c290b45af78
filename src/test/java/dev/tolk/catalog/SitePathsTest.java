package dev.tolk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Relative addresses between pages: the character scan agrees with the plain segment-by-segment definition. */
class SitePathsTest {

    @Test
    void examples() {
        assertEquals("foo.html", SitePaths.relative("nl-NL/A/bar.html", "nl-NL/A/foo.html"));
        assertEquals("../B/foo.html", SitePaths.relative("nl-NL/A/bar.html", "nl-NL/B/foo.html"));
        assertEquals("../../de-DE/A/bar.html", SitePaths.relative("nl-NL/A/bar.html", "de-DE/A/bar.html"));
        assertEquals("A/foo.html", SitePaths.relative("nl-NL/index.html", "nl-NL/A/foo.html"));
        assertEquals("../AB/foo.html", SitePaths.relative("nl-NL/A/x.html", "nl-NL/AB/foo.html"));
        assertEquals("../index.html", SitePaths.relative("nl-NL/A/x.html", "nl-NL/index.html"));
        assertEquals("index.html", SitePaths.relative("404.html", "index.html"));
    }

    /** Issue 19: a page named {@code javascript:alert(1).md} was linked as a javascript: URL. */
    @Test
    void aFirstSegmentWithAColonIsNeverReadAsAScheme() {
        assertEquals("./javascript:alert(1).html", SitePaths.relative("nl-NL/a.html", "nl-NL/javascript:alert(1).html"));
        assertEquals("./javascript:x/b.html", SitePaths.relative("nl-NL/a.html", "nl-NL/javascript:x/b.html"));
        assertEquals("../javascript:alert(1).html", SitePaths.relative("nl-NL/d/a.html", "nl-NL/javascript:alert(1).html"));
        assertEquals("d/a:b.html", SitePaths.relative("nl-NL/x.html", "nl-NL/d/a:b.html"));
        assertEquals("./data:text.html", SitePaths.relativeBySegments("nl-NL/x.html", "nl-NL/data:text.html"));
    }

    @Test
    void agreesWithTheSegmentDefinitionOnRandomPaths() {
        Random random = new Random(20261127L);
        String[] parts = {"nl-NL", "de-DE", "A", "AB", "a", "b", "x.html", "index.html", "", "ä", "A.html", "j:s.html"};
        for (int n = 0; n < 100_000; n++) {
            String from = path(random, parts);
            String to = path(random, parts);
            assertEquals(SitePaths.relativeBySegments(from, to), SitePaths.relative(from, to), from + " -> " + to);
        }
    }

    private static String path(Random random, String[] parts) {
        List<String> segments = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) segments.add(parts[random.nextInt(parts.length)]);
        String p = String.join("/", segments);
        return random.nextInt(10) == 0 ? "/" + p : p;
    }
}
