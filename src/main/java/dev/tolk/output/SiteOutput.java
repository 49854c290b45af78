package dev.tolk.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a build puts the site: files in a folder ({@code tolk build}, {@link AtomicOutput#site}) or a
 * {@link MemorySite} ({@code tolk serve}). Paths are site-relative, {@code /}-separated, made by
 * the build itself (never from a request). Called from many threads at once.
 */
public interface SiteOutput {
    /** A generated file (a page, an index, an asset). */
    void write(String path, byte[] bytes) throws IOException;

    /**
     * A generated file that only a reader asks for (the search index, the sitemap): written at
     * once to a folder; a {@link MemorySite} makes it the first time it is read.
     */
    default void later(String path, java.util.function.Supplier<byte[]> content) throws IOException {
        write(path, content.get());
    }

    /**
     * {@link #later} of a file that is {@code head}, then {@code content}, then {@code tail}: a
     * folder writes the three in turn instead of a copy of them joined (the search index as a
     * script: a 30,000-page Japanese index is 65 MB).
     */
    default void later(String path, byte[] head, java.util.function.Supplier<byte[]> content, byte[] tail) throws IOException {
        later(path, () -> {
            byte[] body = content.get();
            byte[] out = new byte[head.length + body.length + tail.length];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(body, 0, out, head.length, body.length);
            System.arraycopy(tail, 0, out, head.length + body.length, tail.length);
            return out;
        });
    }

    /** A file copied as it is (media): {@code from} is a file of the content or templates folder. */
    void copy(String path, Path from) throws IOException;

    /**
     * A file that is, byte for byte, the file {@code from} of the site a build wrote before (a
     * page made from the same inputs): a hard link to it where the output is a folder on the same
     * file system. False when it cannot be linked (then nothing was made, and the caller writes it).
     */
    default boolean link(String path, Path from) {
        return false;
    }

    /**
     * A content file copied as it is, to be downloaded, never opened in the site (HTML and SVG
     * with {@code active-content: download}): a {@link MemorySite} serves it as an attachment.
     */
    default void download(String path, Path from) throws IOException {
        copy(path, from);
    }
}
