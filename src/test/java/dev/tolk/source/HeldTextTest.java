package dev.tolk.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HeldTextTest {
    private static final String MIXED = "---\ntitle: 日本語のタイトル\n---\n"
            + "# <span data-ttu-id=\"abcde-101\">サブスクリプションを購入する 😀</span>"
            + "<span class=\"sxs-lookup\"><span data-stu-id=\"abcde-101\">Buy a subscription 😀</span></span>\n\n"
            + "Größe, naïve café, „Zitat“ – U+2011‑here, 𝄞 𠀋 and a lone BMP ￿ at the end\n";

    @Test
    void givesBackTheBytesOfJapaneseAndAstralText() {
        byte[] bytes = MIXED.getBytes(StandardCharsets.UTF_8);
        HeldText held = HeldText.of(bytes);
        assertArrayEquals(bytes, held.bytes());
        assertEquals(MIXED, SourceText.decode(held.bytes()).text());
        assertEquals(bytes.length, held.length());
    }

    @Test
    void keepsByteOrderMarkAndMalformedBytes() {
        byte[] text = MIXED.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 5];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        bytes[bytes.length - 2] = (byte) 0xC3; // a lead byte without its continuation
        bytes[bytes.length - 1] = (byte) 0xFF;
        SourceText before = SourceText.decode(bytes);
        SourceText after = SourceText.decode(HeldText.of(bytes).bytes());
        assertEquals(before, after);
        assertTrue(after.hadBom() && after.malformed());
    }

    @Test
    void givesBackEmptyAndRandomBytes() {
        assertArrayEquals(new byte[0], HeldText.of(new byte[0]).bytes());
        Random random = new Random(18);
        for (int size : new int[] {1, 2, 100, 65_535, 65_536, 65_537, 300_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes); // does not deflate: held longer than it is, and still whole
            assertArrayEquals(bytes, HeldText.of(bytes).bytes(), size + " random bytes");
        }
    }

    @Test
    void givesBackEveryArticleOfTheCorpusAndHoldsItInLessThanHalf() throws IOException {
        long length = 0;
        long held = 0;
        List<Path> articles;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            articles = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(articles.size() > 10, "the corpus has articles");
        for (Path article : articles) {
            byte[] bytes = Files.readAllBytes(article);
            HeldText text = HeldText.of(bytes);
            assertArrayEquals(bytes, text.bytes(), article.toString());
            length += bytes.length;
            held += text.heldLength();
        }
        assertTrue(held * 2 < length, held + " bytes held of " + length);
    }

    @Test
    void sourceFilesGiveTheSameReadWithinAndBeyondTheBudgetAndReadEachFileOnce() throws IOException {
        Map<Path, byte[]> disk = new HashMap<>();
        for (int i = 0; i < 6; i++) disk.put(Path.of("f" + i + ".md"), (i + " " + MIXED).repeat(40).getBytes(StandardCharsets.UTF_8));
        Map<Path, Integer> reads = new HashMap<>();
        SourceFiles.Opener opener = f -> {
            reads.merge(f, 1, Integer::sum);
            return disk.get(f);
        };
        long budget = 2L * disk.get(Path.of("f0.md")).length; // two files as read, the others deflated
        SourceFiles files = new SourceFiles(opener, false, budget);
        Map<Path, SourceFiles.Read> first = new HashMap<>();
        for (Path f : disk.keySet()) first.put(f, files.read(f));
        for (Path f : disk.keySet()) {
            assertEquals(first.get(f), files.read(f), f.toString());
            assertEquals(new String(disk.get(f), StandardCharsets.UTF_8), files.read(f).text());
            files.release(f);
        }
        for (Path f : disk.keySet()) assertEquals(1, reads.get(f), f + " read once while held");
        files.read(Path.of("f0.md")); // released: read again, and held within the budget that freed
        assertEquals(2, reads.get(Path.of("f0.md")));
    }
}
