package dev.tolk.l10n;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.model.Article;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The loop on a small project: a paired article in nl-NL, an article only English has. */
class XliffLoopTest {
    static final String ENGLISH = """
            ---
            title: Start a subscription
            description: How to start a subscription.
            ms.author: someone
            ---
            # Start a subscription

            You can start a **trial** in the [admin center](https://admin.microsoft.com). It takes `5` minutes.
            Most trials are free.

            - Sign in to the admin center.
            - Select **Billing** > **Purchase services**.

            | Setting | What it does |
            |---|---|
            | Auto-renew | Renews the subscription every year. |

            > [!NOTE]
            > Trials end after 30 days.

            ```powershell
            Get-Subscription -All
            ```
            """;
    static final String PAIRED = """
            ---
            title: Betalen
            ms.contentlocale: nl-NL
            ---
            # <a name="pay"></a><span data-ttu-id="ab123-102">Betalen</span><span class="sxs-lookup"><span data-stu-id="ab123-102">Pay</span></span>

            <span data-ttu-id="ab123-103">Ga naar **Facturering** en kies [Betalen](https://example.com/nl-nl/pay).</span><span class="sxs-lookup"><span data-stu-id="ab123-103">Go to **Billing** and select [Pay](https://example.com/en-us/pay).</span></span> <span data-ttu-id="ab123-104">Voer `Get-Bill` uit.</span><span class="sxs-lookup"><span data-stu-id="ab123-104">Run `Get-Bill`.</span></span>
            """;

    @TempDir
    Path tmp;
    Path content;
    Path xliff;

