package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageEntry;
import dev.tolk.check.PlacedLink;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.Link;
import dev.tolk.model.LocaleInfo;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.ArticleParser;
import dev.tolk.parse.LinkExtractor;
import dev.tolk.parse.YamlPageReader;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import dev.tolk.validate.ContentRules;
import dev.tolk.validate.DriftRule;
import dev.tolk.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Parsing and validating articles, the same way for {@code build} and {@code check} so the two
 * never disagree: each file is parsed once, validated once (its suppressions registered with the
 * collector), and the files of one key are compared for drift when the key is done.
 */
final class ArticleReader {
    private final ArticleParser parser;
    private final Validator validator;
    /** Where the code files of a page's directives are read (none until the includes are: their own are not checked). */
    private volatile IncludeFiles code;
    private final DriftRule drift;
    private final DiagnosticCollector diagnostics;
    private final Map<String, LocaleInfo> locales = new LinkedHashMap<>();
    private final AtomicInteger units = new AtomicInteger();
    private final SiteLinks links;
    private final LinkExtractor extractor = new LinkExtractor();
    private final YamlPageReader yamlReader = new YamlPageReader();
    private final SourceFiles files;
    /** The key's copies in the locales this run leaves out, for drift ({@link #siblings}); null when none are read. */
    private java.util.function.Function<String, List<Article>> siblings;

    ArticleReader(ArticleParser parser, SourceFiles files, SiteConfig config, List<LocaleInfo> locales, SiteLinks links,
                  DiagnosticCollector diagnostics) {
        this.parser = parser;
        this.files = files;
        this.links = links;
        this.validator = new Validator(config.doNotTranslate(), config.docfx().extraKeys());
        this.drift = new DriftRule(config.sourceLocale());
        this.diagnostics = diagnostics;
        for (LocaleInfo l : locales) this.locales.put(l.tag(), l);
    }

    /** Translation units read so far in files of the site's own locales. */
    int units() {
        return units.get();
    }

    /** Reports bad file names among the files of each locale (articles, media, tables of contents). */
    void fileNames(ContentTree tree, CatalogReader indexer) {
        diagnostics.addAll(fileNameProblems(tree, indexer));
    }

    /** The bad file names among the files of each locale. */
    List<Diagnostic> fileNameProblems(ContentTree tree, CatalogReader indexer) {
        return fileNameProblems(tree, indexer, locales.values());
    }

