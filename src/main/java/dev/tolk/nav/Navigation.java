package dev.tolk.nav;

import dev.tolk.catalog.CatalogReader;
import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.PageEntry;
import dev.tolk.catalog.SitePaths;
import dev.tolk.catalog.Xrefs;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.source.ContentTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A locale's navigation: from its tables of contents ({@code toc.yml}, {@code toc.md}, in any
 * letter case, resolved by {@link TocResolver}) where it has any, else the folder tree with page
 * titles; and its breadcrumb TOCs ({@link BreadcrumbTrail}). A locale that lacks a TOC file of the
 * source locale's (the same folder) uses the source locale's: its entries lead to the locale's
 * own pages where they exist and to the source-locale pages elsewhere, and it is reported once
 * ({@code link/fallback}). Addresses are relative to the locale home ({@code <locale>/index.html}).
 */
public final class Navigation {
    private final PageCatalog index;
    private final ContentTree tree;
    private final Map<String, String> urlMap;
    private final java.util.Set<String> redirected;
    private Xrefs xrefs = Xrefs.NONE;

    public Navigation(PageCatalog index, ContentTree tree, Map<String, String> urlMap) {
        this(index, tree, urlMap, java.util.Set.of());
    }

    /** @param redirected the keys of redirected pages: an entry naming one leads to its redirect page */
    public Navigation(PageCatalog index, ContentTree tree, Map<String, String> urlMap, java.util.Set<String> redirected) {
        this.index = index;
        this.tree = tree;
        this.urlMap = urlMap;
        this.redirected = redirected;
    }

    /** The uids of xref maps, which TOC entries may name. */
    public Navigation xrefs(Xrefs defined) {
        this.xrefs = defined;
        return this;
    }

    /**
     * A table of contents file a locale uses, read: its key, whose file it is, its path for
     * diagnostics, and its text (null when it could not be read).
     */
    public record Source(String key, String locale, String display, String text) {
    }

    /** A locale's navigation: its home's entries and the view from each page. */
    public record Made(List<NavItem> home, PageNav pages) {
    }

    /** The TOC files of a locale: its own, then the source locale's for the folders it has none in. */
    public List<Source> sources(String locale, CatalogReader files) {
        List<Source> out = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        ContentTree.LocaleFiles own = tree.locales().get(locale);
        if (own != null) {
            for (String key : own.tocs()) {
                folders.add(TocFile.folder(key).toLowerCase(Locale.ROOT));
                out.add(read(own, locale, key, files));
            }
        }
        String source = index.sourceLocale();
        ContentTree.LocaleFiles theirs = tree.locales().get(source);
        if (!locale.equals(source) && theirs != null) {
            for (String key : theirs.tocs()) {
                if (!folders.contains(TocFile.folder(key).toLowerCase(Locale.ROOT))) out.add(read(theirs, source, key, files));
            }
        }
        return out;
    }

    private static Source read(ContentTree.LocaleFiles files, String locale, String key, CatalogReader indexer) {
        Path file = files.dir().resolve(key);
        try {
            String text = indexer.files().read(file).text();
            indexer.files().release(file); // navigation is its only reader
            return new Source(key, locale, indexer.display(file), text);
        } catch (IOException e) {
            return new Source(key, locale, indexer.display(file), null); // reported with the navigation's problems
        }
    }

    /**
     * What a locale's navigation is made from, besides the configuration: its TOC files, and the
     * keys, titles and uids of its pages and the source locale's (where entries fall back), and
     * both media lists. While these stay, the navigation stays.
     */
    public List<Object> inputs(String locale, List<Source> sources) {
        List<Object> made = new ArrayList<>(sources);
        for (String loc : locale.equals(index.sourceLocale()) ? List.of(locale) : List.of(locale, index.sourceLocale())) {
            for (PageEntry p : index.pages(loc).values()) {
                made.add(p.key());
                made.add(p.title());
                made.add(p.frontMatter().string("uid").orElse(""));
            }
            ContentTree.LocaleFiles files = tree.locales().get(loc);
            made.add(files == null ? List.of() : files.media());
        }
        return made;
    }

