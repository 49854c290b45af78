package dev.tolk.build;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.config.LocalePlan;
import dev.tolk.config.SiteConfig;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Rule;
import dev.tolk.model.LocaleInfo;
import dev.tolk.parse.ArticleParser;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.source.ContentTree;
import dev.tolk.source.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code build} and {@code check} both start from: the interface strings, the content tree,
 * the locales to process, and the engines that read articles, with the problems found on the
 * way (refused symbolic links, missing interface strings) already reported.
 */
record SiteInputs(InterfaceStrings strings, ContentTree tree, List<LocaleInfo> locales, ArticleParser parser,
                  CatalogReader indexer, Set<Path> unreadableMedia) {

    /**
     * The inputs of a build or check of the scanned content folder {@code scanned}, with the
     * engines' strings and parser, content read through {@code files}; the configuration's
     * {@code active-content} decides which HTML and SVG files stay.
     */
    static SiteInputs read(SiteConfig config, ContentTree scanned, Engines engines, List<String> only, Path workDir,
                           DiagnosticCollector diagnostics, SourceFiles files) {
        InterfaceStrings strings = engines.strings();
        Path templates = engines.templatesDir();
        ContentTree tree = config.activeContent().apply(scanned);
        Path source = tree.root();
        List<LocaleInfo> locales = LocalePlan.of(config, tree, only, strings);
        ArticleParser parser = engines.parser();
        CatalogReader indexer = new CatalogReader(parser, workDir, diagnostics::add, files);
        for (ContentTree.Refused refused : tree.refused()) {
            // the path is not resolved: a name the file system's encoding cannot hold would not resolve
            String below = refused.path().isEmpty() ? "" : "/" + refused.path(); // empty: the content folder itself
            diagnostics.add(new Diagnostic(indexer.display(source) + below, 1, 1, 1, 1,
                    refused.severity(), refused.rule().id(), refused.why(), ""));
        }
        diagnostics.addAll(config.docfx().docset().problems());
        reportMissingStrings(locales, strings, templates, tree, indexer::display, diagnostics);
        Set<Path> unreadable = unreadableMedia(tree, locales, config.sourceLocale());
        for (Path file : unreadable) {
            diagnostics.add(new Diagnostic(indexer.display(file), 1, 1, 1, 1, Rule.CONTENT_UNREADABLE.defaultSeverity(),
                    Rule.CONTENT_UNREADABLE.id(), "file cannot be read (permission denied); not published", ""));
        }
        return new SiteInputs(strings, tree, locales, parser, indexer, unreadable);
    }

    /**
     * The media files of the locales built, and of the source locale (whose media the others
     * borrow), that this process may not read: reported here, so that {@code check} says what
     * {@code build} says, and left out of the site. One access check per file.
     */
    private static Set<Path> unreadableMedia(ContentTree tree, List<LocaleInfo> locales, String sourceLocale) {
        Set<String> tags = new TreeSet<>();
        for (LocaleInfo l : locales) tags.add(l.tag());
        tags.add(sourceLocale);
        Set<Path> out = new TreeSet<>();
        for (String tag : tags) {
            ContentTree.LocaleFiles files = tree.locales().get(tag);
            if (files == null) continue;
            for (String key : files.media()) {
                Path file = files.dir().resolve(key);
                if (!Files.isReadable(file)) out.add(file);
            }
        }
        return out;
    }

    /**
     * One warning per locale whose interface strings are incomplete, at a file that exists: the
     * locale's own strings file when the templates have one, else the locale's content folder,
     * saying which file to create (a diagnostic at a file that is not there cannot be opened).
     */
    private static void reportMissingStrings(List<LocaleInfo> locales, InterfaceStrings strings, Path templates,
                                             ContentTree tree, java.util.function.Function<Path, String> display,
                                             DiagnosticCollector diagnostics) {
        for (LocaleInfo l : locales) {
            var missing = strings.forLocale(l.tag()).missing();
            if (missing.isEmpty()) continue;
            String keys = String.join(", ", missing.stream().limit(5).map(InterfaceStrings.Missing::key).toList())
                    + (missing.size() > 5 ? ", …" : "");
            Path own = templates.toAbsolutePath().normalize().resolve("i18n").resolve(l.tag() + ".properties");
            ContentTree.LocaleFiles folder = tree.locales().get(l.tag());
            Path at = Files.isRegularFile(own) ? own : folder != null ? folder.dir() : tree.root();
            String create = Files.isRegularFile(own) ? "" : "; to translate them, create " + display.apply(own);
            diagnostics.add(new Diagnostic(display.apply(at), 1, 1, 1, 1, Rule.I18N_MISSING_STRING.defaultSeverity(),
                    Rule.I18N_MISSING_STRING.id(), "locale " + l.tag() + " has no interface string for " + missing.size()
                    + " key(s) (" + keys + "); English is used" + create, l.tag()));
        }
    }
}
