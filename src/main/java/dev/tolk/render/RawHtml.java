package dev.tolk.render;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Raw HTML written in Markdown, made safe with jsoup and the {@link HtmlSanitizer} allow-list.
 * Everything else in an article's HTML is produced by the Markdown renderer and is safe by
 * construction, so only these fragments need parsing: an inline tag at a time, or an HTML block.
 * Tag-like text that is not HTML ({@code <app>}) is shown as text.
 */
final class RawHtml {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** One inline tag ({@code <a name="x">}, {@code </b>}, {@code <br/>}) as safe HTML, or empty. */
    String inlineTag(String raw, RenderState state) {
        String name = MarkdownRenderer.tagName(raw);
        if (name.isEmpty()) return ""; // comments, processing instructions, declarations
        boolean closing = raw.stripLeading().startsWith("</");
        if (!HtmlSanitizer.allowedElement(name)) return "";
        if (closing) return "</" + name + ">";
        String simple = simpleTag(raw, name, state);
        if (simple != null) return simple;
        Document doc = Jsoup.parseBodyFragment(raw);
        Element el = doc.body().firstElementChild();
        if (el == null || !el.normalName().equals(name)) return "";
        sanitizer.cleanAttributes(el);
        // its address goes through the page's resolver, as a block's do: <a href="b.md"> in a sentence leads to b.html
        if (name.equals("a") && el.hasAttr("href")) {
            String written = el.attr("href");
            el.attr("href", state.resolve(written));
            if (state.links.download(written)) el.attr("download", "");
        }
        if (name.equals("img") && el.hasAttr("src")) el.attr("src", state.resolve(el.attr("src")));
        collectAnchors(el, state);
        StringBuilder sb = new StringBuilder("<").append(name);
        for (Attribute a : el.attributes()) {
            sb.append(' ').append(a.getKey().toLowerCase(Locale.ROOT));
            if (!a.getValue().isEmpty() || !Attribute.isBooleanAttribute(a.getKey())) {
                sb.append("=\"").append(Entities.escape(a.getValue())).append('"');
            }
        }
        return sb.append(HtmlSanitizer.isVoid(name) ? " />" : ">").toString();
    }

    /**
     * The tags that make up nearly all raw HTML in these docsets, {@code <br>} in its spellings and
     * {@code <a name="slug">}, answered without a parser; null for anything else.
     */
    private static String simpleTag(String raw, String name, RenderState state) {
        String t = raw.strip();
        if (name.equals("br") && (t.equals("<br>") || t.equals("<br/>") || t.equals("<br />"))) return "<br />";
        if (name.equals("a") && t.startsWith("<a name=\"") && t.endsWith("\">")) {
            String value = t.substring(9, t.length() - 2);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) return null;
            }
            state.anchors.add(value);
            return "<a name=\"" + value + "\">";
        }
        return null;
    }

    /** An HTML block, sanitized; its links go through the page's resolver. */
    String block(String raw, RenderState state) {
        Document doc = Jsoup.parseBodyFragment(raw);
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        sanitizer.sanitize(doc.body());
        for (Element a : doc.body().select("a[href]")) {
            String written = a.attr("href");
            a.attr("href", state.resolve(written));
            if (state.links.download(written)) a.attr("download", "");
        }
        for (Element img : doc.body().select("img[src]")) img.attr("src", state.resolve(img.attr("src")));
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body()) collectAnchors(e, state);
        }
        return doc.body().html();
    }

    private static void collectAnchors(Element el, RenderState state) {
        if (el.hasAttr("id")) {
            state.anchors.add(el.id());
            state.ids.add(el.id());
        }
        if (el.normalName().equals("a") && el.hasAttr("name")) state.anchors.add(el.attr("name"));
    }
}
