package dev.tolk.nav;

import dev.tolk.catalog.SitePaths;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.render.PageModels.NavItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns one locale's table of contents files into navigation trees, as DocFX builds them:
 *
 * <ul>
 * <li>an entry whose {@code href} is another TOC file <em>nests</em> it: that file's entries
 *     become the entry's children (its links read from its own folder), and the entry links to
 *     its {@code topicHref}/{@code topicUid}. A nested TOC is part of the one that nests it,
 *     never a tree of its own, so it is not listed twice;</li>
 * <li>an entry whose {@code href} is a folder ({@code sub/}) <em>references</em> that folder's
 *     TOC: the entry links to its {@code topicHref}, else to the first page of that TOC, and the
 *     referenced TOC is a tree of its own, for the pages it lists, with the referencing entry and
 *     the entries above it as its first breadcrumbs. A folder without a TOC leads to its
 *     {@code index.md};</li>
 * <li>the TOCs that nothing nests or references are the locale's top navigation (its home).</li>
 * </ul>
 *
 * Each link is resolved by {@link TocLinks}; one that leads nowhere is {@code toc/broken} at the
 * value as written, one that leads to the source-locale page is {@code link/fallback} (once per
 * target), a TOC nesting itself or an entry without any name is {@code config/invalid}.
 */
final class TocResolver {
    /** A TOC file of the locale, read, and where its problems are reported. */
    record Read(TocFile file, FileReporter reporter) {
    }

    /** TOC keys by folder depth, then by key. */
    private static final java.util.Comparator<String> NEAREST_THE_TOP =
            java.util.Comparator.comparingInt((String k) -> k.split("/").length).thenComparing(k -> k);

    private final TocLinks links;
    private final Map<String, Read> files;
    private final Map<String, String> byFolder;
    private final Map<String, List<NavItem>> roots = new TreeMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Set<String> visited = new HashSet<>();
    /** Entries that reference a folder's TOC, and which TOC (identity: equal entries may reference different ones). */
    private final Map<NavItem, String> references = new IdentityHashMap<>();
    private final Set<String> fallbacksReported = new HashSet<>();
    private final String home;

    /** @param all the locale's TOC files by key (breadcrumb ones excluded); one per folder is used */
    TocResolver(TocLinks links, Map<String, Read> all) {
        this.links = links;
        this.byFolder = byFolder(all);
        this.files = new TreeMap<>();
        for (String key : byFolder.values()) files.put(key, all.get(key));
        this.home = links.locale() + "/index.html";
    }

    /** The locale's trees and its top navigation. */
    record Result(List<PageNav.Tree> trees, List<NavItem> top) {
    }

    Result resolve() {
        Set<String> nested = nestedFiles();
        Set<String> standalone = new HashSet<>();
        for (String key : files.keySet()) {
            if (!nested.contains(key) && standalone.add(key)) root(key);
        }
        // TOCs only nested by one another (a cycle, reported where it closes): the one nearest the top is the root
        List<String> left = new ArrayList<>(files.keySet());
        left.sort(NEAREST_THE_TOP);
        for (String key : left) {
            if (!visited.contains(key) && standalone.add(key)) root(key);
        }
        Set<String> referenced = new HashSet<>(references.values());
        Map<String, Lead> leads = leads(standalone);
        List<PageNav.Tree> trees = new ArrayList<>();
        List<NavItem> top = new ArrayList<>();
        List<String> keys = new ArrayList<>(roots.keySet());
        keys.sort(NEAREST_THE_TOP); // the home lists the top folder's TOC first
        for (String key : keys) {
            List<NavItem> items = roots.get(key);
            // a nested TOC resolved alone (for a folder entry's first page) is not a tree: the one nesting it lists its pages
            if (items.isEmpty() || !standalone.contains(key)) continue;
            trees.add(new PageNav.Tree(key, files.get(key).file().order(), lead(key, leads, new HashSet<>()), items));
            if (!referenced.contains(key)) top.addAll(items);
        }
        if (top.isEmpty()) trees.forEach(t -> top.addAll(t.items())); // every TOC referenced by another: a ring of them
        return new Result(trees, top);
    }

    /** The TOC files some entry nests (an {@code href} to a TOC file), read from the entries as written. */
    private Set<String> nestedFiles() {
        Set<String> nested = new HashSet<>();
        Deque<TocFile.Entry> todo = new ArrayDeque<>();
        for (Read r : files.values()) {
            todo.addAll(r.file().entries());
            while (!todo.isEmpty()) {
                TocFile.Entry e = todo.pop();
                todo.addAll(e.items());
                if (e.uid() == null && e.href() != null && links.href(r.file().key(), e.href().text()) instanceof TocLinks.Toc t
                        && !t.key().equals(r.file().key())) {
                    nested.add(t.key());
                }
            }
        }
        return nested;
    }

