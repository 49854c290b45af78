package dev.tolk.render;

import dev.tolk.render.DocfxMarkdown.Close;
import dev.tolk.render.DocfxMarkdown.Code;
import dev.tolk.render.DocfxMarkdown.Directive;
import dev.tolk.render.DocfxMarkdown.Image;
import dev.tolk.render.DocfxMarkdown.ImageEnd;
import dev.tolk.render.DocfxMarkdown.Include;
import dev.tolk.render.DocfxMarkdown.Open;
import dev.tolk.render.DocfxMarkdown.Tab;
import dev.tolk.render.DocfxMarkdown.TabsEnd;
import dev.tolk.render.DocfxMarkdown.Unsupported;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML of the DocFX directives {@link DocfxMarkdown} found, written in place of their tokens
 * for one render. Addresses go through the page's resolver and the scheme allow-list, like every
 * other link; every attribute value and text is escaped. Containers are closed in order: an
 * end without its start is a notice, a start left open is closed at the end of the page.
 */
final class DocfxHtml {
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https");

    private final RenderState state;
    private final Deque<String> open = new ArrayDeque<>();
    private int tabGroups;
    private int images;

    DocfxHtml(RenderState state) {
        this.state = state;
    }

    void write(StringBuilder out, Directive d, boolean block) {
        if (d instanceof Include include) {
            include(out, include, block);
        } else if (d instanceof Image image) {
            image(out, image);
        } else if (d instanceof ImageEnd) {
            if (!open.isEmpty() && open.peek().equals("image-notice")) open.pop(); // its image was a notice: nothing to close
            else close(out, "image", "</details>\n</div>\n", ":::image-end:::");
        } else if (d instanceof Open o) {
            container(out, o);
        } else if (d instanceof Close c) {
            close(out, c.kind(), "</div>\n", ":::" + c.kind() + "-end:::");
        } else if (d instanceof Code code) {
            code(out, code);
        } else if (d instanceof TabsEnd) {
            if (!open.isEmpty() && open.peek().equals("tabs")) closeOne(out);
        } else if (d instanceof Unsupported u) {
            notice(out, u.syntax());
        } else if (d instanceof Tab t) {
            tab(out, t);
        }
    }

    /** Whatever is still open at the end of the render, closed. */
    void closeAll(StringBuilder out) {
        while (!open.isEmpty()) closeOne(out);
    }

    void tab(StringBuilder out, Tab tab) {
        if (tab.first() || open.isEmpty() || !open.peek().equals("tabs")) {
            tabGroups++;
            open.push("tabs");
            out.append("<div class=\"tabs\" data-tab-group=\"").append(tabGroups).append("\">\n");
        } else {
            out.append("</section>\n");
        }
        out.append("<section class=\"tab\" data-tab=\"").append(attr(tab.id())).append("\">\n")
                .append("<p class=\"tab-label\" role=\"heading\" aria-level=\"").append(tab.level()).append("\">");
    }

