package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.testing.Costly;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a {@code tolk build} killed with SIGKILL ({@link Process#destroyForcibly()} on Linux)
 * at any point leaves the output path holding the complete old site or the complete new one,
 * byte for byte, and the next build succeeds and removes what the killed one left.
 *
 * <p>Each point is one real process, held there by {@code -Dtolk.test.pause-at} (see
 * {@code PausePoints}): the test waits for its marker file, with a deadline, then kills it. The
 * sweep covers the whole build (before the scan, after the N-th file written, with 1, 2 and 4
 * threads), the swap (the link made, on entry to its rename, after it), a build that writes over
 * the files of the site before the live one and deletes what it did not take of them, a first
 * build (no site yet), and a site that is a real folder (written by an
 * earlier Tolk), whose replacement still takes two renames: on entry to each of them, and after.
 */
@Costly(seconds = 25)
class KillSweepIT {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    /** What the output path must hold after the kill. */
    private enum Expect { OLD, NEW, NOTHING, OLD_ASIDE }

    /**
     * How the output looks before the killed build: built by Tolk (a link), built twice (a link,
     * and beside it the folder the second build replaced, whose files the next build takes), a real
     * folder, or absent.
     */
    private enum Before { BUILT, REBUILT, FOLDER, NONE, KILLED_BETWEEN_RENAMES }

    private record Point(String at, int jobs, Before before, Expect expect) {
    }

    @TempDir
    static Path tmp;
    private static Map<String, ByteBuffer> oldSite;
    private static Map<String, ByteBuffer> newSite;

    @BeforeAll
    static void referenceSites() throws Exception {
        Path a = tmp.resolve("ref-old");
        writeContent(a, false);
        assertEquals(0, build(a), "the old site builds");
        oldSite = SiteFiles.read(a.resolve("site"));
        Path b = tmp.resolve("ref-new");
        writeContent(b, false);
        writeContent(b, true);
        assertEquals(0, build(b), "the new site builds");
        newSite = SiteFiles.read(b.resolve("site"));
        assertTrue(oldSite.size() > 60, "files: " + oldSite.size());
        assertNotEquals(oldSite, newSite);
    }

    @Test
    void aBuildKilledAtAnyPointLeavesTheOldSiteOrTheNewOne() throws Exception {
        List<Point> points = List.of(
                new Point("begin", 1, Before.BUILT, Expect.OLD),
                new Point("staged", 1, Before.BUILT, Expect.OLD),
                new Point("written-1", 1, Before.BUILT, Expect.OLD),
                new Point("written-10", 1, Before.BUILT, Expect.OLD),
                new Point("written-25", 2, Before.BUILT, Expect.OLD),
                new Point("written-40", 4, Before.BUILT, Expect.OLD),
                new Point("written-60", 2, Before.BUILT, Expect.OLD),
                new Point("commit", 1, Before.BUILT, Expect.OLD),
                new Point("link", 1, Before.BUILT, Expect.OLD),
                new Point("swap", 1, Before.BUILT, Expect.OLD), // on entry to the swap's rename
                new Point("swapped", 1, Before.BUILT, Expect.NEW),
                // built twice before: the first build's folder lends its files to the new site, written over, while the
                // second's is live; what the new site did not take is deleted after the swap
                new Point("written-10", 1, Before.REBUILT, Expect.OLD),
                new Point("written-40", 2, Before.REBUILT, Expect.OLD),
                new Point("deleted-1", 1, Before.REBUILT, Expect.NEW),
                new Point("committed", 1, Before.BUILT, Expect.NEW),
                new Point("swap", 1, Before.NONE, Expect.NOTHING),
                new Point("swapped", 1, Before.NONE, Expect.NEW),
                new Point("aside", 1, Before.FOLDER, Expect.OLD), // on entry to the first rename (old site aside)
                new Point("in", 1, Before.FOLDER, Expect.OLD_ASIDE), // on entry to the second (new site in)
                new Point("swapped", 1, Before.FOLDER, Expect.NEW),
                new Point("deleted-1", 1, Before.FOLDER, Expect.NEW),
                new Point("committed", 1, Before.FOLDER, Expect.NEW),
                new Point("restored", 1, Before.KILLED_BETWEEN_RENAMES, Expect.OLD));
        // two points at a time, each in a folder of its own: the machine has two cores
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                Path dir = tmp.resolve("point-" + i);
                results.add(pool.submit(() -> {
                    try {
                        sweep(dir, p);
                        return null;
                    } catch (AssertionError e) {
                        return p + ": " + e.getMessage();
                    }
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> f : results) {
                if (f.get() != null) failures.add(f.get());
            }
            assertEquals(List.of(), failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sweep(Path dir, Point p) throws Exception {
        writeContent(dir, false);
        Path site = dir.resolve("site");
        switch (p.before()) {
            case BUILT -> assertEquals(0, build(dir));
            case REBUILT -> {
                assertEquals(0, build(dir));
                assertEquals(0, build(dir));
            }
            case FOLDER -> copy(oldSite, site);
            case KILLED_BETWEEN_RENAMES -> {
                copy(oldSite, site);
                writeContent(dir, true);
                killAt(dir, "in", 1);
                assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS), "killed between the renames");
            }
            case NONE -> { }
        }
        writeContent(dir, true);
        killAt(dir, p.at(), p.jobs());

        Map<String, ByteBuffer> found = SiteFiles.read(site);
        switch (p.expect()) {
            case OLD -> assertSame(oldSite, found, "the old site");
            case NEW -> assertSame(newSite, found, "the new site");
            case NOTHING -> assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS), "no site, as before the build");
            case OLD_ASIDE -> {
                // the one gap left: replacing a real folder takes two renames (see AtomicOutput)
                assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS), "between the two renames");
                assertSame(oldSite, SiteFiles.read(leftovers(dir).stream()
                        .filter(x -> x.getFileName().toString().startsWith(".site.tolk-old-")).findFirst()
                        .orElseThrow(() -> new AssertionError("the old site is not aside"))), "the old site, aside");
            }
        }

        assertEquals(0, build(dir), "the next build");
        assertSame(newSite, SiteFiles.read(site), "the next build's site");
        assertTrue(Files.isSymbolicLink(site));
        // beside the site: the folder it leads to and at most the one it replaced, a whole site (the next build deletes it)
        List<Path> left = leftovers(dir);
        assertTrue(left.contains(site.toRealPath()) && left.size() <= 2, "beside the site: " + left);
        for (Path folder : left) {
            Map<String, ByteBuffer> there = SiteFiles.read(folder);
            assertTrue(there.equals(oldSite) || there.equals(newSite), folder + " is not a whole site");
        }
    }

    /** Starts a build of the new content held at {@code point}, waits until it is there, and kills it. */
    private static void killAt(Path dir, String point, int jobs) throws Exception {
        Path marker = dir.resolve("paused");
        Files.deleteIfExists(marker);
        TolkProcess tolk = TolkProcess.of(List.of("-Dtolk.test.pause-at=" + point, "-Dtolk.test.pause-marker=" + marker),
                args(dir, jobs)).in(dir);
        Process build = tolk.start(dir.resolve("killed-" + point + ".log"));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker)) {
                if (!build.isAlive()) fail("the build ended (exit " + build.exitValue() + ") before '" + point + "'\n" + tolk.output());
                if (System.nanoTime() > deadline) fail("the build did not reach '" + point + "' in 60 s\n" + tolk.output());
                build.waitFor(10, TimeUnit.MILLISECONDS);
            }
            assertEquals(point, Files.readString(marker));
        } finally {
            build.destroyForcibly(); // SIGKILL
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed build is gone");
        }
        assertEquals(137, build.exitValue(), "killed by SIGKILL");
    }

    private static String[] args(Path dir, int jobs) {
        return new String[] {"build", "--no-cache", "--config", dir.resolve("tolk.yaml").toString(), "--source", dir.resolve("content").toString(),
                "--templates", TEMPLATES.toString(), "--out", dir.resolve("site").toString(), "--jobs", String.valueOf(jobs)};
    }

    /** A build in this JVM (the reference sites, the builds before and after a kill). */
    private static int build(Path dir) {
        StringWriter out = new StringWriter();
        return Main.run(new PrintWriter(out), new PrintWriter(out), args(dir, 2));
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site.tolk-")).sorted().toList();
        }
    }

    private static void assertSame(Map<String, ByteBuffer> want, Map<String, ByteBuffer> got, String what) {
        if (!want.equals(got)) fail(what + " is not whole: " + SiteFiles.differences(want, got, 5) + " (" + got.size() + " files)");
    }

    private static void copy(Map<String, ByteBuffer> files, Path to) throws IOException {
        for (Map.Entry<String, ByteBuffer> e : files.entrySet()) {
            Path f = to.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue().array());
        }
    }

    /**
     * The project: two locales of sixteen articles, an image and a table of contents; {@code changed}
     * applies the edits between the old site and the new one (an article edited, one added, one
     * deleted, the image replaced).
     */
    private static void writeContent(Path dir, boolean changed) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("tolk.yaml"), "title: Sweep\nsource-locale: en-US\n");
        for (String locale : List.of("nl-NL", "de-DE")) {
            Path c = dir.resolve("content").resolve(locale);
            Files.createDirectories(c);
            if (!changed) {
                for (int i = 0; i < 16; i++) Files.writeString(c.resolve("a" + i + ".md"), article(i, "Zin " + i, "Sentence " + i));
                Files.write(c.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
                Files.writeString(c.resolve("toc.yml"), "- name: Start\n  href: a0.md\n- name: Een\n  href: a1.md\n");
            } else {
                Files.writeString(c.resolve("a1.md"), article(1, "Nieuwe zin", "New sentence"));
                Files.writeString(c.resolve("a16.md"), article(16, "Zin 16", "Sentence 16"));
                Files.deleteIfExists(c.resolve("a5.md"));
                Files.write(c.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
            }
        }
    }

    private static String article(int n, String target, String source) {
        String id = String.format("%05x", 0xa0000 + n);
        return "---\ntitle: Artikel " + n + "\n---\n# " + pair(id + "-101", "Artikel " + n, "Article " + n) + "\n\n"
                + pair(id + "-102", target + ", zie [start](a0.md).", source + ", see [start](a0.md).") + "\n\n![pic](pic.png)\n";
    }

    private static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id
                + "\">" + source + "</span></span>";
    }
}
