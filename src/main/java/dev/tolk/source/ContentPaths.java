package dev.tolk.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Paths between content files, as links, includes and tables of contents write them: relative
 * to the folder of the file they are written in, or, as DocFX writes {@code ~/path}, from the
 * docset's root (the folder of its docfx.json, which is the locale's folder); and the files outside
 * the locale's folder a code sample may name, inside the project.
 */
public final class ContentPaths {
    private ContentPaths() {
    }

    /** Whether {@code path} is written from the docset's root, DocFX's {@code ~/path}. */
    public static boolean isFromRoot(String path) {
        return path.startsWith("~/");
    }

    /** A path as a link or directive writes it, without its angle brackets, query and fragment. */
    public static String pathPart(String written) {
        String p = written.strip();
        if (p.startsWith("<") && p.endsWith(">")) p = p.substring(1, p.length() - 1).strip();
        int cut = p.indexOf('?');
        if (cut >= 0) p = p.substring(0, cut);
        cut = p.indexOf('#');
        if (cut >= 0) p = p.substring(0, cut);
        return p;
    }

    /**
     * The plain file a path that climbs out of the locale's folder {@code dir} names from the file at
     * {@code fromKey}, if it is inside {@code project} (links resolved: a link that leads out of it is
     * refused) and in no hidden folder; else null. DocFX reads code samples from the repository's
     * source ({@code ../../src/…}).
     */
    public static Path outside(Path dir, Path project, String fromKey, String written) {
        if (project == null) return null;
        String p = pathPart(written);
        if (p.isEmpty() || p.indexOf(':') >= 0 || p.startsWith("/") || p.startsWith("~") || p.indexOf('\\') >= 0) return null;
        try {
            Path root = project.toAbsolutePath().normalize();
            int slash = fromKey.lastIndexOf('/');
            Path file = dir.toAbsolutePath().resolve(slash < 0 ? "" : fromKey.substring(0, slash)).resolve(p).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) return null;
            // never a hidden file or folder's (.git/config holds a CI checkout's token, .env secrets): semi-trusted text names the path
            for (Path segment : root.relativize(file)) {
                if (segment.toString().startsWith(".")) return null;
            }
            return file.toRealPath().startsWith(root.toRealPath()) ? file : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    /**
     * The key a relative path that climbs out of the locale's folder {@code dir} and back into it names
     * ({@code ../../SharePoint/Server/a.md} from {@code Online/b.md} in a folder {@code SharePoint}): resolved against
     * the file's real folder, as DocFX resolves it; empty when it ends outside {@code dir}. Path arithmetic only.
     */
    public static Optional<String> reentering(Path dir, String fromKey, String written) {
        String p = pathPart(written);
        if (p.isEmpty() || p.indexOf(':') >= 0 || p.startsWith("/") || p.startsWith("~") || !p.startsWith("..")) return Optional.empty();
        try {
            Path root = dir.toAbsolutePath().normalize();
            int slash = fromKey.lastIndexOf('/');
            Path file = root.resolve(slash < 0 ? "" : fromKey.substring(0, slash)).resolve(p).normalize();
            if (!file.startsWith(root) || file.equals(root)) return Optional.empty();
            return Optional.of(root.relativize(file).toString().replace('\\', '/') + (p.endsWith("/") ? "/" : ""));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The key that {@code path}, written in the file whose key is {@code key}, names: resolved
     * against that file's folder (or the root, for {@code ~/}), without {@code .} and {@code ..}
     * and empty segments; empty when it climbs above the locale's folder.
     */
    public static Optional<String> resolve(String key, String path) {
        Deque<String> parts = new ArrayDeque<>();
        String rest = path;
        if (isFromRoot(path)) {
            rest = path.substring(2);
        } else {
            int slash = key.lastIndexOf('/');
            if (slash >= 0) for (String p : key.substring(0, slash).split("/")) parts.addLast(p);
        }
        for (String p : rest.split("/", -1)) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Endings of the files (media, downloads) a path names, as opposed to a page's address ({@code tls-1.2-in-office-365}). */
    private static final java.util.Set<String> FILE_TYPES = java.util.Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico",
            "tif", "tiff", "mp4", "webm", "mov", "mp3", "wav", "pdf", "zip", "json", "xml", "txt", "csv", "xlsx", "docx", "pptx", "vsdx");

    /** Whether the last segment of {@code path} ends as a file (an image, a download) does, in any letter case. */
    public static boolean namesAFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && FILE_TYPES.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
