package dev.tolk.output;

import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;

/**
 * The output directory, replaced whole or not at all. A build writes into a staging folder
 * beside the output ({@code .site.tolk-new-…}); {@link #commit()} moves the old site aside, moves
 * the new one in, then deletes the old. A build that fails or is killed leaves the previous site
 * in place; leftovers of a killed build are removed (or, if the kill fell between the two moves,
 * the previous site restored) by the next build.
 */
public final class AtomicOutput {
    private final Path out;
    private final Path staging;

    private AtomicOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    public static AtomicOutput begin(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        recover(abs);
        String id = UUID.randomUUID().toString().substring(0, 8);
        Path staging = parent.resolve("." + abs.getFileName() + ".tolk-new-" + id);
        Files.createDirectories(staging);
        return new AtomicOutput(abs, staging);
    }

    public Path dir() {
        return staging;
    }

    /** Swaps the new site in; the old one is deleted with the pool's threads (40,000 files take seconds alone). */
    public void commit(WorkPool pool) throws Exception {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + ".tolk-old-" + staging.getFileName().toString().replaceAll(".*-", ""));
            move(out, old);
        }
        move(staging, out);
        if (old != null) deleteTree(old, pool);
    }

    private static void deleteTree(Path root, WorkPool pool) throws Exception {
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        }
        pool.forEach(files.size(), i -> {
            try {
                Files.deleteIfExists(files.get(i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        deleteTree(root);
    }

    /** Abandons the staging folder; the previous site stays. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: the next build removes leftovers
        }
    }

    private static void recover(Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".tolk-";
        List<Path> leftovers;
        try (var s = Files.list(out.getParent())) {
            leftovers = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path p : leftovers) {
            if (p.getFileName().toString().startsWith(prefix + "old-") && !Files.exists(out)) move(p, out);
            else deleteTree(p);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
