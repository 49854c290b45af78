package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.model.YamlPage;
import dev.tolk.source.ContentPaths;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The offline link rules, exact because the whole site is known: every internal address
 * (relative paths, site-absolute paths, {@code url-map}ped URLs) must name a file of the page's
 * own locale in the same letter case ({@code link/broken}, {@code link/case-mismatch}), and its
 * fragment an anchor of that page ({@code link/missing-anchor}). A target missing in this locale
 * but present in the source locale is not broken: the page links to the source-locale page, and
 * that is said once per locale and target ({@code link/fallback}). Empty addresses and
 * {@code http:} links are reported too; other external links are left to the external checker.
 * Site-absolute paths whose first folder is not in the site (links into the host site, such as
 * {@code /microsoft-365/…} in the Microsoft docsets) are outside this site and not judged.
 * One page's check ({@link #page}) depends only on its links and the site, so a rebuild may keep
 * it while they stay; the one report per locale and target of a fallback is made by
 * {@link #report}, which takes the pages one after the other, in a fixed order, so which page
 * reports a fallback is deterministic. Not thread-safe.
 */
public final class InternalLinkChecker {
    /** A fallback a page would report: the target that is not translated, and the report. */
    public record Fallback(String target, Diagnostic diagnostic) {
    }

    /**
     * What checking one page's links found: its problems, the fallbacks it would report if no
     * page before it did, the pages whose anchors were looked up (and what they were then: null
     * for a page with none known), and how many links there were.
     */
    public record PageCheck(List<Diagnostic> problems, List<Fallback> fallbacks, Map<String, Set<String>> anchorsSeen,
                            int links) {
    }

    private static final String NOT_IN = "' is not in ";
    private static final String NOT_TRANSLATED = "' is not translated into ";
    private static final String LEAD = "; links to it lead to the ";
    private static final String ONCE = " (reported once per locale)";

    private final SiteMap site;
    private final UrlMap urlMap;
    private final Set<String> fallbacksReported = new HashSet<>();
    private int checked;

    public InternalLinkChecker(SiteMap site, UrlMap urlMap) {
        this.site = site;
        this.urlMap = urlMap;
    }

    /** How many links have been checked (reported) so far. */
    public int checked() {
        return checked;
    }

    /** Reports one page's check: its problems, and each of its fallbacks not reported for the locale before. */
    public void report(String locale, PageCheck page, Consumer<Diagnostic> sink) {
        checked += page.links();
        page.problems().forEach(sink);
        for (Fallback f : page.fallbacks()) {
            if (fallbacksReported.add(locale + "\n" + f.target())) sink.accept(f.diagnostic());
        }
    }

    /**
     * The target of a {@code link/fallback} that {@link #report} says once per locale, read back
     * from the diagnostic; empty for any other diagnostic (a TOC's fallback among them). Joining
     * the reports of shards, which each said it at their own first page, needs it.
     */
    public static Optional<String> fallbackTarget(Diagnostic d) {
        String m = d.message();
        if (!d.rule().equals(Rule.LINK_FALLBACK.id()) || !m.startsWith("'") || !m.endsWith(ONCE)) return Optional.empty();
        int at = m.lastIndexOf(NOT_IN + d.locale() + "; the ");
        if (at < 0) {
            at = m.lastIndexOf(NOT_TRANSLATED + d.locale() + LEAD);
        }
        return at > 0 ? Optional.of(m.substring(1, at)) : Optional.empty();
    }

    /** Whether the anchors a page's check looked up are still what they were. */
    public static boolean anchorsHold(PageCheck page, String locale, SiteMap site) {
        for (Map.Entry<String, Set<String>> e : page.anchorsSeen().entrySet()) {
            Set<String> now = site.anchors(locale, e.getKey()).orElse(null);
            if (now != e.getValue() && !Objects.equals(now, e.getValue())) return false;
        }
        return true;
    }

    /** Checks the links of one page ({@code key} in {@code locale}, shown as {@code file}), reporting nothing yet. */
    public PageCheck page(String locale, String key, String file, List<PlacedLink> links) {
        Found found = new Found(locale, file);
        for (PlacedLink placed : links) {
            found.placed = placed;
            check(found, key);
        }
        return new PageCheck(List.copyOf(found.problems), List.copyOf(found.fallbacks),
                found.anchorsSeen.isEmpty() ? Map.of() : Collections.unmodifiableMap(found.anchorsSeen), links.size());
    }

    /** What one page's check has found so far, and the link being checked. */
    private static final class Found {
        final String locale;
        final String file;
        final List<Diagnostic> problems = new ArrayList<>(0);
        final List<Fallback> fallbacks = new ArrayList<>(0);
        final Map<String, Set<String>> anchorsSeen = new HashMap<>(0);
        PlacedLink placed;

        Found(String locale, String file) {
            this.locale = locale;
            this.file = file;
        }

        void report(Rule rule, String message) {
            problems.add(diagnostic(rule, message));
        }

        Diagnostic diagnostic(Rule rule, String message) {
            return new Diagnostic(file, placed.line(), placed.column(), placed.endLine(), placed.endColumn(),
                    rule.defaultSeverity(), rule.id(), message, locale);
        }
    }

    private void check(Found found, String key) {
        String raw = found.placed.link().target().strip();
        if (found.placed.link().kind() == dev.tolk.model.Link.Kind.XREF) {
            xref(found, raw);
            return;
        }
        if (found.placed.link().kind() == dev.tolk.model.Link.Kind.UNDEFINED_REFERENCE) {
            found.report(Rule.LINK_BROKEN, "the reference '[" + raw + "]' has no definition: the line that should define it is text"
                    + " (it goes on a paragraph, or sits in a unit's span), so the page shows the link as written, brackets and all");
            return;
        }
        if (raw.isEmpty() || raw.equals("<>")) {
            found.report(Rule.LINK_EMPTY, "link has an empty target");
            return;
        }
        if (raw.startsWith("#")) {
            anchor(found, key, decode(raw.substring(1)), raw);
            return;
        }
        int cut = firstOf(raw, '?', '#');
        String path = cut < 0 ? raw : raw.substring(0, cut);
        int hash = raw.indexOf('#');
        String fragment = hash < 0 ? null : decode(raw.substring(hash + 1));
        Optional<String> mapped = urlMap.contentPath(path);
        String contentPath;
        boolean ignoreCase = false;
        if (mapped.isPresent()) {
            contentPath = mapped.get();
            ignoreCase = true; // the live site answers these URLs in any letter case
        } else if (hasScheme(path) || path.startsWith("//")) {
            if (path.regionMatches(true, 0, "http:", 0, 5) && !placeholderHost(path)) {
                found.report(Rule.LINK_INSECURE, "link uses http: (" + shorten(raw) + "); use https:");
            }
            return;
        } else if (path.startsWith("/")) {
            String rest = path.substring(1);
            int slash = rest.indexOf('/');
            // a page of the host site: where the site lives is known, or the path is in none of its top folders
            if (urlMap.sitePathKnown() || !site.isTopFolder(slash < 0 ? rest : rest.substring(0, slash))) return;
            contentPath = rest;
        } else if (path.isEmpty()) {
            anchor(found, key, fragment, raw);
            return;
        } else {
            contentPath = resolve(key, path);
            if (contentPath == null) contentPath = site.reentering(found.locale, key, path).orElse(null); // out and back in
            if (contentPath == null) {
                if (found.placed.link().kind() == dev.tolk.model.Link.Kind.CODE && site.isProjectFile(found.locale, key, path)) return;
                found.report(Rule.LINK_BROKEN, "link target '" + shorten(raw) + "' leads above the content folder"
                        + (found.placed.link().kind() == dev.tolk.model.Link.Kind.CODE ? " and is no file of the project" : ""));
                return;
            }
        }
        target(found, decode(contentPath), ignoreCase, fragment, raw);
    }

    /** An {@code xref:uid} link: the uid must be defined somewhere (a page's {@code uid}, a YAML page, an xref map). */
    private void xref(Found found, String raw) {
        String uid = dev.tolk.model.XrefAddress.uid(raw);
        if (uid.isEmpty()) {
            found.report(Rule.LINK_EMPTY, "xref link has no uid");
        } else if (!site.hasUid(uid) && !site.isUnpublishedUid(uid)) {
            found.report(Rule.XREF_UNRESOLVED, "xref uid '" + shorten(uid) + "' is defined nowhere (no page's uid, no xref map); it is shown as text");
        }
    }


    private void target(Found found, String contentPath, boolean ignoreCase, String fragment, String raw) {
        String locale = found.locale;
        boolean embed = found.placed.link().isEmbed();
        if (embed) fragment = null; // a file shown in the page: no anchor to look up
        List<String> candidates = embed ? List.of(contentPath) : ignoreCase ? addressCandidates(contentPath) : candidates(contentPath);
        for (String c : candidates) {
            if (site.has(locale, c) || found.placed.link().kind() == dev.tolk.model.Link.Kind.CODE && site.isFile(locale, c)) {
                if (fragment != null && YamlPage.isPageKey(c)) anchor(found, c, fragment, raw);
                return;
            }
        }
        for (String c : candidates) {
            Optional<String> spelled = site.spelledAs(locale, c);
            if (spelled.isPresent()) {
                if (ignoreCase) {
                    if (fragment != null && YamlPage.isPageKey(c)) anchor(found, spelled.get(), fragment, raw);
                } else {
                    boolean include = found.placed.link().kind() == dev.tolk.model.Link.Kind.INCLUDE;
                    found.report(Rule.LINK_CASE_MISMATCH, "link target '" + shorten(raw) + "' exists only as '" + spelled.get()
                            + (include ? "' (other letter case: the page shows the include by its real name, but as written it is"
                            + " missing on GitHub and other case-sensitive hosts)"
                            : YamlPage.isPageKey(c) ? "' (other letter case: the site links the page by its real name, but as"
                            + " written the link is a 404 on GitHub and other case-sensitive hosts)"
                            : "' (other letter case: works on a laptop, 404 on a Linux host)"));
                }
                return;
            }
        }
        String source = site.sourceLocale();
        if (!locale.equals(source)) {
            for (String c : candidates) {
                boolean page = YamlPage.isPageKey(c);
                if (embed && (site.has(source, c) || site.isFile(source, c))) {
                    found.fallbacks.add(new Fallback(c, found.diagnostic(Rule.LINK_FALLBACK, "'" + c
                            + NOT_IN + locale + "; the " + source + " file is shown in its place" + ONCE)));
                    return;
                }
                if (!page && site.hasSourceMedia(c)) {
                    found.fallbacks.add(new Fallback(c, found.diagnostic(Rule.LINK_FALLBACK, "'" + c
                            + NOT_IN + locale + "; the " + source + " file is published in its place" + ONCE)));
                    return;
                }
                if (!page) {
                    // the source locale's file in another letter case: the copy published for this locale breaks the same way
                    Optional<String> spelled = ignoreCase ? Optional.empty() : site.spelledAs(source, c);
                    if (spelled.isPresent() && site.hasSourceMedia(spelled.get())) {
                        found.report(Rule.LINK_CASE_MISMATCH, "link target '" + shorten(raw) + "' is not in " + locale
                                + ", and " + source + " has it only as '" + spelled.get()
                                + "' (other letter case: works on a laptop, 404 on a Linux host)");
                        return;
                    }
                    continue; // other media fall back only to the source locale's own folder
                }
                if (site.has(source, c) || ignoreCase && site.spelledAs(source, c).isPresent()) {
                    found.fallbacks.add(new Fallback(c, found.diagnostic(Rule.LINK_FALLBACK, "'" + c
                            + NOT_TRANSLATED + locale + LEAD + source + " page" + ONCE)));
                    return;
                }
            }
        }
        for (String c : candidates) {
            // a reference page (a YAML type Tolk cannot render): shown as text, said once for its type by the build
            if (!embed && (site.isUnpublished(locale, c) || site.isUnpublished(source, c))) return;
            if (!embed && YamlPage.isPageKey(c) && site.isFile(locale, c)) { // there, but not a page (no YamlMime line, or shadowed)
                found.report(Rule.LINK_BROKEN, "link target '" + shorten(raw) + "' names a file that is not published as a page");
                return;
            }
        }
        found.report(Rule.LINK_BROKEN, "link target '" + shorten(raw) + "' does not exist"
                + (candidates.size() > 1 ? " (looked for " + String.join(", ", candidates) + ")" : ""));
    }

    private void anchor(Found found, String key, String fragment, String raw) {
        if (fragment == null || fragment.isEmpty()) return;
        Set<String> anchors = site.anchors(found.locale, key).orElse(null);
        found.anchorsSeen.put(key, anchors);
        if (anchors == null || anchors.contains(fragment)) return;
        String near = anchors.stream().filter(a -> a.equalsIgnoreCase(fragment)).findFirst()
                .map(a -> "; it has '" + a + "' (anchors are case-sensitive)").orElse("");
        found.report(Rule.LINK_MISSING_ANCHOR, "link target '" + shorten(raw) + "' has no anchor '" + fragment + "'" + near);
    }

    /**
     * What a content path may name: the file itself, or a page written without {@code .md}, or a
     * folder's index ({@code index.md}; for a path written as a folder, {@code foo/}, also a
     * YAML page {@code index.yml}).
     */
    static List<String> candidates(String contentPath) {
        String p = contentPath;
        boolean folder = p.endsWith("/");
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        List<String> out = new ArrayList<>();
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.equals("/")) { // the docset's root ('/product/'): its home page
            out.add("index.md");
            out.add("index.yml");
        } else if (lower.endsWith(".md") || YamlPage.isYamlKey(p)) {
            out.add(p);
        } else if (lower.endsWith(".html")) {
            out.add(p.substring(0, p.length() - 5) + ".md");
            out.add(p);
        } else if (!folder && ContentPaths.namesAFile(p)) {
            out.add(p); // an image or a download: no page is looked for ("x.png.md")
        } else {
            out.add(p + ".md");
            out.add(p + "/index.md");
            if (folder) out.add(p + "/index.yml");
            out.add(p);
        }
        return out;
    }

    /** What a page's address (a mapped URL, with no {@code .md}) may name: as {@link #candidates}, and a YAML page ({@code index} for {@code index.yml}). */
    static List<String> addressCandidates(String contentPath) {
        List<String> out = candidates(contentPath);
        String p = contentPath;
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (!name.isEmpty() && name.indexOf('.') < 0) {
            out = new ArrayList<>(out);
            out.add(2, p + ".yml");
        }
        return out;
    }

    /** {@code path} relative to the folder of {@code key} (or from the root: {@code ~/}), normalized; null when it climbs above the root. */
    static String resolve(String key, String path) {
        return ContentPaths.resolve(key, path).map(p -> p + (path.endsWith("/") && !p.isEmpty() ? "/" : "")).orElse(null);
    }

    private static String decode(String s) {
        if (s == null || s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean hasScheme(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i > 0;
            if (!(Character.isLetterOrDigit(c) && c < 0x80 || c == '+' || c == '.' || c == '-')) return false;
        }
        return false;
    }

    /**
     * Whether an http: address names no host of the web, where https: could not be asked for: {@code localhost}, a
     * name without a dot ({@code http://computername/productivity/}, {@code http://<server>/}), an IP address, or a
     * domain reserved for examples ({@code example.com}, {@code .test}, {@code .local}). Sample addresses of this kind
     * were 7 of 199 link/insecure findings of a real ja-JP docset.
     */
    static boolean placeholderHost(String url) {
        int start = url.indexOf("//");
        if (start < 0) return false;
        start += 2;
        int end = start;
        while (end < url.length() && "/:?#".indexOf(url.charAt(end)) < 0) end++;
        String host = url.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        int at = host.lastIndexOf('@');
        if (at >= 0) host = host.substring(at + 1);
        return host.isEmpty() || host.equals("localhost") || host.indexOf('.') < 0 || host.matches("[0-9.]+|\\[.*\\]")
                || host.matches("(.+\\.)?example\\.(com|org|net)") || host.endsWith(".example") || host.endsWith(".test")
                || host.endsWith(".local") || host.endsWith(".localhost") || host.endsWith(".invalid");
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "…";
    }
}
