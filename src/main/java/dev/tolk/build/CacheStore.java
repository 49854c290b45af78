package dev.tolk.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * A content-addressed store of stage products on disk ({@code .tolk/cache/} beside
 * {@code tolk.yaml}, DESIGN §9): one file per entry, named by its key (a SHA-256 in hex), under a
 * folder per format version. An entry is written to a file of its own and renamed into place, so
 * a reader sees a whole entry or none, and two builds sharing the store never see each other's
 * half-written files. Each entry starts with a header (magic, its key, the payload's length and
 * CRC-32C) checked on every read: a truncated, garbled or foreign entry is a miss (and is
 * deleted), never trusted. The store is bounded: {@link #trim} removes the least recently used
 * entries (a hit marks its entry's time, to the hour) once it holds more than its limit.
 */
final class CacheStore {
    /** Bump when the payload format of any product changes: old entries are then never read. */
    static final String FORMAT = "tolk-cache-5";
    private static final byte[] MAGIC = "TOLKC1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_CHARS = 64;
    private static final int HEADER = MAGIC.length + KEY_CHARS + Long.BYTES + Integer.BYTES;
    /** Default bound: the site of a 10,000-article docset in three locales fits several times over. */
    static final long DEFAULT_LIMIT = 2L << 30;
    /**
     * A file modified this close to a build is not trusted to show a later change by its size and
     * time (git's "racily clean" rule): what is recorded under them waits for a later build.
     */
    static final long RACY_NANOS = 2_000_000_000L;
    /** How long trims go by the recorded usage before one looks at every entry again. */
    static final long WALK_EVERY_MILLIS = 24 * 3_600_000L;
    /** How long a hit leaves its entry's time as it is: the store's usage is known to the hour. */
    static final long MARK_EVERY_MILLIS = 3_600_000L;
    /** The bytes this process has written to each store since its last trim. */
    private static final java.util.Map<Path, java.util.concurrent.atomic.AtomicLong> WRITTEN =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Path dir;
    private final long limit;

    CacheStore(Path root, long limit) {
        this.dir = root.resolve(FORMAT);
        this.limit = limit;
    }

    Path dir() {
        return dir;
    }

    private Path file(String key) {
        if (key.length() != KEY_CHARS || !key.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("not a SHA-256 key: " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * The payload stored under {@code key}, if an entry is there and whole; a bad entry is removed.
     * A hit marks its entry used (its time) when it was last marked more than
     * {@value #MARK_EVERY_MILLIS} ms ago: the least recently used entries go first by the hour, and
     * a rebuild that takes thousands of entries does not write each one's time again (opening an
     * entry twice, and thirteen system calls a hit in all, were a tenth of a one-article rebuild's).
     */
    Optional<byte[]> get(String key) {
        Path file = file(key);
        byte[] payload;
        long used;
        try {
            used = Files.getLastModifiedTime(file).toMillis();
            try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
                payload = verified(key, in, in.getChannel().size()); // the size of the file as opened
            }
        } catch (IOException e) {
            return Optional.empty(); // none, or unreadable: made, and written again over it
        }
        if (payload == null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // another build may be replacing it; either way it is not used
            }
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (used < now - MARK_EVERY_MILLIS || used > now) {
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(now)); // recently used
            } catch (IOException ignored) {
                // a store on a read-only cache mount still serves hits
            }
        }
        return Optional.of(payload);
    }

    /**
     * The payload of an entry file of {@code size} bytes read from {@code in}, or null when the
     * header does not vouch for it. The header is read first, and the payload straight into its
     * own array (not the whole file, then copied: the store's reads were a fifth of what a
     * one-article rebuild allocates); each with plain reads (no asking the file's size and
     * position again before each).
     */
    private static byte[] verified(String key, java.io.InputStream in, long size) throws IOException {
        if (size < HEADER) return null;
        byte[] header = new byte[HEADER];
        if (!readFully(in, header)) return null;
        ByteBuffer b = ByteBuffer.wrap(header);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) return null;
        byte[] named = new byte[KEY_CHARS];
        b.get(named);
        if (!key.equals(new String(named, StandardCharsets.US_ASCII))) return null; // a foreign entry
        long length = b.getLong();
        int crc = b.getInt();
        if (length != size - HEADER || length > Integer.MAX_VALUE - 8) return null; // truncated or grown
        byte[] payload = new byte[(int) length];
        if (!readFully(in, payload)) return null; // shorter than its size said
        CRC32C check = new CRC32C();
        check.update(payload);
        return (int) check.getValue() == crc ? payload : null;
    }

    /** Fills {@code into} from {@code in}; false when the stream ends first. */
    private static boolean readFully(java.io.InputStream in, byte[] into) throws IOException {
        for (int at = 0; at < into.length; ) {
            int n = in.read(into, at, into.length - at);
            if (n < 0) return false;
            at += n;
        }
        return true;
    }

    /** The time (nanoseconds) after which a file modified now is {@linkplain #RACY_NANOS too recent} to record by its stamp. */
    static long racyAfter() {
        return System.currentTimeMillis() * 1_000_000L - RACY_NANOS;
    }

    /** Stores {@code payload} under {@code key}, atomically; a store that cannot be written is only slower. */
    void put(String key, byte[] payload) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            return;
        }
        if (replace(file, header(key, payload), payload)) written().addAndGet(HEADER + payload.length);
    }

    /**
     * Writes {@code bytes} to a file of their own beside {@code file} and renames it over
     * {@code file}, so a reader sees the old file or the new one; false when it could not (the
     * file of its own is deleted, or left for a trim).
     */
    private static boolean replace(Path file, byte[]... parts) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                for (byte[] part : parts) out.write(part); // the payload as it is, not copied behind its header first
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for trim
            }
            return false;
        }
    }

    private java.util.concurrent.atomic.AtomicLong written() {
        return WRITTEN.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new java.util.concurrent.atomic.AtomicLong());
    }

    /**
     * Deletes the stores of other payload formats beside this one ({@code tolk-cache-N}): no
     * build of this Tolk reads them, and a store kept in a CI cache would carry them forever. A
     * build of another Tolk using one at the same time only misses (and writes again).
     */
    private void dropOtherFormats() {
        Path root = dir.getParent();
        if (root == null) return;
        try (DirectoryStream<Path> formats = Files.newDirectoryStream(root, "tolk-cache-*")) {
            for (Path other : formats) {
                if (other.equals(dir) || !Files.isDirectory(other, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                try {
                    dev.tolk.output.AtomicOutput.deleteTree(other);
                } catch (IOException | RuntimeException e) {
                    // in use or not ours to delete: the next trim tries again
                }
            }
        } catch (IOException e) {
            // no store yet: nothing to drop
        }
    }

    /** The header of an entry of {@code payload} under {@code key}: what {@link #get} checks before it trusts the payload. */
    static byte[] header(String key, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer b = ByteBuffer.allocate(HEADER);
        b.put(MAGIC).put(key.getBytes(StandardCharsets.US_ASCII)).putLong(payload.length).putInt((int) crc.getValue());
        return b.array();
    }

    /**
     * Keeps the store within its limit: when it holds more, the least recently used entries go
     * until it holds three quarters of it. Left-over temporary files older than an hour go too
     * (a build killed while writing one). Safe while other builds use the store: an entry
     * removed under a reader is a miss.
     *
     * <p>What the store holds is recorded in its {@code usage} file when a trim looks at every
     * entry; the trims of the next {@value #WALK_EVERY_MILLIS} ms add what their builds wrote to
     * it and look again only when that passes the limit (a stat per entry was a twentieth of a
     * one-article rebuild). Builds at once may each miss the other's bytes: the daily look
     * corrects it.
     */
    void trim() {
        dropOtherFormats();
        long added = written().getAndSet(0);
        long now = System.currentTimeMillis();
        long[] usage = usage();
        if (usage != null && now >= usage[1] && now - usage[1] < WALK_EVERY_MILLIS && usage[0] + added <= limit) {
            recordUsage(usage[0] + added, usage[1]);
            return;
        }
        record Entry(Path file, long size, long used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        long staleBefore = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard)) { // the usage file, or a copy of it never moved into place
                    if (shard.getFileName().toString().contains(".tmp-") && Files.getLastModifiedTime(shard).toMillis() < staleBefore) {
                        Files.deleteIfExists(shard);
                    }
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        long used = a.lastModifiedTime().toMillis();
                        if (f.getFileName().toString().contains(".tmp-")) {
                            if (used < staleBefore) Files.deleteIfExists(f);
                            continue;
                        }
                        entries.add(new Entry(f, a.size(), used));
                        total += a.size();
                    }
                }
            }
        } catch (IOException e) {
            return; // no store yet, or one being removed: nothing to trim
        }
        if (total > limit) {
            entries.sort(Comparator.comparingLong(Entry::used));
            for (Entry e : entries) {
                if (total <= limit / 4 * 3) break;
                try {
                    Files.deleteIfExists(e.file());
                    total -= e.size();
                } catch (IOException ignored) {
                    // in use elsewhere: the next trim tries again
                }
            }
        }
        recordUsage(total, now);
    }

    /** The recorded usage: bytes held, and when they were last counted entry by entry; null when none is recorded. */
    private long[] usage() {
        try {
            String[] parts = Files.readString(dir.resolve("usage"), StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 ? new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])} : null;
        } catch (IOException | NumberFormatException e) {
            return null; // none yet, or garbled: the next trim counts
        }
    }

    private void recordUsage(long bytes, long counted) {
        replace(dir.resolve("usage"), (bytes + " " + counted + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
