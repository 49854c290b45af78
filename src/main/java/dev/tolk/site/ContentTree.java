package dev.tolk.site;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a content directory, per locale folder, in sorted order (so a build never
 * depends on directory order). Markdown files are articles; other files (images, PDFs) are
 * media, copied as they are; configuration-like files ({@code .yml}, {@code .json}, dot files)
 * are neither. Symbolic links that lead outside the content directory are refused.
 */
public record ContentTree(Path root, Map<String, LocaleFiles> locales, List<String> refused) {

    /** One locale folder: article keys and media keys, {@code /}-separated, sorted. */
    public record LocaleFiles(String tag, Path dir, List<String> articles, List<String> media, List<String> tocs) {
    }

    public static ContentTree scan(Path root, List<String> excludeGlobs) throws IOException {
        Path realRoot = root.toRealPath();
        List<PathMatcher> excludes = new ArrayList<>();
        for (String glob : excludeGlobs) excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        Map<String, LocaleFiles> locales = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (var stream = Files.list(root)) {
            stream.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        for (Path dir : dirs) {
            String tag = dir.getFileName().toString();
            if (!ConfigLoader.LOCALE_TAG.matcher(tag).matches()) continue;
            List<String> articles = new ArrayList<>();
            List<String> media = new ArrayList<>();
            List<String> tocs = new ArrayList<>();
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
                    Path rel = root.relativize(file);
                    for (PathMatcher m : excludes) {
                        if (m.matches(rel) || m.matches(dir.relativize(file))) return FileVisitResult.CONTINUE;
                    }
                    if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realRoot)) {
                        refused.add(tag + "/" + key);
                        return FileVisitResult.CONTINUE;
                    }
                    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (lower.endsWith(".md")) articles.add(key);
                    else if (lower.equals("toc.yml") && !key.contains("/breadcrumb/")) tocs.add(key);
                    else if (!(lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".json")
                            || lower.endsWith(".ps1"))) media.add(key);
                    return FileVisitResult.CONTINUE;
                }
            });
            articles.sort(null);
            media.sort(null);
            tocs.sort(null);
            locales.put(tag, new LocaleFiles(tag, dir, List.copyOf(articles), List.copyOf(media), List.copyOf(tocs)));
        }
        refused.sort(null);
        return new ContentTree(root, locales, List.copyOf(refused));
    }
}
