package dev.tolk.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code url-map} of {@code tolk.yaml}: absolute URL prefixes that are this site's own
 * content ({@code https://docs.microsoft.com/alchemyinsights/} → {@code AlchemyInsights/}), or
 * site paths ({@code /azure/developer/} → the content root: a DocFX docset's, from its
 * {@code breadcrumb_path}).
 * Matching ignores letter case and a locale segment after the host
 * ({@code https://docs.microsoft.com/nl-nl/alchemyinsights/…}), as the live site does.
 * A site path mapped to null is the site's, but of no one content folder (versions of a docset published
 * under one path): its links are left to the host site, and no shorter prefix maps them.
 */
public final class UrlMap {
    private static final Pattern LOCALE_SEGMENT = Pattern.compile("[a-z]{2,3}-[a-z0-9]{2,8}/", Pattern.CASE_INSENSITIVE);

    /**
     * A URL prefix in lower case, its scheme and host with the {@code /} after them, and the rest
     * ({@code host} is null when the prefix has no path after a host), and the content path.
     */
    private record Prefix(String url, String host, String afterHost, String content) {
    }

    private final List<Prefix> prefixes = new ArrayList<>();
    /** Whether every prefix has a scheme: then a path without a colon matches none. */
    private final boolean allAbsolute;

    /** @param prefixes URL prefix to content path (ending in {@code /} or empty; null: none, see above), the first matching one applies */
    public UrlMap(Map<String, String> prefixes) {
        Set<String> seen = new HashSet<>();
        prefixes.forEach((url, content) -> {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!seen.add(lower)) return;
            int scheme = lower.indexOf("://");
            int hostEnd = scheme < 0 ? -1 : lower.indexOf('/', scheme + 3);
            this.prefixes.add(hostEnd < 0 ? new Prefix(lower, null, null, content)
                    : new Prefix(lower, lower.substring(0, hostEnd + 1), lower.substring(hostEnd + 1), content));
        });
        allAbsolute = seen.stream().allMatch(p -> p.contains(":"));
    }

    /**
     * The host the mapped URLs are on ({@code https://docs.microsoft.com/}), the first prefix's:
     * where a site-absolute path outside this site ({@code /azure/…}, a page of the host site)
     * is to be found.
     */
    public Optional<String> host() {
        for (Prefix p : prefixes) {
            if (p.host() != null && (p.host().startsWith("https://") || p.host().startsWith("http://"))) {
                return Optional.of(p.host());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the map has a site path ({@code /azure/developer/}: where the site lives on its
     * host): then a site-absolute path it does not map is a page of the host site, never one of
     * this site's own folders of the same name ({@code /java/api/…} from a docset that has a
     * {@code java} folder).
     */
    public boolean sitePathKnown() {
        for (Prefix p : prefixes) {
            if (p.host() == null && p.url().startsWith("/") && p.url().length() > 1) return true;
        }
        return false;
    }

    /** The content path an absolute URL's path stands for (query and fragment already removed), if mapped. */
    public Optional<String> contentPath(String path) {
        if (prefixes.isEmpty() || allAbsolute && path.indexOf(':') < 0) return Optional.empty();
        String lower = path.toLowerCase(Locale.ROOT);
        for (Prefix p : prefixes) {
            if (lower.startsWith(p.url())) return mapped(p, path.substring(p.url().length()));
            // /nl-nl/path… against the site path /path…
            if (p.host() == null && p.url().startsWith("/") && lower.startsWith("/")) {
                Matcher m = LOCALE_SEGMENT.matcher(lower).region(1, lower.length());
                if (m.lookingAt() && lower.startsWith(p.url().substring(1), m.end())) {
                    return mapped(p, path.substring(m.end() + p.url().length() - 1));
                }
            }
            // https://host/nl-nl/path… against the prefix https://host/path…
            if (p.host() == null || !lower.startsWith(p.host())) continue;
            Matcher m = LOCALE_SEGMENT.matcher(lower).region(p.host().length(), lower.length());
            if (m.lookingAt() && lower.startsWith(p.afterHost(), m.end())) {
                int rest = lower.length() - m.end() - p.afterHost().length();
                return mapped(p, path.substring(path.length() - rest));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mapped(Prefix p, String rest) {
        return p.content() == null ? Optional.empty() : Optional.of(p.content() + rest);
    }
}
