package dev.tolk.catalog;

import dev.tolk.source.ContentPaths;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses inside the output site, all {@code /}-separated and relative to the site root:
 * where an article's page goes, and the relative link from one page to another (every link
 * Tolk writes is relative, so the site works from a file system or any sub-path).
 */
public final class SitePaths {
    private SitePaths() {
    }


    /** {@code nl-NL/AlchemyInsights/foo.html} for key {@code AlchemyInsights/foo.md} (or a YAML page's {@code foo.yml}). */
    public static String page(String locale, String key) {
        return locale + "/" + htmlName(key);
    }

    public static String htmlName(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) return key.substring(0, key.length() - 3) + ".html";
        if (dev.tolk.model.YamlPage.isYamlKey(key)) return key.substring(0, key.lastIndexOf('.')) + ".html";
        return key + ".html";
    }

    /**
     * The relative address of {@code to} as seen from the page at {@code from}: up out of the
     * folders of {@code from} that {@code to} does not share, then down to {@code to}. Asked for
     * every link, switcher entry and sidebar item of every page, so it works on the characters
     * (empty segments and a trailing {@code /} fold as {@link String#split} folds them).
     */
    public static String relative(String from, String to) {
        if (from.isEmpty() || to.isEmpty() || from.endsWith("/") || to.endsWith("/") || from.contains("//")
                || to.contains("//")) {
            return relativeBySegments(from, to);
        }
        int fromFolder = from.lastIndexOf('/');
        int last = Math.min(fromFolder, to.lastIndexOf('/'));
        int common = 0; // just after the last '/' up to which both are the same
        for (int i = 0; i <= last && from.charAt(i) == to.charAt(i); i++) {
            if (from.charAt(i) == '/') common = i + 1;
        }
        int ups = 0;
        for (int i = common; i <= fromFolder; i++) {
            if (from.charAt(i) == '/') ups++;
        }
        return ups == 0 ? safeStart(to.substring(common)) : "../".repeat(ups) + to.substring(common);
    }

    /**
     * A relative address whose first segment has a colon ({@code javascript:alert(1).html}, a file
     * so named) would be read as a scheme: {@code ./} in front keeps it a path.
     */
    private static String safeStart(String relative) {
        int colon = relative.indexOf(':');
        if (colon < 0) return relative;
        int slash = relative.indexOf('/');
        return slash >= 0 && slash < colon ? relative : "./" + relative;
    }

    /** The definition of {@link #relative}: drop the common leading folders, climb out of the rest of {@code from}'s, go down to {@code to}. */
    static String relativeBySegments(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) sb.append("../");
        for (int i = common; i < b.length; i++) {
            if (i > common) sb.append('/');
            sb.append(b[i]);
        }
        return sb.indexOf("../") == 0 ? sb.toString() : safeStart(sb.toString());
    }

    /** From a page to the site root: {@code ../../} for {@code nl-NL/dir/page.html}. */
    public static String root(String from) {
        return "../".repeat(from.split("/").length - 1);
    }

    /**
     * Resolves a relative path against the folder of {@code key} (or, written {@code ~/path},
     * from the docset's root), removing {@code .} and {@code ..}; empty when the path climbs
     * above the locale root ({@link ContentPaths#resolve}).
     */
    public static Optional<String> resolve(String key, String path) {
        return ContentPaths.resolve(key, path);
    }

    /** Percent-encodes what a URL may not carry raw (spaces, non-ASCII, controls); keeps {@code / : # ? % &}. */
    public static String encode(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                  .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
