package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.ConfigLoader;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.testing.Costly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk cache of {@code tolk build} (DESIGN §9) on a copy of the sample project: a warm
 * build takes every article page from the cache and writes the very site and diagnostics a build
 * without the cache writes; an edit remakes only what it decides; garbled, truncated and foreign
 * entries are rebuilt, never trusted; two builds on one store at once both make correct sites.
 */
@Costly(seconds = 15)
class PageCacheIT {
    private static final Path SAMPLE = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;
    private Path project;
    private Path cache;

    /** A build's site folder, diagnostics and result. */
    private record Built(Path site, List<Diagnostic> diagnostics, SiteBuilder.Result result) {
    }

    @BeforeEach
    void copySample() throws IOException {
        project = tmp.resolve("project");
        copy(SAMPLE.resolve("content"), project.resolve("content"));
        copy(SAMPLE.resolve("templates"), project.resolve("templates"));
        Files.copy(SAMPLE.resolve("tolk.yaml"), project.resolve("tolk.yaml"));
        cache = project.resolve(".tolk/cache");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private Built build(String name, Path store) throws Exception {
        return build(name, store, new SiteBuilder());
    }

    private Built build(String name, Path store, SiteBuilder builder) throws Exception {
        return build(name, store, builder, SiteBuilder.Progress.NONE);
    }

    private Built build(String name, Path store, SiteBuilder builder, SiteBuilder.Progress progress) throws Exception {
        var config = new ConfigLoader().load(Files.readString(project.resolve("tolk.yaml")));
        DiagnosticCollector collector = new DiagnosticCollector(config.config().rules());
        Path out = tmp.resolve(name);
        SiteBuilder.Result result = builder.build(config.config(), new SiteBuilder.Options(project.resolve("content"),
                project.resolve("templates"), out, List.of(), 2, project, store), collector, progress);
        assertTrue(result.written());
        return new Built(out, collector.sorted(), result);
    }

    private static int articlePages(Built b) {
        return b.result().pagesPerLocale().values().stream().mapToInt(Integer::intValue).sum();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aWarmBuildTakesEveryPageFromTheCacheAndWritesTheSameSite() throws Exception {
        Built cold = build("cold", cache);
        assertEquals(0, cold.result().cached());
        Built warm = build("warm", cache);
        Built none = build("none", null);
        assertTrue(articlePages(warm) > 100);
        assertEquals(articlePages(warm), warm.result().cached(), "every article page from the cache");
        assertEquals(0, warm.result().bodies(), "no body made");
        GoldenSiteTest.assertSameTree(none.site(), warm.site());
        GoldenSiteTest.assertSameTree(none.site(), cold.site());
        assertEquals(none.diagnostics(), warm.diagnostics());
        assertEquals(none.diagnostics(), cold.diagnostics());
    }

    @Test
    void anEditRemakesTheEditedArticleOnly() throws Exception {
        build("first", cache);
        Path article = project.resolve("content/nl-NL/AlchemyInsights/activate-visio.md");
        assertTrue(Files.exists(article), "sample article moved: " + article);
        String text = Files.readString(article);
        Files.writeString(article, text.replaceFirst("(?m)^(<span data-ttu-id=\"[^\"]+\">)", "$1Bewerkt: "));
        assertTrue(!Files.readString(article).equals(text), "the edit changed nothing");
        Built edited = build("edited", cache);
        Built none = build("none", null);
        GoldenSiteTest.assertSameTree(none.site(), edited.site());
        assertEquals(none.diagnostics(), edited.diagnostics());
        // the key's pages in every locale (its nl-NL page, and the English one its lookups make) are made again
        int remade = articlePages(edited) - edited.result().cached();
        assertTrue(remade >= 1 && remade <= 4, "pages remade: " + remade);
    }

    @Test
    void aTemplateEditRemakesEveryPage() throws Exception {
        build("first", cache);
        Path template = project.resolve("templates/article.ftlh");
        assertTrue(Files.exists(template));
        Files.writeString(template, Files.readString(template).replace("${page.body?no_esc}", "${page.body?no_esc}<!-- edited -->"));
        Built edited = build("edited", cache);
        assertEquals(0, edited.result().cached());
        assertTrue(Files.readString(edited.site().resolve("nl-NL/AlchemyInsights/activate-visio.html")).contains("<!-- edited -->"));
    }

    @Test
    void garbledTruncatedAndForeignEntriesAreRebuiltNotTrusted() throws Exception {
        Built reference = build("reference", null);
        build("fill", cache);
        List<Path> entries = entries();
        assertTrue(entries.size() > 20, "entries: " + entries.size());
        int damaged = 0;
        for (int i = 0; i < entries.size(); i++) {
            Path e = entries.get(i);
            byte[] b = Files.readAllBytes(e);
            switch (i % 8) { // a key has two entries (its meta and its pages): damage a few of all, so some keys stay whole
                case 0 -> b[b.length / 2] ^= 0x20; // one flipped bit in the payload
                case 1 -> b = java.util.Arrays.copyOf(b, b.length * 2 / 3); // truncated
                case 2 -> b = Files.readAllBytes(entries.get((i + 1) % entries.size())); // another key's entry
                default -> {
                    continue; // left whole
                }
            }
            Files.write(e, b);
            damaged++;
        }
        Built after = build("after", cache);
        GoldenSiteTest.assertSameTree(reference.site(), after.site());
        assertEquals(reference.diagnostics(), after.diagnostics());
        assertTrue(after.result().cached() > 0 && after.result().cached() < articlePages(after),
                "whole entries are used, damaged ones are not: " + after.result().cached() + " of " + articlePages(after)
                        + " (" + damaged + " entries damaged)");
        Built again = build("again", cache);
        assertEquals(articlePages(again), again.result().cached(), "damaged entries were written again");
    }

    @Test
    void twoBuildsOnOneStoreAtOnceBothMakeCorrectSites() throws Exception {
        Built reference = build("reference", null);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Built>> runs = new ArrayList<>();
            for (String name : List.of("one", "two")) runs.add(two.submit(() -> build(name, cache)));
            for (Future<Built> f : runs) {
                Built b = f.get(120, TimeUnit.SECONDS);
                GoldenSiteTest.assertSameTree(reference.site(), b.site());
                assertEquals(reference.diagnostics(), b.diagnostics());
            }
        } finally {
            two.shutdownNow();
        }
        Built warm = build("warm", cache);
        assertEquals(articlePages(warm), warm.result().cached());
        GoldenSiteTest.assertSameTree(reference.site(), warm.site());
    }

    @Test
    void aCodeFileAPageShowsIsPartOfItsKey() throws Exception {
        Path en = project.resolve("content/en-US");
        Files.createDirectories(en);
        Files.writeString(en.resolve("snippet.cs"), "int answer = 41;\n");
        Files.writeString(en.resolve("code.md"), "---\ntitle: Code\n---\n# Code\n\n:::code language=\"csharp\" source=\"snippet.cs\":::\n");
        Built first = build("first", cache);
        assertTrue(Files.readString(first.site().resolve("en-US/code.html")).contains("answer = 41"));
        Files.writeString(en.resolve("snippet.cs"), "int answer = 42;\n");
        Built edited = build("edited", cache);
        assertTrue(Files.readString(edited.site().resolve("en-US/code.html")).contains("answer = 42"), "the page shows the new code");
        GoldenSiteTest.assertSameTree(build("none", null).site(), edited.site());
        assertEquals(articlePages(edited) - 1, edited.result().cached(), "only the page that shows the code is remade");
    }

    /** Sets every file of the project an hour back, as files not edited just now are. */
    private void ageProject() throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, hourAgo);
        }
    }

    @Test
    void aRebuildWithNoChangeKeepsTheSiteAndSaysWhatTheBuildSaid() throws Exception {
        ageProject();
        Built first = build("site", cache);
        Path folder = first.site().toRealPath();
        Built again = build("site", cache);
        assertEquals(folder, again.site().toRealPath(), "no new build folder: nothing was written");
        assertEquals(first.diagnostics(), again.diagnostics());
        assertEquals(articlePages(again), again.result().cached());
        assertEquals(0, again.result().bodies());
        GoldenSiteTest.assertSameTree(build("none", null).site(), again.site());
    }

    @Test
    void anEditedInputOrATouchedOutputRebuilds() throws Exception {
        ageProject();
        Path folder = build("site", cache).site().toRealPath();
        Path article = project.resolve("content/nl-NL/AlchemyInsights/activate-visio.md");
        Files.writeString(article, Files.readString(article) + "\nNog een zin.\n");
        Built edited = build("site", cache);
        Path second = edited.site().toRealPath();
        assertTrue(!second.equals(folder), "the edit was built");
        GoldenSiteTest.assertSameTree(build("none", null).site(), edited.site());
        // an input edited within two seconds of the build: the build is not recorded, so the next one runs too
        Built racy = build("site", cache);
        assertTrue(!racy.site().toRealPath().equals(second), "a build right after an edit is not trusted to be the last word");
        ageProject();
        Built settled = build("site", cache);
        Path third = settled.site().toRealPath();
        assertEquals(third, build("site", cache).site().toRealPath(), "settled inputs: a no-op again");
        Path page = settled.site().resolve("nl-NL/AlchemyInsights/activate-visio.html");
        String bytes = Files.readString(page);
        Files.writeString(page, bytes.replace("</html>", "<!-- changed by hand --></html>"));
        Built repaired = build("site", cache);
        assertTrue(!repaired.site().toRealPath().equals(third), "a changed output is built again");
        assertEquals(bytes, Files.readString(repaired.site().resolve("nl-NL/AlchemyInsights/activate-visio.html")));
    }

    private static int links(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:nlink");
    }

    /** Builds the aged project into {@code out}, then adds a sentence to one article; returns the article. */
    private Path oneArticleEditedAfterABuild(String out) throws Exception {
        ageProject();
        build(out, cache);
        Path article = project.resolve("content/nl-NL/AlchemyInsights/activate-visio.md");
        Files.writeString(article, Files.readString(article) + "\nNog een zin.\n");
        return article;
    }

    /**
     * A rebuild right after an edit reads the edited file but cannot record it (modified within
     * the racy two seconds): the catalog record stays as it was, file and all (its entry for the
     * file is stale by its stamp, and read again next time), instead of being written again
     * without that entry. Once the edit has settled, the next build records it.
     */
    @Test
    void aRebuildRightAfterAnEditLeavesTheCatalogRecordAsItWas() throws Exception {
        oneArticleEditedAfterABuild("site");
        var config = new ConfigLoader().load(Files.readString(project.resolve("tolk.yaml"))).config();
        String key = EntryStore.key(config, project.resolve("content"), project, KeyCache.code(cache));
        Path record = new CacheStore(cache, CacheStore.DEFAULT_LIMIT).dir().resolve(key.substring(0, 2)).resolve(key);
        Object file = Files.getAttribute(record, "unix:ino");
        Built edited = build("site", cache);
        GoldenSiteTest.assertSameTree(build("none", null).site(), edited.site());
        assertEquals(file, Files.getAttribute(record, "unix:ino"), "the record is the file the build before wrote");
        ageProject();
        build("site", cache);
        assertTrue(!file.equals(Files.getAttribute(record, "unix:ino")), "the settled edit is recorded: the record written again");
    }

    @Test
    void aRebuildLinksTheUnchangedPagesOfTheSiteItReplacesAndNoPageEditedByHand() throws Exception {
        Path article = oneArticleEditedAfterABuild("site");
        Built edited = build("site", cache);
        Path edit = edited.site().resolve("nl-NL/AlchemyInsights/activate-visio.html");
        Path other = edited.site().resolve("nl-NL/AlchemyInsights/activate-or-reactivate-a-subscription.html");
        assertTrue(Files.exists(other), "sample article moved: " + other);
        assertEquals(1, links(edit), "the edited page is written");
        assertEquals(2, links(other), "an unchanged page is the last site's file, linked");
        GoldenSiteTest.assertSameTree(build("none", null).site(), edited.site());

        // a page of the live site changed by hand, to the same length: not linked, written from the store
        String bytes = Files.readString(other);
        Files.writeString(other, bytes.replace("<html", "<HTML"));
        Files.writeString(article, Files.readString(article) + "\nEn nog een.\n");
        Built again = build("site", cache);
        Path now = again.site().resolve("nl-NL/AlchemyInsights/activate-or-reactivate-a-subscription.html");
        assertEquals(bytes, Files.readString(now));
        assertEquals(1, links(now), "a page changed since that build wrote it is not linked");
        int remade = articlePages(again) - again.result().cached();
        assertTrue(remade >= 1 && remade <= 4, "only the edited key's pages were made: " + remade);
        GoldenSiteTest.assertSameTree(build("none", null).site(), again.site());
    }

    /** A reader of content files that notes each file it reads in {@code reads}. */
    private static dev.tolk.source.SourceFiles.Opener noting(java.util.Set<Path> reads) {
        return file -> {
            reads.add(file.toAbsolutePath().normalize());
            return Files.readAllBytes(file);
        };
    }

    @Test
    void anEditReadsTheEditedArticleAndNoOtherOne() throws Exception {
        Path article = oneArticleEditedAfterABuild("first");
        java.util.Set<Path> reads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        dev.tolk.source.SourceFiles.Opener noting = noting(reads);
        Built edited = build("edited", cache, new SiteBuilder(noting));
        // the edited key's files (its page is remade from every locale's file of it), and no other article
        List<String> articles = reads.stream().filter(p -> p.toString().endsWith(".md")).map(p -> p.getFileName().toString())
                .distinct().toList();
        assertEquals(List.of("activate-visio.md"), articles, "the other articles' entries and digests come from the last build's record");
        Built none = build("none", null);
        GoldenSiteTest.assertSameTree(none.site(), edited.site());
        assertEquals(none.diagnostics(), edited.diagnostics());
        // the record that build wrote (the other entries' bytes as it had read them) serves the next one as well
        Files.writeString(article, Files.readString(article) + "\nNog een zin.\n");
        reads.clear();
        Built again = build("again", cache, new SiteBuilder(noting));
        assertEquals(List.of("activate-visio.md"), reads.stream().filter(p -> p.toString().endsWith(".md"))
                .map(p -> p.getFileName().toString()).distinct().toList(), "a record written from the last one's bytes reads back");
        GoldenSiteTest.assertSameTree(build("none-again", null).site(), again.site());
        // a garbled record: every file is read, and the site is the same
        for (Path e : entries()) {
            byte[] b = Files.readAllBytes(e);
            b[b.length - 1] ^= 0x01;
            Files.write(e, b);
        }
        Files.writeString(article, Files.readString(article) + "\nEn nog een.\n");
        reads.clear();
        Built garbled = build("garbled", cache, new SiteBuilder(noting));
        long mdFiles;
        try (Stream<Path> all = Files.walk(project.resolve("content"))) {
            mdFiles = all.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertEquals(mdFiles, reads.stream().filter(p -> p.toString().endsWith(".md")).count(), "every article read again");
        GoldenSiteTest.assertSameTree(build("none2", null).site(), garbled.site());
    }

    /**
     * A rebuild takes its pages' search entries from the store without their bytes. When a
     * locale's index has to be made whole (here: the stored indexes are gone), it reads them from
     * the store again, and reads no article for them; where the store lost them too between the
     * page pass and the search stage, it makes each page's entry again from its article. Either
     * way, the site and diagnostics of a build without the cache.
     */
    @Test
    void anIndexMadeWholeReadsItsEntriesFromTheStoreAgainOrMakesThemWhereTheStoreLostThem() throws Exception {
        Path article = oneArticleEditedAfterABuild("first");
        java.util.Set<Path> reads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        dev.tolk.source.SourceFiles.Opener noting = noting(reads);
        int indexes = 0;
        for (Path e : entries()) { // a payload after the header (magic, key, length, CRC) that is a search index's JSON
            byte[] b = Files.readAllBytes(e);
            if (new String(b, 0, Math.min(b.length, 100), java.nio.charset.StandardCharsets.ISO_8859_1).contains("{\"v\":")) {
                Files.delete(e);
                indexes++;
            }
        }
        assertTrue(indexes >= 4, "the stored search indexes: " + indexes);
        Built reread = build("reread", cache, new SiteBuilder(noting));
        assertTrue(reread.result().cached() > 100, "pages from the cache: " + reread.result().cached());
        assertEquals(List.of("activate-visio.md"), reads.stream().filter(p -> p.toString().endsWith(".md"))
                .map(p -> p.getFileName().toString()).distinct().toList(), "the entries read from the store, not made");
        Built none = build("none", null);
        GoldenSiteTest.assertSameTree(none.site(), reread.site());
        assertEquals(none.diagnostics(), reread.diagnostics());

        Files.writeString(article, Files.readString(article) + "\nEn nog een.\n");
        reads.clear();
        SiteBuilder.Progress losing = new SiteBuilder.Progress() {
            @Override
            public void pages(int done, int total) {
            }

            @Override
            public void stage(String name) {
                if (!name.equals("pages")) return;
                try { // after the page pass took its pages from the store, before the search stage
                    dev.tolk.output.AtomicOutput.deleteTree(cache);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        Built lost = build("lost", cache, new SiteBuilder(noting), losing);
        assertTrue(lost.result().cached() > 100, "pages from the cache: " + lost.result().cached());
        assertTrue(reads.stream().filter(p -> p.toString().endsWith(".md")).count() > 10, "the entries made again from their articles");
        Built none2 = build("none2", null);
        GoldenSiteTest.assertSameTree(none2.site(), lost.site());
        assertEquals(none2.diagnostics(), lost.diagnostics());
    }

    /** A dev server's build, in memory, with {@code store} (or none). */
    private Built serve(StageCache memo, Path store, List<Path> touched) throws Exception {
        var config = new ConfigLoader().load(Files.readString(project.resolve("tolk.yaml")));
        DiagnosticCollector collector = new DiagnosticCollector(config.config().rules());
        memo.touched(touched);
        SiteBuilder.InMemory made = new SiteBuilder().buildInMemory(config.config(), new SiteBuilder.Options(project.resolve("content"),
                project.resolve("templates"), null, List.of(), 2, project, store), memo, collector);
        assertTrue(made.site() != null);
        Path out = Files.createDirectories(tmp.resolve("served-" + System.nanoTime()));
        for (String path : made.site().paths()) {
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, made.site().read(path).orElseThrow());
        }
        return new Built(out, collector.sorted(), made.result());
    }

    @Test
    void aDevServerStartsFromWhatABuildLeftAndGoesOnFromMemory() throws Exception {
        ageProject();
        build("site", cache);
        StageCache memo = StageCache.watched();
        Built first = serve(memo, cache, List.of());
        assertEquals(articlePages(first), first.result().cached(), "every article page from the on-disk cache");
        assertEquals(0, first.result().bodies());
        Built none = build("none", null);
        GoldenSiteTest.assertSameTree(none.site(), first.site());
        assertEquals(none.diagnostics(), first.diagnostics());

        Path article = project.resolve("content/nl-NL/AlchemyInsights/activate-visio.md");
        Files.writeString(article, Files.readString(article) + "\nNog een zin.\n");
        Built edited = serve(memo, null, List.of(article));
        assertTrue(edited.result().bodies() >= 1 && edited.result().bodies() <= 4, "bodies made: " + edited.result().bodies());
        none = build("none-edited", null);
        GoldenSiteTest.assertSameTree(none.site(), edited.site());
        assertEquals(none.diagnostics(), edited.diagnostics());

        // a table of contents renamed: the pages whose navigation shows the name are made again, from their files
        Path toc = project.resolve("content/nl-NL/AlchemyInsights/TOC.yml");
        String text = Files.readString(toc);
        Files.writeString(toc, text.replace("\"Abonnementen en facturering\"", "\"Abonnementen\""));
        assertTrue(!Files.readString(toc).equals(text), "the sample's table of contents changed: " + toc);
        Built renamed = serve(memo, null, List.of(toc));
        assertTrue(renamed.result().bodies() > 4 && renamed.result().bodies() < articlePages(renamed),
                "bodies made: " + renamed.result().bodies());
        none = build("none-renamed", null);
        GoldenSiteTest.assertSameTree(none.site(), renamed.site());
        assertEquals(none.diagnostics(), renamed.diagnostics());
    }

    @Test
    void theStoreStaysWithinItsBound() throws Exception {
        CacheStore store = new CacheStore(tmp.resolve("store"), 10_000);
        byte[] payload = new byte[1_000];
        for (int i = 0; i < 30; i++) {
            String key = String.format("%064x", i);
            store.put(key, payload);
            Files.setLastModifiedTime(store.dir().resolve(key.substring(0, 2)).resolve(key),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        store.trim();
        long total = 0;
        List<String> kept = new ArrayList<>();
        try (Stream<Path> s = Files.walk(store.dir())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
                kept.add(p.getFileName().toString());
            }
        }
        assertTrue(total <= 10_000 * 3 / 4, "bytes kept: " + total);
        assertTrue(kept.contains(String.format("%064x", 29)), "the most recently used entry stays");
        assertTrue(!kept.contains(String.format("%064x", 0)), "the least recently used entry goes");
    }

    @Test
    void aHitMarksItsEntryUsedWhenLastMarkedOverAnHourAgo() throws Exception {
        CacheStore store = new CacheStore(tmp.resolve("store"), 1L << 30);
        String key = String.format("%064x", 7);
        byte[] payload = {1, 2, 3};
        store.put(key, payload);
        Path file = store.dir().resolve(key.substring(0, 2)).resolve(key);
        java.nio.file.attribute.FileTime recent = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 600_000L);
        Files.setLastModifiedTime(file, recent);
        assertArrayEquals(payload, store.get(key).orElseThrow());
        assertEquals(recent, Files.getLastModifiedTime(file), "marked ten minutes ago: left as it is");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        long before = System.currentTimeMillis() - 1_000L;
        assertArrayEquals(payload, store.get(key).orElseThrow());
        assertTrue(Files.getLastModifiedTime(file).toMillis() >= before, "marked two hours ago: marked now");
    }

    @Test
    void aTrimDropsTheStoresOfOtherFormats() throws Exception {
        CacheStore store = new CacheStore(tmp.resolve("store"), 1L << 30);
        store.put(String.format("%064x", 1), new byte[10]);
        Path old = Files.createDirectories(tmp.resolve("store/tolk-cache-1/ab"));
        Files.write(old.resolve("entry"), new byte[10]);
        Path unrelated = Files.createDirectories(tmp.resolve("store/notes"));
        store.trim();
        assertTrue(!Files.exists(tmp.resolve("store/tolk-cache-1")), "an older format's store goes");
        assertTrue(Files.isDirectory(unrelated), "a folder that is not a store stays");
        assertTrue(store.get(String.format("%064x", 1)).isPresent(), "this format's entries stay");
    }

    /**
     * The includes' findings and zone pivots come from the store while the includes are as they
     * were (an include is then parsed only for a page that is made and shows it); an edited
     * include or pivot file is read afresh. Every build equals one without a cache.
     */
    @Test
    void includesAndPivotsComeFromTheStoreUntilOneIsEdited() throws Exception {
        Path nl = project.resolve("content/nl-NL");
        Files.createDirectories(nl.resolve("includes"));
        Path include = nl.resolve("includes/gedeeld.md");
        Files.writeString(include, "Een gedeelde zin met een [kapotte link](nergens.md).\n");
        Files.writeString(nl.resolve("zone-pivot-groups.yml"), "### YamlMime:ZonePivotGroups\ngroups:\n- id: systemen\n"
                + "  title: Systemen\n  pivots:\n  - id: windows\n    title: Vensters\n");
        Path shows = nl.resolve("toont.md");
        Files.writeString(shows, "---\ntitle: Toont\nzone_pivot_groups: systemen\n---\n# Toont\n\n"
                + "[!INCLUDE [gedeeld](includes/gedeeld.md)]\n\n:::zone pivot=\"windows\"\n\nTekst.\n\n:::zone-end\n");
        Built first = build("first", cache);
        String page = Files.readString(first.site().resolve("nl-NL/toont.html"));
        assertTrue(page.contains("Een gedeelde zin") && page.contains("Vensters"), "the page shows the include and the pivot's title");
        assertTrue(first.diagnostics().stream().anyMatch(d -> d.file().endsWith("includes/gedeeld.md") && d.rule().equals("link/broken")),
                "the include's broken link is said at the include: " + first.diagnostics());
        // the page that shows the include is made again, from the stored includes
        Files.writeString(shows, Files.readString(shows) + "\nNog een zin.\n");
        Built edited = build("edited", cache);
        assertTrue(Files.readString(edited.site().resolve("nl-NL/toont.html")).contains("Een gedeelde zin"));
        Built none = build("none", null);
        GoldenSiteTest.assertSameTree(none.site(), edited.site());
        assertEquals(none.diagnostics(), edited.diagnostics());
        // an edit of a page that shows no include reads no include: its digest is the record's while its size and time are
        // (the files written an hour ago, so that the record may trust them)
        Path alone = nl.resolve("los.md");
        Files.writeString(alone, "---\ntitle: Los\n---\n# Los\n");
        try (Stream<Path> all = Files.walk(project.resolve("content"))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
            }
        }
        build("recorded", cache); // records the include's digest with its size and time
        java.util.Set<Path> reads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        dev.tolk.source.SourceFiles.Opener noting = noting(reads);
        Files.writeString(alone, Files.readString(alone) + "\nNog een zin.\n");
        Built unread = build("include-unread", cache, new SiteBuilder(noting));
        assertTrue(reads.stream().noneMatch(p -> p.endsWith("includes/gedeeld.md")), "the include was read: " + reads);
        GoldenSiteTest.assertSameTree(build("none-unread", null).site(), unread.site());
        // the same bytes with another time: read, digested again, and the pages taken from the store as before
        Files.setLastModifiedTime(include, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 1_800_000L));
        reads.clear();
        Built touched = build("include-touched", cache, new SiteBuilder(noting));
        assertTrue(reads.stream().anyMatch(p -> p.endsWith("includes/gedeeld.md")), "a touched include is read again");
        assertEquals(articlePages(touched), touched.result().cached(), "the same include, the same keys: every page from the store");
        GoldenSiteTest.assertSameTree(unread.site(), touched.site());
        // an edited include, then an edited pivot file: read afresh
        Files.writeString(include, "Een bewerkte zin.\n");
        Built include2 = build("include-edited", cache);
        assertTrue(Files.readString(include2.site().resolve("nl-NL/toont.html")).contains("Een bewerkte zin"));
        long showing;
        try (Stream<Path> s = Files.walk(include2.site().toRealPath())) {
            showing = s.filter(p -> p.getFileName().toString().equals("toont.html")).count();
        }
        assertTrue(showing >= 1);
        assertEquals(articlePages(include2) - showing, include2.result().cached(), "only the pages that show the include are made again");
        GoldenSiteTest.assertSameTree(build("none-include", null).site(), include2.site());
        Files.writeString(nl.resolve("zone-pivot-groups.yml"), Files.readString(nl.resolve("zone-pivot-groups.yml"))
                .replace("Vensters", "Ramen"));
        Built pivots = build("pivots-edited", cache);
        assertTrue(Files.readString(pivots.site().resolve("nl-NL/toont.html")).contains("Ramen"));
        Built none3 = build("none-pivots", null);
        GoldenSiteTest.assertSameTree(none3.site(), pivots.site());
        assertEquals(none3.diagnostics(), pivots.diagnostics());
    }

    /**
     * What an include holds is said while a page shows it, as the catalog record knows the pages' includes: a page
     * taken from the record still shows its include, one edited to drop it no longer does, and another edited to name
     * it does. Every build says what a build without the cache says.
     */
    @Test
    void anIncludeIsValidatedWhileAPageShowsItAsTheRecordSays() throws Exception {
        Path nl = project.resolve("content/nl-NL");
        Files.createDirectories(nl.resolve("includes"));
        Files.writeString(nl.resolve("includes/gedeeld.md"), "Een gedeelde zin met een [kapotte link](nergens.md).\n");
        Path shows = nl.resolve("toont.md");
        Files.writeString(shows, "---\ntitle: Toont\n---\n# Toont\n\n[!INCLUDE [gedeeld](includes/gedeeld.md)]\n");
        Path other = nl.resolve("los.md");
        Files.writeString(other, "---\ntitle: Los\n---\n# Los\n");
        ageProject();
        java.util.function.Predicate<Diagnostic> inInclude = d -> d.file().endsWith("includes/gedeeld.md") && d.rule().equals("link/broken");
        assertTrue(build("first", cache).diagnostics().stream().anyMatch(inInclude), "a page shows it");
        long minutes = 50;
        for (String[] edit : new String[][] {
                {"los.md", "\nNog een zin.\n", "shown"}, // toont.md's entry is the record's
                {"toont.md", null, "unshown"}, // toont.md no longer shows it
                {"los.md", "\n[!include[gedeeld](includes/gedeeld.md)]\n", "shown"}}) {
            Path file = nl.resolve(edit[0]);
            Files.writeString(file, edit[1] == null ? Files.readString(file).replace("[!INCLUDE [gedeeld](includes/gedeeld.md)]", "")
                    : Files.readString(file) + edit[1]);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - minutes-- * 60_000L));
            Built cached = build("cached-" + minutes, cache);
            Built none = build("none-" + minutes, null);
            assertEquals(none.diagnostics(), cached.diagnostics(), edit[0]);
            assertEquals(edit[2].equals("shown"), cached.diagnostics().stream().anyMatch(inInclude), edit[0] + " " + edit[2]);
            assertTrue(cached.result().cached() > 0, "pages from the store");
        }
    }

    /**
     * A page's key holds the includes it may show, not every include of the site. Random edits of includes and of the
     * pages that name them (an include written, edited or deleted in one locale, nested includes, a name in another
     * letter case, a missing include, a page that names others): after each, the cached build is the build without the
     * cache, byte for byte and in what it says; and pages are taken from the store all along.
     */
    @Test
    void randomIncludeEditsLeaveTheCachedSiteTheUncachedOne() throws Exception {
        try (Stream<Path> old = Files.walk(project.resolve("content"))) {
            for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        java.util.Random random = new java.util.Random(20261208L);
        List<String> locales = List.of("nl-NL", "de-DE", "en-US");
        List<String> pages = List.of("p0.md", "p1.md", "p2.md", "sub/p3.md", "sub/p4.md");
        List<String> includes = List.of("includes/a.md", "includes/b.md", "includes/sub/c.md", "includes/A.md");
        long base = System.currentTimeMillis() - 3_600_000L;
        List<Path> written = new ArrayList<>();
        for (String locale : locales) {
            for (String page : pages) written.add(writePage(locale, page, random));
            for (String include : includes.subList(0, 3)) written.add(writeInclude(locale, include, random));
        }
        for (Path p : written) Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(base));
        int cached = 0;
        List<String> done = new ArrayList<>();
        for (int step = 1; step <= 20; step++) {
            String locale = locales.get(random.nextInt(locales.size()));
            String include = includes.get(random.nextInt(includes.size()));
            Path edited = switch (random.nextInt(5)) {
                case 0, 1 -> writeInclude(locale, include, random);
                case 2 -> {
                    Path file = project.resolve("content").resolve(locale).resolve(include);
                    Files.deleteIfExists(file);
                    yield null;
                }
                default -> writePage(locale, pages.get(random.nextInt(pages.size())), random);
            };
            done.add(edited == null ? "delete " + locale + "/" + include : "write " + project.resolve("content").relativize(edited));
            if (edited != null) Files.setLastModifiedTime(edited, java.nio.file.attribute.FileTime.fromMillis(base + step * 1_000L));
            Built withCache = build("cached", cache);
            Built without = build("uncached", null);
            GoldenSiteTest.assertSameTree(without.site(), withCache.site());
            assertEquals(without.diagnostics(), withCache.diagnostics(), done.toString());
            if (edited != null && pages.contains(edited.getParent().getFileName().toString().equals("sub") ? "sub/" + edited.getFileName()
                    : edited.getFileName().toString()) && step > 1) {
                // a page's text edited (its title kept): the key's pages in the three locales are made again, no other
                assertEquals(articlePages(withCache) - 3, withCache.result().cached(), done.toString());
            }
            cached += withCache.result().cached();
        }
        assertTrue(cached > 0, "no page was taken from the store");
    }

    /** Writes a page of {@code locale} that names none to two includes (one perhaps missing, or in another letter case). */
    private Path writePage(String locale, String page, java.util.Random random) throws IOException {
        StringBuilder text = new StringBuilder("---\ntitle: " + page + "\n---\n# Page\n\n"); // its title other pages show stays
        String up = page.contains("/") ? "../" : "";
        for (int i = random.nextInt(3); i > 0; i--) {
            String[] names = {"a.md", "b.md", "sub/c.md", "A.md", "missing.md"};
            text.append("[!INCLUDE[i](").append(up).append("includes/").append(names[random.nextInt(names.length)]).append(")]\n\n");
        }
        Path file = project.resolve("content").resolve(locale).resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.append("Text ").append(random.nextInt(100)).append(".\n").toString());
        return file;
    }

    /** Writes an include of {@code locale}, which may name another. */
    private Path writeInclude(String locale, String include, java.util.Random random) throws IOException {
        String text = "Included " + locale + " " + random.nextInt(100) + ".\n";
        if (random.nextInt(3) == 0) text += "\n[!INCLUDE[n](" + (include.contains("sub/") ? "../b.md" : "sub/c.md") + ")]\n";
        Path file = project.resolve("content").resolve(locale).resolve(include);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /**
     * A trim counts every entry when no usage is recorded, when the recorded usage and this
     * process's writes pass the limit, or a day after the last count; in between it goes by the
     * record (a left-over temporary file shows which).
     */
    @Test
    void aTrimCountsEveryEntryOnlyWhenTheRecordedUsageCannotTell() throws Exception {
        CacheStore store = new CacheStore(tmp.resolve("store"), 100_000);
        store.put(String.format("%064x", 1), new byte[1_000]);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L);
        Path shard = store.dir().resolve("00");
        Path stale = shard.resolve("x.tmp-1");
        Files.write(stale, new byte[10]);
        Files.setLastModifiedTime(stale, old);
        store.trim(); // nothing recorded: counts, and clears the stale file
        assertTrue(!Files.exists(stale), "a count clears left-over temporary files");
        String usage = Files.readString(store.dir().resolve("usage")).strip();
        assertEquals(String.valueOf(Files.size(shard.resolve(String.format("%064x", 1)))), usage.split(" ")[0],
                "the count records the bytes of the one entry");
        Files.write(stale, new byte[10]);
        Files.setLastModifiedTime(stale, old);
        store.put(String.format("%064x", 2), new byte[1_000]);
        store.trim(); // within the limit, counted a moment ago: goes by the record
        assertTrue(Files.exists(stale), "no count while the record tells");
        long both = Files.size(shard.resolve(String.format("%064x", 1))) * 2;
        assertEquals(String.valueOf(both), Files.readString(store.dir().resolve("usage")).strip().split(" ")[0],
                "the record adds what was written");
        // a day after the count: counts again
        Files.writeString(store.dir().resolve("usage"), both + " " + (System.currentTimeMillis() - CacheStore.WALK_EVERY_MILLIS - 1));
        store.trim();
        assertTrue(!Files.exists(stale), "a day later, every entry is counted again");
        // writes that would pass the limit: counted, and the least recently used entries go
        CacheStore small = new CacheStore(tmp.resolve("store"), 3_000);
        for (int i = 3; i < 6; i++) small.put(String.format("%064x", i), new byte[1_000]);
        small.trim();
        long total;
        try (Stream<Path> s = Files.walk(small.dir())) {
            total = s.filter(p -> p.getParent().getParent().equals(small.dir())).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total <= 3_000 * 3 / 4, "bytes kept: " + total);
    }
}
