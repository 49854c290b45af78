package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageEntry;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.LocaleInfo;
import dev.tolk.model.YamlPage;
import dev.tolk.parse.ArticleParser;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import dev.tolk.source.WorkPool;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The include files' products in the on-disk cache (DESIGN §9): what reading, validating and
 * graphing every include said and found, the paths their directives name and the zone pivots, under a
 * key that hashes what decides them: Tolk's code, the configuration, the locales, and every
 * include and {@code zone-pivot-groups.yml} by path and content. A build whose includes are as
 * stored takes that, and parses an include only when a page it makes shows one; a miss, or an
 * entry that does not decode, reads them all afresh and stores what it found. A docset's
 * includes may be large (the corpus's two are 620 KB, a fifth of a one-article rebuild).
 */
final class StoredIncludes {
    private StoredIncludes() {
    }

    /**
     * The includes of {@code locales}: the store's in {@code cache} for Tolk's {@code code}, else
     * read now with {@code checks} ({@link IncludeFiles#read}) and stored.
     */
    static IncludeFiles read(Path cache, String code, SiteConfig config, CatalogReader indexer, ArticleParser parser,
                             ArticleReader checks, List<LocaleInfo> locales, ContentTree tree, WorkPool pool) throws Exception {
        String sourceLocale = config.sourceLocale();
        Map<String, Path> dirs = new HashMap<>();
        List<IncludeFiles.Job> jobs = IncludeFiles.jobs(locales, tree, dirs);
        String key = key(code, config, indexer, locales, jobs, dirs);
        if (key == null) return IncludeFiles.read(indexer, checks, locales, sourceLocale, tree, pool);
        CacheStore store = new CacheStore(cache, CacheStore.DEFAULT_LIMIT);
        byte[] payload = store.get(key).orElse(null);
        if (payload != null) {
            IncludeFiles kept = decode(payload, sourceLocale, locales, dirs, jobs, indexer, parser);
            if (kept != null) return kept;
        }
        IncludeFiles made = IncludeFiles.read(indexer, checks, locales, sourceLocale, tree, pool);
        store.put(key, encode(made));
        return made;
    }

    /** The key of the includes' product, or null when one cannot be read (then they are read afresh, which says why). */
    private static String key(String code, SiteConfig config, CatalogReader indexer, List<LocaleInfo> locales,
                              List<IncludeFiles.Job> jobs, Map<String, Path> dirs) {
        SourceFiles files = indexer.files();
        Fingerprint f = new Fingerprint().add(CacheStore.FORMAT).add("includes").add(code);
        try {
            f.value(config).value(locales);
            for (IncludeFiles.Job job : jobs) {
                if (YamlPage.isYamlKey(job.key())) return null; // a YAML page among the includes: read as a page is
                f.add(job.locale()).add(job.key()).add(indexer.display(job.file())).add(files.digest(job.file()));
            }
            for (LocaleInfo l : locales) {
                Path dir = dirs.get(l.tag());
                Path pivots = dir == null ? null : dir.resolve("zone-pivot-groups.yml");
                if (pivots == null || !Files.isRegularFile(pivots)) {
                    f.add("no pivots");
                    continue;
                }
                f.add(indexer.display(pivots)).add(files.digest(pivots)); // held for a miss, let go on a hit
            }
            return f.hex();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] encode(IncludeFiles includes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            KeyProduct.writeDiagnostics(out, includes.said());
            Map<String, KeyFindings> found = includes.found();
            out.writeInt(found.size());
            for (Map.Entry<String, KeyFindings> k : found.entrySet()) {
                KeyProduct.text(out, k.getKey());
                KeyProduct.writeFindings(out, k.getValue());
            }
            Map<String, java.util.Set<String>> named = new java.util.TreeMap<>(includes.named());
            out.writeInt(named.size());
            for (Map.Entry<String, java.util.Set<String>> k : named.entrySet()) {
                KeyProduct.text(out, k.getKey());
                out.writeInt(k.getValue().size());
                for (String path : new java.util.TreeSet<>(k.getValue())) KeyProduct.text(out, path);
            }
            Map<String, Map<String, Map<String, String>>> pivots = includes.pivots();
            out.writeInt(pivots.size());
            for (Map.Entry<String, Map<String, Map<String, String>>> l : new java.util.TreeMap<>(pivots).entrySet()) {
                KeyProduct.text(out, l.getKey());
                out.writeInt(l.getValue().size());
                for (Map.Entry<String, Map<String, String>> g : l.getValue().entrySet()) { // in the file's order
                    KeyProduct.text(out, g.getKey());
                    out.writeInt(g.getValue().size());
                    for (Map.Entry<String, String> p : g.getValue().entrySet()) {
                        KeyProduct.text(out, p.getKey());
                        KeyProduct.text(out, p.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    /** The includes a payload holds, with their articles parsed when first shown; null when it does not decode. */
    private static IncludeFiles decode(byte[] payload, String sourceLocale, List<LocaleInfo> locales, Map<String, Path> dirs,
                                       List<IncludeFiles.Job> jobs, CatalogReader indexer, ArticleParser parser) {
        List<Diagnostic> said;
        Map<String, KeyFindings> found = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> named = new HashMap<>();
        Map<String, Map<String, Map<String, String>>> pivots = new HashMap<>();
        try {
            PayloadReader in = new PayloadReader(payload);
            said = KeyProduct.readDiagnostics(in, payload.length);
            for (int i = KeyProduct.count(in, payload.length); i > 0; i--) {
                found.put(KeyProduct.text(in), KeyProduct.readFindings(in, payload.length));
            }
            for (int i = KeyProduct.count(in, payload.length); i > 0; i--) {
                String key = KeyProduct.text(in);
                java.util.Set<String> paths = new java.util.HashSet<>();
                for (int j = KeyProduct.count(in, payload.length); j > 0; j--) paths.add(KeyProduct.text(in));
                named.put(key, paths);
            }
            for (int i = KeyProduct.count(in, payload.length); i > 0; i--) {
                String locale = KeyProduct.text(in);
                Map<String, Map<String, String>> groups = new LinkedHashMap<>();
                for (int j = KeyProduct.count(in, payload.length); j > 0; j--) {
                    String group = KeyProduct.text(in);
                    Map<String, String> titles = new LinkedHashMap<>();
                    for (int k = KeyProduct.count(in, payload.length); k > 0; k--) titles.put(KeyProduct.text(in), KeyProduct.text(in));
                    groups.put(group, titles);
                }
                pivots.put(locale, groups);
            }
            if (in.available() != 0) throw new IOException("bytes after the includes");
        } catch (IOException | RuntimeException e) {
            return null; // passed the checksum but does not decode: read afresh
        }
        List<String> tags = new ArrayList<>();
        for (LocaleInfo l : locales) {
            tags.add(l.tag());
            if (dirs.containsKey(l.tag())) indexer.files().release(dirs.get(l.tag()).resolve("zone-pivot-groups.yml"));
        }
        return IncludeFiles.stored(sourceLocale, List.copyOf(tags), jobs, dirs, indexer.workDir(), indexer.files(), named, said, found,
                pivots, articles(jobs, indexer, parser));
    }

    /**
     * Each include's article, read and parsed when a page first shows it: a build that makes no
     * such page reads no include (their digests, which key the stored includes, are the catalog
     * record's while their sizes and times are). It is read outside the showing page's record of
     * the files it read: the includes' digests are in every page's key already.
     */
    private static java.util.function.BiFunction<String, String, Article> articles(List<IncludeFiles.Job> jobs,
                                                                                   CatalogReader indexer,
                                                                                   ArticleParser parser) {
        Map<String, IncludeFiles.Job> byKey = new HashMap<>();
        for (IncludeFiles.Job job : jobs) byKey.put(job.locale() + '\n' + job.key(), job);
        Map<String, Optional<Article>> parsed = new ConcurrentHashMap<>();
        return (locale, key) -> parsed.computeIfAbsent(locale + '\n' + key, k -> {
            IncludeFiles.Job job = byKey.get(k);
            if (job == null) return Optional.empty();
            try {
                return indexer.files().unrecorded(() -> parse(job, indexer, parser));
            } catch (IOException e) {
                return Optional.empty(); // unreadable now: said when the includes were read, and shown nowhere
            }
        }).orElse(null);
    }

    private static Optional<Article> parse(IncludeFiles.Job job, CatalogReader indexer, ArticleParser parser) throws IOException {
        try {
            PageEntry e = indexer.read(job.locale(), job.key(), job.file()).entry();
            if (e == null) return Optional.empty(); // unreadable now: said when the includes were read, and shown nowhere
            String text = indexer.files().read(job.file()).text();
            FileReporter quiet = new FileReporter(e.displayFile(), e.originLocale(), text, d -> { });
            return Optional.of(parser.parseBody(e.originLocale(), e.key(), e.displayFile(), text, e.frontMatter(), quiet));
        } finally {
            indexer.files().release(job.file());
        }
    }
}
