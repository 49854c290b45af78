package dev.tolk.nav;

import dev.tolk.catalog.SitePaths;
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
 * The navigation of one locale seen from each of its pages: breadcrumbs (the steps of the
 * breadcrumb TOC that hold the page, then the entries above the page in its table of contents),
 * a sidebar (the page's neighbours in its group, the current one marked; a window of
 * {@value #WINDOW} on either side, so a flat table of contents of thousands of articles does not
 * weigh on every page), and previous/next in the reading order of its table of contents.
 *
 * <p>A locale may have several tables of contents ({@link Tree}s: a folder's TOC referenced from
 * another is a tree of its own). A page listed by more than one takes, as in DocFX, the one with
 * the smallest {@code order}, then the nearest (fewest folders down, then up, from the page's
 * folder to the TOC's). A page that no table of contents lists takes its place in the folder tree
 * instead of DocFX's "nearest TOC": there it has neighbours and a trail of its folders, where in
 * a TOC that does not list it it would have neither. Addresses in the navigation are relative to
 * the locale home; those handed out are relative to the page.
 */
public final class PageNav {
    static final int WINDOW = 7;

    /**
     * One table of contents: its file (for picking the nearest; empty for the folder tree), its
     * order, the entries above it when another TOC references it, and its items.
     */
    record Tree(String tocKey, int order, List<NavItem> lead, List<NavItem> items) {
    }

    /** A tree's pages in reading order, with the address of each from the site root. */
    private static final class Reading {
        final List<NavItem> items = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
    }

    /**
     * A page of a table of contents: its tree, its place among its siblings, and the entries above
     * it; with the address of each sibling and entry as a path from the site root (null for an
     * external one), worked out once for all the pages that show them.
     */
    private record Place(Tree tree, Reading reading, List<NavItem> siblings, List<String> siblingTargets, int position,
                         List<NavItem> ancestors, List<String> ancestorTargets, int order) {
    }

    /** What an article page shows of the navigation. */
    public record View(List<Crumb> crumbs, List<SideItem> sidebar, Optional<PageLink> previous, Optional<PageLink> next) {
        public static final View NONE = new View(List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    private final String locale;
    /** Each page's places, one per tree listing it (most pages: one). */
    private final Map<String, List<Place>> byHref = new HashMap<>();
    private final PageNav fallback;
    private final BreadcrumbTrail trail;

    /**
     * @param trees the locale's tables of contents
     * @param tree the folder tree, for pages no table of contents lists (may be null)
     */
    public PageNav(String locale, List<Tree> trees, List<NavItem> tree, BreadcrumbTrail trail) {
        this.locale = locale;
        this.trail = trail;
        for (Tree t : trees) {
            List<String> leadTargets = new ArrayList<>();
            for (NavItem i : t.lead()) leadTargets.add(sitePath(i.href()));
            walk(t, new Reading(), t.items(), new ArrayList<>(t.lead()), leadTargets);
        }
        this.fallback = tree == null ? null : new PageNav(locale, List.of(new Tree("", 0, List.of(), tree)), null, trail);
    }

    /** One table of contents, or the folder tree, with no breadcrumb TOC. */
    public PageNav(String locale, List<NavItem> nav, List<NavItem> tree) {
        this(locale, List.of(new Tree("", 0, List.of(), nav)), tree, BreadcrumbTrail.NONE);
    }

    private void walk(Tree tree, Reading reading, List<NavItem> items, List<NavItem> ancestors, List<String> ancestorTargets) {
        List<String> targets = new ArrayList<>(items.size());
        for (NavItem item : items) targets.add(sitePath(item.href()));
        List<NavItem> above = List.copyOf(ancestors);
        List<String> aboveTargets = java.util.Collections.unmodifiableList(new ArrayList<>(ancestorTargets));
        for (int i = 0; i < items.size(); i++) {
            NavItem item = items.get(i);
            String page = pageOf(item.href());
            if (page != null) {
                List<Place> places = byHref.computeIfAbsent(page, k -> new ArrayList<>(1));
                if (places.isEmpty() || places.get(places.size() - 1).tree() != tree) { // the first time in this tree
                    places.add(new Place(tree, reading, items, targets, i, above, aboveTargets, reading.items.size()));
                    reading.items.add(item);
                    reading.targets.add(targets.get(i));
                }
            }
            if (!item.children().isEmpty()) {
                ancestors.add(item);
                ancestorTargets.add(targets.get(i));
                walk(tree, reading, item.children(), ancestors, ancestorTargets);
                ancestors.remove(ancestors.size() - 1);
                ancestorTargets.remove(ancestorTargets.size() - 1);
            }
        }
    }

    /** The page an address of the navigation names (relative to the locale home, without query or fragment); null if none. */
    private static String pageOf(String href) {
        if (href.isEmpty() || href.contains(":")) return null;
        int cut = href.indexOf('#');
        int q = href.indexOf('?');
        if (q >= 0 && (cut < 0 || q < cut)) cut = q;
        String page = cut < 0 ? href : href.substring(0, cut);
        return page.endsWith(".html") ? page : null;
    }

    /** The place of the page at {@code pagePath} in the table of contents it takes; null if none lists it. */
    private Place place(String pagePath) {
        List<Place> places = byHref.get(SitePaths.relative(locale + "/index.html", pagePath));
        if (places == null) return null;
        if (places.size() == 1) return places.get(0);
        String[] folder = folders(pagePath.substring(locale.length() + 1));
        Place best = null;
        int[] bestRank = null;
        for (Place p : places) {
            String[] toc = folders(p.tree().tocKey());
            int common = 0;
            while (common < folder.length && common < toc.length && folder[common].equals(toc[common])) common++;
            int[] rank = {p.tree().order(), toc.length - common, folder.length - common};
            if (best == null || java.util.Arrays.compare(rank, bestRank) < 0) {
                best = p;
                bestRank = rank;
            }
        }
        return best;
    }

    private static String[] folders(String key) {
        String folder = TocFile.folder(key);
        return folder.isEmpty() ? new String[0] : folder.split("/");
    }

    /** The view from the page written at {@code pagePath} ({@code nl-NL/AlchemyInsights/foo.html}). */
    public View from(String pagePath) {
        Place place = place(pagePath);
        if (place == null) {
            if (fallback != null) return fallback.from(pagePath);
            List<Crumb> crumbs = crumbs(null, pagePath);
            return crumbs.isEmpty() ? View.NONE : new View(crumbs, List.of(), Optional.empty(), Optional.empty());
        }
        List<SideItem> side = new ArrayList<>();
        int from = Math.max(0, place.position() - WINDOW);
        int to = Math.min(place.siblings().size(), place.position() + WINDOW + 1);
        for (int i = from; i < to; i++) {
            NavItem s = place.siblings().get(i);
            side.add(new SideItem(s.title(), href(s.href(), place.siblingTargets().get(i), pagePath), i == place.position(), s.lang()));
        }
        Reading reading = place.reading();
        Optional<PageLink> previous = place.order() > 0 ? Optional.of(link(reading, place.order() - 1, pagePath)) : Optional.empty();
        Optional<PageLink> next = place.order() + 1 < reading.items.size()
                ? Optional.of(link(reading, place.order() + 1, pagePath)) : Optional.empty();
        return new View(crumbs(place, pagePath), side, previous, next);
    }

    /**
     * The breadcrumbs of a page: the breadcrumb TOC's steps that hold it, then the entries above
     * it ({@code place} null: none); a step linking where the one before it links is left out.
     */
    private List<Crumb> crumbs(Place place, String pagePath) {
        List<Crumb> crumbs = new ArrayList<>();
        for (BreadcrumbTrail.Step s : trail.steps(pagePath.substring(locale.length() + 1))) {
            add(crumbs, new Crumb(s.title(), s.target() == null ? "" : SitePaths.relative(pagePath, s.target())));
        }
        if (place != null) {
            for (int i = 0; i < place.ancestors().size(); i++) {
                NavItem a = place.ancestors().get(i);
                add(crumbs, new Crumb(a.title(), href(a.href(), place.ancestorTargets().get(i), pagePath)));
            }
        }
        return crumbs;
    }

    private static void add(List<Crumb> crumbs, Crumb c) {
        if (!c.href().isEmpty() && !crumbs.isEmpty() && crumbs.get(crumbs.size() - 1).href().equals(c.href())) return;
        crumbs.add(c);
    }

    /**
     * Whether the view from the page at {@code pagePath} is the same as in {@code before} (the
     * navigation of the last build): the same breadcrumbs, the same neighbours around it and the
     * same previous and next pages, by title and address. Much cheaper than making both views: a
     * page added to a folder changes the view of a few pages near it, not of all.
     */
    public boolean sameView(PageNav before, String pagePath) {
        if (before == this) return true;
        Place a = place(pagePath);
        Place b = before.place(pagePath);
        if (a == null || b == null) {
            if (a != null || b != null) return false;
            if (fallback == null || before.fallback == null) {
                return fallback == null && before.fallback == null && crumbs(null, pagePath).equals(before.crumbs(null, pagePath));
            }
            return fallback.sameView(before.fallback, pagePath);
        }
        if (!crumbs(a, pagePath).equals(before.crumbs(b, pagePath))) return false;
        int aFrom = Math.max(0, a.position() - WINDOW);
        int bFrom = Math.max(0, b.position() - WINDOW);
        int aTo = Math.min(a.siblings().size(), a.position() + WINDOW + 1);
        int bTo = Math.min(b.siblings().size(), b.position() + WINDOW + 1);
        if (aTo - aFrom != bTo - bFrom || a.position() - aFrom != b.position() - bFrom
                || !sameItems(a.siblings(), aFrom, b.siblings(), bFrom, aTo - aFrom)) return false;
        return sameNeighbour(a.reading(), a.order() - 1, b.reading(), b.order() - 1)
                && sameNeighbour(a.reading(), a.order() + 1, b.reading(), b.order() + 1);
    }

    private static boolean sameItems(List<NavItem> a, int aFrom, List<NavItem> b, int bFrom, int count) {
        if (a.size() - aFrom < count || b.size() - bFrom < count) return false;
        for (int i = 0; i < count; i++) {
            if (!same(a.get(aFrom + i), b.get(bFrom + i))) return false;
        }
        return true;
    }

    /** Whether the page at {@code order} in one reading order is the one at {@code beforeOrder} in the other (or neither exists). */
    private static boolean sameNeighbour(Reading reading, int order, Reading before, int beforeOrder) {
        boolean here = order >= 0 && order < reading.items.size();
        boolean there = beforeOrder >= 0 && beforeOrder < before.items.size();
        return here == there && (!here || same(reading.items.get(order), before.items.get(beforeOrder)));
    }

    /** Whether two items show the same: title and address (their children are compared where shown). */
    private static boolean same(NavItem a, NavItem b) {
        return a == b || a.title().equals(b.title()) && a.href().equals(b.href());
    }

    private static PageLink link(Reading reading, int order, String pagePath) {
        NavItem item = reading.items.get(order);
        return new PageLink(item.title(), href(item.href(), reading.targets.get(order), pagePath), item.lang());
    }

    /** An address of the navigation, made relative to the page ({@code target}: its path from the site root, if internal). */
    private static String href(String fromHome, String target, String pagePath) {
        return target == null ? fromHome : SitePaths.relative(pagePath, target);
    }

    /**
     * An address relative to the locale home, as a path from the site root; null for none or an external one (with a
     * scheme, or site-absolute: a page of the host site, {@code /azure/aks/overview}).
     */
    private String sitePath(String fromHome) {
        if (fromHome.isEmpty() || fromHome.contains(":") || fromHome.startsWith("/")) return null;
        return SitePaths.resolve(locale + "/index.html", fromHome).orElse(locale + "/" + fromHome);
    }
}
