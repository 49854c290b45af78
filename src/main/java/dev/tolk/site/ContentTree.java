package dev.tolk.site;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The files of a content directory, per locale folder, in sorted order (so a build never
 * depends on directory order). Markdown files are articles; other files (images, PDFs) are
 * media, copied as they are; configuration-like files ({@code .yml}, {@code .json}, dot files)
 * are neither. Symbolic links that lead outside the content directory are refused.
 */
public record ContentTree(Path root, Map<String, LocaleFiles> locales, List<String> refused) {

    /**
     * One locale folder: article keys and media keys, {@code /}-separated, sorted, and each
     * article's size and modification time as the scan saw them.
     */
    public record LocaleFiles(String tag, Path dir, List<String> articles, List<String> media, List<String> tocs,
                              Map<String, Stamp> stamps) {
    }

    /** A file's size and modification time (nanoseconds): what tells a rebuild that it may have changed. */
    public record Stamp(long size, long modified) {
    }

    public static ContentTree scan(Path root, List<String> excludeGlobs) throws IOException {
        Path realRoot = root.toRealPath();
        List<PathMatcher> excludes = new ArrayList<>();
        for (String glob : excludeGlobs) excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        Map<String, LocaleFiles> locales = new TreeMap<>();
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Path> dirs = new ArrayList<>();
        try (var stream = Files.list(root)) {
            stream.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        // locale folders are walked in parallel (a stat per file is most of a rebuild's scan)
        List<Path> localeDirs = dirs.stream()
                .filter(d -> ConfigLoader.LOCALE_TAG.matcher(d.getFileName().toString()).matches()).toList();
        List<LocaleFiles> scanned;
        try {
            scanned = localeDirs.parallelStream().map(dir -> {
                try {
                    return scanLocale(root, realRoot, dir, excludes, refused);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (LocaleFiles f : scanned) locales.put(f.tag(), f);
        refused.sort(null);
        return new ContentTree(root, locales, List.copyOf(refused));
    }

    private static LocaleFiles scanLocale(Path root, Path realRoot, Path dir, List<PathMatcher> excludes, List<String> refused)
            throws IOException {
        String tag = dir.getFileName().toString();
        List<String> articles = new ArrayList<>();
        List<String> media = new ArrayList<>();
        List<String> tocs = new ArrayList<>();
        Map<String, Stamp> stamps = new java.util.HashMap<>();
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
                if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                if (!excludes.isEmpty()) {
                    Path rel = root.relativize(file);
                    for (PathMatcher m : excludes) {
                        if (m.matches(rel) || m.matches(dir.relativize(file))) return FileVisitResult.CONTINUE;
                    }
                }
                // attrs are the link's own (links are not followed): one stat per file
                if (attrs.isSymbolicLink() && !file.toRealPath().startsWith(realRoot)) {
                    refused.add(tag + "/" + key);
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) return FileVisitResult.CONTINUE;
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".md")) {
                    articles.add(key);
                    if (!attrs.isSymbolicLink()) {
                        stamps.put(key, new Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                    }
                } else if (lower.equals("toc.yml") && !key.contains("/breadcrumb/")) tocs.add(key);
                else if (!(lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".json")
                        || lower.endsWith(".ps1"))) media.add(key);
                return FileVisitResult.CONTINUE;
            }
        });
        articles.sort(null);
        media.sort(null);
        tocs.sort(null);
        return new LocaleFiles(tag, dir, List.copyOf(articles), List.copyOf(media), List.copyOf(tocs),
                Map.copyOf(stamps));
    }
}
