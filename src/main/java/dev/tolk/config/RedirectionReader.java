package dev.tolk.config;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.json.JsonDocument;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads redirection files in Open Publishing's format:
 * <pre>{ "redirections": [ { "source_path": "docs/old.md", "redirect_url": "/product/new",
 *     "redirect_document_id": false } ] }</pre>
 * {@code source_path} is relative to the file's folder; {@code source_path_from_root}
 * ({@code /docs/old.md}) to the repository root. A file that is not JSON, or not that shape, and
 * each malformed entry (no source, a source that is not a {@code .md} or {@code .yml} file or
 * climbs above the root, no {@code redirect_url}) is a positioned {@code config/invalid}; the rest
 * is read. An entry whose source names an anchor ({@code old.md#part}) redirects part of a page,
 * which a static site cannot do: it is left out. {@code redirect_document_id} (whether the page's
 * analytics identity moves with it) means nothing here and is not read.
 */
public final class RedirectionReader {
    private RedirectionReader() {
    }

    /**
     * One entry: its source as a path from the repository root, its target as written, the file
     * it comes from, and where its source and target values are in that file (for diagnostics).
     */
    public record Entry(String path, String url, RedirectionFile file, Place source, Place target) {
    }

    /** A value's place in a file: 1-based lines and columns. */
    public record Place(int line, int column, int endLine, int endColumn) {
    }

    public static List<Entry> read(List<RedirectionFile> files, Consumer<Diagnostic> sink) {
        List<Entry> out = new ArrayList<>();
        for (RedirectionFile file : files) {
            String text;
            try {
                text = SourceText.read(file.file()).text();
            } catch (IOException e) {
                sink.accept(new Diagnostic(file.display(), 1, 1, 1, 1, Rule.CONTENT_UNREADABLE.defaultSeverity(),
                        Rule.CONTENT_UNREADABLE.id(), "redirection file could not be read: " + e.getMessage(), ""));
                continue;
            }
            read(file, text, sink, out);
        }
        return out;
    }

    private static void read(RedirectionFile file, String text, Consumer<Diagnostic> sink, List<Entry> out) {
        FileReporter reporter = new FileReporter(file.display(), "", text, sink);
        Object parsed = JsonDocument.parse(text);
        if (parsed instanceof JsonDocument.Failure f) {
            reporter.report(Rule.CONFIG_INVALID, f.offset(), f.offset(), "redirection file is not valid JSON: " + f.message()
                    + "; no redirection of it is read");
            return;
        }
        JsonDocument doc = (JsonDocument) parsed;
        if (!(doc.root() instanceof Map<?, ?> root) || !(root.get("redirections") instanceof List<?> entries)) {
            int at = doc.root() instanceof Map<?, ?> m && m.containsKey("redirections") ? doc.at("/redirections") : 0;
            reporter.report(Rule.CONFIG_INVALID, at, at, "a redirection file is an object with a list \"redirections\"");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            String pointer = "/redirections/" + i;
            Entry entry = entry(file, entries.get(i), doc, pointer, reporter, text);
            if (entry != null) out.add(entry);
        }
    }

    private static Entry entry(RedirectionFile file, Object value, JsonDocument doc, String pointer, FileReporter reporter,
                               String text) {
        if (!(value instanceof Map<?, ?> m)) {
            problem(reporter, doc.at(pointer), "a redirection is an object with source_path and redirect_url");
            return null;
        }
        boolean fromRoot = m.containsKey("source_path_from_root");
        String sourceKey = fromRoot ? "source_path_from_root" : "source_path";
        String sourcePointer = pointer + "/" + sourceKey;
        if (!(m.get(sourceKey) instanceof String source) || source.isBlank()) {
            int at = m.containsKey(sourceKey) ? doc.at(sourcePointer) : doc.at(pointer);
            problem(reporter, at, m.containsKey(sourceKey) ? sourceKey + " must be a path"
                    : "a redirection needs source_path (or source_path_from_root)");
            return null;
        }
        Place sourcePlace = place(doc, sourcePointer, text, reporter);
        if (!(m.get("redirect_url") instanceof String url) || url.isBlank()) {
            int at = m.containsKey("redirect_url") ? doc.at(pointer + "/redirect_url") : doc.at(pointer);
            problem(reporter, at, m.containsKey("redirect_url") ? "redirect_url must be an address"
                    : "a redirection needs redirect_url");
            return null;
        }
        if (source.contains("#")) return null; // a part of a page: nothing a static site can redirect
        String path = normalize(fromRoot ? source.strip() : join(file.folder(), source.strip()));
        if (path == null) {
            problem(reporter, doc.at(sourcePointer), sourceKey + " '" + source + "' leads above the "
                    + (fromRoot || file.folder().isEmpty() ? "root" : "repository root"));
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".md") || lower.endsWith(".yml") || lower.endsWith(".yaml"))) {
            problem(reporter, doc.at(sourcePointer), sourceKey + " '" + source + "' is not a .md or .yml file");
            return null;
        }
        return new Entry(path, url.strip(), file, sourcePlace, place(doc, pointer + "/redirect_url", text, reporter));
    }

    private static Place place(JsonDocument doc, String pointer, String text, FileReporter reporter) {
        int start = doc.at(pointer);
        int end = start;
        if (start < text.length() && text.charAt(start) == '"') {
            end = start + 1;
            while (end < text.length() && text.charAt(end) != '"') end += text.charAt(end) == '\\' ? 2 : 1;
            end = Math.min(end + 1, text.length());
        }
        var lines = reporter.lines();
        return new Place(lines.line(start), lines.column(start), lines.line(end), lines.column(end));
    }

    private static void problem(FileReporter reporter, int at, String message) {
        reporter.report(Rule.CONFIG_INVALID, at, at, message);
    }

    private static String join(String folder, String path) {
        if (path.startsWith("/")) return path; // written from the root already
        return folder.isEmpty() ? path : folder + "/" + path;
    }

    /** A path without {@code .}, {@code ..}, empty segments or a leading {@code /}; null when it climbs above the root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