    /** The bad file names among the files of each of {@code locales}. */
    static List<Diagnostic> fileNameProblems(ContentTree tree, CatalogReader indexer, java.util.Collection<LocaleInfo> locales) {
        List<Diagnostic> found = new ArrayList<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles files = tree.locales().get(l.tag());
            if (files == null) continue;
            List<String> all = new ArrayList<>(files.articles());
            all.addAll(files.media());
            all.addAll(files.tocs());
            for (String key : all) {
                if (ContentRules.fileNameProblems(key).isEmpty()) continue; // most names: no path to work out
                if (generatedReference(files.dir().resolve(key), key)) continue;
                String display = indexer.display(files.dir().resolve(key));
                ContentRules.checkFileName(key, new FileReporter(display, l.tag(), "", found::add));
            }
        }
        return found;
    }

    /**
     * Whether {@code file} is a YAML page of a type Tolk does not render: a generated reference page
     * ({@code service-page/API Management.yml}), not published, whose name is the generator's to choose.
     */
    private static boolean generatedReference(java.nio.file.Path file, String key) {
        return dev.tolk.model.YamlPage.isYamlKey(key)
                && dev.tolk.source.YamlMime.sniff(file).filter(t -> dev.tolk.model.YamlPage.Type.ofMime(t).isEmpty()).isPresent();
    }

    /** Reads the code files of the pages' code directives through {@code includes} from now on (a snippet they lack is said). */
    void codeFiles(IncludeFiles includes) {
        this.code = includes;
    }

    Group group() {
        return new Group();
    }

    /**
     * For drift alone, the key's copies in {@code tags}, locales of the whole site this run does not read: a check
     * narrowed by {@code --locale}, in a project without a source-locale folder, judges a unit's English against the
     * other locales' copies as a whole check does, and reports its own files only. No effect where the source locale
     * has a folder (drift is judged against its article).
     */
    ArticleReader siblings(ContentTree tree, String sourceLocale, List<String> tags) {
        if (tree.locales().containsKey(sourceLocale)) return this;
        List<Map.Entry<String, ContentTree.LocaleFiles>> others = new ArrayList<>();
        for (String tag : tags) {
            ContentTree.LocaleFiles f = tree.locales().get(tag);
            if (f != null && !locales.containsKey(tag)) others.add(Map.entry(tag, f));
        }
        if (!others.isEmpty()) siblings = key -> siblingCopies(others, key);
        return this;
    }

    private List<Article> siblingCopies(List<Map.Entry<String, ContentTree.LocaleFiles>> others, String key) {
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, ContentTree.LocaleFiles> e : others) {
            if (java.util.Collections.binarySearch(e.getValue().articles(), key) < 0) continue;
            Path file = e.getValue().dir().resolve(key);
            try {
                String text = files.read(file).text();
                files.release(file);
                out.add(parser.parse(e.getKey(), key, file.toString(), text, Article.needsFrontMatter(key),
                        new FileReporter(file.toString(), e.getKey(), text, d -> { })));
            } catch (IOException | RuntimeException unreadable) {
                // one comparison less: a check of that locale reports the file
            }
        }
        return out;
    }

    /** The digest of a content file's bytes (read now only if no stage read it or knew it yet). */
    String digest(java.nio.file.Path file) throws java.io.IOException {
        return files.digest(file);
    }

    /** Adds what a key's files were found to hold (read now or by an earlier build) to this run. */
    void replay(KeyFindings findings) {
        findings.replay(diagnostics, links);
        units.addAndGet(findings.units());
    }

    /** Records the anchors of {@code findings}' pages only: what links to them find there, nothing else of them told. */
    void replayAnchors(KeyFindings findings) {
        findings.replayAnchors(links);
    }

    /** Checks every link read; call once every page has been read and its anchors recorded. */
    int checkLinks(Map<String, String> urlMap, WorkPool pool) throws Exception {
        return links.checkAll(urlMap, diagnostics::add, pool);
    }

    /** As {@link #checkLinks(Map)}, keeping the page checks of {@code before} that still hold and leaving all in {@code after}. */
    int checkLinks(Map<String, String> urlMap, SiteLinks.Checks before, SiteLinks.Checks after, WorkPool pool)
            throws Exception {
        return links.checkAll(urlMap, diagnostics::add, before, after, pool);
    }

    private static List<PlacedLink> place(List<Link> found, FileReporter reporter) {
        List<PlacedLink> out = new ArrayList<>(found.size());
        for (Link l : found) {
            var lines = reporter.lines();
            out.add(new PlacedLink(l, lines.line(l.start()), lines.column(l.start()), lines.line(l.end()), lines.column(l.end())));
        }
        return out;
    }

    /** The files of one translation key. Used by one thread. */
    final class Group {
        private record Parsed(Article article, FileReporter reporter, boolean own) {
        }

        private final Map<Path, Parsed> parsed = new LinkedHashMap<>(4);
        private final KeyFindings findings = new KeyFindings();
        private record ReadYaml(YamlPage page, Article article, boolean own) {
        }

        private final Map<Path, ReadYaml> yamlRead = new LinkedHashMap<>(4);

        /** Where the key's problems go until {@link #finish()}. */
        void report(Diagnostic d) {
            findings.add(d);
        }

        /** Records the anchors of a page of the site's own files (not of a page reconstructed from lookups). */
        void anchors(PageEntry page, List<String> anchors) {
            if (!page.reconstructed()) findings.anchors(page.locale(), page.key(), anchors);
        }

        /** The anchors recorded for {@code page} by this group, if its body was made. */
        java.util.Optional<List<String>> recordedAnchors(PageEntry page) {
            return findings.anchors(page.locale(), page.key());
        }

        /**
         * The page's article, parsed on first use. A source page reconstructed from lookups reads
         * the file of its origin locale, which reports its problems under that locale only.
         */
        Article article(PageEntry page) throws IOException {
            if (YamlPage.isYamlKey(page.key())) return yaml(page).article();
            boolean own = !page.reconstructed();
            Parsed known = parsed.get(page.file());
            if (known != null && (known.own() || !own)) return known.article();
            String text = files.read(page.file()).text();
            Consumer<Diagnostic> sink = own ? findings::add : d -> { };
            FileReporter reporter = new FileReporter(page.displayFile(), page.originLocale(), text, sink);
            Article article = parser.parseBody(page.originLocale(), page.key(), page.displayFile(), text,
                    page.frontMatter(), reporter);
            if (own) {
                LocaleInfo locale = locales.get(page.locale());
                IncludeFiles files = code;
                var suppressions = validator.validate(article, locale != null && locale.rtl(), reporter,
                        files == null ? Validator.CodeFiles.NONE : path -> files.code(page.locale(), page.key(), path));
                if (!suppressions.isEmpty()) findings.suppress(page.displayFile(), suppressions);
                findings.units(article.units().size());
                List<PlacedLink> placed = place(extractor.extract(article), reporter);
                if (!placed.isEmpty()) findings.links(page.locale(), page.key(), page.displayFile(), placed);
            }
            parsed.put(page.file(), new Parsed(article, reporter, own));
            return article;
        }

        /** The YAML page of a page entry ({@code .yml}), read and validated as {@link #article} reads an article. */
        YamlPage yamlPage(PageEntry page) throws IOException {
            return yaml(page).page();
        }

        /**
         * A YAML page's file, read on first use as {@link #article} reads an article: the page
         * (its YAML problems were reported by the first pass), the whole file validated as an
         * article (units positioned in the file) and its links recorded.
         */
        private ReadYaml yaml(PageEntry page) throws IOException {
            boolean own = !page.reconstructed();
            ReadYaml known = yamlRead.get(page.file());
            if (known != null && (known.own() || !own)) return known;
            String text = files.read(page.file()).text();
            Consumer<Diagnostic> sink = own ? findings::add : d -> { };
            FileReporter reporter = new FileReporter(page.displayFile(), page.originLocale(), text, sink);
            YamlPage yaml = yamlReader.read(page.originLocale(), text, new FileReporter("", "", text, d -> { }))
                    .orElse(YamlPage.EMPTY); // the file changed since the first pass and is no page now
            Article article = yamlReader.article(page.originLocale(), page.key(), page.displayFile(), text, yaml, reporter);
            if (own) {
                LocaleInfo locale = locales.get(page.locale());
                var suppressions = validator.validate(article, locale != null && locale.rtl(), reporter);
                if (!suppressions.isEmpty()) findings.suppress(page.displayFile(), suppressions);
                findings.units(article.units().size());
                List<PlacedLink> placed = place(yaml.links(), reporter);
                if (!placed.isEmpty()) findings.links(page.locale(), page.key(), page.displayFile(), placed);
            }
            parsed.put(page.file(), new Parsed(article, reporter, own));
            ReadYaml read = new ReadYaml(yaml, article, own);
            yamlRead.put(page.file(), read);
            return read;
        }

        /** Reporter for a file this group parsed (a reconstructed page's reporter discards). */
        FileReporter reporter(Article a) {
            for (Parsed p : parsed.values()) {
                if (p.article() == a) return p.reporter();
            }
            throw new IllegalArgumentException("article not parsed by this group: " + a.file());
        }

        /**
         * Compares the key's files across locales and adds all the key's findings to the run;
         * call once all its pages are read. Returns the findings, for a later run to replay.
         */
        KeyFindings finish() {
            KeyFindings findings = collect();
            replay(findings);
            return findings;
        }

        /**
         * Compares the key's files across locales; call once all its pages are read. Returns the
         * key's findings, which the run is not told of ({@link #replay} tells it).
         */
        KeyFindings collect() {
            List<Article> own = new ArrayList<>();
            for (Parsed p : parsed.values()) own.add(p.article());
            if (siblings != null && !own.isEmpty()) {
                List<Article> compared = new ArrayList<>(own);
                compared.addAll(siblings.apply(own.get(0).key()));
                FileReporter quiet = new FileReporter("", "", "", d -> { });
                if (compared.size() > 1) drift.check(compared, a -> own.contains(a) ? reporter(a) : quiet);
            } else if (own.size() > 1) {
                drift.check(own, this::reporter);
            }
            for (Path file : parsed.keySet()) files.release(file); // the key's last reader is done
            return findings;
        }
    }
}
