package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import dev.tolk.model.Link;
import dev.tolk.model.LocaleInfo;
import dev.tolk.parse.LinkExtractor;
import dev.tolk.source.ContentPaths;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The include files of a site: the Markdown files DocFX's {@code [!INCLUDE[title](path)]} shows
 * inside pages, kept in {@code includes} folders. They are not pages. Each is read, parsed and
 * validated once per build in every locale that has it (front matter, units and links, positioned
 * in the include file itself, whatever number of pages show it), its English compared across
 * locales for drift, and the include graph checked once for cycles ({@code include/cycle}) and
 * nesting deeper than {@value #MAX_DEPTH} ({@code include/too-deep}). What that found is told
 * ({@link #tell}) for the includes the site's pages may show only: DocFX builds an include only
 * where a page shows it, so one that no page names says nothing. Pages find an include, the
 * code files their {@code :::code} directives show, and the titles of their zone pivots (a locale's
 * {@code zone-pivot-groups.yml}, read by {@link PivotGroups}) through {@link #find}, {@link #code} and {@link #pivotTitle}.
 * Immutable once made; shared by the page workers.
 */
final class IncludeFiles {
    /** How deep includes may nest, counting the page's own include as 1 (DocFX's limit too). */
    static final int MAX_DEPTH = 10;
    /** Code files larger than this are not shown (a page is no place for them). */
    private static final long MAX_CODE_BYTES = 1 << 20;

    /**
     * An include as a page finds it: its key, the locale of the file read, the article, whether
     * it was taken from the source locale because the page's locale lacks it, and whether the
     * English side is to be shown (a source-locale page rebuilt from another locale's lookups).
     */
    record Found(String key, String fileLocale, Article article, boolean fallback, boolean sourceSide) {
    }

    private final String sourceLocale;
    private final List<String> locales;
    private final Map<String, Map<String, Article>> byLocale;
    private final Map<String, Path> dirs;
    /** Where code files shown by {@code :::code} are read, once each. */
    private final SourceFiles files;
    /** The project folder: a code file outside the locale's folder is read only inside it ({@link ContentPaths#outside}). */
    private final Path project;

    /** Each locale's pivot groups from its {@code zone-pivot-groups.yml}: group id to pivot id to title. */
    private final Map<String, Map<String, Map<String, String>>> pivots;
    /** What reading them said, and found per include key, told by {@link #tell}; kept for a later build ({@link #reuse}). */
    private final List<Diagnostic> said;
    private final Map<String, KeyFindings> found;
    /** The include keys each locale has on disk. */
    private final Map<String, Set<String>> present;
    /**
     * The paths each include's files name in include directives, as written, over all locales: every directive of the
     * whole text, code and comments too ({@link dev.tolk.parse.LinkExtractor#includeTargets}), so never fewer than a page shows.
     */
    private final Map<String, Set<String>> named;
    /** For includes kept on disk ({@link StoredIncludes}): an include's article, parsed when a page first shows it; else null. */
    private final java.util.function.BiFunction<String, String, Article> later;
    /** {@link #spelled}'s answers, this build's: a missing include is looked for on disk once, not once per page that shows it. */
    private final Map<String, String> spellings = new ConcurrentHashMap<>();

    private IncludeFiles(String sourceLocale, List<String> locales, Map<String, Map<String, Article>> byLocale,
                         Map<String, Path> dirs, Map<String, Set<String>> present, Map<String, Set<String>> named, Path project,
                         SourceFiles files, List<Diagnostic> said, Map<String, KeyFindings> found,
                         Map<String, Map<String, Map<String, String>>> pivots,
                         java.util.function.BiFunction<String, String, Article> later) {
        this.present = present;
        this.named = named;
        this.project = project;
        this.files = files;
        this.later = later;
        this.sourceLocale = sourceLocale;
        this.locales = locales;
        this.byLocale = byLocale;
        this.dirs = dirs;
        this.said = said;
        this.found = found;
        this.pivots = pivots;
    }

    /**
     * What decides the includes of {@code locales}: each include file's and each
     * {@code zone-pivot-groups.yml}'s size and time, and the locales; null when one of those files
     * was {@code reported} changed (a dev server's watcher), or its size and time cannot be told.
     */
    static List<Object> inputs(List<LocaleInfo> locales, String sourceLocale, ContentTree tree, Predicate<Path> reported) {
        List<Object> out = new ArrayList<>();
        out.add(sourceLocale);
        for (LocaleInfo l : locales) {
            out.add(l.tag());
            ContentTree.LocaleFiles files = tree.locales().get(l.tag());
            if (files == null) continue;
            for (String key : files.articles()) {
                if (!Article.isInclude(key)) continue;
                Path file = files.dir().resolve(key);
                ContentTree.Stamp stamp = files.stamps().get(key);
                if (stamp == null || reported.test(file)) return null;
                out.add(List.of(key, stamp));
            }
            Path pivots = files.dir().resolve("zone-pivot-groups.yml");
            var stamp = ContentTree.stamp(pivots);
            if (stamp.isPresent() && reported.test(pivots)) return null;
            out.add(stamp.map(Object.class::cast).orElse("no pivots"));
        }
        return out;
    }

    /** These includes as this build's, read with {@code now}; what they said and found is told by {@link #tell}. */
    IncludeFiles reuse(SourceFiles now) {
        return new IncludeFiles(sourceLocale, locales, byLocale, dirs, present, named, project, now, said, found, pivots, later);
    }

    /**
     * Includes as an earlier build read them ({@link StoredIncludes}): the files of {@code jobs}, the paths their
     * directives name ({@code named}), what reading them said ({@code said}) and found ({@code found}, by include
     * key) and their pivots; an include's article is {@code later}'s, asked for when a page shows it.
     */
    static IncludeFiles stored(String sourceLocale, List<String> locales, List<Job> jobs, Map<String, Path> dirs, Path project,
                               SourceFiles files, Map<String, Set<String>> named, List<Diagnostic> said,
                               Map<String, KeyFindings> found, Map<String, Map<String, Map<String, String>>> pivots,
                               java.util.function.BiFunction<String, String, Article> later) {
        Map<String, Map<String, Article>> none = new HashMap<>();
        for (String l : locales) none.put(l, Map.of());
        return new IncludeFiles(sourceLocale, locales, none, dirs, present(jobs), named, project, files, said, found, pivots, later);
    }

    /** The paths each include's files name in include directives, by include key. */
    Map<String, Set<String>> named() {
        return java.util.Collections.unmodifiableMap(named);
    }

    /** Every include file of the build's locales. */
    Set<Path> files() {
        Set<Path> out = new java.util.HashSet<>();
        present.forEach((locale, keys) -> {
            for (String key : keys) out.add(dirs.get(locale).resolve(key));
        });
        return out;
    }

    /**
     * What the pages {@code keyPages} (an article key's, in its locales) may show of the includes, as a digest: each
     * include their files name, and those these name in turn, by key, with its file in every locale (its digest, or
     * that it has none: a page falls back to another locale's); and each path named that leads to no include. Their
     * pages are made again when it changes, and only then: an include edited remakes the pages that show it.
     */
    String shownBy(List<PageEntry> keyPages) throws IOException {
        Walk walk = new Walk();
        for (PageEntry page : keyPages) walk.from(page.key(), page.includes());
        walk.through();
        if (walk.shown.isEmpty() && walk.missing.isEmpty()) return "";
        Fingerprint f = new Fingerprint();
        for (String key : walk.shown) {
            f.add(key);
            for (String locale : locales) {
                Path dir = dirs.get(locale);
                boolean has = dir != null && present.getOrDefault(locale, Set.of()).contains(key);
                f.add(has ? files.unrecorded(() -> files.digest(dir.resolve(key))) : "none");
            }
        }
        for (String path : walk.missing) f.add("missing").add(path);
        return f.hex();
    }

    /** What reading them said, in the order said. */
    List<Diagnostic> said() {
        return List.copyOf(said);
    }

    /** What reading them found, by include key in key order. */
    Map<String, KeyFindings> found() {
        return java.util.Collections.unmodifiableMap(found);
    }

    /**
     * Tells a build what reading the includes said (to {@code sink}) and found (to {@code checks}:
     * problems, links to check, units), for the includes that the pages of {@code index} may show
     * only: those their files name ({@link PageEntry#includes}), and those these name in turn. An
     * include no page names is built nowhere by DocFX, which reports nothing in it; its anchors are
     * still recorded, so that a link to it is judged as before. Diagnostics are named as
     * {@code display} names a file.
     */
    void tell(dev.tolk.catalog.PageCatalog index, ArticleReader checks, java.util.function.Function<Path, String> display,
              Consumer<Diagnostic> sink) {
        Set<String> shown = shown(index);
        Set<String> unshown = new java.util.HashSet<>(); // the files of the includes no page shows, as diagnostics name them
        present.forEach((locale, keys) -> {
            for (String key : keys) {
                if (!shown.contains(key)) unshown.add(display.apply(dirs.get(locale).resolve(key)));
            }
        });
        for (Diagnostic d : said) {
            if (!unshown.contains(d.file())) sink.accept(d);
        }
        found.forEach((key, findings) -> {
            if (shown.contains(key)) checks.replay(findings);
            else checks.replayAnchors(findings);
        });
    }

    /**
     * The include keys that the pages of {@code index} may show: each that a page's file names, as
     * {@link #find} takes it (in any locale that has it), and those that such an include names in turn.
     */
    private Set<String> shown(dev.tolk.catalog.PageCatalog index) {
        Walk walk = new Walk();
        for (String locale : locales) {
            for (PageEntry page : index.pages(locale).values()) walk.from(page.key(), page.includes());
        }
        return walk.through().shown;
    }

    /** A walk of the include graph: the includes that files name, and those these name, as {@link #find} takes each. */
    private final class Walk {
        /** The include keys met. */
        final Set<String> shown = new java.util.TreeSet<>();
        /** The paths named that lead to no include, as keys. */
        final Set<String> missing = new java.util.TreeSet<>();
        private final java.util.ArrayDeque<String> ahead = new java.util.ArrayDeque<>();

        /** Meets the includes that the {@code paths} of the file at {@code fromKey} name. */
        void from(String fromKey, Iterable<String> paths) {
            for (String path : paths) {
                String written = keyOf(fromKey, path);
                if (written == null) continue; // no content path: shown nowhere
                String key = isPresent(written) ? written : spelled(written);
                if (!isPresent(key)) missing.add(written);
                else if (shown.add(key)) ahead.push(key);
            }
        }

        /** Meets the includes that the includes met name, to the end. */
        Walk through() {
            while (!ahead.isEmpty()) {
                String key = ahead.pop();
                from(key, named.getOrDefault(key, Set.of()));
            }
            return this;
        }
    }

    private boolean isPresent(String key) {
        for (Set<String> keys : present.values()) {
            if (keys.contains(key)) return true;
        }
        return false;
    }

    /** The include keys of {@code jobs}, by locale. */
    private static Map<String, Set<String>> present(List<Job> jobs) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Job job : jobs) out.computeIfAbsent(job.locale(), l -> new java.util.HashSet<>()).add(job.key());
        return out;
    }

    /** Each locale's pivot groups: group id to pivot id to title (and {@link PivotGroups#PROMPT} to the group's prompt). */
    Map<String, Map<String, Map<String, String>>> pivots() {
        return pivots;
    }

    /** An include file of a locale: its key there and its path. */
    record Job(String locale, String key, Path file) {
    }

    /** The include files of {@code locales}, locale by locale, in key order; their folders into {@code dirs}. */
    static List<Job> jobs(List<LocaleInfo> locales, ContentTree tree, Map<String, Path> dirs) {
        List<Job> jobs = new ArrayList<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles files = tree.locales().get(l.tag());
            if (files == null) continue;
            dirs.put(l.tag(), files.dir());
            for (String key : files.articles()) {
                if (Article.isInclude(key)) jobs.add(new Job(l.tag(), key, files.dir().resolve(key)));
            }
        }
        return jobs;
    }

    /**
     * Reads, parses and validates the include files of {@code locales} (with {@code checks}, as a
     * page is), then checks the include graph; what that said and found is told by {@link #tell}.
     */
    static IncludeFiles read(CatalogReader indexer, ArticleReader checks, List<LocaleInfo> locales, String sourceLocale,
                             ContentTree tree, WorkPool pool) throws Exception {
        List<Diagnostic> said = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, KeyFindings> found = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Set<String>> named = new ConcurrentHashMap<>();
        Consumer<Diagnostic> sink = said::add;
        Map<String, Path> dirs = new HashMap<>();
        List<Job> jobs = jobs(locales, tree, dirs);
        List<String> tags = new ArrayList<>();
        for (LocaleInfo l : locales) tags.add(l.tag());
        Map<String, Map<String, Article>> byLocale = new ConcurrentHashMap<>();
        for (String tag : tags) byLocale.put(tag, new ConcurrentHashMap<>());
        if (!jobs.isEmpty()) {
            PageEntry[] entries = new PageEntry[jobs.size()];
            pool.forEach(jobs.size(), i -> {
                Job job = jobs.get(i);
                CatalogReader.FileEntry read = indexer.read(job.locale(), job.key(), job.file());
                read.diagnostics().forEach(sink);
                entries[i] = read.entry();
            });
            TreeMap<String, List<PageEntry>> byKey = new TreeMap<>();
            for (PageEntry e : entries) {
                if (e != null) byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            }
            List<List<PageEntry>> groups = new ArrayList<>(byKey.values());
            pool.forEach(groups.size(), i -> {
                ArticleReader.Group group = checks.group();
                Set<String> paths = new java.util.TreeSet<>();
                for (PageEntry e : groups.get(i)) {
                    try {
                        Article article = group.article(e);
                        byLocale.get(e.locale()).put(e.key(), article);
                        paths.addAll(LinkExtractor.includeTargets(article.text()));
                    } catch (IOException unreadable) {
                        // read a moment ago; gone now: the next build reports it
                    }
                }
                named.put(groups.get(i).get(0).key(), paths);
                found.put(groups.get(i).get(0).key(), group.collect());
            });
        }
        IncludeFiles includes = new IncludeFiles(sourceLocale, List.copyOf(tags), byLocale, dirs, present(jobs), named,
                indexer.workDir(), indexer.files(), said, found, new HashMap<>(), null);
        includes.checkGraph(sink);
        for (String tag : tags) includes.readPivots(tag, indexer, sink);
        return includes;
    }

    /**
     * The include that {@code path}, written in the file at {@code fromKey}, names for a page of
     * {@code locale}: the locale's own file, else the source locale's (a fallback), else, for a
     * source-locale page, the English side of another locale's copy.
     */
    Optional<Found> find(String locale, String fromKey, String path) {
        String written = keyOf(fromKey, path);
        if (written == null) return Optional.empty();
        // an include named in another letter case is shown (link/case-mismatch says so): DocFX's hosts read it so
        String key = article(locale, written) != null || article(sourceLocale, written) != null ? written : spelled(written);
        Article own = article(locale, key);
        if (own != null) return Optional.of(new Found(key, locale, own, false, false));
        if (!locale.equals(sourceLocale)) {
            Article source = article(sourceLocale, key);
            return Optional.ofNullable(source).map(a -> new Found(key, sourceLocale, a, true, false));
        }
        for (String other : locales) {
            Article copy = article(other, key);
            if (copy != null) return Optional.of(new Found(key, sourceLocale, copy, false, true));
        }
        return Optional.empty();
    }

    /**
     * The text of the code file {@code path} names from the file at {@code fromKey}: in
     * {@code locale}'s folder, else the source locale's. Only plain files inside the locale's
     * folder are read (a link that leads out is refused), or, for a path that climbs out of it as
     * DocFX allows ({@code ../../src/Program.cs}), inside the project folder.
     */
    Optional<String> code(String locale, String fromKey, String path) {
        String key = keyOf(fromKey, path);
        for (String l : locale.equals(sourceLocale) ? List.of(locale) : List.of(locale, sourceLocale)) {
            Path dir = dirs.get(l);
            if (dir == null) continue;
            try {
                if (key == null) { // a path that climbs out of the locale's folder: DocFX reads it (../../src/…), inside the project
                    Path outside = ContentPaths.outside(dir, project, fromKey, path);
                    if (outside != null && Files.size(outside) <= MAX_CODE_BYTES) return Optional.of(files.read(outside).text());
                    continue;
                }
                Path file = dir.resolve(key);
                if (!Files.isRegularFile(file) || Files.size(file) > MAX_CODE_BYTES) continue;
                if (!file.toRealPath().startsWith(dir.toRealPath())) continue;
                return Optional.of(files.read(file).text());
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // unreadable: not shown (the link checker reports a missing file)
            }
        }
        return Optional.empty();
    }

    /**
     * The title of a zone pivot in {@code locale} (else the source locale), looked up in the
     * groups a page names (any group when it names none).
     */
    Optional<String> pivotTitle(String locale, List<String> groups, String pivot) {
        return PivotGroups.title(pivots, sourceLocale, locale, groups, pivot);
    }

    /** The chooser of a page's zone pivots ({@link PivotGroups#choice}). */
    Optional<PivotGroups.Choice> pivotChoice(String locale, List<String> groups) {
        return PivotGroups.choice(pivots, sourceLocale, locale, groups);
    }

    private void readPivots(String locale, CatalogReader indexer, Consumer<Diagnostic> sink) {
        Path dir = dirs.get(locale);
        if (dir != null) PivotGroups.read(dir, locale, indexer, sink).ifPresent(groups -> pivots.put(locale, groups));
    }

    /**
     * {@code key} as a locale's folder (this one's, else another's) spells it on disk when it exists there only in another
     * letter case ({@code includes/rp/download.md} for {@code includes/RP/download.md}); else {@code key} itself.
     */
    private String spelled(String key) {
        return spellings.computeIfAbsent(key, this::spelledOnDisk);
    }

    private String spelledOnDisk(String key) {
        for (String l : locales) {
            Path dir = dirs.get(l);
            if (dir == null) continue;
            Path at = dir;
            StringBuilder real = new StringBuilder();
            for (String segment : key.split("/")) {
                Path exact = at.resolve(segment);
                if (!Files.exists(exact)) {
                    try (var names = Files.list(at)) {
                        exact = names.filter(f -> f.getFileName().toString().equalsIgnoreCase(segment)).findFirst().orElse(null);
                    } catch (IOException | RuntimeException e) {
                        exact = null;
                    }
                }
                if (exact == null) break;
                if (real.length() > 0) real.append('/');
                real.append(exact.getFileName());
                at = exact;
            }
            if (Files.isRegularFile(at) && !at.equals(dir)) return real.toString();
        }
        return key;
    }

    private Article article(String locale, String key) {
        Map<String, Article> m = byLocale.get(locale);
        if (m == null) return null;
        Article read = m.get(key);
        return read != null || later == null ? read : later.apply(locale, key);
    }

    /** The content path {@code path} names from the file at {@code fromKey}: decoded, without a query or fragment. */
    static String keyOf(String fromKey, String path) {
        String p = ContentPaths.pathPart(path);
        if (p.isEmpty() || p.indexOf(':') >= 0 || p.startsWith("/") || p.startsWith("~") && !ContentPaths.isFromRoot(p)) return null;
        if (p.indexOf('%') >= 0) {
            try {
                p = java.net.URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return SitePaths.resolve(fromKey, p).orElse(null);
    }

    /**
     * Reports, once per place, every include directive that closes a cycle, and every one that
     * nests an include deeper than {@value #MAX_DEPTH} below some page (a page's include is at
     * depth 1; a chain is as deep as its longest path from an include no other include shows).
     */
    private void checkGraph(Consumer<Diagnostic> sink) {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        LinkExtractor extractor = new LinkExtractor();
        for (String locale : locales) {
            Graph graph = new Graph(locale, extractor, sink, reported);
            graph.walk();
        }
    }

    /** One locale's includes as a graph: each include's directives, each leading to the include it names. */
    private final class Graph {
        private record Edge(Link link, Found to) {
        }

        private final String locale;
        private final LinkExtractor extractor;
        private final Consumer<Diagnostic> sink;
        private final Set<String> reported;
        private final Map<String, Found> nodes = new TreeMap<>();
        private final Map<String, List<Edge>> edges = new HashMap<>();
        private final Map<String, Integer> state = new HashMap<>();
        private final Map<String, Integer> height = new HashMap<>();
        private final Set<String> walkedForDepth = new java.util.HashSet<>();

        Graph(String locale, LinkExtractor extractor, Consumer<Diagnostic> sink, Set<String> reported) {
            this.locale = locale;
            this.extractor = extractor;
            this.sink = sink;
            this.reported = reported;
            Set<String> keys = new java.util.TreeSet<>(byLocale.getOrDefault(locale, Map.of()).keySet());
            if (!locale.equals(sourceLocale)) keys.addAll(byLocale.getOrDefault(sourceLocale, Map.of()).keySet());
            for (String key : keys) {
                Article own = article(locale, key);
                nodes.put(key, own != null ? new Found(key, locale, own, false, false)
                        : new Found(key, sourceLocale, article(sourceLocale, key), true, false));
            }
        }

        private List<Edge> edges(String key) {
            return edges.computeIfAbsent(key, k -> {
                List<Edge> out = new ArrayList<>();
                for (Link l : extractor.extract(nodes.get(k).article())) {
                    if (l.kind() != Link.Kind.INCLUDE) continue;
                    find(locale, k, l.target()).ifPresent(to -> {
                        // a source-locale include may show another locale's copy of one it lacks: a node of its own
                        nodes.putIfAbsent(to.key(), to);
                        out.add(new Edge(l, to));
                    });
                }
                return out;
            });
        }

        void walk() {
            Set<String> shown = new java.util.HashSet<>();
            for (String key : List.copyOf(nodes.keySet())) {
                if (!state.containsKey(key)) height(key);
                for (Edge e : edges(key)) shown.add(e.to().key());
            }
            for (String key : List.copyOf(nodes.keySet())) {
                if (!shown.contains(key) && height.getOrDefault(key, 1) > MAX_DEPTH) tooDeep(key, 1);
            }
        }

        /** The longest chain of includes from {@code key} (itself counted); reports the edges that close a cycle. */
        private int height(String key) {
            state.put(key, 1);
            int h = 1;
            for (Edge e : edges(key)) {
                String to = e.to().key();
                Integer s = state.get(to);
                if (s != null && s == 1) {
                    report(key, e.link(), Rule.INCLUDE_CYCLE, "include '" + e.link().target()
                            + "' leads back to itself (" + to + "); it is not shown again");
                    continue;
                }
                int below = s == null ? height(to) : height.getOrDefault(to, 1);
                h = Math.max(h, below + 1);
            }
            state.put(key, 2);
            height.put(key, h);
            return h;
        }

        private void tooDeep(String key, int depth) {
            for (Edge e : edges(key)) {
                String to = e.to().key();
                if (depth + 1 > MAX_DEPTH) {
                    report(key, e.link(), Rule.INCLUDE_TOO_DEEP, "include '" + e.link().target() + "' is nested "
                            + (depth + 1) + " deep; includes nest at most " + MAX_DEPTH + " deep, it is not shown");
                } else if (height.getOrDefault(to, 1) + depth > MAX_DEPTH && walkedForDepth.add(to + "@" + (depth + 1))) {
                    tooDeep(to, depth + 1);
                }
            }
        }

        private void report(String key, Link link, Rule rule, String message) {
            Article a = nodes.get(key).article();
            if (!reported.add(a.file() + ":" + link.start() + ":" + rule.id())) return;
            new FileReporter(a.file(), nodes.get(key).fileLocale(), a.text(), sink).report(rule, link.start(), link.end(), message);
        }
    }
}
