package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build semantics that need a real process: byte-identical output whatever the time zone,
 * default locale and thread count; and a build killed midway leaves the previous site whole.
 */
class BuildSemanticsIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** Runs Tolk in a new JVM in {@code workDir}; its output goes to a log file in the system temp folder. */
    private static Process tolk(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.tolk.cli.Main");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("tolk-test-", ".log").toFile()).start();
    }

    @Test
    void sameInputGivesByteIdenticalSitesAcrossTimeZonesLocalesAndJobCounts(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Process p1 = tolk(PROJECT, List.of("-Duser.timezone=Pacific/Chatham", "-Duser.language=tr", "-Duser.country=TR",
                "-Dfile.encoding=UTF-8"), "build", "--no-cache", "--out", a.toString(), "--jobs", "1");
        Process p2 = tolk(PROJECT, List.of("-Duser.timezone=America/Los_Angeles", "-Duser.language=ar", "-Duser.country=SA",
                "-Dfile.encoding=UTF-8"), "build", "--no-cache", "--out", b.toString(), "--jobs", "4");
        assertTrue(p1.waitFor(120, TimeUnit.SECONDS) && p2.waitFor(120, TimeUnit.SECONDS));
        assertTrue(Files.exists(a.resolve("index.html")) && Files.exists(b.resolve("index.html")));
        assertTrue(GoldenSiteTest.files(a).size() > 100);
        GoldenSiteTest.assertSameTree(a, b);
    }

    @Test
    void aKilledBuildLeavesThePreviousSiteWhole(@TempDir Path tmp) throws Exception {
        Path small = tmp.resolve("small");
        writeDocset(small, 3);
        Path out = tmp.resolve("site");
        Process first = tolk(tmp, List.of(), "build", "--no-config", "--source", small.toString(),
                "--out", out.toString(), "--templates", PROJECT.resolve("templates").toString());
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue());
        List<String> before = snapshot(out);
        assertTrue(before.size() > 5);

        Path big = tmp.resolve("big");
        writeDocset(big, 4000);
        Process second = tolk(tmp, List.of(), "build", "--no-config", "--source", big.toString(),
                "--out", out.toString(), "--templates", PROJECT.resolve("templates").toString(), "--jobs", "1");
        Path staging = waitForStagingWithPages(tmp, 50, second);
        second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(staging != null, "the build never started writing pages");
        assertEquals(before, snapshot(out), "the previous site changed");

        Process third = tolk(tmp, List.of(), "build", "--no-config", "--source", small.toString(),
                "--out", out.toString(), "--templates", PROJECT.resolve("templates").toString());
        assertTrue(third.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, third.exitValue());
        try (Stream<Path> s = Files.list(tmp)) {
            // only the folder the output link leads to
            assertEquals(List.of(out.toRealPath()), s.filter(p -> p.getFileName().toString().startsWith(".site.tolk-")).toList(),
                    "leftovers of the killed build remain");
        }
    }

    private static Path waitForStagingWithPages(Path dir, int pages, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && build.isAlive()) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(x -> x.getFileName().toString().startsWith(".site.tolk-")).toList()) {
                    Path loc = p.resolve("nl-NL");
                    if (Files.isDirectory(loc)) {
                        try (Stream<Path> f = Files.list(loc)) {
                            if (f.count() >= pages) return p;
                        }
                    }
                }
            } catch (IOException racing) {
                // the staging folder may be created or filled while we look
            }
            Thread.sleep(20);
        }
        return null;
    }

    /** What a reader of the site would notice: every file with its content. */
    private static List<String> snapshot(Path site) throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : GoldenSiteTest.files(site)) out.add(f + " " + Files.readString(site.resolve(f)).hashCode());
        return out;
    }

    static void writeDocset(Path root, int articles) throws IOException {
        Path dir = root.resolve("nl-NL");
        Files.createDirectories(dir);
        for (int i = 0; i < articles; i++) {
            StringBuilder sb = new StringBuilder("---\ntitle: Artikel " + i + "\n---\n# ");
            sb.append(pair(i, 101, "Artikel " + i, "Article " + i)).append("\n\n");
            for (int k = 0; k < 20; k++) {
                sb.append(pair(i, 102 + k, "Zin " + k + " met [een link](a" + ((i + 1) % articles) + ".md).",
                        "Sentence " + k + " with [a link](a" + ((i + 1) % articles) + ".md).")).append(k % 4 == 3 ? "\n\n" : " ");
            }
            Files.writeString(dir.resolve("a" + i + ".md"), sb.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String pair(int article, int n, String target, String source) {
        String id = String.format("%05x-%d", article & 0xfffff, n);
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + source + "</span></span>";
    }

}
