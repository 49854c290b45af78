package dev.tolk.catalog;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.FrontMatter;
import dev.tolk.model.LocaleInfo;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.ArticleParser;
import dev.tolk.parse.FrontMatterSplitter;
import dev.tolk.parse.LinkExtractor;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.SourceText;
import dev.tolk.source.WorkPool;
import dev.tolk.parse.YamlPageReader;
import dev.tolk.source.YamlMime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The first pass: reads every article's front matter (in parallel) to learn its title, then adds
 * the source-locale pages that must be reconstructed from lookups. Reports front-matter and
 * encoding problems.
 */
public final class CatalogReader {
    private final ArticleParser parser;
    private final Path workDir;
    private final Consumer<Diagnostic> sink;
    private final YamlPageEntries yamlPages = new YamlPageEntries();
    private final SourceFiles files;

    public CatalogReader(ArticleParser parser, Path workDir, Consumer<Diagnostic> sink) {
        this(parser, workDir, sink, new SourceFiles());
    }

    /** Reads through {@code files}, which holds each read for the stages after this one. */
    public CatalogReader(ArticleParser parser, Path workDir, Consumer<Diagnostic> sink, SourceFiles files) {
        this.parser = parser;
        this.workDir = workDir;
        this.sink = sink;
        this.files = files;
    }

    /** The build's content files, read once each (this pass reads them first). */
    public SourceFiles files() {
        return files;
    }

    /**
     * An article's page entry (null if the file could not be read, or is no page) and the problems
     * reading it found; for a YAML file of a type Tolk does not render, what it is ({@code unpublished},
     * else null) and its notice (reported with the others of its type, {@link #reportUnpublished}).
     */
    public record FileEntry(PageEntry entry, List<Diagnostic> diagnostics, PageCatalog.Unpublished unpublished, Diagnostic notice) {
        public FileEntry(PageEntry entry, List<Diagnostic> diagnostics) {
            this(entry, diagnostics, null, null);
        }
    }

    /** Where entries may come from instead of reading the file again (the build's stage cache); called from many threads. */
    public interface Reads {
        Reads NONE = (locale, key, file, stamp, fresh) -> fresh.get();

        /**
         * @param stamp the file's size and time as the scan saw them (null for a symbolic link)
         * @param fresh reads the file
         */
        public FileEntry read(String locale, String key, Path file, ContentTree.Stamp stamp,
                       java.util.function.Supplier<FileEntry> fresh);
    }

    public PageCatalog index(List<LocaleInfo> locales, String sourceLocale, ContentTree tree, WorkPool pool) throws Exception {
        return index(locales, sourceLocale, tree, pool, Reads.NONE);
    }

