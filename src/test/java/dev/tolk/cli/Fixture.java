package dev.tolk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small project written from one string, as Hugo's integration tests write theirs: each file
 * starts with a line {@code -- path --} and runs to the next such line.
 */
final class Fixture {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private Fixture() {
    }

    static Path write(Path root, String files) throws IOException {
        Matcher m = HEADER.matcher(files);
        String path = null;
        int start = 0;
        while (m.find()) {
            if (path != null) put(root, path, files.substring(start, m.start()));
            path = m.group(1);
            start = m.end();
        }
        if (path != null) put(root, path, files.substring(start));
        return root;
    }

    /**
     * The configuration options for a project folder {@code p}: its tolk.yaml when it has one,
     * else {@code --no-config} (the working folder, this checkout, has a tolk.yaml of its own).
     */
    static java.util.List<String> configArgs(Path p) {
        Path yaml = p.resolve("tolk.yaml");
        return java.nio.file.Files.isRegularFile(yaml) ? java.util.List.of("--config", yaml.toString()) : java.util.List.of("--no-config");
    }

    private static void put(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