    /** A TOC file resolved as a tree of its own (once). */
    private List<NavItem> root(String key) {
        List<NavItem> done = roots.get(key);
        if (done != null) return done;
        if (!inProgress.add(key)) return List.of(); // two folders referencing each other: no first page to find
        Read read = files.get(key);
        Deque<String> chain = new ArrayDeque<>();
        chain.push(key);
        visited.add(key);
        List<NavItem> items = entries(read, read.file().entries(), chain);
        inProgress.remove(key);
        roots.put(key, items);
        return items;
    }

    private List<NavItem> entries(Read read, List<TocFile.Entry> entries, Deque<String> chain) {
        List<NavItem> out = new ArrayList<>(entries.size());
        for (TocFile.Entry e : entries) {
            List<NavItem> children = entries(read, e.items(), chain);
            String name = e.name();
            String link = "";
            String lang = null;
            String referenced = null;
            TocFile.Value at = e.uid() != null ? e.uid() : e.href();
            TocLinks.Target target = TocLinks.spelled(e.uid() != null ? links.uid(e.uid().text())
                    : e.href() != null ? links.href(read.file().key(), e.href().text()) : null,
                    message -> report(read, Rule.LINK_CASE_MISMATCH, at, message));
            if (target instanceof TocLinks.Toc toc) {
                if (chain.contains(toc.key())) {
                    List<String> path = new ArrayList<>();
                    chain.descendingIterator().forEachRemaining(path::add);
                    path.add(toc.key());
                    report(read, Rule.CONFIG_INVALID, at, "TOC '" + toc.key() + "' nests itself: " + String.join(" > ", path));
                } else if (files.get(toc.key()) == null) {
                    // the folder's other TOC file, not used (said at that file): nothing to nest
                    report(read, Rule.CONFIG_INVALID, at, "TOC '" + toc.key() + "' is not nested here: a folder holds one table"
                            + " of contents, and this folder's is another file");
                } else {
                    Read inner = files.get(toc.key());
                    chain.push(toc.key());
                    visited.add(toc.key());
                    List<NavItem> more = new ArrayList<>(children);
                    more.addAll(entries(inner, inner.file().entries(), chain));
                    chain.pop();
                    children = more;
                }
                link = topic(read, e);
            } else if (target instanceof TocLinks.Folder folder) {
                String tocKey = byFolder.get(folder.path());
                TocLinks.Page index = tocKey == null ? links.folderPage(folder.path()) : null;
                if (tocKey != null) {
                    referenced = tocKey;
                    link = topic(read, e);
                    if (link.isEmpty() && e.topicHref() == null && e.topicUid() == null) link = firstLink(root(tocKey));
                } else if (index != null) {
                    link = pageLink(read, at, index);
                    if (name.isEmpty()) name = links.title(index);
                } else {
                    report(read, Rule.TOC_BROKEN, at, "TOC entry '" + at.text() + "' names a folder with no table of contents"
                            + " (toc.yml or toc.md) and no index.md");
                }
            } else if (target != null) {
                link = link(read, at, target);
                if (name.isEmpty() && target instanceof TocLinks.Page p) {
                    name = links.title(p);
                    if (!p.locale().equals(links.locale())) lang = p.locale(); // the title of a page from another locale
                }
            } else {
                link = topic(read, e);
            }
            if (name.isEmpty()) name = at != null ? at.text() : "";
            if (name.isEmpty()) {
                report(read, Rule.CONFIG_INVALID, new TocFile.Value("", e.line(), e.column()),
                        "TOC entry has no name (its items are shown in its place)");
                out.addAll(children);
                continue;
            }
            NavItem item = new NavItem(name, link, List.copyOf(children), e.expanded(), lang);
            if (referenced != null) references.put(item, referenced);
            out.add(item);
        }
        return out;
    }