    public PageCatalog index(List<LocaleInfo> locales, String sourceLocale, ContentTree tree, WorkPool pool, Reads reads)
            throws Exception {
        record Job(String locale, String key, Path file, ContentTree.Stamp stamp) {
        }
        List<Job> jobs = new ArrayList<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles files = tree.locales().get(l.tag());
            if (files == null) continue;
            for (String key : files.articles()) {
                if (dev.tolk.model.Article.isInclude(key)) continue; // not a page: IncludeFiles reads it
                jobs.add(new Job(l.tag(), key, files.dir().resolve(key), files.stamps().get(key)));
            }
        }
        FileEntry[] entries = new FileEntry[jobs.size()];
        pool.forEach(jobs.size(), i -> {
            Job job = jobs.get(i);
            FileEntry read = reads.read(job.locale(), job.key(), job.file(), job.stamp(), () -> read(job.locale(), job.key(), job.file()));
            read.diagnostics().forEach(sink);
            entries[i] = read;
        });
        Map<String, NavigableMap<String, PageEntry>> pages = new HashMap<>();
        for (LocaleInfo l : locales) pages.put(l.tag(), new TreeMap<>());
        List<FileEntry> unpublished = new ArrayList<>();
        for (FileEntry read : entries) {
            PageEntry e = read.entry();
            if (e != null) pages.get(e.locale()).put(e.key(), e);
            if (read.unpublished() != null) unpublished.add(read);
        }
        if (pages.containsKey(sourceLocale)) addReconstructed(locales, sourceLocale, pages);
        YamlPageEntries.dropShadowed(pages, sink);
        return new PageCatalog(locales, sourceLocale, pages, reportUnpublished(unpublished, sink));
    }

    /**
     * The YAML files of types Tolk does not render, by locale and key; their notices told to
     * {@code sink} once per locale and type, at the first file in key order (a reference docset has
     * thousands of such files, and a notice for each would bury every other finding).
     */
    private static Map<String, Map<String, PageCatalog.Unpublished>> reportUnpublished(List<FileEntry> files, Consumer<Diagnostic> sink) {
        record Kind(String locale, String type) {
        }
        Map<String, Map<String, PageCatalog.Unpublished>> byLocale = new HashMap<>();
        Map<Kind, List<FileEntry>> byKind = new TreeMap<>(java.util.Comparator.comparing(Kind::locale).thenComparing(Kind::type));
        for (FileEntry f : files) {
            PageCatalog.Unpublished u = f.unpublished();
            byLocale.computeIfAbsent(u.locale(), l -> new HashMap<>()).put(u.key(), u);
            byKind.computeIfAbsent(new Kind(u.locale(), u.type()), k -> new ArrayList<>()).add(f);
        }
        byKind.forEach((kind, group) -> {
            group.sort(java.util.Comparator.comparing(f -> f.unpublished().key()));
            Diagnostic first = group.get(0).notice();
            int more = group.size() - 1;
            String message = "YAML page type '" + kind.type() + "' is not supported (Landing, FAQ and Hub are); "
                    + (more == 0 ? "the file is not published: table-of-contents entries and xrefs that name it show as text,"
                    + " links to it lead to no page"
                    : String.format(Locale.ROOT, "this file and %,d more of %s are not published: table-of-contents entries and"
                    + " xrefs that name them show as text, links to them lead to no page", more, kind.locale()));
            sink.accept(new Diagnostic(first.file(), first.line(), first.column(), first.endLine(), first.endColumn(), first.severity(),
                    first.rule(), message, first.locale()));
        });
        return byLocale;
    }

    /**
     * The index {@code before} would be if only the articles in {@code changed} (read again now)
     * had changed since it was made, with no file added or removed; the source-locale pages
     * reconstructed from one of them are made again too. Null if one can no longer be read (its
     * page goes) or could not be read before (its page comes): the caller indexes everything.
     */
    public PageCatalog update(PageCatalog before, List<FileEntry> changed) {
        Map<String, Map<String, PageEntry>> replaced = new HashMap<>();
        String source = before.sourceLocale();
        for (FileEntry read : changed) {
            PageEntry e = read.entry();
            if (e != null && dev.tolk.model.Article.isInclude(e.key())) return null; // an include: its pages are remade
            // unreadable now, or unreadable before (so it had no page then): pages come or go
            if (e == null || !before.pages(e.locale()).containsKey(e.key())) return null;
            replaced.computeIfAbsent(e.locale(), l -> new HashMap<>()).put(e.key(), e);
            PageEntry rebuilt = e.locale().equals(source) ? null : before.pages(source).get(e.key());
            if (rebuilt != null && rebuilt.reconstructed() && rebuilt.originLocale().equals(e.locale())) {
                replaced.computeIfAbsent(source, l -> new HashMap<>()).put(e.key(), reconstructed(source, e));
            }
        }
        return new PageCatalog(before, replaced);
    }

    /** Reads one article's front matter: its page entry, and the problems found. */
    public FileEntry read(String locale, String key, Path file) {
        String display = display(file);
        List<Diagnostic> found = new ArrayList<>(0);
        try {
            SourceText source = files.read(file).source();
            String text = source.text();
            FileReporter reporter = new FileReporter(display, locale, text, found::add);
            if (source.hadBom()) reporter.report(Rule.CONTENT_ENCODING, 0, 0, "file starts with a byte-order mark (removed)");
            if (source.malformed()) reporter.report(Rule.CONTENT_ENCODING, 0, 0, "file is not valid UTF-8; bad bytes were replaced by U+FFFD");
            if (YamlPage.isYamlKey(key)) {
                List<Diagnostic> notice = new ArrayList<>(1);
                Optional<String> type = YamlPageReader.unsupported(text, new FileReporter(display, locale, text, notice::add));
                if (type.isEmpty()) return new FileEntry(yamlPages.entry(locale, key, file, display, text, reporter), found);
                return new FileEntry(null, found, new PageCatalog.Unpublished(locale, key, type.get(), YamlMime.uids(text)), notice.get(0));
            }
            FrontMatterSplitter.Split split = new FrontMatterSplitter().split(text);
            FrontMatter fm = parser.frontMatter(text, split, dev.tolk.model.Article.needsFrontMatter(key), reporter);
            String fallback = fileTitle(key);
            int body = split.closed() ? split.bodyStart() : 0;
            String title = fm.string("title").orElseGet(() -> TitleGuess.of(text, body, false, fallback));
            String sourceTitle = TitleGuess.of(text, body, true, title);
            return new FileEntry(new PageEntry(locale, key, file, display, locale, false, title, sourceTitle, fm,
                    LinkExtractor.includeTargets(text)), found);
        } catch (IOException e) {
            found.add(new Diagnostic(display, 1, 1, 1, 1, Rule.CONTENT_UNREADABLE.defaultSeverity(),
                    Rule.CONTENT_UNREADABLE.id(), e instanceof java.nio.file.AccessDeniedException
                            ? "file cannot be read (permission denied); not published" : "cannot read file: " + e.getMessage(), locale));
            return new FileEntry(null, found);
        }
    }

    private static void addReconstructed(List<LocaleInfo> locales, String sourceLocale,
                                         Map<String, NavigableMap<String, PageEntry>> pages) {
        NavigableMap<String, PageEntry> source = pages.get(sourceLocale);
        for (LocaleInfo l : locales) {
            if (l.tag().equals(sourceLocale)) continue;
            for (PageEntry origin : pages.get(l.tag()).values()) {
                if (source.containsKey(origin.key())) continue;
                source.put(origin.key(), reconstructed(sourceLocale, origin));
            }
        }
    }

    /** The source-locale page rebuilt from the lookups of {@code origin}, a translated page. */
    private static PageEntry reconstructed(String sourceLocale, PageEntry origin) {
        return new PageEntry(sourceLocale, origin.key(), origin.file(), origin.displayFile(), origin.locale(), true,
                origin.sourceTitle(), origin.sourceTitle(), origin.frontMatter(), origin.includes());
    }

    /** The project folder: where files are named from in diagnostics, and what a content file may name outside its locale's folder. */
    public Path workDir() {
        return workDir;
    }

    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.getRoot() != null && abs.getRoot().equals(workDir.getRoot()) ? workDir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private static String fileTitle(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
