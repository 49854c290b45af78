package dev.tolk.check;

import dev.tolk.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text of a line of a reported file, the file given relative to a base directory as
 * in a {@code Diagnostic}. Files are decoded like the parser does ({@link SourceText}: UTF-8, a
 * leading BOM dropped) so that columns match; lines end at {@code \n} and lose a trailing
 * {@code \r}. The last few files read are kept, which is enough because reports are sorted by
 * file. Returns {@link Optional#empty()} when the file cannot be read or has no such line.
 * Not thread-safe.
 */
public final class SourceLines {
    private static final int CACHED_FILES = 16;

    private final Path baseDir;
    private final Map<String, Optional<List<String>>> cache = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<List<String>>> eldest) {
            return size() > CACHED_FILES;
        }
    };

    public SourceLines(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The text of the 1-based {@code line} of {@code file}, without its line break. */
    public Optional<String> line(String file, int line) {
        if (file == null || line <= 0) return Optional.empty();
        Optional<List<String>> lines = cache.computeIfAbsent(file, this::load);
        return lines.filter(l -> line <= l.size()).map(l -> l.get(line - 1));
    }

    private Optional<List<String>> load(String file) {
        try {
            return Optional.of(split(SourceText.read(baseDir.resolve(file)).text()));
        } catch (IOException | InvalidPathException | UncheckedIOException | SecurityException e) {
            return Optional.empty(); // the report still shows the diagnostic, just without its line
        }
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        return lines;
    }
}
