package dev.tolk.build;

import dev.tolk.diag.Diagnostic;
import dev.tolk.output.AtomicOutput;
import dev.tolk.output.SiteOutput;
import dev.tolk.search.SearchIndexJoin;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tolk merge} (DESIGN §9): the shard folders of one site joined into the site one build
 * writes. Every shard of the set must be there once, all built by the same Tolk from the same
 * input; then each shard's files are copied (no file may come from two shards), each locale's
 * search index is assembled from the shards' partial ones, and the output is swapped in whole.
 * The diagnostics are the shards' joined ({@link ShardDiagnostics#join}).
 */
public final class SiteMerge {
    /** What the merge made: the site's file count and pages per locale, and the diagnostics one build reports. */
    public record Result(String version, int files, Map<String, Integer> pagesPerLocale, List<Diagnostic> diagnostics) {
    }

    private SiteMerge() {
    }

    /** Joins the shard folders {@code shards} into {@code out}, replaced whole; nothing is written when they are refused. */
    public static Result merge(List<Path> shards, Path out, int jobs) throws ShardSet.Refused, Exception {
        List<ShardManifest> manifests = read(shards);
        List<ShardSet.Member> members = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            ShardManifest m = manifests.get(i);
            members.add(new ShardSet.Member(shards.get(i).toString(), m.version(), m.plan(), m.input()));
        }
        ShardSet.check(members);
        refuseOverlap(shards, out);
        ShardManifest first = manifests.get(0);
        AtomicOutput output = AtomicOutput.begin(out);
        boolean committed = false;
        try (WorkPool pool = new WorkPool(jobs)) {
            SiteOutput site = output.site();
            Map<String, List<SearchIndexJoin.Part>> indexes = new LinkedHashMap<>();
            for (String locale : first.pages().keySet()) indexes.put(locale, new ArrayList<>());
            Map<String, Path> copies = new TreeMap<>();
            for (int s = 0; s < shards.size(); s++) {
                Path root = shards.get(s).resolve(ShardManifest.SITE);
                for (Map.Entry<String, Path> f : files(root).entrySet()) {
                    String path = f.getKey();
                    String locale = path.endsWith("/search-index.json") ? path.substring(0, path.indexOf('/')) : null;
                    if (locale != null && indexes.containsKey(locale) && path.equals(locale + "/search-index.json")) {
                        indexes.get(locale).add(new SearchIndexJoin.Part(Files.readAllBytes(f.getValue()),
                                manifests.get(s).search().getOrDefault(locale, List.of())));
                    } else if (path.endsWith("/search-index.js") && indexes.containsKey(path.substring(0, path.indexOf('/')))) {
                        continue; // a shard's part; written from the joined index below
                    } else if (copies.putIfAbsent(path, f.getValue()) != null) {
                        throw new ShardSet.Refused("'" + path + "' is in two shards: " + copies.get(path) + " and " + f.getValue());
                    }
                }
            }
            List<Map.Entry<String, Path>> list = new ArrayList<>(copies.entrySet());
            pool.forEach(list.size(), i -> {
                try {
                    site.copy(list.get(i).getKey(), list.get(i).getValue());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (Map.Entry<String, List<SearchIndexJoin.Part>> e : indexes.entrySet()) {
                if (e.getValue().size() != shards.size()) {
                    throw new ShardSet.Refused("a shard has no search index of " + e.getKey() + " (" + e.getKey() + "/search-index.json)");
                }
            }
            // the locales' indexes joined at once, each on a thread
            List<String> locales = new ArrayList<>(indexes.keySet());
            byte[][] joined = new byte[locales.size()][];
            String[] refused = new String[locales.size()];
            pool.forEach(locales.size(), i -> {
                try {
                    joined[i] = SearchIndexJoin.join(locales.get(i), indexes.get(locales.get(i)));
                } catch (IllegalArgumentException bad) {
                    refused[i] = "the search indexes of " + locales.get(i) + " do not join: " + bad.getMessage();
                }
            });
            for (int i = 0; i < locales.size(); i++) {
                if (refused[i] != null) throw new ShardSet.Refused(refused[i]);
                byte[] index = joined[i];
                site.write(locales.get(i) + "/search-index.json", index);
                site.later(locales.get(i) + "/search-index.js", dev.tolk.search.SearchIndexWriter.scriptHead(), () -> index,
                        dev.tolk.search.SearchIndexWriter.scriptTail());
            }
            List<ShardDiagnostics.Said> found = new ArrayList<>();
            for (ShardManifest m : manifests) found.add(m.diagnostics());
            Result result = new Result(first.version(), first.files(), first.pages(), ShardDiagnostics.join(found));
            output.commit(pool);
            committed = true;
            return result;
        } finally {
            if (!committed) output.abandon();
        }
    }

    private static List<ShardManifest> read(List<Path> shards) throws ShardSet.Refused {
        List<ShardManifest> manifests = new ArrayList<>();
        for (Path dir : shards) {
            try {
                manifests.add(ShardManifest.read(dir));
            } catch (ShardManifest.Unreadable e) {
                throw new ShardSet.Refused(e.getMessage());
            }
        }
        return manifests;
    }

    /** The output must not be a shard folder, inside one or around one (it is replaced whole). */
    private static void refuseOverlap(List<Path> shards, Path out) throws ShardSet.Refused {
        Path target = out.toAbsolutePath().normalize();
        for (Path s : shards) {
            Path shard = s.toAbsolutePath().normalize();
            if (target.startsWith(shard) || shard.startsWith(target)) {
                throw new ShardSet.Refused("output folder '" + out + "' would replace the shard folder '" + s + "'; choose another --out");
            }
        }
    }

    /** Every regular file below {@code root} by its {@code /}-separated path. */
    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(root)) return out; // a shard of a site without locales wrote nothing
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) out.put(root.relativize(file).toString().replace('\\', '/'), file);
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
