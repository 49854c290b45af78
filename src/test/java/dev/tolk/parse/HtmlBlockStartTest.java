package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seventh kind of HTML block (a whole tag alone on its line): {@link HtmlBlockStart#aloneOnLine}, the cheap test
 * that runs before the regex, never turns away a line the regex takes.
 */
class HtmlBlockStartTest {
    @Test
    void aWholeTagAloneStartsABlockAndAPairedSpanLineDoesNot() {
        for (String line : List.of("<div>", "<span data-ttu-id=\"a\">", "</span>  ", "<x-y a='1 > 2' b=\"c>d\"/>\t",
                "<a b=\"it's\" c='say \"hi\"'>", "<img src=x alt=y />")) {
            assertEquals("", HtmlBlockStart.end(line, 0, line.length(), false), line);
        }
        for (String line : List.of("<span data-ttu-id=\"a\">Tekst</span><span class=\"sxs-lookup\">Text</span>",
                "<span a=\"x\"> text", "<span a=\"x>\" b", "<span a='>'\r", "<span a=\"unclosed>", "<em>b</em>")) {
            assertEquals(null, HtmlBlockStart.end(line, 0, line.length(), false), line);
        }
        String alone = "<a b='>' c=\">\">  ";
        String followed = "<a b='>' c=\">\"> x";
        assertTrue(HtmlBlockStart.aloneOnLine(alone, 0, alone.length()));
        assertFalse(HtmlBlockStart.aloneOnLine(followed, 0, followed.length()));
    }

    @Test
    void theCheapTestTurnsAwayNoLineOfTheRealDocsetsThatTheRegexTakes() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(SharedData.corpus()));
        SharedData.docfxCorpusIfThere().ifPresent(roots::add);
        int lines = 0;
        int whole = 0;
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> p.toString().endsWith(".md")).toList();
            }
            for (Path f : files) {
                for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n", -1)) {
                    int i = line.indexOf('<');
                    if (i < 0 || !line.substring(0, i).isBlank()) continue;
                    lines++;
                    boolean regex = HtmlBlockStart.wholeTag(line, i, line.length());
                    if (regex) whole++;
                    if (regex) assertTrue(HtmlBlockStart.aloneOnLine(line, i, line.length()), f + ": " + line);
                }
            }
        }
        assertTrue(lines > 1000 && whole > 10, lines + " lines that start with a tag, " + whole + " whole tags");
    }
}
