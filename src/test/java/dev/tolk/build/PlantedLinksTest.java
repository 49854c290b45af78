package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tolk.config.ConfigLoader;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated docset of {@value #ARTICLES} articles in three locales whose links are known, with
 * defects planted on purpose: missing files, wrong letter case, missing anchors, empty and
 * {@code http:} links, targets missing in one locale only (a page falls back, an image breaks),
 * broken reference definitions, HTML links and {@code url-map}ped URLs. Every planted defect must
 * be found, at its line, and nothing else.
 */
class PlantedLinksTest {
    static final int ARTICLES = 40;
    private static final List<String> LOCALES = List.of("nl-NL", "de-DE", "ja-JP");
    private static final Map<String, String> WORD = Map.of("nl-NL", "Sectie", "de-DE", "Abschnitt", "ja-JP", "セクション");

    /** What the generator planted: (locale, file name, line, rule). */
    private final List<String> planted = new ArrayList<>();

    private void plant(String locale, int article, int line, String rule) {
        planted.add(String.format("%s %s:%d %s", locale, name(article), line, rule));
    }

    private static String name(int i) {
        return "article-" + i + ".md";
    }

    private static String pair(String locale, int article, int n, String target, String source) {
        String id = String.format("%05x-%d", 0x10000 + article, n);
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id
                + "\">" + source + "</span></span>";
    }

    /** Writes the docset; returns the project folder. */
    private Path generate(Path root) throws Exception {
        Files.writeString(root.resolve("tolk.yaml"), "url-map:\n  \"https://help.example.org/docs/\": \"guide/\"\n");
        for (String locale : LOCALES) {
            Path dir = Files.createDirectories(root.resolve("content").resolve(locale).resolve("guide"));
            Files.createDirectories(dir.resolve("images"));
            for (int i = 0; i < ARTICLES; i++) {
                if (i == 13 && locale.equals("ja-JP")) continue; // not translated into Japanese yet
                Files.write(dir.resolve("images/pic-" + i + ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                if (i == 15 && locale.equals("ja-JP")) Files.delete(dir.resolve("images/pic-15.png"));
                Files.writeString(dir.resolve(name(i)), article(locale, i));
            }
        }
        return root;
    }

    private String article(String locale, int i) {
        String w = WORD.get(locale);
        List<String> lines = new ArrayList<>(List.of("---", "title: " + w + " " + i, "ms.contentlocale: " + locale, "---"));
        lines.add("# <a name=\"section-" + i + "\"></a>" + pair(locale, i, 101, w + " " + i, "Section " + i));
        lines.add("");
        int next = (i + 1) % ARTICLES;
        lines.add(pair(locale, i, 102, "Zie [" + w + " " + next + "](" + name(next) + "#section-" + next + ").",
                "See [section " + next + "](" + name(next) + "#section-" + next + ")."));
        lines.add("");
        lines.add("![" + w + "](images/pic-" + i + ".png)");
        lines.add("");
        switch (i) {
            case 3 -> link(lines, locale, i, "missing-page.md", "link/broken");
            case 5 -> {
                if (locale.equals("nl-NL")) link(lines, locale, i, "Article-6.md", "link/case-mismatch");
            }
            case 7 -> link(lines, locale, i, name(8) + "#no-such-anchor", "link/missing-anchor");
            case 9 -> {
                if (locale.equals("de-DE")) link(lines, locale, i, "", "link/empty");
            }
            case 11 -> {
                if (locale.equals("ja-JP")) link(lines, locale, i, "http://docs.contoso.org/", "link/insecure");
            }
            case 12 -> {
                // breaks in ja-JP only, where article 13 is missing: the page falls back to en-US, said once,
                // at the first link to it (the link to the next article, line 7)
                if (locale.equals("ja-JP")) plant(locale, i, 7, "link/fallback");
                link(lines, locale, i, name(13), null);
                link(lines, locale, i, "./" + name(13) + "#section-13", null);
            }
            case 15 -> plantAt(lines, locale, i, locale.equals("ja-JP") ? "link/broken" : null); // its image is missing in ja-JP
            case 17 -> {
                link(lines, locale, i, "/guide/" + name(2), null);
                link(lines, locale, i, "/guide/Article-2", "link/case-mismatch");
                link(lines, locale, i, "/microsoft-365/outside-this-site", null);
            }
            case 19 -> {
                link(lines, locale, i, "https://help.example.org/docs/article-4", null);
                link(lines, locale, i, "https://help.example.org/docs/nope", "link/broken");
                link(lines, locale, i, "https://help.example.org/docs/ARTICLE-4", null); // URLs of the live site ignore case
            }
            case 21 -> {
                lines.add(pair(locale, i, 103, "Zie [de gids][guide].", "See [the guide][guide]."));
                lines.add("");
                if (locale.equals("nl-NL")) plant(locale, i, lines.size() + 1, "link/broken");
                lines.add("[guide]: " + (locale.equals("nl-NL") ? "missing-ref.md" : name(1)));
                lines.add("");
            }
            case 23 -> {
                plant(locale, i, lines.size() + 1, "link/broken");
                plant(locale, i, lines.size() + 1, "link/broken");
                lines.add("<a href=\"missing-html.md\">x</a> <img src=\"images/absent.png\" alt=\"x\">");
                lines.add("");
            }
            case 25 -> link(lines, locale, i, "#nowhere-on-this-page", "link/missing-anchor");
            case 27 -> link(lines, locale, i, "#section-27", null);
            default -> {
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** Adds a paragraph with one link to {@code target}; plants {@code rule} at its line unless null. */
    private void link(List<String> lines, String locale, int i, String target, String rule) {
        lines.add(pair(locale, i, 110 + lines.size(), "Lees [dit](" + target + ").", "Read [this](" + target + ")."));
        if (rule != null) plant(locale, i, lines.size(), rule);
        lines.add("");
    }

    /** Plants {@code rule} at the image line written at the top of every article (line 9). */
    private void plantAt(List<String> lines, String locale, int i, String rule) {
        if (rule != null) plant(locale, i, 9, rule);
    }

    private static List<String> found(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String file = d.file().substring(d.file().lastIndexOf('/') + 1);
            out.add(String.format("%s %s:%d %s", d.locale(), file, d.line(), d.rule()));
        }
        out.sort(null);
        return out;
    }

    @Test
    void checkFindsEveryPlantedDefectAndNothingElse(@TempDir Path tmp) throws Exception {
        Path project = generate(tmp);
        ConfigLoader.Result config = new ConfigLoader().load(Files.readString(project.resolve("tolk.yaml")));
        DiagnosticCollector collector = new DiagnosticCollector(config.config().rules());
        SiteChecker.Result result = new SiteChecker().check(config.config(), new SiteChecker.Options(project.resolve("content"),
                Path.of("templates").toAbsolutePath(), List.of(), 2, project), collector);
        planted.sort(null);
        assertEquals(String.join("\n", planted), String.join("\n", found(collector.sorted())));
        assertEquals(27, planted.size());
        // every page links its neighbour and its image, plus the planted links
        assertEquals(true, result.links() > 2 * ARTICLES * LOCALES.size(), "links checked: " + result.links());

        List<Diagnostic> built = GoldenSiteTest.build(project, tmp.resolve("site"), 2);
        assertEquals(collector.sorted(), built, "build reports what check reports");
        String fallbackPage = Files.readString(tmp.resolve("site/ja-JP/guide/article-12.html"));
        assertEquals(true, fallbackPage.contains("../../en-US/guide/article-13.html"), "links to the English page");
        assertEquals(true, fallbackPage.contains("class=\"notice\""), "says so on the page");
    }
}
