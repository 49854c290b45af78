package dev.tolk.site;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.parse.YamlReader;
import dev.tolk.render.HtmlSanitizer;
import dev.tolk.render.PageModels.NavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A locale's navigation: from its {@code TOC.yml} files (DocFX format: a list of
 * {@code name}/{@code href}/{@code items}) where present, else the folder tree with page titles.
 * Addresses are relative to the locale home ({@code <locale>/index.html}).
 */
final class Navigation {
    private final YamlReader yaml = new YamlReader();

    /** Navigation from one TOC file; problems are reported against the file. */
    List<NavItem> fromToc(String tocKey, String text, String locale, SiteIndex index, FileReporter reporter) {
        YamlReader.Result result = yaml.read(text);
        if (result instanceof YamlReader.Failure f) {
            reporter.reportAt(Rule.CONFIG_INVALID, f.line(), f.column(), "TOC is not valid YAML: " + f.message());
            return List.of();
        }
        Object root = ((YamlReader.Values) result).value();
        if (root instanceof Map<?, ?> map && map.get("items") instanceof List<?> items) root = items;
        if (!(root instanceof List<?> list)) {
            if (!(root instanceof String s && s.isBlank())) {
                reporter.reportAt(Rule.CONFIG_INVALID, 1, 1, "TOC must be a list of entries with name and href");
            }
            return List.of();
        }
        return items(list, tocKey, locale, index, 0);
    }

    private List<NavItem> items(List<?> list, String tocKey, String locale, SiteIndex index, int depth) {
        List<NavItem> out = new ArrayList<>();
        if (depth > 8) return out;
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) continue;
            String name = m.get("name") instanceof String s ? s : "";
            String href = m.get("href") instanceof String s ? s.strip() : "";
            List<NavItem> children = m.get("items") instanceof List<?> l ? items(l, tocKey, locale, index, depth + 1) : List.of();
            String link = "";
            if (!href.isEmpty()) {
                if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    link = HtmlSanitizer.safeUrl(href, Set.of("http", "https")) ? href : "";
                } else {
                    String page = SitePaths.resolve(tocKey, href).orElse("");
                    if (dev.tolk.model.YamlPage.isPageKey(page) && index.find(locale, page).isPresent()) {
                        link = SitePaths.relative(locale + "/index.html", SitePaths.page(locale, page));
                        if (name.isEmpty()) name = index.find(locale, page).get().title();
                    } else if (!page.isEmpty()) {
                        link = SitePaths.relative(locale + "/index.html", locale + "/" + page);
                    }
                }
            }
            if (!name.isEmpty() || !children.isEmpty()) out.add(new NavItem(name.isEmpty() ? href : name, link, children));
        }
        return out;
    }

    /** Navigation from the folder tree: folders as groups, pages by title. */
    List<NavItem> fromTree(String locale, SiteIndex index) {
        Folder root = new Folder();
        for (PageEntry p : index.pages(locale).values()) {
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
                out.add(new NavItem(p.title(), SitePaths.relative(locale + "/index.html", p.outputPath()), List.of()));
            }
            folders.forEach((name, f) -> out.add(new NavItem(name, "", f.items(locale))));
            return out;
        }
    }
}
