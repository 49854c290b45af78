package dev.tolk.config;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a configuration with what the content folder says ({@link DocsetSettings}).
 * <ul>
 * <li><b>Layout.</b> A content folder with a {@code docfx.json} at its top is one DocFX docset
 *     folder, that is one locale: the {@code --locale} given (the first), else the locale its
 *     folder or an enclosing one is named for ({@code nl-NL}, or {@code customer-insights-pr.nl-nl}
 *     as Microsoft names its localized repositories), else the source locale. Any other content
 *     folder holds one folder per locale.</li>
 * <li><b>docfx.json</b>, read only when there is no {@code tolk.yaml}: in a locale folder, or in
 *     its immediate subfolders (a repository whose docset is a folder of it). Its content and
 *     resource globs decide which files are read; the keys of {@code globalMetadata} and
 *     {@code fileMetadata} are known front-matter keys; {@code titleSuffix} (or {@code _appTitle})
 *     is the site title, {@code sitemap.baseUrl} the base URL, {@code dest} the docset's folder on
 *     its host (to map redirections). A single docset folder whose content groups all have one
 *     {@code src} is read from that folder, as DocFX publishes it.</li>
 * <li><b>Redirections.</b> {@code redirections:} of {@code tolk.yaml}, else every
 *     {@code .openpublishing.redirection*.json} of the first folder that has one among: the
 *     project folder, the content folder, the source locale's folder; for a single docset folder,
 *     the files its repository's {@code .openpublishing.publish.config.json} names
 *     ({@code redirection_files}), else those of the folder and the folders above it up to its
 *     repository root.</li>
 * </ul>
 */
public final class DocsetLoader {
    private static final Pattern LOCALE_FOLDER = Pattern.compile("(?:.*\\.)?([a-zA-Z]{2,3}-(?:[a-zA-Z]{4}-)?(?:[a-zA-Z]{2}|[0-9]{3}))");
    private static final Pattern REDIRECTION_FILE = Pattern.compile("\\.openpublishing\\.redirection(?:\\.[^/]*)?\\.json");
    /** How far above a docset folder its repository root (and redirection file) is looked for. */
    private static final int LEVELS_UP = 3;

    /** The completed configuration, and the problems that make it unusable (then the command stops with exit 2). */
    public record Loaded(SiteConfig config, List<Diagnostic> fatal) {
    }

    private final Path projectDir;
    private final Path source;
    private final List<String> locales;
    private final Path workDir;

