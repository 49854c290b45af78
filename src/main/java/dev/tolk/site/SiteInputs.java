package dev.tolk.site;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.DiagnosticCollector;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.model.LocaleInfo;
import dev.tolk.parse.ArticleParser;
import dev.tolk.render.InterfaceStrings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code build} and {@code check} both start from: the interface strings, the content tree,
 * the locales to process, and the engines that read articles, with the problems found on the
 * way (refused symbolic links, missing interface strings) already reported.
 */
record SiteInputs(InterfaceStrings strings, ContentTree tree, List<LocaleInfo> locales, ArticleParser parser,
                  SiteIndexer indexer) {

    static SiteInputs read(SiteConfig config, Path source, Path templates, List<String> only, Path workDir,
                           DiagnosticCollector diagnostics) throws IOException {
        return read(config, config.docfx().docset().scan(source, config.exclude()), templates, only, workDir, diagnostics,
                InterfaceStrings.load(templates.resolve("i18n")));
    }

    /** As the one above, with the content folder scanned and the interface strings loaded. */
    static SiteInputs read(SiteConfig config, ContentTree tree, Path templates, List<String> only, Path workDir,
                           DiagnosticCollector diagnostics, InterfaceStrings strings) {
        Path source = tree.root();
        List<LocaleInfo> locales = LocalePlan.of(config, tree, only, strings);
        ArticleParser parser = new ArticleParser();
        SiteIndexer indexer = new SiteIndexer(parser, workDir, diagnostics::add);
        for (ContentTree.Refused refused : tree.refused()) {
            // the path is not resolved: a name the file system's encoding cannot hold would not resolve
            String below = refused.path().isEmpty() ? "" : "/" + refused.path(); // empty: the content folder itself
            diagnostics.add(new Diagnostic(indexer.display(source) + below, 1, 1, 1, 1,
                    refused.severity(), refused.rule().id(), refused.why(), ""));
        }
        diagnostics.addAll(config.docfx().docset().problems());
        reportMissingStrings(locales, strings, templates, workDir, diagnostics);
        return new SiteInputs(strings, tree, locales, parser, indexer);
    }

    private static void reportMissingStrings(List<LocaleInfo> locales, InterfaceStrings strings, Path templates,
                                             Path workDir, DiagnosticCollector diagnostics) {
        for (LocaleInfo l : locales) {
            var missing = strings.forLocale(l.tag()).missing();
            if (missing.isEmpty()) continue;
            String keys = String.join(", ", missing.stream().limit(5).map(InterfaceStrings.Missing::key).toList())
                    + (missing.size() > 5 ? ", …" : "");
            String file = workDir.relativize(templates.toAbsolutePath().normalize()
                    .resolve("i18n").resolve(l.tag() + ".properties")).toString().replace('\\', '/');
            diagnostics.add(new Diagnostic(file, 1, 1, 1, 1, Rule.I18N_MISSING_STRING.defaultSeverity(),
                    Rule.I18N_MISSING_STRING.id(), "locale " + l.tag() + " has no interface string for " + missing.size()
                    + " key(s) (" + keys + "); English is used", l.tag()));
        }
    }
}
