package dev.tolk.build;

import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.source.ContentTree;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole build as one product, as {@code make} and Gradle see it: when nothing a build reads
 * has changed since the last build into the same output with the same options (every file of the
 * content folder, the templates, the configuration and the files it names, Tolk's code; judged
 * by each file's size and modification time) and the output is the one that build wrote (every
 * file's size and time), the build has nothing to do: its diagnostics and counts are those
 * recorded then. The record is an entry of the cache store (checked like any other); a build is
 * recorded only when no input was modified in the two seconds before it was read, so an edit in
 * the same clock tick as a build is never mistaken for no edit (git's "racily clean" rule).
 */
final class UpToDate {
    private final CacheStore store;
    private final String key;
    private final Path out;
    private final ContentTree tree;
    private final String code;
    private final String inputs;
    private final boolean racy;

    private UpToDate(CacheStore store, String key, Path out, ContentTree tree, String code, String inputs, boolean racy) {
        this.store = store;
        this.key = key;
        this.out = out;
        this.tree = tree;
        this.code = code;
        this.inputs = inputs;
        this.racy = racy;
    }

    /** What was recorded of a build: its counts and its diagnostics. */
    record Recorded(SiteBuilder.Result result, List<Diagnostic> diagnostics) {
    }

    /** Scans the inputs of a build with {@code options} (the scan is the build's, if it runs). */
    static UpToDate of(SiteConfig config, SiteBuilder.Options options, List<Path> named) throws IOException {
        ContentTree tree = config.docfx().docset().scan(options.source(), config.exclude());
        String code = KeyCache.code(options.cache());
        Fingerprint which = new Fingerprint().add(CacheStore.FORMAT).add("up-to-date").add(code)
                .value(options.source().toAbsolutePath().normalize()).value(options.templates().toAbsolutePath().normalize())
                .value(options.out().toAbsolutePath().normalize()).value(options.locales())
                .value(options.workDir().toAbsolutePath().normalize());
        Stamps stamps = new Stamps();
        stamps.f.value(config);
        for (Map.Entry<String, ContentTree.LocaleFiles> e : new TreeMap<>(tree.locales()).entrySet()) {
            ContentTree.LocaleFiles l = e.getValue();
            stamps.f.add(e.getKey()).value(l.dir());
            for (String k : l.articles()) stamps.file(l.dir(), k, l.stamps().get(k)); // as the scan saw them
            for (List<String> keys : List.of(l.media(), l.tocs())) {
                for (String k : keys) stamps.file(l.dir().resolve(k));
            }
        }
        stamps.f.value(tree.refused());
        stamps.folder(options.templates());
        for (Path p : named) stamps.file(p);
        return new UpToDate(new CacheStore(options.cache(), CacheStore.DEFAULT_LIMIT), which.hex(),
                options.out().toAbsolutePath().normalize(), tree, code, stamps.f.hex(), stamps.newest > CacheStore.racyAfter());
    }

    /** The content folder as scanned. */
    ContentTree tree() {
        return tree;
    }

    /** Tolk's code ({@link KeyCache#code}), as fingerprinted for this check: the page keys take it from here. */
    String code() {
        return code;
    }

    /** The last build's record, if it was made from these very inputs and its output is untouched. */
    Optional<Recorded> unchanged() {
        byte[] payload = store.get(key).orElse(null);
        if (payload == null) return Optional.empty();
        try {
            PayloadReader in = new PayloadReader(payload);
            if (!in.readUTF().equals(inputs)) return Optional.empty();
            if (!in.readUTF().equals(outputStamps())) return Optional.empty();
            int files = in.readInt();
            int units = in.readInt();
            Map<String, Integer> perLocale = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) perLocale.put(in.readUTF(), in.readInt());
            List<Diagnostic> diagnostics = KeyProduct.readDiagnostics(in, payload.length);
            int pages = perLocale.values().stream().mapToInt(Integer::intValue).sum();
            return Optional.of(new Recorded(new SiteBuilder.Result(files, units, perLocale, 0, 0, pages, true), diagnostics));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a record that does not read: the build runs
        }
    }

    /** Records a build that wrote the output, unless an input was modified too recently to tell. */
    void record(SiteBuilder.Result result, List<Diagnostic> diagnostics) {
        if (racy || !result.written()) return;
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (DataOutputStream o = new DataOutputStream(buffer)) {
                o.writeUTF(inputs);
                o.writeUTF(outputStamps());
                o.writeInt(result.files());
                o.writeInt(result.units());
                o.writeInt(result.pagesPerLocale().size());
                for (Map.Entry<String, Integer> e : result.pagesPerLocale().entrySet()) {
                    o.writeUTF(e.getKey());
                    o.writeInt(e.getValue());
                }
                KeyProduct.writeDiagnostics(o, diagnostics);
            }
            store.put(key, buffer.toByteArray());
        } catch (IOException | UncheckedIOException e) {
            // not recorded: the next build runs
        }
    }

    /**
     * The size and time of every file of the output as it is now, with the folder it is: one
     * walk that takes each file's attributes as it lists it (three stats a file were a tenth of
     * a rebuild's system calls).
     */
    private String outputStamps() throws IOException {
        Stamps s = new Stamps();
        if (!Files.exists(out)) return "none";
        Path real = out.toRealPath();
        s.f.value(real);
        TreeMap<String, ContentTree.Stamp> files = new TreeMap<>(); // by the path below the folder, hashed once
        Files.walkFileTree(real, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if (a.isRegularFile()) files.put(real.relativize(file).toString(), ContentTree.Stamp.of(a));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        files.forEach((file, stamp) -> s.stamp(stamp, file));
        return s.f.hex();
    }

    /** A fingerprint of files' paths, sizes and modification times; the newest time seen. */
    private static final class Stamps {
        final Fingerprint f = new Fingerprint();
        long newest;

        void file(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isDirectory()) {
                    f.value(p).add("folder");
                } else {
                    f.value(p);
                    stamp(ContentTree.Stamp.of(a), null);
                }
            } catch (IOException e) {
                f.value(p).add("unreadable");
            }
        }

        /**
         * The file {@code key} of the folder {@code dir} (hashed before it), of {@code stamp}
         * (null: one the scan could not tell, looked at now): by its key, not its whole path.
         */
        void file(Path dir, String key, ContentTree.Stamp stamp) {
            if (stamp == null) {
                file(dir.resolve(key));
                return;
            }
            f.add(key);
            stamp(stamp, null);
        }

        /** A file's size and time as one item, after its {@code name} (null: named already). */
        void stamp(ContentTree.Stamp stamp, String name) {
            if (name != null) f.add(name);
            f.add(stamp.size() + " " + stamp.modified());
            newest = Math.max(newest, stamp.modified());
        }

        void folder(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                f.add("none");
                return;
            }
            List<Path> all = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(all::add); // a folder is its files
            }
            for (Path p : all) file(p);
        }
    }
}
