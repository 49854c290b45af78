package dev.tolk.nav;

import dev.tolk.diag.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The breadcrumb TOCs of a locale ({@code <docset>/breadcrumb/toc.yml}, which DocFX docsets name
 * in {@code breadcrumb_path}): the trail of the host site above and into the docset, each node
 * standing for the part of the site under its {@code tocHref} and linking to its
 * {@code topicHref}. A node applies to the pages under its {@code tocHref}; its hrefs are read
 * on the host of the {@code url-map} ({@code /dynamics365/customer-insights/} on
 * {@code https://docs.microsoft.com/} is the site's top folder when the url-map says so).
 *
 * <p>Only nodes inside the site are shown, after the home crumb every page has: a node above the
 * site (Docs, Dynamics 365) would link to the host's English pages and stand before "home", and
 * a node for the top folder is home itself. So the trail adds the docset's own levels that the
 * table of contents does not show (for a docset in a folder of the site, its folder's page).
 */
final class BreadcrumbTrail {
    static final BreadcrumbTrail NONE = new BreadcrumbTrail(List.of());

    /** A step of the trail: its title and its address from the site root (null: not a link). */
    record Step(String title, String target) {
    }

    /** A node: the folder it stands for ({@code ""} the top, null outside the site), its step, and the nodes under it. */
    private record Node(String scope, Step step, List<Node> children) {
    }

    /** One breadcrumb TOC: the folder whose pages it is for, and its nodes. */
    private record Trail(String folder, List<Node> nodes) {
    }

    private final List<Trail> trails;

    private BreadcrumbTrail(List<Trail> trails) {
        this.trails = trails;
    }

    /** The trail of the breadcrumb TOCs read (problems reported at their entries). */
    static BreadcrumbTrail of(List<TocResolver.Read> files, TocLinks links) {
        List<Trail> trails = new ArrayList<>();
        for (TocResolver.Read read : files) {
            String docset = TocFile.folder(TocFile.folder(read.file().key()));
            trails.add(new Trail(docset, nodes(read, read.file().entries(), links)));
        }
        // the deepest docset first: a page takes the trail of the nearest breadcrumb TOC above it
        trails.sort((a, b) -> b.folder().length() - a.folder().length());
        return trails.isEmpty() ? NONE : new BreadcrumbTrail(List.copyOf(trails));
    }

    private static List<Node> nodes(TocResolver.Read read, List<TocFile.Entry> entries, TocLinks links) {
        List<Node> out = new ArrayList<>();
        for (TocFile.Entry e : entries) {
            TocFile.Value where = e.tocHref() != null ? e.tocHref() : e.topicHref() != null ? e.topicHref() : e.href();
            String scope = where == null ? null : links.scope(read.file().key(), where.text());
            String target = null;
            TocFile.Value topic = e.topicHref() != null ? e.topicHref() : e.href();
            if (scope != null && !scope.isEmpty() && topic != null) target = target(read, topic, links);
            out.add(new Node(scope, new Step(e.name().isEmpty() ? String.valueOf(scope) : e.name(), target),
                    nodes(read, e.items(), links)));
        }
        return out;
    }

    /** Where a node inside the site links: its page (or folder's index page); null, and reported, if nowhere. */
    private static String target(TocResolver.Read read, TocFile.Value topic, TocLinks links) {
        TocLinks.Target t = TocLinks.spelled(links.hostHref(read.file().key(), topic.text()),
                message -> read.reporter().reportAt(Rule.LINK_CASE_MISMATCH, topic.line(), topic.column(), message));
        if (t instanceof TocLinks.Folder f) {
            TocLinks.Page index = links.folderPage(f.path());
            if (index != null) return TocLinks.sitePath(index);
            t = new TocLinks.Broken("breadcrumb '" + topic.text() + "' names a folder with no index.md");
        }
        if (t instanceof TocLinks.Page || t instanceof TocLinks.File) return TocLinks.sitePath(t);
        if (t instanceof TocLinks.Broken b) read.reporter().reportAt(Rule.TOC_BROKEN, topic.line(), topic.column(), b.message());
        return null;
    }

    /** The steps above a page at {@code path} below its locale folder ({@code guide/a.html}), outermost first. */
    List<Step> steps(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (Trail t : trails) {
            if (t.folder().isEmpty() || lower.startsWith(t.folder().toLowerCase(Locale.ROOT) + "/")) {
                List<Step> out = new ArrayList<>();
                walk(t.nodes(), lower, out);
                return out;
            }
        }
        return List.of();
    }

    /** Adds the steps of the first branch whose node holds the page; nodes outside the site are passed through. */
    private static boolean walk(List<Node> nodes, String page, List<Step> out) {
        for (Node n : nodes) {
            boolean holds = n.scope() != null && (n.scope().isEmpty() || page.startsWith(n.scope().toLowerCase(Locale.ROOT) + "/"));
            if (n.scope() != null && !holds) continue;
            int mark = out.size();
            if (holds && !n.scope().isEmpty()) out.add(n.step());
            if (walk(n.children(), page, out) || holds) return true;
            while (out.size() > mark) out.remove(out.size() - 1);
        }
        return false;
    }
}
