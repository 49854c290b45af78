package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an article page gives a reader besides the article: sidebar, breadcrumbs, contents, previous/next, search. */
class ReaderPagesTest {

    @Test
    void articlePagesCarryTheirNavigation(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("content/nl-NL/gids"));
        Files.writeString(tmp.resolve("content/nl-NL/TOC.yml"), "- name: Gids\n  items:\n"
                + "  - name: Eerste\n    href: gids/a.md\n  - name: Tweede\n    href: gids/b.md\n  - name: Derde\n    href: gids/c.md\n");
        for (String k : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(k + ".md"), "---\ntitle: " + k.toUpperCase() + "\n---\n# " + k.toUpperCase()
                    + "\n\n## Een\n\nTekst.\n\n## Twee\n\nTekst.\n\n### Drie\n\nTekst.\n");
        }
        GoldenSiteTest.build(tmp, tmp.resolve("site"), 1);
        Document b = Jsoup.parse(Files.readString(tmp.resolve("site/nl-NL/gids/b.html")));

        assertEquals(List.of("Eerste", "Tweede", "Derde"), b.select(".sidebar li").eachText());
        assertEquals("Tweede", b.selectFirst(".sidebar a[aria-current=page]").text());
        assertEquals(List.of("Startpagina", "Gids", "B"), b.select(".breadcrumbs li").eachText());
        assertEquals("a.html", b.selectFirst(".prev-next a[rel=prev]").attr("href"));
        assertEquals("c.html", b.selectFirst(".prev-next a[rel=next]").attr("href"));
        assertEquals(List.of("#een", "#twee", "#drie"), b.select(".on-this-page a").eachAttr("href"));
        assertEquals("../search.html", b.selectFirst("form.site-search").attr("action"));
        assertEquals("../search-index.json", b.selectFirst("form.site-search").attr("data-index"));
        assertTrue(Files.isRegularFile(tmp.resolve("site/nl-NL/search.html")));
        String index = Files.readString(tmp.resolve("site/nl-NL/search-index.json"));
        assertTrue(index.contains("\"gids/b.html\",\"B\""), index);
    }
}
