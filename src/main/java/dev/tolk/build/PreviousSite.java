package dev.tolk.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The site the last build into the same output wrote, as far as the next build may take its
 * article pages as they are (a hard link each) instead of reading them from the cache and
 * writing them again: which products (their identities, {@link KeyCache#identity}) that build's
 * folder holds the pages of, and when it had written them.
 *
 * <p>It is a record of the cache store, under the output's path and Tolk's code, and it is taken
 * only while the output still is that very folder (a build swaps in a new folder each time, so a
 * record of any other build, an interrupted one included, names another folder), and a page only
 * while its file has the length the product says and was not modified after that build wrote it
 * (an output edited by hand is not linked from). The previous folder stays until the build after
 * next deletes it ({@link dev.tolk.output.AtomicOutput}); a link keeps its file whatever happens
 * to the folder.
 */
final class PreviousSite {
    static final PreviousSite NONE = new PreviousSite(null, 0, Set.of());

    private final Path folder;
    private final long writtenBy;
    private final Set<String> products;

    private PreviousSite(Path folder, long writtenBy, Set<String> products) {
        this.folder = folder;
        this.writtenBy = writtenBy;
        this.products = products;
    }

    /** The record's key: the output, and Tolk's code. */
    private static String key(Path out, String code) {
        return new Fingerprint().add(CacheStore.FORMAT).add("previous site").add(code).value(out.toAbsolutePath().normalize()).hex();
    }

    /** What the last build into {@code out} left there, or {@link #NONE}. */
    static PreviousSite of(CacheStore store, Path out, String code) {
        byte[] payload = store.get(key(out, code)).orElse(null);
        if (payload == null) return NONE;
        try {
            PayloadReader in = new PayloadReader(payload);
            Path folder = Path.of(KeyProduct.text(in));
            long writtenBy = in.readLong();
            if (!Files.isDirectory(out) || !out.toRealPath().equals(folder)) return NONE;
            Set<String> products = new HashSet<>();
            for (int i = KeyProduct.count(in, payload.length); i > 0; i--) products.add(KeyProduct.text(in));
            return new PreviousSite(folder, writtenBy, products);
        } catch (IOException | RuntimeException e) {
            return NONE; // a record that does not read, or an output that is not a folder: nothing is linked
        }
    }

    /** Records that {@code folder}, about to become {@code out}, holds the pages of {@code products}, written by now. */
    static void record(CacheStore store, Path out, String code, Path folder, List<String> products) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + 70 * products.size());
            try (DataOutputStream o = new DataOutputStream(buffer)) {
                KeyProduct.text(o, folder.toRealPath().toString());
                o.writeLong(System.currentTimeMillis());
                o.writeInt(products.size());
                for (String p : products) KeyProduct.text(o, p);
            }
            store.put(key(out, code), buffer.toByteArray());
        } catch (IOException | RuntimeException e) {
            // not recorded: the next build reads its pages from the cache
        }
    }

    /**
     * The files of the product's pages in the previous site, in the order of its pages, if it
     * holds every one of them as written; else null.
     */
    Path[] pages(String identity, KeyProduct product) {
        if (folder == null || !products.contains(identity)) return null;
        Path[] files = new Path[product.pages().size()];
        for (int i = 0; i < files.length; i++) {
            KeyProduct.Page p = product.pages().get(i);
            Path file = folder.resolve(p.path());
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.size() != p.length() || a.lastModifiedTime().toMillis() > writtenBy) return null;
            } catch (IOException e) {
                return null;
            }
            files[i] = file;
        }
        return files;
    }
}
