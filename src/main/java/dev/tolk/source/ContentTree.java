package dev.tolk.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The files of a content directory, per locale folder, in sorted order (so a build never
 * depends on directory order). Markdown files are articles, and so are YAML pages (a
 * {@code .yml} whose first line names a page type, {@code ### YamlMime:Landing}); other files
 * (images, PDFs; HTML and SVG files too, which {@link ActiveContent} then sanitizes, refuses or
 * marks as downloads) are media; tables of contents ({@code toc.yml},
 * {@code toc.md}, in any letter case) are listed apart; configuration-like files (other
 * {@code .yml}, {@code .json}, dot files) are none of these. Symbolic links that lead outside
 * the content directory are refused.
 * {@code aliased} says that some article is a symbolic link, or shares its file with another
 * article (a hard link), so that a save through one name changes another.
 */
public record ContentTree(Path root, Map<String, LocaleFiles> locales, List<Refused> refused, boolean aliased) {

    /** A file the scan did not take: its path below the content folder ({@code nl-NL/a.md}, as the scan read it) and why. */
    public record Refused(String path, String why, dev.tolk.diag.Rule rule, dev.tolk.diag.Severity severity)
            implements Comparable<Refused> {
        public Refused(String path, String why, dev.tolk.diag.Rule rule) {
            this(path, why, rule, rule.defaultSeverity());
        }

        @Override
        public int compareTo(Refused o) {
            return path.compareTo(o.path);
        }
    }

    /** A locale folder's name: a BCP 47 tag ({@code nl-NL}, {@code de}, {@code zh-Hant-TW}). */
    public static final Pattern LOCALE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    /** Whether a file is a table of contents ({@code toc.yml} or {@code toc.md}, in any letter case). */
    public static boolean isTocName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.equals("toc.yml") || lower.equals("toc.md");
    }

    /**
     * One locale folder: article keys and media keys, {@code /}-separated, sorted, and each
     * article's size and modification time as the scan saw them.
     */
    public record LocaleFiles(String tag, Path dir, List<String> articles, List<String> media, List<String> tocs,
                              Map<String, Stamp> stamps) {
    }

    /** A file's size and modification time (nanoseconds): what tells a rebuild that it may have changed. */
    public record Stamp(long size, long modified) {
        public static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
    }

    /** A file the scan listed: its locale folder, its key there, and whether it is an article. */
    public record Listed(String locale, String key, boolean article) {
    }

    /** The file at {@code file} (an absolute, normalized path), if the scan listed it. */
    public Optional<Listed> listed(Path file) {
        Path base = root.toAbsolutePath().normalize();
        if (!file.startsWith(base)) return Optional.empty();
        Path rel = base.relativize(file);
        if (rel.getNameCount() < 2) return Optional.empty();
        LocaleFiles f = locales.get(rel.getName(0).toString());
        if (f == null) return Optional.empty();
        String key = rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/');
        if (Collections.binarySearch(f.articles(), key) >= 0) return Optional.of(new Listed(f.tag(), key, true));
        if (Collections.binarySearch(f.media(), key) >= 0 || Collections.binarySearch(f.tocs(), key) >= 0) {
            return Optional.of(new Listed(f.tag(), key, false));
        }
        return Optional.empty();
    }

    /** The same files, with some articles' sizes and times as they are now (locale to key to stamp). */
    public ContentTree withStamps(Map<String, Map<String, Stamp>> now) {
        Map<String, LocaleFiles> changed = new TreeMap<>(locales);
        now.forEach((tag, stamps) -> {
            LocaleFiles f = locales.get(tag);
            Map<String, Stamp> merged = new HashMap<>(f.stamps());
            merged.putAll(stamps);
            changed.put(tag, new LocaleFiles(f.tag(), f.dir(), f.articles(), f.media(), f.tocs(),
                    Collections.unmodifiableMap(merged)));
        });
        return new ContentTree(root, Collections.unmodifiableMap(changed), refused, aliased);
    }

    /** The size and time of a regular file, not following a link; empty if it is gone or not a regular file. */
    public static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile()
                    ? Optional.of(Stamp.of(attrs))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static ContentTree scan(Path root, List<String> excludeGlobs) throws IOException {
        Path realRoot = root.toRealPath();
        List<PathMatcher> excludes = new ArrayList<>();
        for (String glob : excludeGlobs) excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        Map<String, LocaleFiles> locales = new TreeMap<>();
        List<Refused> refused = Collections.synchronizedList(new ArrayList<>());
        Aliases aliases = new Aliases();
        List<Path> dirs = new ArrayList<>();
        try (var stream = Files.list(root)) {
            stream.filter(Files::isDirectory).sorted().forEach(dirs::add);
        } catch (java.nio.file.AccessDeniedException e) {
            return new ContentTree(root, Map.of(), List.of(unreadable("", root, e)), false);
        }
        // locale folders are walked in parallel (a stat per file is most of a rebuild's scan)
        List<Path> localeDirs = dirs.stream()
                .filter(d -> LOCALE_TAG.matcher(d.getFileName().toString()).matches()).toList();
        List<LocaleFiles> scanned;
        try {
            scanned = localeDirs.parallelStream().map(dir -> {
                try {
                    return scanLocale(root, realRoot, dir, dir.getFileName().toString(), excludes, refused, aliases);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (LocaleFiles f : scanned) locales.put(f.tag(), f);
        refused.sort(null);
        return new ContentTree(root, locales, List.copyOf(refused), aliases.found);
    }

    /**
     * A single folder that is one locale's content (a DocFX docset folder with its
     * {@code docfx.json}): the tree's root is that folder, and its only locale {@code tag} is read
     * from the folder itself.
     */
    public static ContentTree scanFolder(Path dir, String tag, List<String> excludeGlobs) throws IOException {
        List<PathMatcher> excludes = new ArrayList<>();
        for (String glob : excludeGlobs) excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        List<Refused> refused = new ArrayList<>();
        Aliases aliases = new Aliases();
        LocaleFiles files = scanLocale(dir, dir.toRealPath(), dir, tag, excludes, refused, aliases);
        refused.sort(null);
        return new ContentTree(dir, Map.of(tag, files), List.copyOf(refused), aliases.found);
    }

    /**
     * Whether an article is a symbolic link, or shares its file with another article (a hard
     * link; also assumed where the file system does not tell): then saving one path changes
     * another, and a watcher reports only the one saved.
     */
    private static final class Aliases {
        private final Set<Object> files = ConcurrentHashMap.newKeySet();
        private volatile boolean found;

        void article(BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink() || attrs.fileKey() == null || !files.add(attrs.fileKey())) found = true;
        }
    }

    /**
     * Whether {@code key} names {@code file} again: not so when the system's encoding for file
     * names (LANG=C) cannot hold the name, which then comes out with replacement characters.
     */
    private static boolean namedFaithfully(Path dir, String key, Path file) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                try {
                    return dir.resolve(key).equals(file);
                } catch (java.nio.file.InvalidPathException e) {
                    return false;
                }
            }
        }
        return true; // plain ASCII round-trips in every encoding
    }

    /** A file or folder the scan could not read (permission denied, an I/O error): its path below the content folder. */
    private static Refused unreadable(String path, Path file, IOException e) {
        boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new Refused(path, (folder ? "folder cannot be read (" + why + "); nothing in it is published"
                : "file cannot be read (" + why + "); not published"), dev.tolk.diag.Rule.CONTENT_UNREADABLE);
    }

    /** The longest file name most file systems hold, in bytes (ext4, XFS, NTFS, APFS: 255). */
    private static final int MAX_NAME_BYTES = 255;

    /** Whether the page of the article or YAML page named {@code name} would have a name longer than a file name can be. */
    private static boolean pageNameTooLong(String name) {
        int dot = name.lastIndexOf('.');
        return (name.substring(0, dot) + ".html").getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES;
    }

    /** Whether a symbolic link leads to a file inside the content folder (not outside, nowhere, or round in a loop). */
    private static boolean leadsInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // dangling, a loop, or unreadable
        }
    }

    private static LocaleFiles scanLocale(Path root, Path realRoot, Path dir, String tag, List<PathMatcher> excludes,
                                          List<Refused> refused, Aliases aliases) throws IOException {
        List<String> articles = new ArrayList<>();
        List<String> media = new ArrayList<>();
        List<String> tocs = new ArrayList<>();
        Map<String, Stamp> stamps = new HashMap<>();
        List<String> hidden = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return d != dir && d.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String key = dir.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    hidden.add(key); // said once for the folder, after the walk
                    return FileVisitResult.CONTINUE;
                }
                if (!excludes.isEmpty()) {
                    Path rel = root.relativize(file);
                    for (PathMatcher m : excludes) {
                        if (m.matches(rel) || m.matches(dir.relativize(file))) return FileVisitResult.CONTINUE;
                    }
                }
                // attrs are the link's own (links are not followed): one stat per file
                if (attrs.isSymbolicLink() && !leadsInside(file, realRoot)) {
                    refused.add(new Refused(root.relativize(file).toString().replace('\\', '/'), "symbolic link leads outside the content folder, or nowhere"
                            + " (dangling, or a loop); not read", dev.tolk.diag.Rule.CONFIG_INVALID));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                    // a link to a folder inside: its files are read where they are, once; read here too, they would be pages twice
                    refused.add(new Refused(root.relativize(file).toString().replace('\\', '/'), "symbolic link to a folder; not"
                            + " followed (the folder's files are published where they are)", dev.tolk.diag.Rule.CONTENT_UNSUPPORTED));
                    return FileVisitResult.CONTINUE;
                }
                if (!namedFaithfully(dir, key, file)) {
                    refused.add(new Refused(root.relativize(file).toString().replace('\\', '/'), "the file's name cannot be written in this system's character"
                            + " encoding (" + System.getProperty("sun.jnu.encoding", "?") + "); not read: run Tolk with a"
                            + " UTF-8 locale, such as LANG=C.UTF-8 (the tolk launcher does)", dev.tolk.diag.Rule.CONFIG_INVALID));
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                    refused.add(new Refused(root.relativize(file).toString().replace('\\', '/'), "not a regular file (a FIFO,"
                            + " a socket or a device); not read", dev.tolk.diag.Rule.CONTENT_UNSUPPORTED));
                    return FileVisitResult.CONTINUE;
                }
                if (key.equalsIgnoreCase("search.md")) {
                    // its page would be written where Tolk writes the locale's search page
                    refused.add(new Refused(root.relativize(file).toString().replace('\\', '/'), "'search.md' at the top of a"
                            + " locale is not published: search.html there is the site's search page; rename the article",
                            dev.tolk.diag.Rule.CONTENT_UNSUPPORTED));
                    return FileVisitResult.CONTINUE;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (isTocName(name)) {
                    tocs.add(key); // toc.yml or toc.md in any letter case; breadcrumb/toc.yml too
                } else if ((lower.endsWith(".yml") || lower.endsWith(".yaml")) && !Files.isReadable(file)) {
                    // whether it is a page is read from its first line
                    refused.add(unreadable(root.relativize(file).toString().replace('\\', '/'), file,
                            new java.nio.file.AccessDeniedException(file.toString())));
                } else if ((lower.endsWith(".md") || lower.endsWith(".yml")) && pageNameTooLong(name)) {
                    refused.add(new Refused(root.relativize(file).toString().replace('\\', '/'), "file name too long for its page"
                            + " (a file name holds at most " + MAX_NAME_BYTES + " bytes, and the page's ends in .html); not published",
                            dev.tolk.diag.Rule.CONTENT_UNSUPPORTED));
                } else if (lower.endsWith(".md") || YamlMime.isPageFile(file, lower)) {
                    articles.add(key);
                    aliases.article(attrs);
                    if (!attrs.isSymbolicLink()) {
                        stamps.put(key, Stamp.of(attrs));
                    }
                } else if (!(lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".json")
                        || lower.endsWith(".ps1"))) media.add(key);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // a folder that cannot be listed, or a file whose attributes cannot be read
                if (!(e instanceof java.nio.file.NoSuchFileException)) { // not gone while the scan ran
                    refused.add(unreadable(root.relativize(file).toString().replace('\\', '/'), file, e));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                if (e != null) refused.add(unreadable(root.relativize(d).toString().replace('\\', '/'), d, e)); // listing broke off
                return FileVisitResult.CONTINUE;
            }
        });
        if (!hidden.isEmpty()) {
            // hidden files (.gitattributes, .gitkeep, .DS_Store) are not content: said once, quietly, so none goes unseen
            hidden.sort(null);
            String dirShown = root.relativize(dir).toString().replace('\\', '/');
            refused.add(new Refused(dirShown.isEmpty() ? "." : dirShown, hidden.size() + " hidden file(s) (names starting with"
                    + " '.') are not published: " + String.join(", ", hidden.subList(0, Math.min(5, hidden.size())))
                    + (hidden.size() > 5 ? ", …" : ""), dev.tolk.diag.Rule.CONTENT_UNSUPPORTED, dev.tolk.diag.Severity.INFO));
        }
        articles.sort(null);
        media.sort(null);
        tocs.sort(null);
        return new LocaleFiles(tag, dir, List.copyOf(articles), List.copyOf(media), List.copyOf(tocs),
                Map.copyOf(stamps));
    }
}
