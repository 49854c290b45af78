package dev.tolk.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * An SVG image from the content, made safe to publish in the site's origin: a browser opening
 * it directly runs its script, so script and the elements that embed other documents are
 * removed with their content, every event handler attribute is dropped, and an address
 * ({@code href}, {@code xlink:href}, {@code src}) must be a fragment, relative, http(s) or a
 * raster data image; {@code animate}/{@code set} may not change an address. Doctype declarations
 * (entities) and processing instructions other than the XML declaration go too. Parsed as XML
 * by jsoup, which expands no external entity.
 */
public final class SvgSanitizer {
    private static final Set<String> DROP = Set.of("script", "foreignobject", "iframe", "object", "embed", "handler",
            "listener", "audio", "video", "meta", "link", "base", "style");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction");
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private SvgSanitizer() {
    }

    /** The SVG file {@code bytes} (UTF-8 XML), cleaned; the same bytes when nothing had to go. */
    public static byte[] clean(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        boolean changed = false;
        for (Node n : new ArrayList<>(doc.childNodes())) {
            // text outside the root element means nothing in XML (here: the rest of a doctype's internal subset)
            if (n instanceof DocumentType || n instanceof XmlDeclaration d && !d.name().equalsIgnoreCase("xml")
                    || n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                n.remove();
                changed = true;
            }
        }
        for (Element el : new ArrayList<>(doc.getAllElements())) {
            if (el == doc) continue;
            String name = localName(el.normalName());
            if (DROP.contains(name)) {
                el.remove();
                changed = true;
                continue;
            }
            for (Node n : new ArrayList<>(el.childNodes())) {
                if (n instanceof XmlDeclaration) { // a processing instruction inside the image
                    n.remove();
                    changed = true;
                }
            }
            boolean animation = name.equals("animate") || name.equals("set") || name.equals("animatemotion");
            if (animation && ADDRESSES.contains(localName(el.attr("attributeName").strip().toLowerCase(Locale.ROOT)))) {
                el.remove(); // an animation that changes an address could make it javascript: after the fact
                changed = true;
                continue;
            }
            List<String> drop = new ArrayList<>();
            for (Attribute a : el.attributes()) {
                String local = localName(a.getKey().toLowerCase(Locale.ROOT));
                boolean handler = local.startsWith("on");
                boolean address = ADDRESSES.contains(local) && !safeAddress(a.getValue());
                if (handler || address) drop.add(a.getKey());
            }
            for (String key : drop) el.removeAttr(key);
            changed |= !drop.isEmpty();
        }
        return changed ? doc.outerHtml().getBytes(StandardCharsets.UTF_8) : bytes;
    }

    private static boolean safeAddress(String value) {
        String v = value.strip();
        return v.startsWith("#") || HtmlSanitizer.safeUrl(v, SCHEMES) || HtmlSanitizer.isRasterDataImage(v);
    }

    private static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
