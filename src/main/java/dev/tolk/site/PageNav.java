package dev.tolk.site;

import dev.tolk.render.PageModels.Crumb;
import dev.tolk.render.PageModels.NavItem;
import dev.tolk.render.PageModels.PageLink;
import dev.tolk.render.PageModels.SideItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The navigation of one locale seen from each of its pages (from the table of contents, or from
 * the folder tree for a page the table of contents does not list): breadcrumbs (the groups above the
 * page in the table of contents), a sidebar (the page's neighbours in its group, the current one
 * marked; a window of {@value #WINDOW} on either side, so a flat table of contents of thousands of
 * articles does not weigh on every page), and previous/next in reading order. Addresses in the
 * locale's navigation are relative to the locale home; those handed out are relative to the page.
 */
final class PageNav {
    static final int WINDOW = 7;

    /**
     * A page of the table of contents: its place among its siblings, and the groups above it;
     * with the address of each sibling and group as a path from the site root (null for an
     * external one), worked out once for all the pages that show them.
     */
    private record Place(List<NavItem> siblings, List<String> siblingTargets, int position, List<NavItem> ancestors,
                         List<String> ancestorTargets, int order) {
    }

    /** What an article page shows of the navigation. */
    record View(List<Crumb> crumbs, List<SideItem> sidebar, Optional<PageLink> previous, Optional<PageLink> next) {
        static final View NONE = new View(List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    private final String locale;
    private final Map<String, Place> byHref = new HashMap<>();
    private final List<NavItem> reading = new ArrayList<>();
    private final List<String> readingTargets = new ArrayList<>();
    private final PageNav fallback;

    /**
     * @param nav the locale's navigation (its table of contents)
     * @param tree the folder tree, for pages the table of contents does not list (may be null)
     */
    PageNav(String locale, List<NavItem> nav, List<NavItem> tree) {
        this.locale = locale;
        walk(nav, new ArrayList<>(), new ArrayList<>());
        this.fallback = tree == null ? null : new PageNav(locale, tree, null);
    }

    private void walk(List<NavItem> items, List<NavItem> ancestors, List<String> ancestorTargets) {
        List<String> targets = new ArrayList<>(items.size());
        for (NavItem item : items) targets.add(sitePath(item.href()));
        List<NavItem> above = List.copyOf(ancestors);
        List<String> aboveTargets = java.util.Collections.unmodifiableList(new ArrayList<>(ancestorTargets));
        for (int i = 0; i < items.size(); i++) {
            NavItem item = items.get(i);
            if (!item.href().isEmpty() && item.href().endsWith(".html") && !item.href().contains(":")
                    && !byHref.containsKey(item.href())) {
                byHref.put(item.href(), new Place(items, targets, i, above, aboveTargets, reading.size()));
                reading.add(item);
                readingTargets.add(targets.get(i));
            }
            if (!item.children().isEmpty()) {
                ancestors.add(item);
                ancestorTargets.add(targets.get(i));
                walk(item.children(), ancestors, ancestorTargets);
                ancestors.remove(ancestors.size() - 1);
                ancestorTargets.remove(ancestorTargets.size() - 1);
            }
        }
    }

    /** The view from the page written at {@code pagePath} ({@code nl-NL/AlchemyInsights/foo.html}). */
    View from(String pagePath) {
        String home = locale + "/index.html";
        Place place = byHref.get(SitePaths.relative(home, pagePath));
        if (place == null) return fallback == null ? View.NONE : fallback.from(pagePath);
        List<Crumb> crumbs = new ArrayList<>();
        for (int i = 0; i < place.ancestors().size(); i++) {
            NavItem a = place.ancestors().get(i);
            crumbs.add(new Crumb(a.title(), href(a.href(), place.ancestorTargets().get(i), pagePath)));
        }
        List<SideItem> side = new ArrayList<>();
        int from = Math.max(0, place.position() - WINDOW);
        int to = Math.min(place.siblings().size(), place.position() + WINDOW + 1);
        for (int i = from; i < to; i++) {
            NavItem s = place.siblings().get(i);
            side.add(new SideItem(s.title(), href(s.href(), place.siblingTargets().get(i), pagePath), i == place.position()));
        }
        Optional<PageLink> previous = place.order() > 0 ? Optional.of(link(place.order() - 1, pagePath)) : Optional.empty();
        Optional<PageLink> next = place.order() + 1 < reading.size() ? Optional.of(link(place.order() + 1, pagePath)) : Optional.empty();
        return new View(crumbs, side, previous, next);
    }

    /**
     * Whether the view from the page at {@code pagePath} is the same as in {@code before} (the
     * navigation of the last build): the same groups above it, the same neighbours around it and
     * the same previous and next pages, by title and address. Much cheaper than making both
     * views: a page added to a folder changes the view of a few pages near it, not of all.
     */
    boolean sameView(PageNav before, String pagePath) {
        if (before == this) return true;
        String href = SitePaths.relative(locale + "/index.html", pagePath);
        Place a = byHref.get(href);
        Place b = before.byHref.get(href);
        if (a == null || b == null) {
            if (a != null || b != null) return false;
            if (fallback == null || before.fallback == null) return fallback == null && before.fallback == null;
            return fallback.sameView(before.fallback, pagePath);
        }
        if (!sameItems(a.ancestors(), 0, b.ancestors(), 0, a.ancestors().size())
                || a.ancestors().size() != b.ancestors().size()) return false;
        int aFrom = Math.max(0, a.position() - WINDOW);
        int bFrom = Math.max(0, b.position() - WINDOW);
        int aTo = Math.min(a.siblings().size(), a.position() + WINDOW + 1);
        int bTo = Math.min(b.siblings().size(), b.position() + WINDOW + 1);
        if (aTo - aFrom != bTo - bFrom || a.position() - aFrom != b.position() - bFrom
                || !sameItems(a.siblings(), aFrom, b.siblings(), bFrom, aTo - aFrom)) return false;
        return sameNeighbour(a.order() - 1, before, b.order() - 1) && sameNeighbour(a.order() + 1, before, b.order() + 1);
    }

    private static boolean sameItems(List<NavItem> a, int aFrom, List<NavItem> b, int bFrom, int count) {
        if (a.size() - aFrom < count || b.size() - bFrom < count) return false;
        for (int i = 0; i < count; i++) {
            if (!same(a.get(aFrom + i), b.get(bFrom + i))) return false;
        }
        return true;
    }

    /** Whether the page at {@code order} in reading order here is the one at {@code beforeOrder} in {@code before} (or neither exists). */
    private boolean sameNeighbour(int order, PageNav before, int beforeOrder) {
        boolean here = order >= 0 && order < reading.size();
        boolean there = beforeOrder >= 0 && beforeOrder < before.reading.size();
        return here == there && (!here || same(reading.get(order), before.reading.get(beforeOrder)));
    }

    /** Whether two items show the same: title and address (their children are compared where shown). */
    private static boolean same(NavItem a, NavItem b) {
        return a == b || a.title().equals(b.title()) && a.href().equals(b.href());
    }

    private PageLink link(int order, String pagePath) {
        NavItem item = reading.get(order);
        return new PageLink(item.title(), href(item.href(), readingTargets.get(order), pagePath));
    }

    /** An address of the navigation, made relative to the page ({@code target}: its path from the site root, if internal). */
    private static String href(String fromHome, String target, String pagePath) {
        return target == null ? fromHome : SitePaths.relative(pagePath, target);
    }

    /** An address relative to the locale home, as a path from the site root; null for none or an external one. */
    private String sitePath(String fromHome) {
        if (fromHome.isEmpty() || fromHome.contains(":")) return null;
        return SitePaths.resolve("index.md", fromHome).map(p -> locale + "/" + p).orElse(locale + "/" + fromHome);
    }
}
