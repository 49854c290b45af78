package dev.tolk.build;

/**
 * The view model of {@code redirect.ftlh}: a page kept at an address that moved. {@code href} is
 * where it leads (relative within the site, or an absolute http(s) address), {@code canonical}
 * the same made absolute when the site has a {@code base-url}; {@code label} is the link's text
 * (the target page's title, or the address), {@code moved} the locale's sentence saying the page
 * moved, and {@code root} the way up to the site root (for the stylesheet).
 */
public record RedirectPage(String lang, String dir, String title, String href, String canonical, String label,
                           String moved, String root) {
}
