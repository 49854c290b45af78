package dev.tolk.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code url-map} of {@code tolk.yaml}: absolute URL prefixes that are this site's own
 * content ({@code https://docs.microsoft.com/alchemyinsights/} → {@code AlchemyInsights/}).
 * Matching ignores letter case and a locale segment after the host
 * ({@code https://docs.microsoft.com/nl-nl/alchemyinsights/…}), as the live site does.
 */
public final class UrlMap {
    private static final Pattern LOCALE_SEGMENT = Pattern.compile("^[a-z]{2,3}-[a-z0-9]{2,8}/", Pattern.CASE_INSENSITIVE);
    private final Map<String, String> prefixes;

    /** @param prefixes URL prefix to content path (ending in {@code /} or empty) */
    public UrlMap(Map<String, String> prefixes) {
        this.prefixes = new LinkedHashMap<>(prefixes);
    }

    /** The content path an absolute URL's path stands for (query and fragment already removed), if mapped. */
    public Optional<String> contentPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String prefix = e.getKey().toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix)) return Optional.of(e.getValue() + path.substring(prefix.length()));
            String rest = withoutLocaleSegment(prefix, lower);
            if (rest != null) return Optional.of(e.getValue() + path.substring(path.length() - rest.length()));
        }
        return Optional.empty();
    }

    /** For {@code https://host/nl-nl/path} against prefix {@code https://host/path…}: the part after the prefix. */
    private static String withoutLocaleSegment(String prefix, String url) {
        int scheme = prefix.indexOf("://");
        if (scheme < 0) return null;
        int hostEnd = prefix.indexOf('/', scheme + 3);
        if (hostEnd < 0 || !url.startsWith(prefix.substring(0, hostEnd + 1))) return null;
        String afterHost = url.substring(hostEnd + 1);
        var m = LOCALE_SEGMENT.matcher(afterHost);
        if (!m.find()) return null;
        String rebuilt = prefix.substring(0, hostEnd + 1) + afterHost.substring(m.end());
        return rebuilt.startsWith(prefix) ? rebuilt.substring(prefix.length()) : null;
    }
}
