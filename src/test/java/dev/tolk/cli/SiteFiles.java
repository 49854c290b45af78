package dev.tolk.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A built site as a reader finds it: every file by its site path, with its bytes. */
final class SiteFiles {
    private SiteFiles() {
    }

    /** The files under {@code site} (followed if it is a link, as the output is); empty if there is nothing there. */
    static Map<String, ByteBuffer> read(Path site) throws IOException {
        Map<String, ByteBuffer> files = new TreeMap<>();
        if (!Files.exists(site)) return files;
        try (Stream<Path> walk = Files.walk(site, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), ByteBuffer.wrap(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** The paths that differ between two sites (missing on one side, or other bytes), at most {@code max}. */
    static List<String> differences(Map<String, ByteBuffer> a, Map<String, ByteBuffer> b, int max) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        List<String> out = new ArrayList<>();
        for (String k : all.keySet()) {
            if (out.size() >= max) break;
            if (!a.containsKey(k)) out.add(k + " (only in the second)");
            else if (!b.containsKey(k)) out.add(k + " (only in the first)");
            else if (!a.get(k).equals(b.get(k))) out.add(k + " (bytes differ)");
        }
        return out;
    }
}
