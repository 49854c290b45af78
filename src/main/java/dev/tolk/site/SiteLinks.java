package dev.tolk.site;

import dev.tolk.check.InternalLinkChecker;
import dev.tolk.check.PlacedLink;
import dev.tolk.check.SiteMap;
import dev.tolk.check.UrlMap;
import dev.tolk.diag.Diagnostic;
import dev.tolk.model.LocaleInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The site as the link checker sees it: every content file of every locale, the anchors and the
 * links of every page read in this run (filled in by the parallel pass), then checked in one
 * sequential pass in a fixed order. The source locale has the pages reconstructed from lookups
 * and the media of every locale, as the build writes them.
 */
final class SiteLinks implements SiteMap {
    private record PageLinks(String file, List<PlacedLink> links) {
    }

    private final String sourceLocale;
    private final Map<String, Set<String>> files = new HashMap<>();
    private final Map<String, Map<String, String>> lowerFiles = new HashMap<>();
    private final Set<String> topFolders = new HashSet<>();
    private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Map<String, PageLinks> links = new ConcurrentHashMap<>();
    private java.util.function.BiFunction<String, String, Optional<List<String>>> anchorSource = (l, k) -> Optional.empty();

    SiteLinks(ContentTree tree, SiteIndex index, List<LocaleInfo> locales) {
        this.sourceLocale = index.sourceLocale();
        for (LocaleInfo l : locales) {
            Set<String> own = new HashSet<>(index.pages(l.tag()).keySet());
            ContentTree.LocaleFiles f = tree.locales().get(l.tag());
            if (f != null) {
                own.addAll(f.media());
                own.addAll(f.tocs());
            }
            if (l.tag().equals(sourceLocale)) {
                for (ContentTree.LocaleFiles other : tree.locales().values()) own.addAll(other.media());
            }
            files.put(l.tag(), own);
            Map<String, String> lower = new HashMap<>();
            for (String p : own) {
                lower.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
                int slash = p.indexOf('/');
                topFolders.add((slash < 0 ? p : p.substring(0, slash)).toLowerCase(Locale.ROOT));
            }
            lowerFiles.put(l.tag(), lower);
        }
    }

    /**
     * Where the anchors of a page come from when no render recorded them ({@code tolk check},
     * which renders a page only when a link needs its anchors): locale and key to the page's
     * anchors, or empty for a page that is not the site's own file.
     */
    void anchorSource(java.util.function.BiFunction<String, String, Optional<List<String>>> source) {
        this.anchorSource = source;
    }

    void recordAnchors(String locale, String key, java.util.Collection<String> pageAnchors) {
        anchors.put(locale + "\n" + key, Set.copyOf(pageAnchors));
    }

    void recordLinks(String locale, String key, String file, List<PlacedLink> pageLinks) {
        if (!pageLinks.isEmpty()) links.put(locale + "\n" + key, new PageLinks(file, List.copyOf(pageLinks)));
    }

    /** Checks every recorded link, page by page in (locale, key) order; returns how many. */
    int checkAll(Map<String, String> urlMap, Consumer<Diagnostic> sink) {
        InternalLinkChecker checker = new InternalLinkChecker(this, new UrlMap(urlMap));
        for (Map.Entry<String, PageLinks> e : new TreeMap<>(links).entrySet()) {
            int nl = e.getKey().indexOf('\n');
            checker.check(e.getKey().substring(0, nl), e.getKey().substring(nl + 1), e.getValue().file(), e.getValue().links(), sink);
        }
        return checker.checked();
    }

    /** Where each external http(s) address is linked from, in (locale, key) order; url-mapped addresses are internal. */
    Map<String, List<ExternalLinkReport.Occurrence>> externalLinks(Map<String, String> urlMap) {
        UrlMap mapped = new UrlMap(urlMap);
        Map<String, List<ExternalLinkReport.Occurrence>> out = new TreeMap<>();
        for (Map.Entry<String, PageLinks> e : new TreeMap<>(links).entrySet()) {
            String locale = e.getKey().substring(0, e.getKey().indexOf('\n'));
            for (PlacedLink l : e.getValue().links()) {
                String url = l.link().target().strip();
                boolean http = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
                if (!http || mapped.contentPath(url.split("[?#]", 2)[0]).isPresent()) continue;
                out.computeIfAbsent(url, u -> new java.util.ArrayList<>())
                        .add(new ExternalLinkReport.Occurrence(e.getValue().file(), locale, l));
            }
        }
        return out;
    }

    @Override
    public String sourceLocale() {
        return sourceLocale;
    }

    @Override
    public boolean has(String locale, String path) {
        return files.getOrDefault(locale, Set.of()).contains(path);
    }

    @Override
    public Optional<String> spelledAs(String locale, String path) {
        return Optional.ofNullable(lowerFiles.getOrDefault(locale, Map.of()).get(path.toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean isTopFolder(String segment) {
        return topFolders.contains(segment.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Set<String>> anchors(String locale, String key) {
        String id = locale + "\n" + key;
        Set<String> known = anchors.get(id);
        if (known == null) {
            Optional<List<String>> found = anchorSource.apply(locale, key);
            if (found.isEmpty()) return Optional.empty();
            known = Set.copyOf(found.get());
            anchors.put(id, known);
        }
        return Optional.of(known);
    }
}
