package dev.tolk.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content files of one build, each read from disk once: the first reader reads it (text and
 * a digest of its bytes, for cache keys) and the read is held for the stages after it until
 * {@link #release} says its last user is done. A file asked for again after that, or one no
 * stage held, is read then (a rebuild that reuses a file's earlier products never reads it).
 * Safe for many threads.
 */
public final class SourceFiles {
    /** Opens a file's bytes; a test may count the reads. */
    public interface Opener {
        byte[] read(Path file) throws IOException;
    }

    /** A file as read: its text, and the SHA-256 of its bytes in hex. */
    public record Read(SourceText source, String digest) {
        public String text() {
            return source.text();
        }
    }

    private final Opener opener;
    private final boolean keep;
    private final Map<Path, Read> held = new ConcurrentHashMap<>();

    /** Reads from the file system. */
    public SourceFiles() {
        this(Files::readAllBytes, false);
    }

    /** Reads with {@code opener}; {@code keep}: hold every read to the end (a check looks up anchors of any page late). */
    public SourceFiles(Opener opener, boolean keep) {
        this.opener = opener;
        this.keep = keep;
    }

    /** The file's read: the one held, else read now and held. */
    public Read read(Path file) throws IOException {
        Read known = held.get(file);
        if (known != null) return known;
        byte[] bytes = opener.read(file);
        Read read = new Read(SourceText.decode(bytes), digest(bytes));
        Read raced = held.putIfAbsent(file, read);
        return raced == null ? read : raced;
    }

    /** The file's bytes, read now and not held (media, copied once). */
    public byte[] bytes(Path file) throws IOException {
        return opener.read(file);
    }

    /** The file's last user is done with it: its text is no longer held. */
    public void release(Path file) {
        if (!keep) held.remove(file);
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A new SHA-256 digest (every JDK has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
