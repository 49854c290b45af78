package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tolk build --shard}, {@code tolk merge}, {@code tolk check --shard} and
 * {@code tolk merge-reports} as CI meets them: the sample project (three locales, a planted
 * broken link so the exit code is 1) in shards, merged into what one build or check makes, and
 * every refusal a clear message with exit 2 and nothing written.
 */
class MergeCommandTest {
    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    /** The repository's sample project, with a page that links a page that does not exist. */
    private static Path project(Path tmp) throws IOException {
        Path p = tmp.resolve("project");
        copy(Path.of("content"), p.resolve("content"));
        Files.copy(Path.of("tolk.yaml"), p.resolve("tolk.yaml"));
        Files.writeString(p.resolve("content/nl-NL/AlchemyInsights/broken.md"), "---\ntitle: Kapot\n---\n# Kapot\n\n[weg](nergens.md)\n");
        return p;
    }

    private int build(Path p, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--config", p.resolve("tolk.yaml").toString(), "--source",
                p.resolve("content").toString(), "--jobs", "2"));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    private int check(Path p, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--config", p.resolve("tolk.yaml").toString(), "--source",
                p.resolve("content").toString(), "--jobs", "2"));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    /** Builds shards 1..n of {@code p} into {@code p/shard-I}: the one that renders the broken page fails, the others pass. */
    private void shards(Path p, int n) {
        int failed = 0;
        for (int i = 1; i <= n; i++) {
            int code = build(p, "--shard", i + "/" + n, "--out", p.resolve("shard-" + i).toString());
            assertEquals(err.contains("broken.md:6:7: error:") ? 1 : 0, code, out + err);
            failed += code;
            assertTrue(err.lines().reduce((a, b) -> b).orElse("").startsWith("Built shard " + i + "/" + n + ": "), err);
        }
        assertEquals(1, failed, "the error is one shard's");
    }

    @Test
    void mergedShardsAreTheSiteAndTheOutputOfOneBuild(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        assertEquals(1, build(p, "--out", p.resolve("whole").toString()), out + err);
        List<String> built = err.lines().filter(l -> !l.startsWith("tolk: ")).toList(); // not the progress lines of a slow build
        assertTrue(built.stream().anyMatch(l -> l.contains("broken.md:6:7: error: link target 'nergens.md' does not exist")), err);
        shards(p, 3);
        assertEquals(1, run("merge", "--out", p.resolve("site").toString(), p.resolve("shard-2").toString(),
                p.resolve("shard-3").toString(), p.resolve("shard-1").toString()), out + err);
        List<String> merged = err.lines().toList();
        assertEquals(built.subList(0, built.size() - 1), merged.subList(0, merged.size() - 1), "the diagnostics one build prints");
        String pages = built.get(built.size() - 1).replaceFirst("^Built (.*) in [0-9.]+ s$", "$1");
        assertEquals("Merged 3 shards: " + pages, merged.get(merged.size() - 1).replaceFirst(" in [0-9.]+ s$", ""));
        assertEquals(tree(p.resolve("whole")), tree(p.resolve("site")));
        for (String f : tree(p.resolve("whole")).keySet()) {
            assertArrayEquals(Files.readAllBytes(p.resolve("whole").resolve(f)), Files.readAllBytes(p.resolve("site").resolve(f)), f);
        }
        assertEquals(0, run("merge", "--out", p.resolve("site").toString(), "--strict", p.resolve("shard-1").toString(),
                p.resolve("shard-2").toString(), p.resolve("shard-3").toString()) - 1, "--strict fails on the warnings too");
    }

    @Test
    void refusesShardsOfDifferentInputsAndLeavesTheSite(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        shards(p, 2);
        Files.writeString(p.resolve("content/nl-NL/AlchemyInsights/broken.md"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertTrue(build(p, "--shard", "2/2", "--out", p.resolve("shard-2-later").toString()) <= 1, out + err);
        Files.createDirectories(p.resolve("site"));
        Files.writeString(p.resolve("site/index.html"), "the site before");
        assertEquals(2, run("merge", "--out", p.resolve("site").toString(), p.resolve("shard-1").toString(),
                p.resolve("shard-2-later").toString()), out + err);
        assertTrue(err.contains("(shard 1/2) and '" + p.resolve("shard-2-later") + "' (shard 2/2) were made from different inputs"), err);
        assertTrue(err.contains("nothing was written"), err);
        assertFalse((out + err).contains("\tat "), "no stack trace");
        assertEquals("the site before", Files.readString(p.resolve("site/index.html")));
        assertEquals(List.of("index.html"), new ArrayList<>(tree(p.resolve("site")).keySet()));
    }

    @Test
    void refusesShardsOfAnotherTolkAMissingOrRepeatedShardAndFoldersThatAreNoShards(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        shards(p, 2);
        String s1 = p.resolve("shard-1").toString();
        String s2 = p.resolve("shard-2").toString();
        String site = p.resolve("site").toString();
        assertEquals(2, run("merge", "--out", site, s1));
        assertTrue(err.contains("shard 2/2 is missing (given: 1/2)"), err);
        assertEquals(2, run("merge", "--out", site, s1, s1, s2));
        assertTrue(err.contains("shard 1/2 is given twice"), err);
        assertEquals(2, run("merge", "--out", site, s1, p.resolve("content").toString()));
        assertTrue(err.contains("is not a shard folder"), err);
        assertEquals(2, run("merge", "--out", site, s1, p.resolve("nowhere").toString()));
        assertTrue(err.contains("does not exist"), err);
        assertEquals(2, run("merge", "--out", p.resolve("shard-1/site").toString(), s1, s2));
        assertTrue(err.contains("would replace the shard folder"), err);
        Path index = p.resolve("shard-2/site/de-DE/search-index.json");
        byte[] whole = Files.readAllBytes(index);
        Files.write(index, Arrays.copyOf(whole, whole.length - 3));
        assertEquals(2, run("merge", "--out", site, s1, s2));
        assertTrue(err.contains("the search indexes of de-DE do not join: not a search index as Tolk writes them, at byte "), err);
        Files.write(index, whole);
        Path manifest = p.resolve("shard-2/tolk-shard.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"0.0.1-elsewhere\""));
        assertEquals(2, run("merge", "--out", site, s1, s2));
        assertTrue(err.contains("by Tolk 0.0.1-elsewhere: make every shard with the same Tolk"), err);
        Files.writeString(manifest, "{\"tool\": \"tolk\"");
        assertEquals(2, run("merge", "--out", site, s1, s2));
        assertTrue(err.contains("not a shard manifest this Tolk can read"), err);
        assertFalse(Files.exists(p.resolve("site")), "nothing written");
        assertFalse((out + err).contains("\tat "), "no stack trace");
    }

    @Test
    void shardChecksMergeToTheReportOfOneCheck(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        // junit too: the shards' reports name the files read, each a passing case (161 of 650 were left)
        for (String format : List.of("json", "sarif", "text", "junit", "github")) {
            assertEquals(1, check(p, "--format", format, "--output", p.resolve("one." + format).toString()), out + err);
            List<String> parts = new ArrayList<>(List.of("merge-reports", "--format", format, "--output",
                    p.resolve("joined." + format).toString()));
            for (int i = 1; i <= 3; i++) {
                Path part = p.resolve("part-" + i + ".json");
                int code = check(p, "--shard", i + "/3", "--format", "json", "--output", part.toString());
                assertTrue(code == 0 || code == 1, err);
                Map<?, ?> shard = (Map<?, ?>) ((Map<?, ?>) JsonReader.read(Files.readString(part))).get("shard");
                assertEquals(List.of((long) i, 3L, 64), List.of(shard.get("index"), shard.get("count"),
                        ((String) shard.get("input")).length()), "the shard block of " + part);
                parts.add(part.toString());
            }
            assertEquals(1, run(parts.toArray(String[]::new)), out + err);
            assertEquals(Files.readString(p.resolve("one." + format)), Files.readString(p.resolve("joined." + format)), format);
        }
        assertEquals(2, run("merge-reports", p.resolve("part-1.json").toString(), p.resolve("one.json").toString()));
        assertTrue(err.contains("'" + p.resolve("one.json") + "' is not a JSON report of tolk check --shard I/N --format json"), err);
        assertEquals(2, run("merge-reports", p.resolve("part-1.json").toString(), p.resolve("part-3.json").toString()));
        assertTrue(err.contains("shard 2/3 is missing (given: 1/3, 3/3)"), err);
        assertEquals(2, run("merge-reports", "--format", "yaml", p.resolve("part-1.json").toString()));
        assertTrue(err.contains("unknown --format 'yaml'"), err);
    }

    @Test
    void aShardIsGivenAsIOfN(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        for (String bad : List.of("3/2", "0/2", "2", "a/b")) {
            assertEquals(2, build(p, "--shard", bad, "--out", p.resolve("s").toString()), bad);
            assertTrue(err.contains("--shard takes I/N"), err);
            assertEquals(2, check(p, "--shard", bad), bad);
            assertTrue(err.contains("--shard takes I/N"), err);
        }
        assertEquals(2, build(p, "--shard", "1/2", "--out", p.resolve("content/shard").toString()));
        assertTrue(err.contains("is inside the content folder"), err);
        assertFalse(Files.exists(p.resolve("s")), "nothing written");
    }

    @Test
    void buildHelpSaysHowToShardAndMerge() {
        assertEquals(0, run("build", "--help"));
        assertTrue(out.contains("--shard=I/N"), out);
        assertTrue(out.contains("tolk merge --out site SHARD_DIR..."), out);
        assertEquals(0, run("merge", "--help"));
        assertTrue(out.contains("SHARD_DIR..."), out);
    }

    private static TreeMap<String, Long> tree(Path root) throws IOException {
        TreeMap<String, Long> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(f).toString(), Files.size(f));
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
