package dev.tolk.output;

import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The output folder, replaced whole or not at all, so that at every instant, a kill -9 included,
 * the output path holds the complete previous site or the complete new one.
 *
 * <p>A build writes into a folder beside the output ({@code .site.tolk-1a2b3c4d} for {@code site});
 * the output path itself is a relative symbolic link to that folder. {@link #commit} makes a
 * link to the new folder under a temporary name and renames it over the output path: one
 * {@code rename(2)}, atomic, so a reader (or a kill) sees the old link or the new one, never
 * none. The previous folder stays until the next build, which renames it to its <em>pool</em>
 * ({@code .site.tolk-pool-…}) and takes its files for the new site's ({@link FolderSite}): a
 * file moved in and written over, not made afresh, and not deleted afterwards. On its own thread,
 * while it works, the build deletes what cannot be taken (pool files that another name links)
 * and whatever earlier builds left (the site before last of a build that linked its pages, a
 * half-written folder, a half-emptied pool, the temporary link); after its swap, it deletes what
 * the new site did not take from the pool. A build that links its pages (one with the on-disk
 * cache) has a whole site among those leftovers, the site before last, and deletes it off the
 * critical path: when the new site is ready, it stops deleting the last leftover wherever it has
 * got to, and the next build deletes the rest (it waits only for the ones before the last, so
 * that never more than one is left over). Deleting 40,000 files takes seconds: a 10,000 x 3
 * one-article rebuild right after a cold build waited 3.5 s for it, doubling its time. Other
 * builds wait for the sweep, whose leftovers are what a killed build left. Making files right
 * after thousands were deleted takes longer still on ext4 without a journal.
 * Between builds, the output and the folder it replaced are beside each other, and after a build
 * that links its pages, at most the remains of one earlier folder. The one thing a
 * reader may see: a file opened in a site and still being read two builds later (the site then
 * the pool) can change under it, as its file is written over; a site is never written into while
 * it is live, or while it is the one just replaced.
 *
 * <p>The trade-off: {@code site} is a link, not a folder. Whatever opens it as a folder
 * ({@code site/index.html}, a web server's root, {@code rsync site/}, {@code tar -C site}) sees the
 * site; tools that do not follow a link given to them ({@code find site}, {@code tar czf x site},
 * {@code cp -r site}, Java's {@code Files.walk(site)}) see only the link: give them
 * {@code site/} or ask them to follow it ({@code find -L}, {@code tar -h}, {@code cp -rL},
 * {@code FileVisitOption.FOLLOW_LINKS}). Swapping two non-empty folders in one step needs
 * {@code renameat2(RENAME_EXCHANGE)}, which Java cannot call; a link is the only portable way.
 *
 * <p>Two cases still take two renames, the old site moved aside and the new one moved in, with
 * no output folder between them (a kill there leaves the old site at {@code .site.tolk-old-…},
 * which the next build puts back): replacing an output that is a real folder (a site written by
 * an earlier Tolk, once), and a file system where links cannot be made (Windows without the
 * privilege), where the new folder itself is moved in.
 *
 * <p>Crashes, not power loss: nothing is synced to disk.
 */
public final class AtomicOutput {
    private final Path out;
    private final Path staging;
    private final String id;
    /** The folder of the site before the one this build replaces, renamed to lend the new one its files; or null. */
    private final Path pool;
    /** The folder of the site this build replaces (a real path), or null. */
    private final Path replaced;
    /** Deletes what earlier builds left beside the output, while this one works. */
    private final Sweep sweep;

    private AtomicOutput(Path out, Path staging, String id, Path pool, Path replaced, Sweep sweep) {
        this.out = out;
        this.staging = staging;
        this.id = id;
        this.pool = pool;
        this.replaced = replaced;
        this.sweep = sweep;
    }

    public static AtomicOutput begin(Path out) throws IOException {
        return begin(out, false);
    }

    /**
     * {@link #begin(Path)}; {@code linking}: the build will take nearly every file from the live
     * site by a link (a build with the on-disk cache, whose pages come from it), so it makes no
     * pool: the site before last is deleted while it works, with the other leftovers, as it was
     * before there were pools. A pool of files of their own (the site of a cold or a template
     * rebuild) deleted as each page was linked put 40,000 deletions into a 10,000x3 one-article
     * rebuild's page pass (8.1 to 9.7 s, against 4.8 s for the rebuilds after it).
     */
    public static AtomicOutput begin(Path out, boolean linking) throws IOException {
        return begin(out, linking, () -> { });
    }

    /** {@link #begin(Path, boolean)}, telling {@code eachSwept} of each file the sweep deletes (a test holds the sweep there). */
    static AtomicOutput begin(Path out, boolean linking, Runnable eachSwept) throws IOException {
        PausePoints.reach("begin");
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        List<Path> leftovers = new java.util.ArrayList<>(recover(abs));
        String id = UUID.randomUUID().toString().substring(0, 8);
        Path staging = parent.resolve(prefix(abs) + id);
        Files.createDirectories(staging);
        Path pool = linking ? null : pool(abs, leftovers, staging, id);
        Path replaced = replaced(abs);
        Sweep sweep = new Sweep(pool, leftovers, linking, eachSwept);
        sweep.start();
        PausePoints.reach("staged");
        return new AtomicOutput(abs, staging, id, pool, replaced, sweep);
    }

    /**
     * Of {@code leftovers}, the folder of an earlier site (a folder named as a staging folder,
     * the build's own: owned by the user who owns {@code staging}, and writable by no one else)
     * renamed to be the pool of the build {@code id} and taken out of the list; null when there
     * is none.
     */
    private static Path pool(Path out, List<Path> leftovers, Path staging, String id) {
        try {
            Object uid = Files.getAttribute(staging, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            for (Path p : leftovers) {
                String name = p.getFileName().toString();
                if (!name.matches(java.util.regex.Pattern.quote(prefix(out)) + "[0-9a-f]{8}") || !isRealFolder(p)) continue;
                java.util.Map<String, Object> a = Files.readAttributes(p, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
                if (!a.get("uid").equals(uid) || ((Integer) a.get("mode") & 022) != 0) continue;
                Path pool = out.resolveSibling(prefix(out) + "pool-" + id);
                move(p, pool);
                leftovers.remove(p);
                return pool.toRealPath();
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no pool: the new site's files are all made afresh
        }
        return null;
    }

    /** The folder of the site at {@code out} (the folder its link leads to, or the output itself), as a real path; or null. */
    private static Path replaced(Path out) {
        Path live = liveFolder(out);
        Path site = live != null ? live : isRealFolder(out) ? out : null;
        try {
            return site == null ? null : site.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the build has told the sweep that it is done (for a test that holds the sweep until then). */
    boolean ending() {
        return sweep.ending;
    }

    /** Where the build writes the new site. */
    public Path dir() {
        return staging;
    }

    /** The new site's files, written into {@link #dir} with the files of the earlier sites lent to it (see {@link FolderSite}). */
    public SiteOutput site() {
        return new FolderSite(staging, pool, replaced);
    }

    /**
     * Swaps the new site in, once what earlier builds left is deleted but for the rest of the
     * last leftover (see the class comment); the old site stays for the next build to take files
     * from (or, replacing a real folder, is deleted now with the workers' threads), and what the
     * new site did not take from the pool is deleted.
     */
    public void commit(WorkPool workers) throws Exception {
        sweep.end();
        PausePoints.reach("commit");
        Path previous = liveFolder(out);
        Path link = out.resolveSibling(prefix(out) + "link-" + id);
        PausePoints.reach("link");
        boolean linked = makeLink(link, staging.getFileName());
        Path incoming = linked ? link : staging;
        if (linked && !isRealFolder(out)) {
            PausePoints.reach("swap");
            Files.move(link, out, StandardCopyOption.ATOMIC_MOVE); // rename(2): replaces the previous link in one step
            PausePoints.reach("swapped");
        } else {
            Path aside = null;
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                aside = out.resolveSibling(prefix(out) + "old-" + id);
                PausePoints.reach("aside");
                move(out, aside);
            }
            PausePoints.reach("in");
            move(incoming, out);
            PausePoints.reach("swapped");
            if (aside != null) deleteTree(aside, workers);
        }
        if (pool != null) deleteTree(pool, workers); // the files of pages the new site no longer has
        PausePoints.reach("committed");
    }

    /** Abandons the staging folder; the previous site stays. */
    public void abandon() {
        try {
            sweep.end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: the next build removes leftovers
        }
    }

    /** {@code .site.tolk-} for {@code …/site}: the names of everything this class puts beside the output. */
    private static String prefix(Path out) {
        return "." + out.getFileName() + ".tolk-";
    }

    /** The folder the output link leads to, if the output is such a link of ours (a sibling with our prefix). */
    private static Path liveFolder(Path out) {
        if (!Files.isSymbolicLink(out)) return null;
        try {
            Path target = Files.readSymbolicLink(out);
            boolean ours = target.getNameCount() == 1 && !target.isAbsolute()
                    && target.toString().startsWith(prefix(out));
            return ours ? out.resolveSibling(target) : null; // a link of the user's own: its target is not ours to delete
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isRealFolder(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** Makes a relative link; false where the file system or the platform cannot. */
    private static boolean makeLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Finds what earlier builds left beside the output, to be deleted: everything with the prefix
     * but the folder the output leads to; if a kill fell between the two renames of a replacement
     * (no output, a previous site aside), the previous site is put back now.
     */
    private static List<Path> recover(Path out) throws IOException {
        String prefix = prefix(out);
        Path live = liveFolder(out);
        List<Path> leftovers;
        try (var s = Files.list(out.getParent())) {
            leftovers = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        List<Path> gone = new java.util.ArrayList<>();
        for (Path p : leftovers) {
            if (p.equals(live)) continue;
            if (p.getFileName().toString().startsWith(prefix + "old-") && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                move(p, out);
                PausePoints.reach("restored");
            } else {
                gone.add(p);
            }
        }
        return gone;
    }

    /**
     * Deletes what earlier builds left beside the output while the build works: first what of
     * the pool the new site cannot take (see {@link FolderSite}: files that another name links,
     * and anything but a regular file or a folder; deleting them frees no file, so it leaves
     * nothing for making new files to scan past), then the leftovers, one by one. Told that the
     * build is done ({@link #end}), it stops within the pool's files (the commit deletes what the
     * pool still holds); and, if {@code mayLeave}, within the last leftover, which the next build
     * finds and deletes (the leftovers before the last are deleted first).
     */
    private static final class Sweep extends Thread {
        private final Path pool;
        private final List<Path> leftovers;
        private final boolean mayLeave;
        private final Runnable eachSwept;
        private volatile boolean ending;

        Sweep(Path pool, List<Path> leftovers, boolean mayLeave, Runnable eachSwept) {
            super("tolk-sweep");
            this.pool = pool;
            this.leftovers = leftovers;
            this.mayLeave = mayLeave;
            this.eachSwept = eachSwept;
        }

        /** Thrown to stop deleting the last leftover. */
        private static final class Ended extends RuntimeException {
            Ended() {
                super(null, null, false, false);
            }
        }

        @Override
        public void run() {
            if (pool != null) shared(pool);
            AtomicInteger deleted = new AtomicInteger();
            for (int i = 0; i < leftovers.size(); i++) {
                boolean last = mayLeave && i == leftovers.size() - 1;
                try {
                    deleteTree(leftovers.get(i), () -> {
                        if (last && ending) throw new Ended();
                        eachSwept.run();
                        if (PausePoints.on()) PausePoints.reach("deleted-" + deleted.incrementAndGet());
                    });
                } catch (Ended e) {
                    return; // the rest is the next build's to delete
                } catch (IOException | RuntimeException e) {
                    // best effort: the next build tries again
                }
            }
        }

        /** Tells the sweep that the new site is ready, and waits for it to stop. */
        void end() throws InterruptedException {
            ending = true;
            join();
        }

        private void shared(Path dir) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (ending) return;
                    try {
                        FolderSite.Kind kind = FolderSite.Kind.of(p); // one stat an entry: a walk would take two
                        if (kind == FolderSite.Kind.FOLDER) shared(p);
                        else if (kind == FolderSite.Kind.OTHER) Files.delete(p);
                    } catch (IOException e) {
                        // moved in meanwhile, or not to be deleted now: the commit deletes what the pool still holds
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the same
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root, WorkPool pool) throws Exception {
        if (!isRealFolder(root)) {
            Files.deleteIfExists(root); // a link (the user's own, moved aside) or a file: not followed
            return;
        }
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        AtomicInteger deleted = new AtomicInteger();
        pool.forEach(files.size(), i -> {
            try {
                Files.deleteIfExists(files.get(i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (PausePoints.on()) PausePoints.reach("deleted-" + deleted.incrementAndGet());
        });
        deleteTree(root);
    }

    public static void deleteTree(Path root) throws IOException {
        deleteTree(root, () -> { });
    }

    /**
     * Deletes {@code root} and everything under it (a link is deleted, not followed), telling
     * {@code each} of each file. Each entry of a folder is deleted by its name as listed, with no
     * look at it first: java.io's delete is one unlink(2) (Files.delete, and a walk of the tree,
     * each look at the file first: two stats for each of the 9,000 files of a rebuild's old site);
     * one that will not go is looked at, and emptied first when it is a folder.
     */
    private static void deleteTree(Path root, Runnable each) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) empty(root, each);
        Files.delete(root);
    }

    /** Deletes what the folder {@code dir} holds. */
    private static void empty(Path dir, Runnable each) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.toFile().delete()) {
                    each.run();
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    empty(p, each);
                    Files.delete(p);
                } else {
                    Files.delete(p); // a file that would not go: again, to say why
                    each.run();
                }
            }
        }
    }
}
