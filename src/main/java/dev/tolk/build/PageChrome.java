package dev.tolk.build;

import dev.tolk.catalog.PageCatalog;
import dev.tolk.catalog.SitePaths;
import dev.tolk.config.SiteConfig;
import dev.tolk.model.LocaleInfo;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.render.PageModels.Alternate;
import dev.tolk.render.PageModels.Frame;
import dev.tolk.render.PageModels.LocaleLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link Frame} of a page: language, direction, the language switcher (the same
 * article in each locale that has it, else that locale's home), {@code hreflang} alternates with
 * {@code x-default} (the source-locale version), and the locale's interface strings.
 */
final class PageChrome {
    private final PageCatalog index;
    private final SiteConfig config;
    private final InterfaceStrings strings;
    /**
     * Each locale's page keys, hashed: asked for every link and every switcher entry of every
     * page, where the index's sorted maps cost a string comparison per tree level.
     */
    private final Map<String, Set<String>> keys = new HashMap<>();

    PageChrome(PageCatalog index, SiteConfig config, InterfaceStrings strings) {
        this.index = index;
        this.config = config;
        this.strings = strings;
        for (LocaleInfo l : index.locales()) keys.put(l.tag(), new HashSet<>(index.pages(l.tag()).keySet()));
    }

    /** Whether the locale has a page for the key: {@code index.find(locale, key).isPresent()}, by hash. */
    boolean has(String locale, String key) {
        Set<String> set = keys.get(locale);
        return set != null ? set.contains(key) : index.find(locale, key).isPresent();
    }

    /** Each locale's page keys. */
    Map<String, Set<String>> keys() {
        return java.util.Collections.unmodifiableMap(keys);
    }

    /**
     * The site title a locale's pages show: the configuration's; when it gives none, "Help" in the locale's language
     * ({@code site.help}: a Vietnamese docset without a titleSuffix had every page's title end in English).
     */
    String siteTitle(String locale) {
        String configured = config.title(locale);
        return configured.equals(SiteConfig.DEFAULT_TITLE) ? strings(locale).getOrDefault("site.help", configured) : configured;
    }

    Map<String, String> strings(String locale) {
        return strings.forLocale(locale).values();
    }

    /**
     * @param key the article key, or empty for a locale home
     */
    /**
     * The path on its host of the site's root ({@code /help/} for {@code base-url: https://example.org/help/}), or
     * empty when no base URL is configured.
     */
    String basePath() {
        String base = config.baseUrl();
        if (base.isEmpty()) return "";
        int scheme = base.indexOf("://");
        int slash = scheme < 0 ? -1 : base.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : base.substring(slash);
    }

    Frame frame(LocaleInfo locale, String pagePath, String title, Optional<String> key) {
        List<LocaleLink> languages = new ArrayList<>();
        List<Alternate> alternates = new ArrayList<>();
        String xDefault = null;
        // the key's page name and each relative address are worked out once, not per use
        String htmlName = key.map(SitePaths::htmlName).orElse(null);
        for (LocaleInfo l : index.locales()) {
            String target = key.isPresent() && has(l.tag(), key.get()) ? l.tag() + "/" + htmlName : null;
            boolean exists = target != null || key.isEmpty();
            if (target == null) target = l.tag() + "/index.html";
            String relative = SitePaths.relative(pagePath, target);
            // the switcher leads to the same article in each other locale that has it (DESIGN §3), never silently home
            if (exists || l.tag().equals(locale.tag())) {
                languages.add(new LocaleLink(l.tag(), l.name(), l.dir(), relative, l.tag().equals(locale.tag())));
            }
            if (exists) {
                String href = config.baseUrl().isEmpty() ? relative : config.baseUrl() + target; // address(pagePath, target)
                alternates.add(new Alternate(l.tag(), href));
                if (l.tag().equals(index.sourceLocale())) xDefault = key.isEmpty() ? address(pagePath, "index.html") : href;
            }
        }
        if (xDefault != null) alternates.add(new Alternate("x-default", xDefault));
        String canonical = config.baseUrl().isEmpty() ? "" : config.baseUrl() + pagePath;
        String home = SitePaths.relative(pagePath, locale.tag() + "/index.html");
        return new Frame(locale.tag(), locale.dir(), title, siteTitle(locale.tag()), SitePaths.root(pagePath),
                home, canonical, List.copyOf(alternates), List.copyOf(languages), strings(locale.tag()),
                ownHome(locale.tag()) ? SitePaths.relative(pagePath, contentsPath(locale.tag())) : home);
    }

    /** Whether a locale's home is a page of its own (a root {@code index.md}, or a landing page {@code index.yml}). */
    boolean ownHome(String locale) {
        for (String own : List.of("index.md", "index.yml", "index.yaml")) {
            if (index.find(locale, own).isPresent()) return true;
        }
        return false;
    }

    /** Where the whole navigation of a locale whose home is a page of its own is written. */
    static String contentsPath(String locale) {
        return locale + "/toc.html";
    }

    /** Absolute with a configured base URL (what search engines want), relative otherwise. */
    String address(String from, String to) {
        return config.baseUrl().isEmpty() ? SitePaths.relative(from, to) : config.baseUrl() + to;
    }
}
