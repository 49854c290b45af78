package dev.tolk.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built site held in memory, as {@code tolk serve} serves it: each generated file's bytes, and
 * for media the content file they are copied from (read when asked for, not held); the search
 * indexes and the sitemap are made when first asked for. Immutable once
 * built; a rebuild makes a new one, sharing the bytes of the pages it did not change.
 */
public final class MemorySite {
    private final Map<String, Object> files;
    private final Set<String> downloads;

    private MemorySite(Map<String, Object> files, Set<String> downloads) {
        this.files = java.util.Collections.unmodifiableMap(files);
        this.downloads = Set.copyOf(downloads);
    }

    /** Whether the file at {@code path} is to be downloaded, never opened in the site ({@code active-content: download}). */
    public boolean download(String path) {
        return downloads.contains(path);
    }

    /** The site-relative paths of every file, {@code /}-separated. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** The bytes of a file, or empty if the site has none at {@code path} (or a media file has gone since). */
    public Optional<byte[]> read(String path) throws IOException {
        Object f = files.get(path);
        if (f instanceof byte[] bytes) return Optional.of(bytes);
        if (f instanceof Later later) return Optional.of(later.get());
        if (f instanceof Path file) {
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (java.nio.file.NoSuchFileException gone) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A file made the first time it is read, once. */
    private static final class Later {
        private final java.util.function.Supplier<byte[]> make;
        private byte[] bytes;

        Later(java.util.function.Supplier<byte[]> make) {
            this.make = make;
        }

        synchronized byte[] get() {
            if (bytes == null) bytes = make.get();
            return bytes;
        }
    }

    /** Collects the files of one build (thread-safe); {@link #site()} freezes them. */
    public static final class Builder implements SiteOutput {
        private final Map<String, Object> files;
        private final Set<String> downloads = ConcurrentHashMap.newKeySet();
        private boolean built;

        /** @param expected about how many files the site will have (the last one's count) */
        public Builder(int expected) {
            files = new ConcurrentHashMap<>(Math.max(16, expected + expected / 3));
        }

        @Override
        public void write(String path, byte[] bytes) {
            files.put(path, bytes);
        }

        @Override
        public void later(String path, java.util.function.Supplier<byte[]> content) {
            files.put(path, new Later(content));
        }

        @Override
        public void copy(String path, Path from) {
            files.put(path, from.toAbsolutePath());
        }

        @Override
        public void download(String path, Path from) {
            copy(path, from);
            downloads.add(path);
        }

        /** The site; the builder takes no more files after this. */
        public MemorySite site() {
            if (built) throw new IllegalStateException("site already made");
            built = true;
            return new MemorySite(files, downloads);
        }
    }
}