    /** The link of an entry's {@code topicUid}, else its {@code topicHref}; empty if it has neither. */
    private String topic(Read read, TocFile.Entry e) {
        if (e.topicUid() != null) return link(read, e.topicUid(), links.uid(e.topicUid().text()));
        if (e.topicHref() != null) {
            TocLinks.Target t = TocLinks.spelled(links.href(read.file().key(), e.topicHref().text()),
                    message -> report(read, Rule.LINK_CASE_MISMATCH, e.topicHref(), message));
            if (t instanceof TocLinks.Folder f) {
                TocLinks.Page index = links.folderPage(f.path());
                if (index != null) return pageLink(read, e.topicHref(), index);
                t = new TocLinks.Broken("TOC topicHref '" + e.topicHref().text() + "' names a folder with no index.md");
            } else if (t instanceof TocLinks.Toc) {
                t = new TocLinks.Broken("TOC topicHref '" + e.topicHref().text() + "' names a table of contents, not a page");
            }
            return link(read, e.topicHref(), t);
        }
        return "";
    }

    /** The address (from the locale home) of a page, file or external target; reports one that leads nowhere. */
    private String link(Read read, TocFile.Value at, TocLinks.Target target) {
        if (target instanceof TocLinks.Page p) return pageLink(read, at, p);
        if (target instanceof TocLinks.File f) return SitePaths.relative(home, f.sitePath());
        if (target instanceof TocLinks.External x) return x.url();
        if (target instanceof TocLinks.Broken b) report(read, Rule.TOC_BROKEN, at, b.message());
        if (target instanceof TocLinks.Refused r) report(read, Rule.CONFIG_INVALID, at, r.message());
        return "";
    }

    private String pageLink(Read read, TocFile.Value at, TocLinks.Page p) {
        if (!p.locale().equals(links.locale()) && fallbacksReported.add(p.key())) {
            report(read, Rule.LINK_FALLBACK, at, "'" + p.key() + "' is not translated into " + links.locale()
                    + "; the TOC entry leads to the " + p.locale() + " page (reported once per locale)");
        }
        return SitePaths.relative(home, TocLinks.sitePath(p));
    }

    private static void report(Read read, Rule rule, TocFile.Value at, String message) {
        read.reporter().reportAt(rule, at == null ? 1 : at.line(), at == null ? 1 : at.column(), message);
    }

    /** The first link to a page or file of the site in a tree, depth first (DocFX's link for a referenced TOC). */
    private static String firstLink(List<NavItem> items) {
        for (NavItem i : items) {
            if (!i.href().isEmpty() && !i.href().contains(":")) return i.href();
            String inner = firstLink(i.children());
            if (!inner.isEmpty()) return inner;
        }
        return "";
    }

    /** Where a referenced TOC hangs: the tree holding the first entry that references it, and that entry with those above it. */
    private record Lead(String tree, List<NavItem> entries) {
    }

    private Map<String, Lead> leads(Set<String> trees) {
        Map<String, Lead> leads = new LinkedHashMap<>();
        for (Map.Entry<String, List<NavItem>> e : roots.entrySet()) {
            if (trees.contains(e.getKey())) findReferences(e.getKey(), e.getValue(), new ArrayList<>(), leads);
        }
        return leads;
    }

    private void findReferences(String tree, List<NavItem> items, List<NavItem> above, Map<String, Lead> leads) {
        for (NavItem i : items) {
            above.add(i);
            String target = references.get(i);
            if (target != null && !target.equals(tree)) leads.putIfAbsent(target, new Lead(tree, List.copyOf(above)));
            findReferences(tree, i.children(), above, leads);
            above.remove(above.size() - 1);
        }
    }

    /** The entries above a tree: those of the tree referencing it (and so on up), then the referencing entry's path. */
    private static List<NavItem> lead(String tree, Map<String, Lead> leads, Set<String> seen) {
        Lead l = leads.get(tree);
        if (l == null || !seen.add(tree)) return List.of();
        List<NavItem> out = new ArrayList<>(lead(l.tree(), leads, seen));
        out.addAll(l.entries());
        return List.copyOf(out);
    }

    /** Each folder's TOC: a {@code toc.yml} before a {@code toc.md}; a second TOC in one folder is reported and not used. */
    private static Map<String, String> byFolder(Map<String, Read> files) {
        Map<String, String> out = new HashMap<>();
        List<String> keys = new ArrayList<>(files.keySet());
        keys.sort((a, b) -> {
            int md = Boolean.compare(a.toLowerCase(java.util.Locale.ROOT).endsWith(".md"), b.toLowerCase(java.util.Locale.ROOT).endsWith(".md"));
            return md != 0 ? md : a.compareTo(b);
        });
        for (String key : keys) {
            String kept = out.putIfAbsent(TocFile.folder(key), key);
            if (kept != null) {
                files.get(key).reporter().reportAt(Rule.CONFIG_INVALID, 1, 1, "a folder holds one table of contents; '"
                        + kept + "' is used and this one is not");
            }
        }
        return out;
    }
}
