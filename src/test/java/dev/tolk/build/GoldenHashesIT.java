package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole sites pinned by hash: the real docsets ({@code ../shared/corpus}, or the bundled subset on
 * a clone with nothing beside it), the DocFX docset and a generated docset must build to the very
 * bytes that were reviewed (src/test/resources/golden-hashes.txt: each site's SHA-256 over its
 * files' paths and bytes, and its file count). Speed work must not change a byte of output; a
 * reviewed change of output rewrites the hashes with {@code -Dtolk.golden.update=true}.
 */
class GoldenHashesIT {
    private static final Path HASHES = Path.of("src/test/resources/golden-hashes.txt");
    private static final boolean UPDATE = Boolean.getBoolean("tolk.golden.update");

    @TempDir
    Path tmp;

    @Test
    void theRealDocsetsBuildToTheReviewedSite() throws IOException {
        assertReviewed(SharedData.wholeCorpus() ? "corpus" : "corpus-subset", BuiltOnce.realDocsets().site());
    }

    @Test
    void theDocfxDocsetBuildsToTheReviewedSite() throws IOException {
        assertReviewed("docfx", BuiltOnce.docfx().site());
    }

    @Test
    void aGeneratedDocsetBuildsToTheReviewedSite() throws Exception {
        Path project = tmp.resolve("project");
        ShardMergeIT.generate(project.resolve("content"), 150, "nl-NL,de-DE,ja-JP");
        Path site = tmp.resolve("site");
        GoldenSiteTest.build(project, site, 2);
        assertReviewed("generated-150x3", site);
    }

    /** The site's hash and file count, as the hashes file says (or written there, when updating). */
    private static synchronized void assertReviewed(String name, Path site) throws IOException {
        String actual = hash(site);
        Map<String, String> hashes = read();
        if (UPDATE) {
            hashes.put(name, actual);
            StringBuilder out = new StringBuilder("# name sha256 files: see GoldenHashesIT (update with -Dtolk.golden.update=true)\n");
            hashes.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
            Files.writeString(HASHES, out);
            return;
        }
        assertTrue(hashes.containsKey(name), "no reviewed hash for " + name + " in " + HASHES);
        assertEquals(hashes.get(name), actual, name + ": the site is not the reviewed one");
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(HASHES)) return out;
        for (String line : Files.readAllLines(HASHES)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.indexOf(' ');
            out.put(line.substring(0, space), line.substring(space + 1));
        }
        return out;
    }

    /** SHA-256 over each file's site-relative path and bytes, in path order, then the file count. */
    static String hash(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site.toRealPath())) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path root = site.toRealPath();
        for (Path f : files) {
            sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] bytes = Files.readAllBytes(f);
            sha.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest()) + " " + files.size();
    }
}
