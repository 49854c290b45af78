package dev.tolk.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The parts of a DocFX cross-reference address, {@code xref:uid?displayProperty=fullName#fragment}:
 * the uid (percent-decoded), the name property it asks for, the link text a {@code text=} gives, and the fragment
 * kept for the target.
 * Read the same way by the renderer and the link checker.
 */
public final class XrefAddress {
    private XrefAddress() {
    }

    public static boolean is(CharSequence url) {
        return url.length() > 5 && url.subSequence(0, 5).toString().toLowerCase(Locale.ROOT).equals("xref:");
    }

    /** The uid of {@code xref:uid…} (or of a bare {@code uid…}), decoded and stripped. */
    public static String uid(String url) {
        String s = url.regionMatches(true, 0, "xref:", 0, 5) ? url.substring(5) : url;
        int cut = firstOf(s, '?', '#');
        String uid = cut < 0 ? s : s.substring(0, cut);
        if (uid.indexOf('%') >= 0) {
            try {
                uid = URLDecoder.decode(uid.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not percent-encoded after all: as written
            }
        }
        return uid.strip();
    }

    /** The {@code displayProperty} of the query, or null. */
    public static String displayProperty(String url) {
        return query(url, "displayProperty=");
    }

    /** The link text the query gives ({@code @"System.String?text=string"}, as DocFX documents it), decoded; or null. */
    public static String text(String url) {
        String text = query(url, "text=");
        if (text == null || text.indexOf('%') < 0 && text.indexOf('+') < 0) return text;
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String query(String url, String key) {
        int q = url.indexOf('?');
        if (q < 0) return null;
        int hash = url.indexOf('#', q);
        for (String kv : url.substring(q + 1, hash < 0 ? url.length() : hash).split("&")) {
            if (kv.regionMatches(true, 0, key, 0, key.length())) return kv.substring(key.length());
        }
        return null;
    }

    public static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