    /** A locale's navigation from the sources {@link #sources} gave; problems go to {@code sink}. */
    public Made make(String locale, List<Source> sources, Consumer<Diagnostic> sink) {
        String source = index.sourceLocale();
        boolean sourceBuilt = index.locales().stream().anyMatch(l -> l.tag().equals(source));
        Map<String, TocResolver.Read> tocs = new TreeMap<>();
        List<TocResolver.Read> crumbs = new ArrayList<>();
        Map<String, String> tocKeys = new TreeMap<>();
        for (Source s : sources) {
            boolean borrowed = !s.locale().equals(locale);
            // a borrowed file's problems are the source locale's, reported by its own navigation
            Consumer<Diagnostic> to = borrowed && sourceBuilt ? d -> { } : sink;
            FileReporter reporter = new FileReporter(s.display(), locale, "", to);
            if (s.text() == null) {
                reporter.reportAt(Rule.CONTENT_UNREADABLE, 1, 1, "table of contents could not be read");
                continue;
            }
            if (borrowed) {
                new FileReporter(s.display(), locale, "", sink).reportAt(Rule.LINK_FALLBACK, 1, 1, "'" + s.key()
                        + "' is not translated into " + locale + "; the " + s.locale() + " table of contents is used"
                        + " (its entries lead to the " + locale + " pages where they exist)");
            }
            TocResolver.Read read = new TocResolver.Read(TocFile.read(s.key(), s.text(), reporter), reporter);
            if (TocFile.isBreadcrumb(s.key())) {
                crumbs.add(read);
            } else {
                tocs.put(s.key(), read);
                tocKeys.putIfAbsent(s.key().toLowerCase(Locale.ROOT), s.key());
            }
        }
        TocLinks links = new TocLinks(locale, index, tree, urlMap, tocKeys, redirected).xrefs(xrefs);
        TocResolver.Result resolved = new TocResolver(links, tocs).resolve();
        BreadcrumbTrail trail = BreadcrumbTrail.of(crumbs, links);
        List<NavItem> folders = fromTree(locale);
        if (resolved.trees().isEmpty()) {
            return new Made(folders, new PageNav(locale, List.of(new PageNav.Tree("", 0, List.of(), folders)), null, trail));
        }
        return new Made(resolved.top(), new PageNav(locale, resolved.trees(), folders, trail));
    }

    /**
     * Navigation from the folder tree: folders as groups, pages by title. A page only the source
     * locale has is listed too, leading to the source-locale page, as links to it do: a locale
     * that falls back to an English article shows it in its navigation instead of hiding it.
     */
    List<NavItem> fromTree(String locale) {
        Map<String, PageEntry> pages = new TreeMap<>(index.pages(locale));
        if (!locale.equals(index.sourceLocale())) {
            index.pages(index.sourceLocale()).forEach(pages::putIfAbsent);
        }
        Folder root = new Folder();
        for (PageEntry p : pages.values()) {
            String[] parts = p.key().split("/");
            Folder f = root;
            for (int i = 0; i < parts.length - 1; i++) f = f.folders.computeIfAbsent(parts[i], k -> new Folder());
            f.pages.add(p);
        }
        return root.items(locale);
    }

    private static final class Folder {
        final Map<String, Folder> folders = new TreeMap<>();
        final List<PageEntry> pages = new ArrayList<>();

        List<NavItem> items(String locale) {
            List<NavItem> out = new ArrayList<>();
            for (PageEntry p : pages) {
                // a page this locale lacks, shown from another: its title is in that one's language
                out.add(new NavItem(p.title(), SitePaths.relative(locale + "/index.html", p.outputPath()), List.of(), false,
                        p.locale().equals(locale) ? null : p.locale()));
            }
            folders.forEach((name, f) -> out.add(new NavItem(name, "", f.items(locale))));
            return out;
        }
    }
}
