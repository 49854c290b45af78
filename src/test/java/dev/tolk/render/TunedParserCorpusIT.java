package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.SharedData;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.parse.ArticleParser;
import dev.tolk.testing.Costly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser every render uses ({@link MarkdownRenderer#tunedParser}) against the one it replaced
 * ({@link MarkdownRenderer#linearParser}: flexmark's own block starts and table extension), on
 * every article of the real docsets (the whole corpus beside the checkout, else the bundled
 * subset) and of the DocFX docset when it is there: both Markdown documents of each article and
 * the file as it stands, rendered whole (alerts, DocFX directives, HTML), must give the same
 * bytes, headings, anchors and links.
 */
@Costly(seconds = 35)
class TunedParserCorpusIT {
    private static final MarkdownRenderer TUNED = new MarkdownRenderer();
    // the same inline parser (CommonMark's brackets and emphasis, CommonMarkInlinesTest's): the tuning of the blocks is compared
    private static final MarkdownRenderer FLEXMARK = new MarkdownRenderer(
            MarkdownRenderer.linearParser(MarkdownRenderer.flexmarkOptions(), CommonMarkInlines::new));
    private static final Map<String, String> TITLES = Map.of("note", "Note", "important", "Important", "tip", "Tip",
            "warning", "Warning", "caution", "Caution", "video", "Video");

    @Test
    void rendersEveryArticleOfTheRealDocsetsAsFlexmarksOwnParserDoes() throws IOException {
        int articles = assertSameRenders(SharedData.corpus());
        assertTrue(articles > (SharedData.wholeCorpus() ? 5_000 : 500), articles + " articles");
    }

    @Test
    void rendersEveryArticleOfTheDocfxDocsetAsFlexmarksOwnParserDoes() throws IOException {
        int articles = assertSameRenders(SharedData.docfxCorpus());
        assertTrue(articles > 300, articles + " articles");
    }

    /** The number of articles compared; fails naming the first files that render differently. */
    private static int assertSameRenders(Path docset) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docset)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        ArticleParser parser = new ArticleParser();
        List<String> different = new ArrayList<>();
        // a render is a function of the Markdown alone: a document met again (the English of an article is often the
        // same document in both locales) is not rendered again
        Set<String> rendered = new HashSet<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String name = docset.relativize(f).toString();
            Article article = parser.parse("nl-NL", name, name, text, false, new FileReporter(name, "nl-NL", text, d -> { }));
            for (String markdown : List.of(PairedMarkdown.of(article, PairedMarkdown.Side.TARGET),
                    PairedMarkdown.of(article, PairedMarkdown.Side.SOURCE), text)) {
                if (!rendered.add(markdown)) continue;
                MarkdownRenderer.Output expected = FLEXMARK.render(markdown, LinkResolver.IDENTITY, TITLES);
                if (!expected.equals(TUNED.render(markdown, LinkResolver.IDENTITY, TITLES))) different.add(name);
            }
        }
        assertEquals(List.of(), different.subList(0, Math.min(10, different.size())), different.size() + " renders differ");
        return files.size();
    }
}
