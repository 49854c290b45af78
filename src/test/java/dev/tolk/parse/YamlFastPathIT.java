package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.SharedData;
import dev.tolk.source.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front matter of every article of the real docsets (the two corpora and the DocFX docset)
 * that {@link YamlReader} reads without snakeyaml has the values snakeyaml reads from it.
 */
class YamlFastPathIT {
    @Test
    void everyFrontMatterReadWithoutSnakeyamlHasSnakeyamlsValues() throws Exception {
        List<Path> roots = new ArrayList<>(List.of(SharedData.corpus()));
        SharedData.docfxCorpusIfThere().ifPresent(roots::add);
        YamlReader reader = new YamlReader();
        int read = 0;
        int fast = 0;
        for (Path root : roots) {
            List<Path> articles;
            try (Stream<Path> s = Files.walk(root)) {
                articles = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path file : articles) {
                String text = SourceText.decode(Files.readAllBytes(file)).text();
                FrontMatterSplitter.Split split = new FrontMatterSplitter().split(text);
                if (!split.present() || !split.closed()) continue;
                String yaml = text.substring(split.yamlStart(), split.yamlEnd());
                read++;
                Map<String, Object> simple = YamlReader.simpleMapping(yaml);
                if (simple == null) continue;
                fast++;
                assertEquals(reader.readBySnakeyaml(yaml), new YamlReader.Values(simple), () -> file.toString());
            }
        }
        assertTrue(read > 1_000, "front matters read: " + read);
        // most real front matter is plain key: value lines (the corpus: about nine in ten)
        assertTrue(fast * 2 > read, "read without snakeyaml: " + fast + " of " + read);
    }
}
