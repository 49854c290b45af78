package dev.tolk.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The content files of one build, each read from disk once: the first reader reads it (text and
 * a digest of its bytes, for cache keys) and the read is held for the stages after it until
 * {@link #release} says its last user is done. A file asked for again after that, or one no
 * stage held, is read then (a rebuild that reuses a file's earlier products never reads it).
 * The reads held are a large docset's biggest cost in memory: they are held as read while their
 * bytes are within a budget, and deflated beyond it ({@link HeldText}), so that what a build
 * holds grows with the docset by a third of its text. A run that keys nothing by content (a
 * one-off build without the on-disk cache, a check, the translation loop) reads {@linkplain
 * #undigested without digests}: hashing every file was a tenth of such a run's time. Safe for many threads.
 */
public final class SourceFiles {
    /** Opens a file's bytes; a test may count the reads. */
    public interface Opener {
        byte[] read(Path file) throws IOException;
    }

    /** A file as read: its text, and the SHA-256 of its bytes in hex (null when read {@linkplain #undigested without digests}). */
    public record Read(SourceText source, String digest) {
        public String text() {
            return source.text();
        }
    }

    /** The bytes of the files held as read, at most: beyond it they are held deflated. */
    public static final long BUDGET = 128L << 20;

    /** A read held: as read ({@code read}), or its bytes deflated ({@code deflated}) with their digest. */
    private record Held(Read read, HeldText deflated, String digest, int size) {
        Read take() {
            return read != null ? read : new Read(SourceText.decode(deflated.bytes()), digest);
        }
    }

    private final Opener opener;
    private final boolean keep;
    private final long budget;
    private final boolean digested;
    private final AtomicLong asRead = new AtomicLong();
    private final Map<Path, Held> held = new ConcurrentHashMap<>();
    private final Map<Path, String> digests = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<Path, String>> recording = new ThreadLocal<>();

    /** Reads from the file system. */
    public SourceFiles() {
        this(Files::readAllBytes, false);
    }

    /** Reads with {@code opener}; {@code keep}: hold every read to the end (a check looks up anchors of any page late). */
    public SourceFiles(Opener opener, boolean keep) {
        this(opener, keep, BUDGET);
    }

    /** As {@link #SourceFiles(Opener, boolean)}, holding at most {@code budget} bytes of files as read. */
    public SourceFiles(Opener opener, boolean keep, long budget) {
        this(opener, keep, budget, true);
    }

    private SourceFiles(Opener opener, boolean keep, long budget, boolean digested) {
        this.opener = opener;
        this.keep = keep;
        this.budget = budget;
        this.digested = digested;
    }

    /**
     * As {@link #SourceFiles(Opener, boolean)}, for a run that asks no file's digest: reads make
     * none ({@link Read#digest} is null), and {@link #digest}, {@link #digests} and {@link #record}
     * fail.
     */
    public static SourceFiles undigested(Opener opener, boolean keep) {
        return new SourceFiles(opener, keep, BUDGET, false);
    }

    /** The file's read: the one held, else read now and held. */
    public Read read(Path file) throws IOException {
        Held had = held.get(file);
        Read known;
        if (had != null) {
            known = had.take();
        } else {
            byte[] bytes = opener.read(file);
            known = new Read(SourceText.decode(bytes), digested ? digest(bytes) : null);
            if (digested) digests.put(file, known.digest());
            Held mine = hold(known, bytes);
            Held raced = held.putIfAbsent(file, mine);
            if (raced != null) { // another thread read it first: its read is the one held
                unhold(mine);
                known = raced.take();
            }
        }
        Map<Path, String> seen = recording.get();
        if (seen != null) seen.put(file, known.digest());
        return known;
    }

    /** {@code read} to hold: as it is while the budget allows its {@code bytes}, else deflated. */
    private Held hold(Read read, byte[] bytes) {
        if (asRead.addAndGet(bytes.length) <= budget) return new Held(read, null, read.digest(), bytes.length);
        asRead.addAndGet(-bytes.length);
        return new Held(null, HeldText.of(bytes), read.digest(), bytes.length);
    }

    /** {@code gone} is held no more: its bytes leave the budget if it was held as read. */
    private void unhold(Held gone) {
        if (gone != null && gone.read() != null) asRead.addAndGet(-gone.size());
    }

    /** The digest of a file: as read in this build, else read now. */
    public String digest(Path file) throws IOException {
        digested();
        String known = digests.get(file);
        return known != null ? known : read(file).digest();
    }

    /**
     * Tells the digest of a file this build need not read (an earlier build's record of it, whose
     * size and time are unchanged): {@link #digest} answers with it.
     */
    public void known(Path file, String digest) {
        digests.putIfAbsent(file, digest);
    }

    /** The digests of every file read (or {@linkplain #known known}) in this build so far, by path. */
    public Map<Path, String> digests() {
        digested();
        return Map.copyOf(digests);
    }

    /** Starts noting the files this thread reads (a stage that must know what its product depends on). */
    public void record() {
        digested();
        recording.set(new java.util.HashMap<>());
    }

    /** Fails where this reader makes no digests: a run that keys by content must read with them. */
    private void digested() {
        if (!digested) throw new IllegalStateException("these files are read without digests");
    }

    /** The files this thread read since {@link #record}, with their digests; stops noting. */
    public Map<Path, String> recorded() {
        Map<Path, String> seen = recording.get();
        recording.remove();
        return seen == null ? Map.of() : seen;
    }

    /** What {@link #unrecorded} runs. */
    public interface Reading<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code reading} on this thread without noting what it reads among the files this
     * thread's stage {@linkplain #record records} (a file every product depends on already, read
     * when a product first needs it).
     */
    public <T> T unrecorded(Reading<T> reading) throws IOException {
        Map<Path, String> seen = recording.get();
        recording.remove();
        try {
            return reading.run();
        } finally {
            if (seen != null) recording.set(seen);
        }
    }

    /** The file's bytes, read now and not held (media, copied once). */
    public byte[] bytes(Path file) throws IOException {
        return opener.read(file);
    }

    /** The file's last user is done with it: its text is no longer held. */
    public void release(Path file) {
        if (!keep) unhold(held.remove(file));
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
