package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.model.Link;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Not thread-safe: pages are checked one after the other, in a fixed order, so the one report
 * of each fallback is deterministic.
 */
public final class InternalLinkChecker {
    private final SiteMap site;
    private final UrlMap urlMap;
    private final Set<String> fallbacksReported = new HashSet<>();
    private int checked;

    public InternalLinkChecker(SiteMap site, UrlMap urlMap) {
        this.site = site;
        this.urlMap = urlMap;
    }

    /** How many links have been checked so far. */
    public int checked() {
        return checked;
    }

    /** Checks the links of one page ({@code key} in {@code locale}, shown as {@code file}). */
    public void check(String locale, String key, String file, List<PlacedLink> links, Consumer<Diagnostic> sink) {
        for (PlacedLink placed : links) {
            checked++;
            String raw = placed.link().target().strip();
            if (raw.isEmpty() || raw.equals("<>")) {
                report(sink, file, locale, placed, Rule.LINK_EMPTY, "link has an empty target");
                continue;
            }
            if (raw.startsWith("#")) {
                anchor(locale, key, decode(raw.substring(1)), raw, file, placed, sink);
                continue;
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
                if (path.regionMatches(true, 0, "http:", 0, 5)) {
                    report(sink, file, locale, placed, Rule.LINK_INSECURE, "link uses http: (" + shorten(raw) + "); use https:");
                }
                continue;
            } else if (path.startsWith("/")) {
                String rest = path.substring(1);
                int slash = rest.indexOf('/');
                if (!site.isTopFolder(slash < 0 ? rest : rest.substring(0, slash))) continue;
                contentPath = rest;
            } else if (path.isEmpty()) {
                anchor(locale, key, fragment, raw, file, placed, sink);
                continue;
            } else {
                contentPath = resolve(key, path);
                if (contentPath == null) {
                    report(sink, file, locale, placed, Rule.LINK_BROKEN, "link target '" + shorten(raw) + "' leads above the content folder");
                    continue;
                }
            }
            target(locale, decode(contentPath), ignoreCase, fragment, raw, file, placed, sink);
        }
    }

    private void target(String locale, String contentPath, boolean ignoreCase, String fragment, String raw, String file,
                        PlacedLink placed, Consumer<Diagnostic> sink) {
        List<String> candidates = candidates(contentPath);
        for (String c : candidates) {
            if (site.has(locale, c)) {
                if (fragment != null && c.toLowerCase(Locale.ROOT).endsWith(".md")) anchor(locale, c, fragment, raw, file, placed, sink);
                return;
            }
        }
        for (String c : candidates) {
            Optional<String> spelled = site.spelledAs(locale, c);
            if (spelled.isPresent()) {
                if (ignoreCase) {
                    if (fragment != null && c.toLowerCase(Locale.ROOT).endsWith(".md")) {
                        anchor(locale, spelled.get(), fragment, raw, file, placed, sink);
                    }
                } else {
                    report(sink, file, locale, placed, Rule.LINK_CASE_MISMATCH, "link target '" + shorten(raw)
                            + "' exists only as '" + spelled.get() + "' (other letter case: works on a laptop, 404 on a Linux host)");
                }
                return;
            }
        }
        String source = site.sourceLocale();
        if (!locale.equals(source)) {
            for (String c : candidates) {
                if (!c.toLowerCase(Locale.ROOT).endsWith(".md")) continue; // pages fall back; media do not
                if (site.has(source, c) || ignoreCase && site.spelledAs(source, c).isPresent()) {
                    if (fallbacksReported.add(locale + "\n" + c)) {
                        report(sink, file, locale, placed, Rule.LINK_FALLBACK, "'" + c + "' is not translated into " + locale
                                + "; links to it lead to the " + source + " page (reported once per locale)");
                    }
                    return;
                }
            }
        }
        report(sink, file, locale, placed, Rule.LINK_BROKEN, "link target '" + shorten(raw) + "' does not exist"
                + (candidates.size() > 1 ? " (looked for " + String.join(", ", candidates) + ")" : ""));
    }

    private void anchor(String locale, String key, String fragment, String raw, String file, PlacedLink placed,
                        Consumer<Diagnostic> sink) {
        if (fragment == null || fragment.isEmpty()) return;
        Optional<Set<String>> anchors = site.anchors(locale, key);
        if (anchors.isEmpty() || anchors.get().contains(fragment)) return;
        String near = anchors.get().stream().filter(a -> a.equalsIgnoreCase(fragment)).findFirst()
                .map(a -> "; it has '" + a + "' (anchors are case-sensitive)").orElse("");
        report(sink, file, locale, placed, Rule.LINK_MISSING_ANCHOR,
                "link target '" + shorten(raw) + "' has no anchor '" + fragment + "'" + near);
    }

    /** What a content path may name: the file itself, or a page written without {@code .md}, or a folder's index. */
    static List<String> candidates(String contentPath) {
        String p = contentPath;
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        List<String> out = new ArrayList<>();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) {
            out.add(p);
        } else if (lower.endsWith(".html")) {
            out.add(p.substring(0, p.length() - 5) + ".md");
            out.add(p);
        } else {
            out.add(p + ".md");
            out.add(p + "/index.md");
            out.add(p);
        }
        return out;
    }

    /** {@code path} relative to the folder of {@code key}, normalized; null when it climbs above the root. */
    static String resolve(String key, String path) {
        List<String> parts = new ArrayList<>(List.of(key.split("/")));
        parts.remove(parts.size() - 1);
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts) + (path.endsWith("/") ? "/" : "");
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

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "…";
    }

    private static void report(Consumer<Diagnostic> sink, String file, String locale, PlacedLink p, Rule rule, String message) {
        sink.accept(new Diagnostic(file, p.line(), p.column(), p.endLine(), p.endColumn(), rule.defaultSeverity(), rule.id(),
                message, locale));
    }
}
