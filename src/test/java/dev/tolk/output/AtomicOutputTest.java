package dev.tolk.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files an output lends the next site ({@link FolderSite}): the site before the replaced one
 * lends its files to be written over, the replaced (live) site its files to be linked; whatever
 * is lent, each site holds exactly what its build wrote, and the live site is never written into.
 */
class AtomicOutputTest {
    @TempDir
    Path tmp;

    /** One build into {@code out}: the pages written, as path and text. */
    private static void build(Path out, Map<String, String> pages) throws Exception {
        AtomicOutput output = AtomicOutput.begin(out);
        SiteOutput site = output.site();
        for (Map.Entry<String, String> p : pages.entrySet()) site.write(p.getKey(), p.getValue().getBytes(StandardCharsets.UTF_8));
        try (WorkPool pool = new WorkPool(2)) {
            output.commit(pool);
        }
    }

    private static Map<String, String> read(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site.toRealPath())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(site.toRealPath().relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino");
    }

    private List<Path> beside(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site.tolk-")).sorted().toList();
        }
    }

    @Test
    void theSiteBeforeLastLendsItsFilesAndTheNewSiteHoldsOnlyWhatItsBuildWrote() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Map.of("a.html", "a1", "gone.html", "g1", "x/b.html", "b1"));
        Object a1 = inode(out.resolve("a.html"));
        build(out, Map.of("a.html", "a2", "gone.html", "g2", "x/b.html", "b2"));
        build(out, Map.of("a.html", "a3", "x/b.html", "b3", "new.html", "n3"));

        assertEquals(Map.of("a.html", "a3", "x/b.html", "b3", "new.html", "n3"), read(out));
        assertEquals(a1, inode(out.resolve("a.html")), "the first site's file, moved in and written over");
        // beside the output: the live folder and the one it replaced, a whole site; the pool is gone
        assertEquals(2, beside(out).size(), "beside the site: " + beside(out));
        assertTrue(beside(out).stream().noneMatch(p -> p.getFileName().toString().contains("pool")));
    }

    @Test
    void aPoolFileWrittenOverHoldsExactlyItsNewBytesWhetherShorterOrLonger(@TempDir Path content) throws Exception {
        Path out = tmp.resolve("site");
        build(out, Map.of("short.html", "a much longer first text", "long.html", "x"));
        Object first = inode(out.resolve("short.html"));
        build(out, Map.of("short.html", "second", "long.html", "y"));
        build(out, Map.of("short.html", "3", "long.html", "a text longer than the pool's file"));
        assertEquals(Map.of("short.html", "3", "long.html", "a text longer than the pool's file"), read(out));
        assertEquals(first, inode(out.resolve("short.html")), "the pool's file, written over and cut");

        Path media = content.resolve("pic.png");
        Files.write(media, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        copy(out, media);
        Object copied = inode(out.resolve("m/pic.png"));
        Files.write(media, new byte[] {9, 9, 9});
        copy(out, media);
        Files.write(media, new byte[] {7, 7});
        copy(out, media);
        assertArrayEquals(new byte[] {7, 7}, Files.readAllBytes(out.resolve("m/pic.png")));
        assertEquals(copied, inode(out.resolve("m/pic.png")), "the pool's copy, written over and cut");
    }

    @Test
    void aFileTheLiveSiteSharesIsReplacedNeverWrittenInto() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Map.of("a.html", "one"));
        Path first = out.toRealPath();
        // the second site links its page from the first, as a rebuild does with pages from the cache
        AtomicOutput second = AtomicOutput.begin(out);
        assertTrue(second.site().link("a.html", first.resolve("a.html")));
        try (WorkPool pool = new WorkPool(2)) {
            second.commit(pool);
        }
        Path live = out.toRealPath();
        assertNotEquals(first, live);
        assertEquals(inode(first.resolve("a.html")), inode(live.resolve("a.html")));

        // the third build's pool is the first folder, whose file is the live site's too
        AtomicOutput third = AtomicOutput.begin(out);
        third.site().write("a.html", "three".getBytes(StandardCharsets.UTF_8));
        assertEquals("one", Files.readString(out.resolve("a.html")), "the live site, while the third build writes");
        try (WorkPool pool = new WorkPool(2)) {
            third.commit(pool);
        }
        assertEquals("three", Files.readString(out.resolve("a.html")));
        assertEquals("one", Files.readString(live.resolve("a.html")), "the site the third replaced");
    }

    @Test
    void aPathLinkedFromTheLiveSiteDropsThePoolsFileThereWhileTheBuildRuns() throws Exception {
        Path out = tmp.resolve("site");
        build(out, Map.of("a.html", "a", "b.html", "b"));
        build(out, Map.of("a.html", "a", "b.html", "b"));
        Path live = out.toRealPath();
        AtomicOutput third = AtomicOutput.begin(out); // its pool: the first folder, files of its own (no other link)
        Path pool = beside(out).stream().filter(p -> p.getFileName().toString().startsWith(".site.tolk-pool-")).findFirst()
                .orElseThrow(() -> new AssertionError("no pool beside " + out));
        assertTrue(Files.exists(pool.resolve("a.html")));
        assertTrue(third.site().link("a.html", live.resolve("a.html")));
        assertFalse(Files.exists(pool.resolve("a.html")), "the pool's file of a linked page, left for the commit");
        assertTrue(Files.exists(pool.resolve("b.html")));
        try (WorkPool workers = new WorkPool(1)) {
            third.commit(workers);
        }
        assertEquals(Map.of("a.html", "a"), read(out));
        assertFalse(Files.exists(pool));
    }

    @Test
    void aBuildThatLinksFromTheLiveSiteDeletesThePoolAndStillWritesWhatItMust() throws Exception {
        Path out = tmp.resolve("site");
        Path first = builtTwice(out, "a", "b", "gone");
        Path live = out.toRealPath();
        AtomicOutput third = AtomicOutput.begin(out, true); // no pool: the first folder is deleted while it works
        SiteOutput site = third.site();
        assertTrue(site.link("a.html", live.resolve("a.html")));
        site.write("b.html", "b3".getBytes(StandardCharsets.UTF_8));
        gone(first); // a build that takes longer than deleting it
        try (WorkPool workers = new WorkPool(2)) {
            third.commit(workers);
        }
        assertEquals(Map.of("a.html", "a2", "b.html", "b3"), read(out));
        assertEquals(Map.of("a.html", "a2", "b.html", "b2", "gone.html", "gone2"), read(live), "the site it replaced");
        assertEquals(2, beside(out).size(), "beside the site: " + beside(out));
    }

    @Test
    void aSiteReadyBeforeTheOldOneIsDeletedIsSwappedInAtOnceAndTheNextBuildDeletesTheRest() throws Exception {
        Path out = tmp.resolve("site");
        Path first = builtTwice(out, "a", "b", "c");
        Path live = out.toRealPath();
        // the sweep held after its first deletion until the build is done: a slow disk, or a site of 40,000 files
        AtomicOutput[] third = new AtomicOutput[1];
        java.util.concurrent.CountDownLatch deleting = new java.util.concurrent.CountDownLatch(1);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        third[0] = AtomicOutput.begin(out, true, () -> {
            deleting.countDown();
            while (third[0] == null || !third[0].ending()) {
                if (System.nanoTime() > deadline) throw new AssertionError("the build never ended");
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        });
        SiteOutput site = third[0].site();
        for (String page : List.of("a.html", "b.html", "c.html")) site.write(page, "3".getBytes(StandardCharsets.UTF_8));
        assertTrue(deleting.await(30, java.util.concurrent.TimeUnit.SECONDS), "the sweep deleted a file");
        try (WorkPool workers = new WorkPool(2)) {
            third[0].commit(workers);
        }
        assertEquals(Map.of("a.html", "3", "b.html", "3", "c.html", "3"), read(out), "swapped in");
        assertEquals(Map.of("a.html", "a2", "b.html", "b2", "c.html", "c2"), read(live), "the site it replaced");
        assertEquals(3, beside(out).size(), "the first folder's remains stay beside: " + beside(out));
        Map<String, String> remains = read(first);
        assertEquals(1, remains.size(), "two files deleted, the third left: " + remains);
        assertTrue(Map.of("a.html", "a1", "b.html", "b1", "c.html", "c1").entrySet().containsAll(remains.entrySet()));

        AtomicOutput fourth = AtomicOutput.begin(out, true);
        fourth.site().write("a.html", "4".getBytes(StandardCharsets.UTF_8));
        gone(first);
        try (WorkPool workers = new WorkPool(2)) {
            fourth.commit(workers);
        }
        assertEquals(Map.of("a.html", "4"), read(out));
        assertFalse(beside(out).contains(first), "the remains deleted by the next build: " + beside(out));
    }

    /**
     * Two builds into {@code out} of the pages {@code names} (each {@code name.html}, its text the
     * name and the build's number); the first build's folder, beside the live one.
     */
    private Path builtTwice(Path out, String... names) throws Exception {
        for (int n = 1; n <= 2; n++) {
            Map<String, String> pages = new TreeMap<>();
            for (String name : names) pages.put(name + ".html", name + n);
            build(out, pages);
        }
        Path live = out.toRealPath();
        List<Path> others = beside(out).stream().filter(p -> !p.equals(live)).toList();
        assertEquals(1, others.size(), "beside the site: " + beside(out));
        return others.get(0);
    }

    /** Waits (30 s at most) until the sweep has deleted {@code folder}. */
    private static void gone(Path folder) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (System.nanoTime() > deadline) throw new AssertionError(folder + " is still there after 30 s");
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void aCopyIsLinkedFromTheReplacedSiteOnlyWhileItHasTheSameBytes(@TempDir Path content) throws Exception {
        Path out = tmp.resolve("site");
        Path media = content.resolve("pic.png");
        Files.write(media, new byte[] {1, 2, 3, 4});
        copy(out, media);
        Path first = out.toRealPath().resolve("m/pic.png");
        copy(out, media);
        assertEquals(inode(first), inode(out.resolve("m/pic.png")), "the same bytes: linked from the replaced site");

        Files.write(media, new byte[] {1, 2, 3, 5}); // as long, other bytes
        Path second = out.toRealPath().resolve("m/pic.png");
        copy(out, media);
        assertArrayEquals(new byte[] {1, 2, 3, 5}, Files.readAllBytes(out.resolve("m/pic.png")));
        assertNotEquals(inode(second), inode(out.resolve("m/pic.png")));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Files.readAllBytes(second), "the replaced site's file");
    }

    private static void copy(Path out, Path media) throws Exception {
        AtomicOutput output = AtomicOutput.begin(out);
        output.site().copy("m/pic.png", media);
        try (WorkPool pool = new WorkPool(1)) {
            output.commit(pool);
        }
    }

    @Test
    void aLinkInThePoolIsNotFollowedAndAFolderOthersMayWriteIsNoPool(@TempDir Path elsewhere) throws Exception {
        Path out = tmp.resolve("site");
        build(out, Map.of("a.html", "a1", "b.html", "b1"));
        Path older = out.toRealPath();
        build(out, Map.of("a.html", "a2", "b.html", "b2"));
        // the folder the next build takes as its pool: a page there is now a link to a file elsewhere
        Path target = elsewhere.resolve("secret.txt");
        Files.writeString(target, "not the site's");
        Files.delete(older.resolve("a.html"));
        Files.createSymbolicLink(older.resolve("a.html"), target);
        build(out, Map.of("a.html", "a3", "b.html", "b3"));
        assertEquals(Map.of("a.html", "a3", "b.html", "b3"), read(out));
        assertFalse(Files.isSymbolicLink(out.resolve("a.html")));
        assertEquals("not the site's", Files.readString(target));

        // a folder beside the output that others may write into lends nothing: it is deleted
        Path before = out.toRealPath();
        Path open = beside(out).stream().filter(p -> !p.equals(before)).findFirst().orElseThrow();
        Object b = inode(open.resolve("b.html"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        // held open, its file keeps its number when the folder is deleted: no new file can have it
        try (var held = java.nio.channels.FileChannel.open(open.resolve("b.html"))) {
            build(out, Map.of("a.html", "a4", "b.html", "b4"));
            assertEquals(Map.of("a.html", "a4", "b.html", "b4"), read(out));
            assertNotEquals(b, inode(out.resolve("b.html")), "a file of the open folder was taken");
        }
        assertFalse(Files.exists(open), "swept away");
    }
}