    /**
     * @param projectDir the folder of {@code tolk.yaml} (whether or not it exists)
     * @param source     the content folder
     * @param locales    the {@code --locale} tags given
     * @param workDir    what diagnostics' file names are relative to
     */
    public DocsetLoader(Path projectDir, Path source, List<String> locales, Path workDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.source = source.toAbsolutePath().normalize();
        this.locales = List.copyOf(locales);
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    /** {@code tolk.yaml} was read: its configuration with the layout of the content folder and the redirection files. */
    public Loaded withTolkYaml(SiteConfig config, Path configFile, String configText) {
        List<Diagnostic> problems = new ArrayList<>();
        Path folder = singleFolder() ? source : null;
        String folderLocale = folder == null ? null : folderLocale(folder, config.sourceLocale());
        List<RedirectionFile> redirections = new ArrayList<>();
        String named = config.docfx().redirections();
        if (named != null) {
            Path file;
            try {
                file = projectDir.resolve(named).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                file = null; // a path no file system names (a NUL in it)
            }
            if (file != null && Files.isRegularFile(file)) {
                redirections.add(new RedirectionFile(file, display(file), "", null));
            } else {
                int line = lineOf(configText, "redirections");
                problems.add(new Diagnostic(display(configFile), line, 1, line, 1, Severity.ERROR, Rule.CONFIG_INVALID.id(),
                        "redirections: '" + named + "' does not exist (relative to " + display(projectDir) + "/)", ""));
            }
        } else {
            redirections.addAll(findRedirections(folder, config.sourceLocale()));
        }
        DocsetSettings settings = new DocsetSettings(folder, folderLocale, Map.of(), "", Map.of(), List.copyOf(redirections),
                List.copyOf(problems));
        return new Loaded(config.withDocset(settings), List.of());
    }

    /** There is no {@code tolk.yaml}: the configuration the {@code docfx.json} files give, else the defaults. */
    public Loaded withoutTolkYaml() throws IOException {
        SiteConfig defaults = SiteConfig.defaults();
        List<Diagnostic> fatal = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, DocfxScope> scopes = new TreeMap<>();
        List<DocfxJson.Docset> docsets = new ArrayList<>();
        // the folder of each docset's docfx.json, which its xref map paths start from
        Map<DocfxJson.Docset, Path> docfxFolders = new java.util.IdentityHashMap<>();
        Path folder = null;
        String folderLocale = null;
        if (singleFolder()) {
            folderLocale = folderLocale(source, defaults.sourceLocale());
            DocfxJson.Docset docset = read(source.resolve("docfx.json"), fatal, problems);
            folder = source;
            if (docset != null) {
                docsets.add(docset);
                docfxFolders.put(docset, source);
                String src = commonSrc(docset.scope());
                folder = src.isEmpty() ? source : source.resolve(src);
                if (!Files.isDirectory(folder)) folder = source;
                scopes.put(folderLocale, seenFrom(docset.scope(), folder == source ? "" : src + "/"));
            }
        } else {
            Map<String, DocfxJson.Docset> byLocale = new LinkedHashMap<>();
            for (Path dir : localeFolders()) {
                String tag = dir.getFileName().toString();
                List<DocfxScope> parts = new ArrayList<>();
                for (Path docfx : docfxFiles(dir)) {
                    DocfxJson.Docset docset = read(docfx, fatal, problems);
                    if (docset == null) continue;
                    docfxFolders.put(docset, docfx.getParent());
                    String prefix = dir.relativize(docfx.getParent()).toString().replace('\\', '/');
                    parts.add(prefix.isEmpty() ? docset.scope() : placeUnder(docset.scope(), prefix + "/"));
                    byLocale.putIfAbsent(tag, docset);
                }
                if (!parts.isEmpty()) scopes.put(tag, DocfxScope.union(parts));
            }
            // the source locale's docfx.json speaks for the docset; else the first locale's
            DocfxJson.Docset main = byLocale.get(defaults.sourceLocale());
            if (main != null) docsets.add(main);
            byLocale.values().stream().filter(d -> d != main).forEach(docsets::add);
        }
        if (!fatal.isEmpty()) return new Loaded(defaults, fatal);
        List<String> extraKeys = new ArrayList<>();
        for (DocfxJson.Docset d : docsets) {
            for (String k : d.metadataKeys()) {
                if (!extraKeys.contains(k)) extraKeys.add(k);
            }
        }
        DocfxJson.Docset main = docsets.isEmpty() ? null : docsets.get(0);
        String title = main == null || main.title().isEmpty() ? defaults.title() : main.title();
        String baseUrl = main == null ? "" : main.baseUrl();
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl += "/";
        // the main docset's groups as its files' keys see them (from the shared src of a single docset folder)
        DocfxScope mainScope = folder != null && scopes.containsKey(folderLocale) ? scopes.get(folderLocale)
                : main == null ? null : main.scope();
        Map<String, String> sitePath = main == null ? Map.of() : sitePath(main.globalMetadata(), mainScope,
                List.of(source, folder == null ? source : folder, source.resolve(defaults.sourceLocale())));
        SiteConfig config = new SiteConfig(title, baseUrl, defaults.sourceLocale(), List.of(), sitePath, List.of(), Map.of(),
                Map.of(), List.of(), new SiteConfig.Docfx(List.copyOf(extraKeys), xrefMaps(main, docfxFolders.get(main)), null));
        DocsetSettings settings = new DocsetSettings(folder, folderLocale, java.util.Collections.unmodifiableMap(scopes),
                main == null ? "" : main.dest(), main == null ? Map.of() : main.globalMetadata(),
                findRedirections(folder, defaults.sourceLocale()), List.copyOf(problems));
        return new Loaded(config.withDocset(settings), List.of());
    }

    /**
     * Where a Microsoft Learn docset lives on its site, as its {@code breadcrumb_path} says, as a url-map of site paths
     * to content folders; else none. The docset's site path is the part of {@code breadcrumb_path} before the path
     * its breadcrumb file is published at: {@code /azure/developer/} for {@code /azure/developer/breadcrumb/toc.json}
     * when the docset publishes a {@code breadcrumb/toc.yml} at its top (its folder there, in a docset whose groups
     * have no {@code src} or {@code dest}). Each file group then maps that path and its {@code dest} to its
     * {@code src} ({@code /azure/iot-edge/} to {@code articles/iot-edge/}), the longest first; of groups with the same
     * {@code dest}, the first with a wildcard in its globs, and a group of named files maps their folders. Site-absolute
     * links outside these are then pages of the host site ({@code /java/api/…}), not of the docset's folder of the
     * same name.
     */
    static Map<String, String> sitePath(Map<String, Object> globalMetadata, DocfxScope scope, List<Path> docsetFolders) {
        if (!(globalMetadata.get("breadcrumb_path") instanceof String path) || !path.startsWith("/") || path.startsWith("//")
                || scope == null) {
            return Map.of();
        }
        int file = path.lastIndexOf('/');
        for (int cut = file > 0 ? path.lastIndexOf('/', file - 1) : -1; cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
            String folder = path.substring(cut + 1, file + 1);
            if (folder.contains("/./") || folder.contains("/../") || folder.startsWith("./") || folder.startsWith("../")) break;
            if (publishesFolder(scope, folder, docsetFolders)) {
                return sitePaths(deeper(path.substring(0, cut + 1), folder, scope, docsetFolders), scope);
            }
        }
        return Map.of();
    }

    /**
     * {@code base}, or the folder below it where the docset's own breadcrumb TOC puts the docset's home: a breadcrumb
     * file shared by several docsets ({@code /aspnet/breadcrumb/toc.json}, ASP.NET's) is published once, above them, and
     * the docset's entry says where it is ({@code topicHref: /aspnet/core/index}). Such an entry counts when the docset
     * has a home page at its top and no folder of that name ({@code core/}), which would make it a page of its own.
     */
    private static String deeper(String base, String breadcrumbFolder, DocfxScope scope, List<Path> docsetFolders) {
        String best = base;
        for (Path d : docsetFolders) {
            boolean home = Files.isRegularFile(d.resolve("index.md")) || Files.isRegularFile(d.resolve("index.yml"));
            Path toc = Files.isRegularFile(d.resolve(breadcrumbFolder + "toc.yml")) ? d.resolve(breadcrumbFolder + "toc.yml")
                    : d.resolve(breadcrumbFolder + "TOC.yml");
            if (!home || !Files.isRegularFile(toc) || scope.content().stream().anyMatch(g -> !g.src().isEmpty() || !g.dest().isEmpty())) continue;
            List<String> lines;
            try {
                lines = Files.readAllLines(toc);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (String line : lines) {
                Matcher m = BREADCRUMB_HOME.matcher(line);
                if (!m.matches() || !m.group(1).startsWith(base)) continue;
                String sub = m.group(1).substring(base.length());
                if (sub.isEmpty() || sub.startsWith("/") || sub.contains("..") || Files.isDirectory(d.resolve(sub))) continue;
                if (base.length() + sub.length() > best.length()) best = base + sub;
            }
        }
        return best;
    }

    /** A breadcrumb entry's home page: {@code topicHref: /aspnet/core/index} (or {@code /aspnet/core/}); group 1 its folder. */
    private static final java.util.regex.Pattern BREADCRUMB_HOME =
            java.util.regex.Pattern.compile("\\s*-?\\s*topicHref:\\s*[\"']?(/[^\"'\\s?#]*/)(?:index)?[\"']?\\s*");

    /** Whether a group publishes the folder {@code published} (ending in {@code /}) of a breadcrumb TOC from a folder of the docset. */
    private static boolean publishesFolder(DocfxScope scope, String published, List<Path> docsetFolders) {
        boolean flat = scope.content().stream().allMatch(g -> g.src().isEmpty() && g.dest().isEmpty());
        for (DocfxScope.Group g : scope.content()) {
            if (!published.startsWith(g.dest())) continue;
            String from = g.src() + published.substring(g.dest().length());
            boolean toc = flat || g.matches(from + "toc.yml") || g.matches(from + "TOC.yml");
            if (toc && docsetFolders.stream().anyMatch(d -> Files.isDirectory(d.resolve(from)))) return true;
        }
        return flat && scope.content().isEmpty() && docsetFolders.stream().anyMatch(d -> Files.isDirectory(d.resolve(published)));
    }

    /**
     * The url-map of a docset at {@code base}: each content group's published folder to its source folder, the longest
     * first. Two groups of different folders published at one path (versions) leave it to neither. A group of named
     * files ({@code bread/toc.yml}) maps each of them alone ({@code /powershell/scripting/bread/toc} to
     * {@code bread/toc}). Resource groups are left out: one at the docset's top would make every page of the host
     * under it the docset's.
     */
    private static Map<String, String> sitePaths(String base, DocfxScope scope) {
        if (scope.content().isEmpty()) return Map.of(base, ""); // every file at its path
        Map<String, String> map = new HashMap<>();
        for (DocfxScope.Group g : scope.content()) {
            if (g.files().stream().allMatch(f -> f.namedFile() != null)) continue;
            String url = base + g.dest();
            if (!map.containsKey(url)) map.put(url, g.src());
            else if (!Objects.equals(map.get(url), g.src())) map.put(url, null);
        }
        for (DocfxScope.Group g : scope.content()) {
            if (!g.files().stream().allMatch(f -> f.namedFile() != null)) continue;
            for (DocfxGlob f : g.files()) {
                String file = f.namedFile();
                int dot = file.lastIndexOf('.');
                String page = dot > file.lastIndexOf('/') + 1 ? file.substring(0, dot) : file;
                if (!map.containsKey(base + g.dest() + page)) map.put(base + g.dest() + page, g.src() + page);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        map.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(url -> ordered.put(url, map.get(url)));
        return Collections.unmodifiableMap(ordered);
    }

    /** The main docset's local xref map files ({@code build.xref}), as paths (absolute: read wherever the build runs). */
    private static List<String> xrefMaps(DocfxJson.Docset main, Path docfxFolder) {
        if (main == null || docfxFolder == null) return List.of();
        return main.xrefMaps().stream().map(p -> docfxFolder.resolve(p).normalize().toString()).toList();
    }

    /** Whether the content folder is itself a DocFX docset folder. */
    private boolean singleFolder() {
        return Files.isRegularFile(source.resolve("docfx.json"));
    }

    /** The locale a single docset folder holds: the first {@code --locale}, else its folders' names, else the source locale. */
    private String folderLocale(Path folder, String sourceLocale) {
        if (!locales.isEmpty()) return canonicalTag(locales.get(0));
        Path p = folder;
        for (int up = 0; p != null && p.getFileName() != null && up <= LEVELS_UP; up++, p = p.getParent()) {
            Matcher m = LOCALE_FOLDER.matcher(p.getFileName().toString());
            if (m.matches() && isLocale(m.group(1))) return canonicalTag(m.group(1));
            if (isRepositoryRoot(p)) {
                // a checkout in a folder named after a CI job, say: the repository's publish configuration names it
                Optional<String> named = PublishConfig.in(p).localeOf(slashes(p.relativize(folder))).filter(DocsetLoader::isLocale);
                if (named.isPresent()) return canonicalTag(named.get());
                break;
            }
        }
        return sourceLocale;
    }

    /** Whether a folder's name is a locale: an ISO 639 language and an ISO 3166 region ({@code how-to} is not). */
    private static boolean isLocale(String tag) {
        String[] parts = tag.toLowerCase(Locale.ROOT).split("-");
        String region = parts[parts.length - 1].toUpperCase(Locale.ROOT);
        return java.util.Arrays.asList(Locale.getISOLanguages()).contains(parts[0])
                && (region.length() == 3 || java.util.Arrays.asList(Locale.getISOCountries()).contains(region));
    }

    /** {@code nl-nl} as {@code nl-NL}, {@code sr-latn-rs} as {@code sr-Latn-RS}. */
    static String canonicalTag(String tag) {
        String[] parts = tag.split("-");
        StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            b.append('-');
            if (p.length() == 4) b.append(p.substring(0, 1).toUpperCase(Locale.ROOT)).append(p.substring(1).toLowerCase(Locale.ROOT));
            else if (p.length() == 2) b.append(p.toUpperCase(Locale.ROOT));
            else b.append(p);
        }
        return b.toString();
    }

    private static boolean isRepositoryRoot(Path dir) {
        return Files.exists(dir.resolve(".git")) || Files.isRegularFile(dir.resolve(".openpublishing.publish.config.json"));
    }

    private List<Path> localeFolders() throws IOException {
        if (!Files.isDirectory(source)) return List.of();
        try (var list = Files.list(source)) {
            return list.filter(Files::isDirectory)
                    .filter(d -> ContentTree.LOCALE_TAG.matcher(d.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** A locale folder's docfx.json, else those of its immediate subfolders, sorted. */
    private static List<Path> docfxFiles(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("docfx.json"))) return List.of(dir.resolve("docfx.json"));
        try (var list = Files.list(dir)) {
            return list.filter(Files::isDirectory).map(d -> d.resolve("docfx.json")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Reads one docfx.json: its docset, or null with its problem among {@code fatal}. */
    private DocfxJson.Docset read(Path file, List<Diagnostic> fatal, List<Diagnostic> problems) throws IOException {
        DocfxJson.Read read = DocfxJson.read(SourceText.read(file).text(), display(file));
        (read.usable() ? problems : fatal).addAll(read.problems());
        return read.docset();
    }

    /** The one {@code src} every content group shares ({@code ""} if none, or if they differ). */
    private static String commonSrc(DocfxScope scope) {
        String common = null;
        for (DocfxScope.Group g : scope.content()) {
            if (common == null) common = g.src();
            else if (!common.equals(g.src())) return "";
        }
        return common == null ? "" : DocfxJson.trimSlashes(common);
    }

    /** The scope as seen from the folder {@code src} (ending in {@code /}): groups outside it are dropped. */
    private static DocfxScope seenFrom(DocfxScope scope, String src) {
        if (src.isEmpty()) return scope;
        List<List<DocfxScope.Group>> both = new ArrayList<>();
        for (List<DocfxScope.Group> groups : List.of(scope.content(), scope.resource())) {
            List<DocfxScope.Group> out = new ArrayList<>();
            for (DocfxScope.Group g : groups) {
                // in any letter case, as DocFX matches paths ("articles" for the folder Articles)
                if (g.src().regionMatches(true, 0, src, 0, src.length())) {
                    out.add(new DocfxScope.Group(g.src().substring(src.length()), g.dest(), g.files(), g.exclude()));
                }
            }
            both.add(List.copyOf(out));
        }
        return new DocfxScope(both.get(0), both.get(1));
    }

    /** The scope of a docset in the subfolder {@code prefix} (ending in {@code /}) of a locale folder. */
    private static DocfxScope placeUnder(DocfxScope scope, String prefix) {
        return new DocfxScope(scope.content().stream().map(g -> g.under(prefix)).toList(),
                scope.resource().stream().map(g -> g.under(prefix)).toList());
    }

    /**
     * The redirection files of the first folder that has any, among the project folder, the
     * content folder and the source locale's folder; for a single docset folder, the folder and
     * those above it up to its repository root.
     */
    private List<RedirectionFile> findRedirections(Path folder, String sourceLocale) {
        if (folder != null) {
            List<Path> chain = new ArrayList<>();
            Path repository = null;
            for (Path p = folder; p != null && chain.size() <= LEVELS_UP; p = p.getParent()) {
                chain.add(p);
                if (isRepositoryRoot(p)) {
                    repository = p;
                    break;
                }
            }
            List<Path> named = repository == null ? List.of() : namedRedirectionFiles(repository);
            if (!named.isEmpty()) {
                Path root = repository;
                return named.stream().map(f -> new RedirectionFile(f, display(f), slashes(root.relativize(f.getParent())),
                        slashes(root.relativize(folder)))).toList();
            }
            for (Path p : chain) {
                List<Path> found = redirectionFiles(p);
                if (found.isEmpty()) continue;
                // paths start from the repository root if there is one, else from the file's folder
                Path from = repository != null ? repository : p;
                return found.stream().map(f -> new RedirectionFile(f, display(f), slashes(from.relativize(f.getParent())),
                        slashes(from.relativize(folder)))).toList();
            }
            return List.of();
        }
        for (Path dir : List.of(projectDir, source, source.resolve(sourceLocale))) {
            List<Path> found = redirectionFiles(dir);
            if (found.isEmpty()) continue;
            // in the source locale's own folder, paths are the docset's; elsewhere its folder is not known
            String docset = dir.equals(source.resolve(sourceLocale)) ? "" : null;
            return found.stream().map(f -> new RedirectionFile(f, display(f), "", docset)).toList();
        }
        return List.of();
    }

    /**
     * The redirection files the repository's publish configuration names ({@code redirection_files}, from its root),
     * those that exist inside it; none when it names none.
     */
    private static List<Path> namedRedirectionFiles(Path repository) {
        List<Path> out = new ArrayList<>();
        Path root = repository.toAbsolutePath().normalize();
        for (String name : PublishConfig.in(repository).redirectionFiles()) {
            Path f = root.resolve(name).normalize();
            if (f.startsWith(root) && Files.isRegularFile(f) && !out.contains(f)) out.add(f);
        }
        return out;
    }

    private static List<Path> redirectionFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (var list = Files.list(dir)) {
            return list.filter(f -> REDIRECTION_FILE.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        // as CatalogReader shows content files: relative to the working folder
        Path rel = abs.getRoot() != null && abs.getRoot().equals(workDir.getRoot()) ? workDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    /** The 1-based line where {@code key:} is set in a YAML text (1 if nowhere). */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) return i + 1;
        }
        return 1;
    }
}
