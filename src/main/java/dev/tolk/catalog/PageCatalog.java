package dev.tolk.catalog;

import dev.tolk.model.LocaleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every page of every locale, by key: what the first pass learned, used by the second to make
 * links, language switchers, alternates and navigation.
 */
public final class PageCatalog {
    private final List<LocaleInfo> locales;
    private final String sourceLocale;
    private final Map<String, NavigableMap<String, PageEntry>> pages;
    private final Map<String, Map<String, String>> lowerKeys = new HashMap<>();
    /** The first folder (or file name) of every page key, in lower case: what a site-absolute path may start with. */
    private final java.util.Set<String> topFolders = new java.util.HashSet<>();
    /** The YAML files of types Tolk does not render, by locale and key; and the locale and key of each uid they define. */
    private final Map<String, Map<String, Unpublished>> unpublished;
    private final Map<String, Unpublished> unpublishedUids = new HashMap<>();

    /**
     * A YAML file of a type Tolk does not render ({@code AzureCLIGroup}, {@code ManagedReference},
     * …; DocFX publishes it with a template of its own): not a page of the site, but what tables of
     * contents, links and xrefs that name it or its {@code uids} mean, so they are not broken.
     */
    public record Unpublished(String locale, String key, String type, List<String> uids) {
    }

    public PageCatalog(List<LocaleInfo> locales, String sourceLocale, Map<String, NavigableMap<String, PageEntry>> pages) {
        this(locales, sourceLocale, pages, Map.of());
    }

    /** @param unpublished the YAML files of types Tolk does not render, by locale and key */
    public PageCatalog(List<LocaleInfo> locales, String sourceLocale, Map<String, NavigableMap<String, PageEntry>> pages,
                       Map<String, Map<String, Unpublished>> unpublished) {
        this.locales = List.copyOf(locales);
        this.sourceLocale = sourceLocale;
        this.pages = pages;
        this.unpublished = unpublished;
        unpublished.values().forEach(byKey -> byKey.values().forEach(u -> u.uids().forEach(uid -> unpublishedUids.putIfAbsent(uid, u))));
        pages.forEach((tag, byKey) -> {
            Map<String, String> lower = new HashMap<>();
            for (String key : byKey.keySet()) {
                String l = key.toLowerCase(Locale.ROOT);
                lower.putIfAbsent(l, key);
                int slash = l.indexOf('/');
                topFolders.add(slash < 0 ? l : l.substring(0, slash));
            }
            lowerKeys.put(tag, lower);
        });
    }

    /**
     * The index {@code before} would be with some pages' entries replaced ({@code replaced}: locale
     * to key to entry), when no page was added or removed: the maps of other locales are shared.
     */
    public PageCatalog(PageCatalog before, Map<String, Map<String, PageEntry>> replaced) {
        this.locales = before.locales;
        this.sourceLocale = before.sourceLocale;
        this.pages = new HashMap<>(before.pages);
        replaced.forEach((tag, entries) -> {
            NavigableMap<String, PageEntry> copy = new TreeMap<>(before.pages.get(tag));
            entries.forEach((key, entry) -> {
                if (copy.put(key, entry) == null) throw new IllegalArgumentException("not a page of " + tag + ": " + key);
            });
            pages.put(tag, copy);
        });
        this.lowerKeys.putAll(before.lowerKeys); // the same keys
        this.topFolders.addAll(before.topFolders);
        this.unpublished = before.unpublished;
        this.unpublishedUids.putAll(before.unpublishedUids);
    }

    /** The YAML file at {@code key} of {@code locale} when it is of a type Tolk does not render. */
    public Optional<Unpublished> unpublished(String locale, String key) {
        return Optional.ofNullable(unpublished.getOrDefault(locale, Map.of()).get(key));
    }

    /** The YAML file of a type Tolk does not render that defines {@code uid}, in any locale. */
    public Optional<Unpublished> unpublishedUid(String uid) {
        return Optional.ofNullable(unpublishedUids.get(uid));
    }

    /** Whether some page's key starts with this folder (or is this file), in any letter case. */
    boolean isTopFolder(String segment) {
        return topFolders.contains(segment.toLowerCase(Locale.ROOT));
    }

    public List<LocaleInfo> locales() {
        return locales;
    }

    public String sourceLocale() {
        return sourceLocale;
    }

    public NavigableMap<String, PageEntry> pages(String locale) {
        return pages.getOrDefault(locale, new TreeMap<>());
    }

    public Optional<PageEntry> find(String locale, String key) {
        return Optional.ofNullable(pages(locale).get(key));
    }

    /** The key as it is spelled in the locale, when it exists there in any letter case. */
    public Optional<String> keyIgnoringCase(String locale, String key) {
        return Optional.ofNullable(lowerKeys.getOrDefault(locale, Map.of()).get(key.toLowerCase(Locale.ROOT)));
    }

    int size() {
        return pages.values().stream().mapToInt(Map::size).sum();
    }
}
