package dev.tolk.l10n;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it and the
 * temporary file is renamed over the target in one step, so a reader (or a killed process) sees
 * the old file or the new one, never half of it. {@code durable} also forces the bytes to disk
 * before the rename (content files: a power cut must not leave an empty article); files made
 * again from the content (an XLIFF export) skip that, thousands of syncs being most of an export.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path file, byte[] bytes, boolean durable) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tolk-tmp");
        try {
            keepMode(tmp, file);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                if (durable) ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Gives {@code tmp} (made private, rw-------) the mode {@code file} has, or rw-r--r-- for a new file, as a file written in place would have. */
    private static void keepMode(Path tmp, Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX modes: as made
        }
    }

    /** What a failed write says to a person, without the exception's class: the folder in the way, missing, or not writable. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException x) return x.getFile() + " is a file, not a folder";
        if (e instanceof java.nio.file.NoSuchFileException x) return "cannot make a file in " + java.nio.file.Path.of(x.getFile()).getParent();
        if (e instanceof java.nio.file.AccessDeniedException x) return "permission denied: " + x.getFile();
        if (e instanceof java.nio.file.FileSystemException x && x.getReason() != null) return x.getReason() + ": " + x.getFile();
        return String.valueOf(e.getMessage());
    }
}
