package dev.tolk.render;

import java.util.List;
import java.util.Map;

/**
 * View models handed to the FreeMarker templates: plain records, one per page kind, sharing a
 * {@link Frame}. Every address in them is already relative to the page.
 */
public final class PageModels {
    private PageModels() {
    }

    /**
     * What every page has: language and direction, titles, the relative path to the site root,
     * {@code hreflang} alternates, the language switcher, and the interface strings {@code t}.
     */
    public record Frame(String lang, String dir, String title, String siteTitle, String root, String home,
                        String canonical, List<Alternate> alternates, List<LocaleLink> languages,
                        Map<String, String> t) {
    }

    public record Alternate(String hreflang, String href) {
    }

    /** A link to a locale's version of the current page (or home), for the switcher or chooser. */
    public record LocaleLink(String tag, String name, String dir, String href, boolean current) {
    }

    public record NavItem(String title, String href, List<NavItem> children) {
    }

    /** An article page; {@code notices} are localized remarks shown above it (reconstructed source…). */
    public record ArticlePage(Frame frame, String body, List<String> notices, String sourceLang) {
    }

    public record HomePage(Frame frame, List<NavItem> nav, String intro) {
    }

    public record ChooserPage(Frame frame, List<LocaleLink> locales) {
    }

    public record NotFoundPage(Frame frame, List<LocaleLink> homes) {
    }
}