    private void include(StringBuilder out, Include include, boolean block) {
        Optional<Embeds.Included> found = state.embeds.include(include.path());
        if (found.isEmpty()) return; // the link checker reports the missing file
        Embeds.Included inc = found.get();
        state.anchors.addAll(inc.anchors());
        state.ids.addAll(inc.anchors());
        String html = inc.html().strip();
        if (!block && html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        if (html.isEmpty()) {
            // an empty include shows nothing, in any language: no "parts shown in English" notice for it (an empty footer
            // include a new locale did not have put that notice on 104 of 131 fully translated pages)
        } else if (inc.fallback()) {
            String tag = block ? "div" : "span";
            out.append('<').append(tag).append(" class=\"untranslated\" lang=\"").append(attr(inc.lang())).append("\">")
                    .append(block ? "\n" : "").append(html).append(block ? "\n" : "").append("</").append(tag).append('>');
        } else {
            out.append(html);
        }
        if (block) out.append('\n');
    }

    private void image(StringBuilder out, Image image) {
        Map<String, String> a = image.attributes();
        String type = a.getOrDefault("type", "content").toLowerCase(Locale.ROOT);
        String source = a.getOrDefault("source", "");
        String src = address(source, IMAGE_SCHEMES);
        if (src.isEmpty()) { // no source, or one of a scheme images may not have
            notice(out, ":::image source=\"" + source + "\":::");
            if (image.complex()) open.push("image-notice");
            return;
        }
        boolean icon = type.equals("icon");
        String alt = icon ? "" : a.getOrDefault("alt-text", "");
        boolean border = !"false".equalsIgnoreCase(a.getOrDefault("border", icon ? "false" : "true"));
        String lightbox = a.get("lightbox");
        String link = a.get("link");
        String describedBy = image.complex() ? "image-description-" + (++images) : null;
        out.append(image.complex() ? "<div" : image.inline() ? "<span" : "<p").append(" class=\"docfx-image")
                .append(border ? " mx-imgBorder" : "").append("\">");
        String href = link != null ? address(link, LINK_SCHEMES) : lightbox != null ? address(lightbox, IMAGE_SCHEMES) : null;
        if (href != null) out.append("<a href=\"").append(attr(href)).append("\">");
        out.append("<img src=\"").append(attr(src)).append("\" alt=\"").append(attr(alt)).append('"');
        if (icon) out.append(" role=\"presentation\"");
        if (describedBy != null) out.append(" aria-describedby=\"").append(describedBy).append('"');
        out.append(" loading=\"lazy\" />");
        if (href != null) out.append("</a>");
        if (image.complex()) {
            open.push("image");
            out.append("\n<details id=\"").append(describedBy).append("\">\n<summary>").append(text(alt)).append("</summary>\n");
        } else {
            out.append(image.inline() ? "</span>" : "</p>\n");
        }
    }

    private void container(StringBuilder out, Open o) {
        open.push(o.kind());
        out.append("<div class=\"docfx-").append(o.kind()).append('"');
        Map<String, String> a = o.attributes();
        switch (o.kind()) {
            case "column" -> {
                if (a.containsKey("span") && a.get("span").matches("[0-9]{1,2}")) data(out, "span", a.get("span"));
            }
            case "zone" -> {
                if (a.containsKey("pivot")) data(out, "pivot", a.get("pivot"));
                if (a.containsKey("target")) data(out, "target", a.get("target"));
            }
            case "moniker" -> {
                if (a.containsKey("range")) data(out, "moniker", a.get("range"));
            }
            default -> { }
        }
        out.append(">\n");
        // every zone and version range is shown; a label says which one this is
        String label = o.kind().equals("zone") ? (a.containsKey("pivot") ? state.embeds.pivots(a.get("pivot")) : a.get("target"))
                : o.kind().equals("moniker") ? a.get("range") : null;
        if (label != null) out.append("<p class=\"docfx-label\">").append(text(label)).append("</p>\n");
    }

    private static void data(StringBuilder out, String name, String value) {
        out.append(" data-").append(name).append("=\"").append(attr(value)).append('"');
    }

    private void close(StringBuilder out, String kind, String html, String syntax) {
        if (open.isEmpty() || !open.peek().equals(kind)) {
            if (!open.contains(kind)) {
                notice(out, syntax);
                return;
            }
            while (!open.peek().equals(kind)) closeOne(out); // close what was left open inside it
        }
        open.pop();
        out.append(html);
    }

    private void closeOne(StringBuilder out) {
        String kind = open.pop();
        out.append(switch (kind) {
            case "tabs" -> "</section>\n</div>\n";
            case "image" -> "</details>\n</div>\n";
            case "image-notice" -> "";
            default -> "</div>\n";
        });
    }

    private void code(StringBuilder out, Code code) {
        Map<String, String> a = code.attributes();
        String source = a.getOrDefault("source", "");
        if (source.indexOf('\\') >= 0 && source.indexOf(':') < 0) source = source.replace('\\', '/'); // a Windows path, as DocFX reads it
        Optional<String> text = source.isEmpty() ? Optional.empty() : state.embeds.code(source);
        String language = a.getOrDefault("language", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#-]", "");
        if (text.isEmpty()) {
            notice(out, code.written());
            return;
        }
        dev.tolk.parse.CodeSnippets.Selection selection = dev.tolk.parse.CodeSnippets.select(text.get(), a.get("id"), a.get("range"), a.get("highlight"));
        if (selection.lines().isEmpty() || !selection.found()) {
            notice(out, code.written());
            return;
        }
        out.append("<pre><code");
        if (!language.isEmpty()) out.append(" class=\"language-").append(language).append('"');
        out.append('>');
        int line = 0;
        for (String l : selection.lines()) {
            line++;
            boolean mark = selection.highlighted().contains(line);
            if (mark) out.append("<mark>");
            out.append(text(l));
            if (mark) out.append("</mark>");
            out.append('\n');
        }
        out.append("</code></pre>\n");
    }

    private void notice(StringBuilder out, String syntax) {
        out.append("<div class=\"alert alert-warning docfx-unsupported\" role=\"note\">\n<p>")
                .append(text(state.alertTitles.getOrDefault("unsupported", "This part of the article cannot be shown here.")))
                .append(" <code>").append(text(syntax.length() > 80 ? syntax.substring(0, 79) + "…" : syntax))
                .append("</code></p>\n</div>\n");
    }

    private String address(String url, Set<String> schemes) {
        String u = url.strip();
        if (u.isEmpty() || !HtmlSanitizer.safeUrl(u, schemes)) return "";
        return state.resolve(u);
    }

    static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
