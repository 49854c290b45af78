package dev.tolk.site;

import dev.tolk.model.LocaleInfo;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.render.PageModels.Alternate;
import dev.tolk.render.PageModels.Frame;
import dev.tolk.render.PageModels.LocaleLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Frame} of a page: language, direction, the language switcher (the same
 * article in each locale that has it, else that locale's home), {@code hreflang} alternates with
 * {@code x-default} (the source-locale version), and the locale's interface strings.
 */
final class Frames {
    private final SiteIndex index;
    private final SiteConfig config;
    private final InterfaceStrings strings;

    Frames(SiteIndex index, SiteConfig config, InterfaceStrings strings) {
        this.index = index;
        this.config = config;
        this.strings = strings;
    }

    Map<String, String> strings(String locale) {
        return strings.forLocale(locale).values();
    }

    /**
     * @param key the article key, or empty for a locale home
     */
    Frame frame(LocaleInfo locale, String pagePath, String title, Optional<String> key) {
        List<LocaleLink> languages = new ArrayList<>();
        List<Alternate> alternates = new ArrayList<>();
        String xDefault = null;
        for (LocaleInfo l : index.locales()) {
            String target = key.filter(k -> index.find(l.tag(), k).isPresent())
                    .map(k -> SitePaths.page(l.tag(), k)).orElse(null);
            boolean exists = target != null || key.isEmpty();
            if (target == null) target = l.tag() + "/index.html";
            languages.add(new LocaleLink(l.tag(), l.name(), l.dir(), SitePaths.relative(pagePath, target),
                    l.tag().equals(locale.tag())));
            if (exists) {
                alternates.add(new Alternate(l.tag(), address(pagePath, target)));
                if (l.tag().equals(index.sourceLocale())) xDefault = address(pagePath, key.isEmpty() ? "index.html" : target);
            }
        }
        if (xDefault != null) alternates.add(new Alternate("x-default", xDefault));
        String canonical = config.baseUrl().isEmpty() ? "" : config.baseUrl() + pagePath;
        return new Frame(locale.tag(), locale.dir(), title, config.title(), SitePaths.root(pagePath),
                SitePaths.relative(pagePath, locale.tag() + "/index.html"), canonical, List.copyOf(alternates),
                List.copyOf(languages), strings(locale.tag()));
    }

    /** Absolute with a configured base URL (what search engines want), relative otherwise. */
    String address(String from, String to) {
        return config.baseUrl().isEmpty() ? SitePaths.relative(from, to) : config.baseUrl() + to;
    }
}
