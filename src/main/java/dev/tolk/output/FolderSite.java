package dev.tolk.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site written into a folder ({@code tolk build}, {@code tolk merge}). Two earlier sites may
 * lend it their files ({@link AtomicOutput} names them):
 * <ul>
 * <li>the <b>pool</b>, the folder of the site before the one this build replaces: a file there at
 *     the path being written is moved in and written over, instead of a new file made, when no
 *     other name links it (a page linked from the live site shares its file with it); one at a
 *     path linked instead is deleted. What the pool still holds at the end is not part of the
 *     new site. Making files is what costs on ext4 without a journal, as this project's
 *     machines have: right after thousands of files were deleted, each new one scans past the
 *     deleted ones' inodes (a 1,000 x 3 rebuild spent 2 to 3 s of system time there, 0.4 s
 *     with its files moved in). A build that links its pages (one with the on-disk cache) has
 *     no pool: the site before last is deleted while it works ({@link AtomicOutput#begin(Path, boolean)});</li>
 * <li>the <b>replaced</b> site, live until this one is swapped in: a {@linkplain #copy copied}
 *     file is linked from it when it holds the same bytes (309 small media files: compared and
 *     linked in 15 to 27 ms, copied in 18 to 224 ms).</li>
 * </ul>
 * A file of either is used only if it is a regular file, reached without a symbolic link at its
 * own name; the folders are the build's own (see {@link AtomicOutput}).
 */
final class FolderSite implements SiteOutput {
    private static final int FILE_TYPE = 0170000;
    private static final int FOLDER_TYPE = 0040000;
    private static final int REGULAR_FILE = 0100000;

    private final Path dir;
    private final Path pool;
    private final Path replaced;
    private final AtomicInteger written = new AtomicInteger();

    /** The folder {@code dir}; {@code pool} and {@code replaced}: real paths of the two earlier sites, or null. */
    FolderSite(Path dir, Path pool, Path replaced) {
        this.dir = dir;
        this.pool = pool;
        this.replaced = replaced;
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        write(path, new byte[][] {bytes});
    }

    @Override
    public void later(String path, byte[] head, java.util.function.Supplier<byte[]> content, byte[] tail) throws IOException {
        write(path, new byte[][] {head, content.get(), tail});
    }

    /** A file of {@code parts}, one after the other. */
    private void write(String path, byte[][] parts) throws IOException {
        try (Opened file = open(path)) {
            long length = 0;
            for (byte[] part : parts) {
                file.stream().write(part);
                length += part.length;
            }
            file.end(length);
        }
        written();
    }

    @Override
    public boolean link(String path, Path from) {
        if (!linked(dir.resolve(path), from)) return false;
        dropped(path);
        written();
        return true;
    }

    /**
     * The pool's file at {@code path} is not taken (the path is a link: media the live site has,
     * a shard's file merged): deleted now, by the thread that made the link, not with the rest of
     * the pool at the commit, after the swap.
     */
    private void dropped(String path) {
        Path had = inPool(path);
        if (had == null) return;
        try {
            Files.deleteIfExists(had);
        } catch (IOException e) {
            // a folder there, or not to be deleted: the commit deletes what the pool still holds
        }
    }

    /** Makes {@code target} a hard link to {@code from}; false where it cannot be one. */
    private static boolean linked(Path target, Path from) {
        try {
            made(target, () -> Files.createLink(target, from));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // another file system, no links there, or the file is gone: written instead
        }
        return true;
    }

    /** What makes a file at a path: a link, a new file, a file moved there. */
    private interface Making<T> {
        T make() throws IOException;
    }

    /**
     * {@code make}'s file at {@code target}: made again after its folder is made, if it had none,
     * or after the file this build put there before is deleted (replaced, never written into: it
     * may be a link to a page of the live site).
     */
    private static <T> T made(Path target, Making<T> make) throws IOException {
        try {
            return make.make();
        } catch (NoSuchFileException e) {
            Files.createDirectories(target.getParent());
            return make.make();
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            return make.make();
        }
    }

    @Override
    public void copy(String path, Path from) throws IOException {
        if (!linkedSame(path, from)) {
            try (Opened file = open(path)) {
                file.end(Files.copy(from, file.stream()));
            }
        }
        written();
    }

    private void written() {
        if (PausePoints.on()) PausePoints.reach("written-" + written.incrementAndGet());
    }

    /**
     * A file being written: a new one, or the pool's written over from its start ({@code over})
     * and cut to its new length at the {@linkplain #end end}. Not emptied first: ext4 writes a file
     * that a truncation emptied back to disk as soon as it is closed (its {@code auto_da_alloc},
     * for editors that save that way), which was 2.6 % of a 1,000 x 3 rebuild's CPU, in
     * {@code close}, with each file's blocks allocated and its write to disk started on the spot.
     */
    private record Opened(FileChannel channel, OutputStream stream, boolean over) implements AutoCloseable {
        /** The file holds {@code length} bytes, all written: what the pool's file had beyond them goes. */
        void end(long length) throws IOException {
            stream.flush();
            if (over && channel.size() > length) channel.truncate(length);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** The file at {@code path}, open for writing from its start: the pool's file moved in, if it can be had, else a new one. */
    private Opened open(String path) throws IOException {
        Path target = dir.resolve(path);
        boolean over = movedIn(path, target);
        FileChannel channel = over
                ? FileChannel.open(target, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                : made(target, () -> FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        return new Opened(channel, Channels.newOutputStream(channel), over);
    }

    /** Where the pool has the file at {@code path} (a path inside it); null without a pool. */
    private Path inPool(String path) {
        return inside(pool, path);
    }

    /** {@code path} in the folder {@code root}, if it stays inside it; null without a folder. */
    private static Path inside(Path root, String path) {
        if (root == null) return null;
        Path p = root.resolve(path).normalize();
        return p.startsWith(root) ? p : null;
    }

    /** What a file of an earlier site is, read with one stat. */
    enum Kind {
        FOLDER,
        /** A regular file that no other name links: one that may be moved and written over. */
        LENDABLE,
        OTHER;

        static Kind of(Path p) throws IOException {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
            int type = (Integer) a.get("mode") & FILE_TYPE;
            if (type == FOLDER_TYPE) return FOLDER;
            return type == REGULAR_FILE && (Integer) a.get("nlink") == 1 ? LENDABLE : OTHER;
        }
    }

    /** Moves the pool's file at {@code path} to {@code target} if it is {@linkplain Kind#LENDABLE lendable}. */
    private boolean movedIn(String path, Path target) throws IOException {
        Path had = inPool(path);
        if (had == null) return false;
        try {
            if (Kind.of(had) != Kind.LENDABLE) return false;
            made(target, () -> Files.move(had, target, StandardCopyOption.ATOMIC_MOVE));
            return true;
        } catch (NoSuchFileException | AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            return false; // none there, or not to be moved: a new file
        }
    }

    /**
     * Links the file at {@code path} to the replaced site's file there if that holds the bytes
     * of {@code from}: a regular file of the same length and, compared byte for byte, the same
     * content, reached without a symbolic link.
     */
    private boolean linkedSame(String path, Path from) {
        Path had = inside(replaced, path);
        if (had == null) return false;
        try {
            BasicFileAttributes a = Files.readAttributes(had, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != Files.size(from)
                    || !had.toRealPath().equals(had) || Files.mismatch(from, had) != -1) {
                return false;
            }
            if (!linked(dir.resolve(path), had)) return false;
            dropped(path);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // none there, or not to be read: copied instead
        }
    }
}
