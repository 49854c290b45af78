package dev.tolk.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one Markdown render needs and learns: the page's link resolver and alert titles going in;
 * headings, anchors and the links it resolved coming out. One per render, never shared.
 */
final class RenderState {
    final LinkResolver links;
    final Map<String, String> alertTitles;
    final Embeds embeds;
    final List<RenderedArticle.Heading> headings = new ArrayList<>();
    final Set<String> anchors = new LinkedHashSet<>();
    final Set<String> ids = new HashSet<>();
    /** Every address resolved, as written → as rendered; lets a later page reuse this render safely. */
    final Map<String, String> resolved = new LinkedHashMap<>();
    String h1 = "";
    /** The DocFX directives the markdown's tokens stand for ({@link DocfxMarkdown}), by index. */
    List<DocfxMarkdown.Directive> directives = List.of();

    RenderState(LinkResolver links, Map<String, String> alertTitles, Embeds embeds) {
        this.links = links;
        this.alertTitles = alertTitles;
        this.embeds = embeds;
    }

    String resolve(String href) {
        String out = resolved.get(href);
        if (out == null) {
            out = links.resolve(href);
            resolved.put(href, out);
        }
        return out;
    }
}