    @BeforeEach
    void project() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("en-US"));
        Files.createDirectories(content.resolve("nl-NL"));
        Files.writeString(content.resolve("en-US/start.md"), ENGLISH);
        Files.writeString(content.resolve("nl-NL/paired.md"), PAIRED);
        xliff = tmp.resolve("xliff");
    }

    private XliffExport.Result export(String locale) throws IOException {
        return new XliffExport().export(content, "en-US", List.of(), List.of(locale), xliff, false, tmp);
    }

    private XliffImport.Result importFrom(Path dir) throws IOException {
        return new XliffImport().importFiles(List.of(dir), content, "en-US", List.of(), List.of(), false, tmp);
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) assertArrayEquals(expected.get(k), actual.get(k), k);
    }

    @Test
    void exportWritesOneUnitOfOneSegmentPerPairWithCodesForMarkdown() throws IOException {
        assertEquals(2, export("nl-NL").files());
        String x = Files.readString(xliff.resolve("nl-NL/paired.xlf"));
        assertTrue(x.contains("srcLang=\"en-US\" trgLang=\"nl-NL\""), x);
        assertTrue(x.contains("original=\"paired.md\" canResegment=\"no\""), x);
        assertEquals(3, x.split("<unit ", -1).length - 1);
        assertEquals(3, x.split("<segment ", -1).length - 1);
        assertTrue(x.contains("<unit id=\"103\" name=\"ab123-103\">"), x);
        assertTrue(x.contains("<data id=\"d3\">](https://example.com/en-us/pay)</data>"), x);
        assertTrue(x.contains("<data id=\"d4\">](https://example.com/nl-nl/pay)</data>"), x);
        assertTrue(x.contains("select <pc id=\"2\" canDelete=\"no\" type=\"link\" dataRefStart=\"d2\" dataRefEnd=\"d3\""), x);
        assertTrue(x.contains("Run <ph id=\"1\" canDelete=\"no\" type=\"other\" dataRef=\"d1\" disp=\"`Get-Bill`\"/>."), x);
        assertTrue(x.contains("<note category=\"location\">Pay · 5:"), x);
    }

    @Test
    void unchangedRoundTripWritesNothing() throws IOException {
        Map<String, byte[]> before = snapshot(content);
        export("nl-NL");
        XliffImport.Result r = importFrom(xliff);
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of(), r.written());
        assertSameFiles(before, snapshot(content));
    }

    /** Exports nl-NL, translates every unit (pseudo-translation) and imports it, with no finding. */
    private void translateAll() throws IOException {
        export("nl-NL");
        Pseudo.translateTree(xliff, tmp.resolve("pseudo"));
        assertEquals(List.of(), importFrom(tmp.resolve("pseudo")).diagnostics());
    }

    /** Exports nl-NL, edits paired.xlf with {@code edit}, and imports it, with no finding. */
    private void importEdited(java.util.function.UnaryOperator<String> edit) throws IOException {
        export("nl-NL");
        Path xlf = xliff.resolve("nl-NL/paired.xlf");
        String x = Files.readString(xlf);
        String edited = edit.apply(x);
        assertNotEquals(x, edited, "the export holds what is edited");
        Files.writeString(xlf, edited);
        assertEquals(List.of(), importFrom(xliff).diagnostics());
    }

    @Test
    void pseudoTranslationChangesOnlyTheTranslationsAndKeepsTheCodes() throws IOException {
        translateAll();
        String now = Files.readString(content.resolve("nl-NL/paired.md"));
        assertTrue(now.contains("<span data-ttu-id=\"ab123-103\">" + Pseudo.accent("Go to ") + "**" + Pseudo.accent("Billing") + "**"
                + Pseudo.accent(" and select ") + "[" + Pseudo.accent("Pay") + "](https://example.com/nl-nl/pay).</span>"
                + "<span class=\"sxs-lookup\"><span data-stu-id=\"ab123-103\">Go to **Billing** and select [Pay](https://example.com/en-us/pay).</span></span>"), now);
        assertTrue(now.contains("<span data-ttu-id=\"ab123-104\">" + Pseudo.accent("Run ") + "`Get-Bill`.</span>"), now);
        Article before = parse("nl-NL", PAIRED);
        assertEquals(ArticlePlanner.lookupView(before), ArticlePlanner.lookupView(parse("nl-NL", now)));
    }

    /**
     * A translator's line breaks in a target are spaces in the article: a blank line would end the
     * paragraph and the pair, a line starting with '#' or '-' would make a heading or a list of half
     * a pair (a real ar-SA export so edited split its pair across blocks, and check said nothing).
     */
    @Test
    void lineBreaksInATargetBecomeSpacesSoThePairStaysOneInlineSpan() throws IOException {
        importEdited(x -> x.replace(">Betalen</target>", ">Eerste regel\n\n# Kop\n- punt\r\n  1. nog</target>"));
        String now = Files.readString(content.resolve("nl-NL/paired.md"));
        assertTrue(now.contains("<span data-ttu-id=\"ab123-102\">Eerste regel # Kop - punt 1. nog</span>"), now);
        Article article = parse("nl-NL", now);
        assertEquals(ArticlePlanner.lookupView(parse("nl-NL", PAIRED)), ArticlePlanner.lookupView(article));
    }

    /** An empty target ({@code <target/>}, as tools leave a unit nobody translated) is no translation: the article's stays. */
    @Test
    void anEmptyTargetLeavesTheTranslationAlone() throws IOException {
        Map<String, byte[]> before = snapshot(content);
        importEdited(x -> x.replace(">Betalen</target>", "></target>"));
        assertSameFiles(before, snapshot(content));
    }

    /**
     * The English moved only in its spacing (a no-break space, a doubled space) is no drift, as
     * check's tu/drift judges it: the unit is not sent back to the translators; a changed word is.
     */
    @Test
    void aSpacingChangeInTheEnglishIsNoDrift() throws IOException {
        translateAll();
        Path english = content.resolve("en-US/start.md");
        Files.writeString(english, ENGLISH.replace("Most trials are free.", "Most  trials are\u00A0free."));
        export("nl-NL");
        String x = Files.readString(xliff.resolve("nl-NL/start.xlf"));
        assertFalse(x.contains("tolk:drift"), x);
        Files.writeString(english, ENGLISH.replace("Most trials are free.", "Most trials are paid."));
        export("nl-NL");
        assertTrue(Files.readString(xliff.resolve("nl-NL/start.xlf")).contains("tolk:drift"), "a changed word is drift");
    }

    /**
     * With an en-US folder, a locale's file that is the English article with pairs in place of its sentences and
     * anchors on its headings (as Microsoft's localized files have) is edited in place: one edited unit changes that
     * unit alone. It was rewritten from the English article, moving each link that wraps a pair into the pair's
     * English half (2,090 pairs of 562 real zh-TW articles, for one edited unit each).
     */
    @Test
    void aFileWithHeadingAnchorsAndLinkWrappedPairsIsEditedInPlace() throws IOException {
        Files.writeString(content.resolve("en-US/links.md"), """
                ---
                title: Links
                ---
                # Links

                - [Restore items in the Recycle Bin](https://example.com/1)
                - [Restore deleted files](https://example.com/2)
                """);
        String before = """
                ---
                title: Koppelingen
                ms.contentlocale: nl-NL
                ---
                # <a name="links"></a><span data-ttu-id="abcde-102">Koppelingen</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Links</span></span>

                - [<span data-ttu-id="abcde-103">Items in de prullenbak terugzetten</span><span class="sxs-lookup"><span data-stu-id="abcde-103">Restore items in the Recycle Bin</span></span>](https://example.com/1)
                - [<span data-ttu-id="abcde-104">Verwijderde bestanden terugzetten</span><span class="sxs-lookup"><span data-stu-id="abcde-104">Restore deleted files</span></span>](https://example.com/2)
                """;
        Files.writeString(content.resolve("nl-NL/links.md"), before);
        export("nl-NL");
        Path xlf = xliff.resolve("nl-NL/links.xlf");
        String x = Files.readString(xlf);
        assertFalse(x.contains("translate again"), "every pair keeps its translation: " + x);
        Files.writeString(xlf, x.replace(">Koppelingen</target>", ">Links en koppelingen</target>"));
        assertEquals(List.of(), importFrom(xliff).diagnostics());
        assertEquals(before.replace(">Koppelingen</span>", ">Links en koppelingen</span>").replace("title: Koppelingen", "title: \"Links en koppelingen\""),
                Files.readString(content.resolve("nl-NL/links.md")));
    }

    /**
     * A hard line break inside a pair (two spaces or a backslash at a line's end) is a code of the unit: an edit of
     * the unit's text keeps it. The import made it a space, and the pair's links ran into one line (a real tr-TR unit
     * of four links).
     */
    @Test
    void aHardLineBreakInAPairIsKeptByAnEdit() throws IOException {
        String before = """
                ---
                title: Bağlantılar
                ms.contentlocale: nl-NL
                ---
                <span data-ttu-id="abcde-103">[Eerste](https://example.com/1)\s\s
                 [Tweede](https://example.com/2)\\
                [Derde](https://example.com/3)</span><span class="sxs-lookup"><span data-stu-id="abcde-103">[First](https://example.com/1)\s\s
                [Second](https://example.com/2)\\
                [Third](https://example.com/3)</span></span>
                """;
        Files.writeString(content.resolve("nl-NL/breaks.md"), before);
        export("nl-NL");
        Path xlf = xliff.resolve("nl-NL/breaks.xlf");
        String x = Files.readString(xlf);
        assertTrue(x.contains("disp=\"&lt;br/&gt;\""), x);
        Files.writeString(xlf, x.replace(">Tweede<", ">Tweede koppeling<"));
        assertEquals(List.of(), importFrom(xliff).diagnostics());
        assertEquals(before.replace("[Tweede]", "[Tweede koppeling]"), Files.readString(content.resolve("nl-NL/breaks.md")));
    }

    /** BCP 47 tags ignore case: trgLang="nl-nl" is the nl-NL folder's locale, for an existing article and a new one. */
    @Test
    void aTargetLanguageInOtherLetterCaseIsTheLocaleOfItsFolder() throws IOException {
        importEdited(x -> x.replace("trgLang=\"nl-NL\"", "trgLang=\"nl-nl\"").replace(">Betalen</target>", ">Afrekenen</target>"));
        assertTrue(Files.readString(content.resolve("nl-NL/paired.md")).contains(">Afrekenen</span>"));
        export("nl-NL");
        Path start = xliff.resolve("nl-NL/start.xlf");
        Files.writeString(start, Files.readString(start).replace("trgLang=\"nl-NL\"", "trgLang=\"nl-nl\""));
        importFrom(xliff);
        try (Stream<Path> folders = Files.list(content)) {
            assertEquals(List.of("en-US", "nl-NL"), folders.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * {@code --needed} sends what check calls untranslated: a date or a product name the translation rightly kept as
     * it is stays home, an English sentence left as it is goes (380 units against status's 123 in a real tr-TR docset).
     */
    @Test
    void neededUnitsAreTheOnesCheckCallsUntranslated() throws IOException {
        Files.writeString(content.resolve("nl-NL/kept.md"), """
                ---
                title: Bewaard
                ms.contentlocale: nl-NL
                ---
                | <span data-ttu-id="abcde-101">8/21/2019</span><span class="sxs-lookup"><span data-stu-id="abcde-101">8/21/2019</span></span> | <span data-ttu-id="abcde-102">Azure Marketplace</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Azure Marketplace</span></span> |
                |---|---|
                | <span data-ttu-id="abcde-103">Select the plan you want.</span><span class="sxs-lookup"><span data-stu-id="abcde-103">Select the plan you want.</span></span> | x |
                """);
        new XliffExport().export(content, "en-US", List.of(), List.of("nl-NL"), xliff, true, tmp);
        Map<String, String> sent = units(xliff.resolve("nl-NL/kept.xlf"));
        assertEquals(List.of("103"), List.copyOf(sent.keySet()), sent.toString());
    }

    /**
     * Without a source-locale folder, a unit whose English is older than another locale's copy (tu/drift across
     * locales, the newer hand-off current) is counted drifted by status, sent by {@code --needed} with the current
     * English (its URLs' locale made this one's) and the old translation, and an import writes both halves: no drift
     * after. Status counted 0 of the 124 drifts check reports in the corpus, and --needed sent none.
     */
    @Test
    void driftAcrossLocalesIsCountedSentAndSettledByAnImport() throws IOException {
        Files.delete(content.resolve("en-US/start.md"));
        Files.delete(content.resolve("en-US"));
        Files.createDirectories(content.resolve("de-DE"));
        String older = PAIRED.replace("ms.contentlocale: nl-NL", "ms.contentlocale: nl-NL\nms.lasthandoff: 03/01/2021");
        Files.writeString(content.resolve("nl-NL/paired.md"), older);
        Files.writeString(content.resolve("de-DE/paired.md"), PAIRED.replace("nl-NL", "de-DE").replace("ms.contentlocale: de-DE",
                "ms.contentlocale: de-DE\nms.lasthandoff: 06/01/2021").replace("Ga naar", "Gehen Sie zu")
                .replace("Go to **Billing** and select [Pay](https://example.com/en-us/pay).",
                        "Go to **Billing**, then select [Pay now](https://example.com/de-de/pay)."));
        TranslationStatus.Report status = new TranslationStatus().compute(content,
                new TranslationStatus.Settings("en-US", List.of(), Map.of(), List.of(), List.of()), List.of(), tmp);
        Map<String, Integer> drifted = new java.util.TreeMap<>();
        for (TranslationStatus.LocaleStatus l : status.locales()) drifted.put(l.locale(), l.drifted());
        assertEquals(Map.of("de-DE", 0, "nl-NL", 1), drifted);

        new XliffExport().export(content, "en-US", List.of(), List.of("nl-NL"), xliff, true, tmp);
        String sent = Files.readString(xliff.resolve("nl-NL/paired.xlf"));
        assertEquals(List.of("103"), List.copyOf(units(xliff.resolve("nl-NL/paired.xlf")).keySet()), sent);
        assertTrue(sent.contains("subState=\"tolk:drift\""), sent);
        assertTrue(sent.contains("Pay now") && sent.contains("https://example.com/nl-nl/pay") && !sent.contains("de-de"), sent);

        Files.writeString(xliff.resolve("nl-NL/paired.xlf"), sent.replace("Ga naar", "Open"));
        importFrom(xliff);
        String written = Files.readString(content.resolve("nl-NL/paired.md"));
        assertTrue(written.contains("<span data-stu-id=\"ab123-103\">Go to **Billing**, then select [Pay now](https://example.com/nl-nl/pay).</span>"),
                written);
        assertTrue(written.contains("<span data-ttu-id=\"ab123-103\">Open **Facturering**"), written);
        assertEquals(older.replace("Ga naar", "Open").length(), written.length() - "Go to **Billing**, then select [Pay now](https://example.com/nl-nl/pay)."
                .length() + "Go to **Billing** and select [Pay](https://example.com/en-us/pay).".length(), "only unit 103 changed");
        TranslationStatus.Report after = new TranslationStatus().compute(content,
                new TranslationStatus.Settings("en-US", List.of(), Map.of(), List.of(), List.of()), List.of(), tmp);
        assertEquals(0, after.locales().stream().mapToInt(TranslationStatus.LocaleStatus::drifted).sum());
    }

    /**
     * With an English tree, a locale file that differs from it (a drifted unit) was rewritten from the English on any
     * import: pairs wrapped in links lost their link to the English half, a drifted unit took the new English under its
     * old translation (its drift gone unseen). Now an import edits the file in place, inside the changed units' pairs
     * alone; a drifted unit whose link changed comes without its old translation, and its import writes both halves.
     */
    @Test
    void anImportEditsOnlyTheChangedPairsOfAFileThatDiffersFromTheEnglish() throws IOException {
        Files.writeString(content.resolve("en-US/a.md"), "---\ntitle: Alpha\n---\n# Alpha\n\n- [First item](b.md)\n\nGo to [the page](c.md) now. Read it.\n");
        String before = """
                ---
                title: Alfa
                ms.contentlocale: nl-NL
                ---
                # <a name="alpha"></a><span data-ttu-id="abcde-102">Alfa</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Alpha</span></span>

                - [<span data-ttu-id="abcde-103">Eerste item</span><span class="sxs-lookup"><span data-stu-id="abcde-103">First item</span></span>](b.md)

                <span data-ttu-id="abcde-105">Ga nu naar [de pagina](old.md).</span><span class="sxs-lookup"><span data-stu-id="abcde-105">Go to [the page](old.md) now.</span></span> <span data-ttu-id="abcde-106">Lees het.</span><span class="sxs-lookup"><span data-stu-id="abcde-106">Read it.</span></span>
                """;
        Files.writeString(content.resolve("nl-NL/a.md"), before);
        export("nl-NL");
        Path xlf = xliff.resolve("nl-NL/a.xlf");
        String sent = Files.readString(xlf);
        assertTrue(sent.contains("translate again (the earlier translation: Ga nu naar [de pagina](old.md).)"), sent);
        Files.writeString(xlf, sent.replace(">Lees het.</target>", ">Lees het maar.</target>"));
        importFrom(xliff);
        assertEquals(before.replace(">Lees het.<", ">Lees het maar.<"), Files.readString(content.resolve("nl-NL/a.md")), "unit 106 alone");

        String link = "<pc id=\"1\" canDelete=\"no\" type=\"link\" dataRefStart=\"d1\" dataRefEnd=\"d2\" dispStart=\"&lt;link&gt;\" "
                + "dispEnd=\"&lt;/link&gt;\">";
        export("nl-NL");
        sent = Files.readString(xlf);
        Files.writeString(xlf, sent.replace(link + "the page</pc> now.</source>", link + "the page</pc> now.</source>\n        <target xml:space=\"preserve\">"
                + "Ga nu naar " + link + "de pagina</pc>.</target>"));
        importFrom(xliff);
        assertEquals(before.replace(">Lees het.<", ">Lees het maar.<").replace("[de pagina](old.md)", "[de pagina](c.md)")
                .replace("[the page](old.md)", "[the page](c.md)"), Files.readString(content.resolve("nl-NL/a.md")), "unit 105's two halves");
    }

    /**
     * A section the English moves, no word changed, keeps its translations: its sentences matched nothing in order, so
     * they were counted untranslated and sent without their targets.
     */
    @Test
    void aMovedSectionKeepsItsTranslations() throws IOException {
        Files.writeString(content.resolve("en-US/m.md"), "---\ntitle: M\n---\n# M\n\n## One\n\nFirst part.\n\n## Two\n\nSecond part.\n");
        new XliffExport().export(content, "en-US", List.of(), List.of("nl-NL"), xliff, false, tmp);
        Path xlf = xliff.resolve("nl-NL/m.xlf");
        String all = Files.readString(xlf).replaceAll("(<source xml:space=\"preserve\">)([^<]*)(</source>)",
                "$1$2$3<target xml:space=\"preserve\">NL $2</target>");
        Files.writeString(xlf, all);
        importFrom(xliff);
        Files.writeString(content.resolve("en-US/m.md"), "---\ntitle: M\n---\n# M\n\n## Two\n\nSecond part.\n\n## One\n\nFirst part.\n");
        Path needed = tmp.resolve("needed");
        new XliffExport().export(content, "en-US", List.of(), List.of("nl-NL"), needed, true, tmp);
        assertFalse(Files.exists(needed.resolve("nl-NL/m.xlf")), "nothing to translate after a move");
        TranslationStatus.Report status = new TranslationStatus().compute(content,
                new TranslationStatus.Settings("en-US", List.of(), Map.of(), List.of(), List.of()), List.of("nl-NL"), tmp);
        assertTrue(status.articles().stream().noneMatch(a -> a.key().equals("m.md") && a.untranslated() > 0), status.articles().toString());
    }

    /** XLIFF 2.2 has its own namespace (2.1 kept 2.0's): its files import as 2.0's do; they were "not an XLIFF 2 file". */
    @Test
    void anXliff22FileImports() throws IOException {
        importEdited(x -> x.replace("urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.2")
                .replace("version=\"2.0\"", "version=\"2.2\"").replace(">Betalen</target>", ">Afrekenen</target>"));
        assertTrue(Files.readString(content.resolve("nl-NL/paired.md")).contains(">Afrekenen</span>"));
    }

    /** A file past the size limit is one positioned finding and is not read (300 MB took 4.3 GB and was written). */
    @Test
    void aHugeFileIsRefusedUnread() throws IOException {
        Path huge = tmp.resolve("huge/nl-NL/paired.xlf");
        Files.createDirectories(huge.getParent());
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(XliffImport.MAX_BYTES + 1); // sparse: no disk used
        }
        Map<String, byte[]> before = snapshot(content);
        XliffImport.Result r = importFrom(tmp.resolve("huge"));
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).message().contains("larger than 64 MiB"), r.diagnostics().toString());
        assertSameFiles(before, snapshot(content));
    }

    /** Bytes that are not UTF-8 are one positioned xliff/invalid, and nothing is printed besides (the JDK printed "[Fatal Error]"). */
    @Test
    void bytesThatAreNotUtf8AreOnePositionedFinding() throws IOException {
        export("nl-NL");
        Path xlf = xliff.resolve("nl-NL/paired.xlf");
        byte[] bytes = Files.readString(xlf).replace(">Betalen</target>", ">Beta\u0001len</target>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 1) bytes[i] = (byte) 0xFF;
        Files.write(xlf, bytes);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        List<dev.tolk.diag.Diagnostic> found;
        try {
            System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            found = importFrom(xliff).diagnostics();
        } finally {
            System.setErr(err);
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals("xliff/invalid", found.get(0).rule());
        assertTrue(found.get(0).message().contains("not UTF-8") && found.get(0).line() > 1, found.toString());
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("Fatal Error"), printed.toString(StandardCharsets.UTF_8));
    }

    /** A location note names its headings as a reader reads them: LiveRamp&reg; is LiveRamp® (the translator saw the entity). */
    @Test
    void locationNotesReadTheEntitiesOfHeadings() throws IOException {
        Files.writeString(content.resolve("nl-NL/entity.md"), """
                ---
                title: Entiteit
                ms.contentlocale: nl-NL
                ---
                # <span data-ttu-id="abcde-101">LiveRamp&reg; instellen</span><span class="sxs-lookup"><span data-stu-id="abcde-101">LiveRamp&reg; setup</span></span>

                <span data-ttu-id="abcde-102">Zet het aan.</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Turn it on.</span></span>
                """);
        export("nl-NL");
        String unit = units(xliff.resolve("nl-NL/entity.xlf")).get("102");
        assertTrue(unit.contains("LiveRamp® setup · 7:"), unit);
    }

    private static Article parse(String locale, String text) {
        return new ArticlePlanner().parse(locale, "x.md", "x.md", text);
    }

    @Test
    void anArticleOnlyEnglishHasIsCutIntoSentencesAndWrittenAsPairs() throws IOException {
        export("nl-NL");
        String x = Files.readString(xliff.resolve("nl-NL/start.xlf"));
        for (String sentence : List.of(">Start a subscription<", ">Most trials are free.<", ">Sign in to the admin center.<",
                ">Setting<", ">Renews the subscription every year.<", ">Trials end after 30 days.<")) {
            assertTrue(x.contains(sentence), sentence + " in " + x);
        }
        assertTrue(x.contains("You can start a <pc id=\"1\" type=\"fmt\""), x);
        assertFalse(x.contains("Get-Subscription"), "code blocks are not translated");
        Pseudo.translateTree(xliff, tmp.resolve("pseudo"));
        assertEquals(List.of(), importFrom(tmp.resolve("pseudo")).diagnostics());
        String made = Files.readString(content.resolve("nl-NL/start.md"));
        Article article = parse("nl-NL", made);
        // each heading keeps its English id as an anchor before the pair, as Microsoft's localized articles do
        assertTrue(made.contains("# <a name=\"start-a-subscription\"></a><span data-ttu-id="), made);
        assertEquals(ENGLISH.substring(ENGLISH.indexOf("# Start")), ArticlePlanner.lookupView(article).replaceAll("<a name=\"[^\"]*\"></a>", ""));
        assertTrue(made.contains("ms.contentlocale: \"nl-NL\""), made);
        assertTrue(made.contains("title: \"" + Pseudo.accent("Start a subscription") + "\""), made);
        assertTrue(made.contains(Pseudo.accent("Trials end after 30 days.") + "</span>"), made);
    }

    @Test
    void untouchedSentencesKeepTheirIdsAndTranslationsWhenOthersChange() throws IOException {
        export("nl-NL");
        Pseudo.translateTree(xliff, tmp.resolve("pseudo"));
        importFrom(tmp.resolve("pseudo"));
        export("nl-NL");
        Map<String, String> before = units(xliff.resolve("nl-NL/start.xlf"));
        Files.writeString(content.resolve("en-US/start.md"), ENGLISH
                .replace("You can start", "Trials help you decide. You can start")
                .replace("Most trials are free.", "Most trials cost nothing.")
                .replace("- Sign in to the admin center.\n", ""));
        export("nl-NL");
        Map<String, String> after = units(xliff.resolve("nl-NL/start.xlf"));
        for (String kept : List.of("Select", "Setting", "Renews the subscription", "Trials end after")) {
            String id = idOf(before, kept);
            assertEquals(id, idOf(after, kept), kept);
            assertTrue(after.get(id).contains("<target"), "translation kept for " + kept);
            assertEquals(target(before.get(id)), target(after.get(id)), kept);
        }
        String edited = idOf(after, "Most trials cost nothing.");
        assertEquals(idOf(before, "Most trials are free."), edited, "an edited sentence alone in its place keeps its id");
        assertTrue(after.get(edited).contains("subState=\"tolk:drift\""), after.get(edited));
        assertFalse(String.join("", after.values()).contains("Sign in to the admin center"));
    }

    /** Each unit's XML by unit id. */
    private static Map<String, String> units(Path xlf) throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<unit id=\"([^\"]+)\".*?</unit>").matcher(Files.readString(xlf));
        while (m.find()) units.put(m.group(1), m.group());
        return units;
    }

    private static String target(String unit) {
        return unit.replaceFirst("(?s).*(<target.*</target>).*", "$1");
    }

    private static String idOf(Map<String, String> units, String sourceStart) {
        return units.entrySet().stream().filter(e -> e.getValue().contains("<source xml:space=\"preserve\">" + sourceStart))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no unit starting " + sourceStart));
    }

    /** A defect planted in the exported paired.xlf (after unit 104's target was changed), and the rule it must give. */
    record Defect(String name, String rule, UnaryOperator<String> plant) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Defect> defects() {
        return List.of(
                new Defect("deleted canDelete=no code", "xliff/code-mismatch",
                        x -> x.replaceFirst("(<target xml:space=\"preserve\">Ga naar .*?)<pc id=\"2\"[^>]*>Betalen</pc>", "$1Betalen")),
                new Defect("added code", "xliff/code-mismatch",
                        x -> x.replace("<target xml:space=\"preserve\">Ga naar ", "<target xml:space=\"preserve\">Ga <ph id=\"9\" dataRef=\"d1\"/>naar ")),
                new Defect("edited source", "xliff/stale-source", x -> x.replace(">Run <ph", ">Execute <ph")),
                new Defect("invalid state", "xliff/invalid", x -> x.replaceFirst("state=\"translated\"", "state=\"done\"")),
                new Defect("unknown unit id", "xliff/unknown-unit", x -> x.replace("<unit id=\"104\"", "<unit id=\"999\"")),
                new Defect("malformed XML", "xliff/invalid", x -> x.replaceFirst("</target>", "")),
                new Defect("wrong trgLang", "xliff/invalid", x -> x.replace("trgLang=\"nl-NL\"", "trgLang=\"de-DE\"")),
                new Defect("20,000 nested inline elements (it overflowed the stack, exit 1 and a trace)", "xliff/invalid",
                        x -> x.replace(">Betalen</target>", ">" + "<pc id=\"n\">".repeat(20_000) + "Betalen" + "</pc>".repeat(20_000) + "</target>")),
                new Defect("a control character", "xliff/invalid", x -> x.replace(">Betalen</target>", ">Beta<cp hex=\"0003\"/>len</target>")),
                new Defect("a DOCTYPE with an entity", "xliff/invalid", x -> x.replaceFirst("\\?>", "?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>")),
                new Defect("XLIFF 1.2", "xliff/invalid", x -> """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                          <file original="paired.md" source-language="en-US" target-language="nl-NL" datatype="markdown">
                            <body><trans-unit id="104"><source>Run it.</source><target>Voer het uit.</target></trans-unit></body>
                          </file>
                        </xliff>
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void aPlantedDefectGivesOnePositionedDiagnosticAndWritesNothing(Defect defect) throws IOException {
        export("nl-NL");
        Path xlf = xliff.resolve("nl-NL/paired.xlf");
        String exported = Files.readString(xlf);
        String changed = exported.replace(">Voer <ph id=\"1\"", ">Draai <ph id=\"1\"");
        assertNotEquals(exported, changed);
        String planted = defect.plant().apply(changed);
        assertNotEquals(changed, planted, "the defect was planted");
        Files.writeString(xlf, planted);
        Files.delete(xliff.resolve("nl-NL/start.xlf"));
        Map<String, byte[]> before = snapshot(content);
        XliffImport.Result r = importFrom(xliff);
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(defect.rule(), d.rule(), d.format());
        if (defect.name().contains("DOCTYPE")) assertTrue(d.message().startsWith("a DOCTYPE (document type declaration) is not allowed"), d.format());
        assertTrue(d.file().endsWith("xliff/nl-NL/paired.xlf"), d.format());
        assertTrue(d.line() > 1 && d.column() >= 1, d.format());
        assertEquals(List.of(), r.written());
        assertSameFiles(before, snapshot(content));
    }

    @Test
    void everyExportedFilePassesOkapisMaximalValidation() throws Exception {
        export("nl-NL");
        try (Stream<Path> walk = Files.walk(xliff)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".xlf")).toList()) {
                try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
                    reader.open(f.toFile());
                    while (reader.hasNext()) reader.next();
                }
            }
        }
    }

    @Test
    void aFileOkapisWriterWroteFromTheSameUnitsImportsToTheSameFiles() throws Exception {
        export("nl-NL");
        Path pseudo = tmp.resolve("pseudo");
        Pseudo.translateTree(xliff, pseudo);
        Path okapi = tmp.resolve("okapi");
        try (Stream<Path> walk = Files.walk(pseudo)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".xlf")).toList()) {
                Path out = okapi.resolve(pseudo.relativize(f).toString());
                Files.createDirectories(out.getParent());
                rewriteWithOkapi(f.toFile(), out.toFile());
            }
        }
        String okapiText = Files.readString(okapi.resolve("nl-NL/paired.xlf"));
        assertNotEquals(Files.readString(pseudo.resolve("nl-NL/paired.xlf")), okapiText);
        Path copy = tmp.resolve("content-copy");
        copyTree(content, copy);
        assertEquals(List.of(), importFrom(pseudo).diagnostics());
        Path ours = content;
        content = copy;
        assertEquals(List.of(), importFrom(okapi).diagnostics());
        assertSameFiles(snapshot(ours), snapshot(copy));
    }

    static void rewriteWithOkapi(File in, File out) {
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL); XLIFFWriter writer = new XLIFFWriter()) {
            reader.open(in);
            writer.create(out, null);
            while (reader.hasNext()) {
                Event e = reader.next();
                writer.writeEvent(e);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    @Test
    void exportingTwiceWritesTheSameBytes() throws IOException {
        export("nl-NL");
        Map<String, byte[]> first = snapshot(xliff);
        export("nl-NL");
        assertSameFiles(first, snapshot(xliff));
    }
}
