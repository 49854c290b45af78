package dev.tolk.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Paths between content files, as links, includes and tables of contents write them: relative
 * to the folder of the file they are written in, or, as DocFX writes {@code ~/path}, from the
 * docset's root (the folder of its docfx.json, which is the locale's folder).
 */
public final class ContentPaths {
    private ContentPaths() {
    }

    /** Whether {@code path} is written from the docset's root, DocFX's {@code ~/path}. */
    public static boolean isFromRoot(String path) {
        return path.startsWith("~/");
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
}
