package dev.tolk.config;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.json.JsonDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of a {@code docfx.json} that decide a site (DocFX's documented {@code build}
 * section): the {@code content} and {@code resource} file groups ({@code files}, {@code exclude},
 * {@code src}; a group may be written as an object, a glob or a list of globs),
 * {@code globalMetadata}, {@code fileMetadata}, {@code dest}, {@code xref} (local map files) and {@code sitemap.baseUrl}. Other
 * keys ({@code template}, {@code overwrite}, {@code xrefService}, …) are about DocFX's own output
 * and are left alone. A value of the wrong type is a positioned {@code config/invalid} and is
 * ignored; a file that is not JSON, or not an object, is unusable ({@link Read#usable()}).
 */
final class DocfxJson {
    private DocfxJson() {
    }

    /**
     * What a docfx.json says. {@code fileMetadata} is key to glob to value; {@code flat}: no file
     * group has a {@code src} or {@code dest} (each file is published at its path in the docset); {@code dest} is the
     * docset's URL folder on its host ({@code customer-insights}), {@code baseUrl} the site's
     * address from {@code sitemap.baseUrl}; both empty when not given.
     */
    record Docset(DocfxScope scope, Map<String, Object> globalMetadata, Map<String, Map<String, Object>> fileMetadata,
                  String dest, String baseUrl, boolean flat, List<String> xrefMaps) {

        /** Every metadata key it sets: each is a known front-matter key in the docset's articles. */
        List<String> metadataKeys() {
            List<String> keys = new ArrayList<>(globalMetadata.keySet());
            for (String k : fileMetadata.keySet()) {
                if (!keys.contains(k)) keys.add(k);
            }
            return keys;
        }

        /** The title DocFX adds to every page: {@code titleSuffix} (Microsoft Learn) or {@code _appTitle} (DocFX's template). */
        String title() {
            for (String key : new String[] {"titleSuffix", "_appTitle"}) {
                if (globalMetadata.get(key) instanceof String s && !s.isBlank()) return s.strip();
            }
            return "";
        }
    }

    /** The docset (null when unusable), the problems found, and whether the file could be used at all. */
    record Read(Docset docset, List<Diagnostic> problems) {
        boolean usable() {
            return docset != null;
        }
    }

    /**
     * Reads a docfx.json.
     *
     * @param display the file as diagnostics name it
     */
    static Read read(String text, String display) {
        List<Diagnostic> problems = new ArrayList<>();
        FileReporter reporter = new FileReporter(display, "", text, problems::add);
        Object parsed = JsonDocument.parse(text);
        if (parsed instanceof JsonDocument.Failure f) {
            reporter.report(Rule.CONFIG_INVALID, f.offset(), f.offset(), "docfx.json is not valid JSON: " + f.message());
            return new Read(null, problems);
        }
        JsonDocument doc = (JsonDocument) parsed;
        for (JsonDocument.Repeated r : doc.repeated()) {
            // the same value twice says nothing new; two values leave it open which one was meant
            if (!r.sameValue()) {
                reporter.report(Rule.CONFIG_INVALID, r.offset(), r.offset() + r.key().length() + 2, "key '" + r.key()
                        + "' is given twice with different values; the last one is used, as DocFX uses it");
            }
        }
        if (!(doc.root() instanceof Map<?, ?> root)) {
            reporter.report(Rule.CONFIG_INVALID, 0, 0, "docfx.json must be an object");
            return new Read(null, problems);
        }
        Reader r = new Reader(doc, reporter);
        if (!(root.get("build") instanceof Map<?, ?> build)) {
            r.problem(root.containsKey("build") ? "/build" : "", "docfx.json has no build section (an object); every file is read");
            return new Read(new Docset(new DocfxScope(List.of(), List.of()), Map.of(), Map.of(), "", "", true, List.of()), problems);
        }
        List<DocfxScope.Group> content = r.groups(build.get("content"), "/build/content");
        List<DocfxScope.Group> resource = r.groups(build.get("resource"), "/build/resource");
        Map<String, Object> global = new LinkedHashMap<>();
        if (build.get("globalMetadata") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> global.put(String.valueOf(k), v));
        } else if (build.get("globalMetadata") != null) {
            r.problem("/build/globalMetadata", "globalMetadata must be an object of metadata keys and values");
        }
        Map<String, Map<String, Object>> file = new LinkedHashMap<>();
        if (build.get("fileMetadata") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String pointer = JsonDocument.child("/build/fileMetadata", k);
                if (v instanceof Map<?, ?> byGlob) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    byGlob.forEach((g, value) -> values.put(String.valueOf(g), value));
                    file.put(String.valueOf(k), values);
                } else {
                    r.problem(pointer, "fileMetadata '" + k + "' must map file globs to values");
                }
            });
        } else if (build.get("fileMetadata") != null) {
            r.problem("/build/fileMetadata", "fileMetadata must be an object of metadata keys, each mapping file globs to values");
        }
        String dest = r.string(build, "dest", "/build/dest");
        String baseUrl = "";
        if (build.get("sitemap") instanceof Map<?, ?> sitemap) {
            baseUrl = r.string(sitemap, "baseUrl", "/build/sitemap/baseUrl");
            if (!baseUrl.isEmpty() && !baseUrl.matches("(?i)https?://\\S+")) {
                r.problem("/build/sitemap/baseUrl", "sitemap.baseUrl must be an http or https address");
                baseUrl = "";
            }
        }
        Docset docset = new Docset(new DocfxScope(content, resource), java.util.Collections.unmodifiableMap(global),
                java.util.Collections.unmodifiableMap(file), trimSlashes(dest), baseUrl, r.flat, r.xrefMaps(build.get("xref")));
        return new Read(docset, problems);
    }

    static String trimSlashes(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.equals(".") ? "" : p;
    }

    /** Reads values, reporting the ones of a wrong type at their position. */
    private static final class Reader {
        private final JsonDocument doc;
        private final FileReporter reporter;
        /** Whether no file group read so far has a src or dest: every file is published at its path in the docset. */
        private boolean flat = true;

        Reader(JsonDocument doc, FileReporter reporter) {
            this.doc = doc;
            this.reporter = reporter;
        }


        void problem(String pointer, String message) {
            int at = doc.at(pointer);
            reporter.report(Rule.CONFIG_INVALID, at, at, message);
        }

        String string(Map<?, ?> map, String key, String pointer) {
            Object v = map.get(key);
            if (v == null) return "";
            if (v instanceof String s) return s.strip();
            problem(pointer, key + " must be a string");
            return "";
        }

        /**
         * {@code xref}: the xref map files the docset's links resolve uids against, relative to the docfx.json folder. An
         * address ({@code https://…/xrefmap.yml}) is left out: Tolk reads no network. A path that leaves the folder is a
         * {@code config/invalid}, not read.
         */
        List<String> xrefMaps(Object value) {
            List<String> out = new ArrayList<>();
            List<?> items = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
            for (int i = 0; i < items.size(); i++) {
                String pointer = value instanceof List<?> ? JsonDocument.child("/build/xref", i) : "/build/xref";
                if (!(items.get(i) instanceof String path) || path.isBlank()) {
                    problem(pointer, "xref must be a list of xref map paths");
                    continue;
                }
                String p = path.strip().replace('\\', '/');
                if (p.matches("(?i)[a-z][a-z0-9+.-]*://.*")) continue;
                if (p.startsWith("/") || p.contains(":") || ("/" + p + "/").contains("/../")) {
                    problem(pointer, "xref map '" + p + "' leads outside the docset folder; it is not read");
                    continue;
                }
                out.add(p);
            }
            return List.copyOf(out);
        }

        /** A file mapping: a list of groups, one group object, or globs (a string or a list of strings). */
        List<DocfxScope.Group> groups(Object value, String pointer) {
            List<DocfxScope.Group> out = new ArrayList<>();
            if (value == null) return out;
            if (value instanceof String || value instanceof Map<?, ?>) {
                group(value, pointer).ifPresent(out::add);
                return out;
            }
            if (!(value instanceof List<?> list)) {
                problem(pointer, last(pointer) + " must be a list of file groups ({\"files\": [...], \"exclude\": [...]})");
                return out;
            }
            List<DocfxGlob> loose = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof String s) loose.add(new DocfxGlob(s));
                else group(item, JsonDocument.child(pointer, i)).ifPresent(out::add);
            }
            if (!loose.isEmpty()) out.add(new DocfxScope.Group("", "", List.copyOf(loose), List.of()));
            return out;
        }

        private java.util.Optional<DocfxScope.Group> group(Object item, String pointer) {
            if (item instanceof String s) return java.util.Optional.of(new DocfxScope.Group("", "", List.of(new DocfxGlob(s)), List.of()));
            if (!(item instanceof Map<?, ?> m)) {
                problem(pointer, "a file group must be an object with files (and exclude, src)");
                return java.util.Optional.empty();
            }
            List<DocfxGlob> files = globs(m.get("files"), JsonDocument.child(pointer, "files"));
            if (files.isEmpty()) {
                problem(m.containsKey("files") ? JsonDocument.child(pointer, "files") : pointer, "a file group needs files (globs)");
                return java.util.Optional.empty();
            }
            List<DocfxGlob> exclude = globs(m.get("exclude"), JsonDocument.child(pointer, "exclude"));
            // "cwd" is the older name of "src"
            String key = m.containsKey("src") ? "src" : "cwd";
            String src = m.get(key) == null ? "" : trimSlashes(string(m, key, JsonDocument.child(pointer, key)));
            String dest = m.get("dest") instanceof String d ? trimSlashes(d) : "";
            if (!src.isEmpty() || !dest.isEmpty()) flat = false;
            if (src.contains("..") || src.contains(":")) {
                problem(JsonDocument.child(pointer, key), key + " '" + src + "' leads outside the docset folder; the group is not read");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new DocfxScope.Group(src.isEmpty() ? "" : src + "/", dest.isEmpty() ? "" : dest + "/", files, exclude));
        }

        private List<DocfxGlob> globs(Object value, String pointer) {
            if (value == null) return List.of();
            if (value instanceof String s) return s.isBlank() ? List.of() : List.of(new DocfxGlob(s));
            List<DocfxGlob> out = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String s && !s.isBlank()) out.add(new DocfxGlob(s));
                    else problem(JsonDocument.child(pointer, i), last(pointer) + " must be a list of glob strings");
                }
            } else {
                problem(pointer, last(pointer) + " must be a glob or a list of globs");
            }
            return List.copyOf(out);
        }

        private static String last(String pointer) {
            return pointer.substring(pointer.lastIndexOf('/') + 1);
        }
    }
}
