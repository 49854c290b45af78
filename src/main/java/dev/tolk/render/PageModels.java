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
    /**
     * {@code contents}: where the locale's whole navigation is, the home unless the locale has a
     * home page of its own ({@code index.md}, a landing page), then {@code toc.html}.
     */
    public record Frame(String lang, String dir, String title, String siteTitle, String root, String home,
                        String canonical, List<Alternate> alternates, List<LocaleLink> languages,
                        Map<String, String> t, String contents) {
    }

    public record Alternate(String hreflang, String href) {
    }

    /** A link to a locale's version of the current page (or home), for the switcher or chooser. */
    public record LocaleLink(String tag, String name, String dir, String href, boolean current) {
    }

    /**
     * An entry of a locale's navigation; {@code href} may be empty (a group), {@code expanded}
     * is a table of contents' {@code expanded: true} (the default theme shows every level open).
     */
    public record NavItem(String title, String href, List<NavItem> children, boolean expanded, String lang) {
        public NavItem(String title, String href, List<NavItem> children) {
            this(title, href, children, false, null);
        }

        public NavItem(String title, String href, List<NavItem> children, boolean expanded) {
            this(title, href, children, expanded, null);
        }
    }

    /** A step of the breadcrumb trail; {@code href} may be empty (a group without a page). */
    public record Crumb(String title, String href) {
    }

    /**
     * An entry of an article's sidebar; {@code current} marks the page itself ({@code aria-current}); {@code lang} is
     * the language of its title when it is another locale's (a page the locale lacks, shown from the source locale),
     * else null.
     */
    public record SideItem(String title, String href, boolean current, String lang) {
    }

    /** A link with its text (previous and next page); {@code lang} as a {@link SideItem}'s. */
    public record PageLink(String title, String href, String lang) {
    }

    /** A heading of the in-page table of contents. */
    public record TocEntry(int level, String id, String text) {
    }

    /**
     * An article page; {@code notices} are localized remarks shown above it (reconstructed
     * source…), {@code scripts} the modules it loads (relative addresses), {@code bilingual} whether
 * it has English lookups to show beside the translation (then it loads {@code assets/bilingual.js});
 * breadcrumbs, sidebar and previous/next come from the locale's table of contents ({@code previous}
 * and {@code next} may be null), {@code toc} lists the headings of a long article.
     */
    public record ArticlePage(Frame frame, String body, List<String> notices, String sourceLang, List<String> scripts,
                              boolean bilingual, List<Crumb> crumbs, List<SideItem> sidebar, PageLink previous,
                              PageLink next, List<TocEntry> toc) {
    }

    /**
     * The proration calculator's form in one locale: its strings, the currencies offered and the
     * one preselected, an example price as the locale writes it, and the error messages by code
     * as JSON (read by {@code assets/calculator.js}).
     */
    /** @param profileJson the display profile of a locale SPEC §7 has none for (LocalConventions), as JSON; empty for the others */
    public record CalculatorForm(Map<String, String> t, String locale, List<String> currencies, String currency,
                                 String priceHint, String messagesJson, String profileJson) {
    }

    /** A locale's search page; the results are filled in by {@code assets/search.js}. */
    public record SearchPage(Frame frame) {
    }

    public record HomePage(Frame frame, List<NavItem> nav, String intro) {
    }

    public record ChooserPage(Frame frame, List<LocaleLink> locales) {
    }

    public record NotFoundPage(Frame frame, List<LocaleLink> homes) {
    }
}
