package dev.tolk.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Allow-list sanitizer for article HTML. Translated text is semi-trusted, so: dangerous elements
 * are removed with their content, unknown elements are unwrapped (their text kept), attributes
 * outside the list (every {@code on*} handler, {@code style}) are dropped, and link addresses must
 * be relative or use a safe scheme ({@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:} are removed, also when disguised with case, whitespace or control characters).
 */
public final class HtmlSanitizer {
    private static final Set<String> DROP_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed",
            "form", "input", "button", "textarea", "select", "option", "link", "meta", "base", "svg", "math",
            "frame", "frameset", "applet", "noscript", "template", "video", "audio", "title", "head",
            // raw-text elements: what they hold is not parsed as markup, so it must not be unwrapped into markup
            "xmp", "noembed", "noframes", "plaintext", "listing");
    private static final Set<String> GLOBAL = Set.of("id", "lang", "dir", "title");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("a", Set.of("href", "name")),
            Map.entry("img", Set.of("src", "alt", "width", "height")),
            Map.entry("span", Set.of("data-ttu-id", "data-stu-id", "class", "hidden")),
            Map.entry("ol", Set.of("start", "type", "reversed")),
            Map.entry("li", Set.of("value")),
            Map.entry("td", Set.of("colspan", "rowspan", "align")),
            Map.entry("th", Set.of("colspan", "rowspan", "align", "scope")),
            Map.entry("col", Set.of("span")), Map.entry("colgroup", Set.of("span")),
            Map.entry("time", Set.of("datetime")), Map.entry("q", Set.of("cite")),
            Map.entry("blockquote", Set.of()), Map.entry("p", Set.of()), Map.entry("div", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()),
            Map.entry("pre", Set.of()), Map.entry("code", Set.of()), Map.entry("kbd", Set.of()),
            Map.entry("samp", Set.of()), Map.entry("var", Set.of()), Map.entry("em", Set.of()),
            Map.entry("strong", Set.of()), Map.entry("b", Set.of()), Map.entry("i", Set.of()), Map.entry("u", Set.of()),
            Map.entry("s", Set.of()), Map.entry("del", Set.of()), Map.entry("ins", Set.of()),
            Map.entry("mark", Set.of()), Map.entry("small", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("br", Set.of()), Map.entry("hr", Set.of()),
            Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tfoot", Set.of()), Map.entry("tr", Set.of()), Map.entry("caption", Set.of()),
            Map.entry("abbr", Set.of()), Map.entry("cite", Set.of()), Map.entry("dfn", Set.of()),
            Map.entry("bdi", Set.of()), Map.entry("bdo", Set.of()), Map.entry("figure", Set.of()),
            Map.entry("figcaption", Set.of()), Map.entry("details", Set.of()), Map.entry("summary", Set.of()),
            Map.entry("wbr", Set.of()));
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ms-settings");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Set<String> CLASSES = Set.of("sxs-lookup");

    /** Sanitizes the children of {@code root} in place (the root itself is kept as is). */
    public void sanitize(Element root) {
        for (Element child : new ArrayList<>(root.children())) clean(child);
    }

    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col");

    static boolean dropsContent(String name) {
        return DROP_WITH_CONTENT.contains(name);
    }

    static boolean allowedElement(String name) {
        return ALLOWED.containsKey(name);
    }

    static boolean isVoid(String name) {
        return VOID.contains(name);
    }

    private void clean(Element el) {
        String tag = el.normalName();
        if (DROP_WITH_CONTENT.contains(tag)) {
            el.remove();
            return;
        }
        for (Element child : new ArrayList<>(el.children())) clean(child);
        if (ALLOWED.get(tag) == null) {
            // a data node (raw text a parser did not read as markup) is written out unescaped: keep it as text
            for (org.jsoup.nodes.Node n : new ArrayList<>(el.childNodes())) {
                if (n instanceof org.jsoup.nodes.DataNode data) n.replaceWith(new org.jsoup.nodes.TextNode(data.getWholeData()));
            }
            el.unwrap();
            return;
        }
        cleanAttributes(el);
    }

    /** Drops the attributes of an allowed element that are not on the list or carry unsafe values. */
    void cleanAttributes(Element el) {
        String tag = el.normalName();
        Set<String> allowed = ALLOWED.getOrDefault(tag, Set.of());
        List<String> drop = new ArrayList<>();
        for (Attribute a : el.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (!(GLOBAL.contains(key) || allowed.contains(key)) || !safeValue(tag, key, a.getValue())) drop.add(a.getKey());
        }
        for (String key : drop) el.removeAttr(key);
    }

    private static boolean safeValue(String tag, String key, String value) {
        return switch (key) {
            case "href" -> safeUrl(value, LINK_SCHEMES);
            case "src" -> safeUrl(value, IMAGE_SCHEMES) || (tag.equals("img") && isRasterDataImage(value));
            case "cite" -> safeUrl(value, LINK_SCHEMES);
            case "class" -> CLASSES.containsAll(List.of(value.trim().split("\\s+")));
            case "style" -> value.trim().toLowerCase(Locale.ROOT).matches("text-align:\\s*(left|right|center)\\s*;?");
            case "dir" -> value.equals("ltr") || value.equals("rtl") || value.equals("auto");
            default -> true;
        };
    }

    /**
     * Inline raster images ({@code data:image/png;base64,…}) are real content in these docsets and
     * cannot run script; SVG and every other data URL can, and stay refused.
     */
    static boolean isRasterDataImage(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.matches("data:image/(png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=\\s]*");
    }

    /**
     * True for relative addresses and for absolute ones with an allowed scheme. Read as browsers
     * read it, ignoring whitespace and controls; only what comes before the first {@code :} counts,
     * so the address is not copied (this runs for every link and image).
     */
    public static boolean safeUrl(String url, Set<String> schemes) {
        boolean ignored = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (ignorable(c)) {
                ignored = true;
            } else if (c == ':') {
                return schemes.contains(withoutIgnorable(url, i, ignored).toLowerCase(Locale.ROOT));
            } else if (c == '/' || c == '?' || c == '#') {
                return true; // a colon after this is in the path: relative
            }
        }
        return true;
    }

    /** Whitespace and controls, which browsers ignore in an address. */
    private static boolean ignorable(char c) {
        return c <= ' ' || c == 0x7f;
    }

    private static String withoutIgnorable(String url, int end, boolean any) {
        if (!any) return url.substring(0, end);
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            if (!ignorable(url.charAt(i))) sb.append(url.charAt(i));
        }
        return sb.toString();
    }
}
