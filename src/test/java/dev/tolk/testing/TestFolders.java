package dev.tolk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where the tests make their temporary folders ({@code @TempDir}, through this factory, named in
 * the POM as JUnit's default, and {@code BuiltOnce}): on the machine's tmpfs ({@code /dev/shm})
 * when it is one that can take them (a tmpfs mounted without {@code noexec}, since the release
 * zip's launcher runs from there, with at least {@value #NEEDED_GIB} GiB free), else where the
 * JVM makes them. The tests write and delete gigabytes of sites, shards and copies of the
 * docsets; a tmpfs does that for a fraction of a disk file system's CPU (copying the real
 * docsets' 8,900-file site: 0.26 s of system time instead of 1.77 s on ext4). Renames, links and
 * permissions behave the same there; the inputs are read where they are.
 */
public final class TestFolders implements TempDirFactory {
    private static final long NEEDED_GIB = 8;
    private static final Optional<Path> TMPFS = tmpfs(Path.of("/dev/shm"));

    /** A new folder named {@code prefix…} on the tmpfs, or in the JVM's temporary folder. */
    public static Path create(String prefix) throws IOException {
        return TMPFS.isPresent() ? Files.createTempDirectory(TMPFS.get(), prefix) : Files.createTempDirectory(prefix);
    }

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return create("junit");
    }

    private static Optional<Path> tmpfs(Path dir) {
        try {
            List<String> mounts = Files.readAllLines(Path.of("/proc/mounts"));
            for (String line : mounts) {
                String[] f = line.split(" ");
                if (f.length > 3 && f[1].equals(dir.toString()) && f[2].equals("tmpfs") && !List.of(f[3].split(",")).contains("noexec")
                        && Files.isWritable(dir) && Files.getFileStore(dir).getUsableSpace() >= NEEDED_GIB << 30) {
                    return Optional.of(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux), or the folder cannot be asked: the JVM's temporary folder
        }
        return Optional.empty();
    }
}
