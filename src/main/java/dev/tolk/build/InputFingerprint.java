package dev.tolk.build;

import dev.tolk.config.RedirectionFile;
import dev.tolk.config.SiteConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;

/**
 * A SHA-256 of everything a build's site and diagnostics are made from (DESIGN §9): Tolk's
 * version, the options that choose what is read (content and templates folders relative to the
 * working folder, the locales asked for), the configuration file, every file below the content and templates
 * folders (path and bytes, in path order), and the xref maps and redirection files the
 * configuration names. Shards that agree on it are shards of one site; the time, the machine
 * and the folder they ran in do not enter it.
 */
public final class InputFingerprint {
    private final MessageDigest sha;

    private InputFingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * @param configFile the configuration file ({@code --config}); it may not exist (then the defaults, or docfx.json, are read)
     * @param config     the configuration read from it, for the files it names
     * @param workDir    the folder the build runs in, which reported paths are relative to
     */
    public static String of(String version, Path configFile, SiteConfig config, Path source, Path templates,
                            List<String> locales, Path workDir) throws IOException {
        InputFingerprint f = new InputFingerprint();
        f.text("tolk " + version);
        f.text("locales " + String.join(",", locales));
        f.text("source " + relative(workDir, source.toAbsolutePath().normalize()));
        f.text("templates " + relative(workDir, templates.toAbsolutePath().normalize()));
        f.file("config", configFile);
        f.tree("content", source);
        f.tree("templates", templates);
        for (String map : config.docfx().xrefMaps()) f.file("xref-map " + map, workDir.resolve(map));
        for (RedirectionFile r : config.docfx().docset().redirections()) f.file("redirections " + r.display(), r.file());
        return java.util.HexFormat.of().formatHex(f.sha.digest());
    }

    private void text(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private void file(String name, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            text(name + " absent");
            return;
        }
        text(name + " " + Files.size(file));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) sha.update(buffer, 0, n);
        }
        sha.update((byte) 0);
    }

    /** Every file below {@code root}, links followed (as the content scan follows them), in path order; what cannot be read is named. */
    private void tree(String name, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            text(name + " absent");
            return;
        }
        Path top = root.toRealPath();
        TreeMap<String, Path> files = new TreeMap<>();
        Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.put(relative(top, file), attrs.isRegularFile() ? file : null);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                files.put(relative(top, file), null); // a dangling link or a loop: the build reports it
                return FileVisitResult.CONTINUE;
            }
        });
        text(name + " " + files.size());
        for (var e : files.entrySet()) {
            if (e.getValue() == null) text(e.getKey() + " unreadable");
            else file(e.getKey(), e.getValue());
        }
    }

    private static String relative(Path top, Path file) {
        return top.relativize(file).toString().replace('\\', '/');
    }
}
