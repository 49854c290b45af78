package dev.tolk.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to safe HTML with flexmark: CommonMark plus GFM tables and DocFX alerts. Built once
 * and shared by all threads (flexmark's parser and renderer are immutable; per-render state
 * lives in the document). Safety is enforced here rather than by re-parsing the output: raw
 * HTML goes through {@link RawHtml}, link and image addresses through the page's
 * {@link LinkResolver} and the scheme allow-list; everything else flexmark writes escaped.
 * Headings get ids (DocFX-style slugs of their visible text); anchors are collected.
 */
public final class MarkdownRenderer {
    /** Elements whose raw tags are markup; any other tag-like text ({@code <app>}) is shown as text. */
    static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption",
            "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
            "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr", "center", "font", "strike", "tt",
            "script", "style", "iframe", "object", "embed", "form", "input", "button", "textarea", "select",
            "option", "video", "audio", "source", "track", "link", "meta", "base", "svg", "math", "frame",
            "frameset", "applet", "noscript", "template", "nav", "section", "article", "aside", "header",
            "footer", "main", "label", "picture", "area", "map", "html", "head", "body", "title");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ms-settings");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final NullableDataKey<RenderState> STATE = new NullableDataKey<>("TOLK_RENDER_STATE");

    /** The HTML of one render and what it found. */
    record Output(String html, String h1, List<RenderedArticle.Heading> headings, List<String> anchors,
                  Map<String, String> resolvedLinks) {
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create(), new TolkExtension()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    Output render(String markdown, LinkResolver links, Map<String, String> alertTitles) {
        Document doc = parser.parse(markdown);
        AlertBlocks.transform(doc);
        RenderState state = new RenderState(links, alertTitles);
        doc.set(STATE, state);
        String html = renderer.render(doc);
        return new Output(html, state.h1, List.copyOf(state.headings), List.copyOf(state.anchors), state.resolved);
    }

    /** The tag name of raw HTML such as {@code <app>} or {@code </b>}, lower case; empty for comments. */
    static String tagName(CharSequence raw) {
        int p = 0;
        int n = raw.length();
        while (p < n && Character.isWhitespace(raw.charAt(p))) p++;
        if (p >= n || raw.charAt(p) != '<') return "";
        p++;
        if (p < n && raw.charAt(p) == '/') p++;
        int start = p;
        while (p < n && (Character.isLetterOrDigit(raw.charAt(p)) || raw.charAt(p) == '-')) p++;
        return raw.subSequence(start, p).toString().toLowerCase(Locale.ROOT);
    }

    static boolean isMarkup(CharSequence raw) {
        String name = tagName(raw);
        return name.isEmpty() || HTML_ELEMENTS.contains(name);
    }

    private static RenderState state(NodeRendererContext context) {
        return STATE.get(context.getDocument());
    }

    private static final class TolkExtension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(TolkNodeRenderer::new);
            builder.linkResolverFactory(new IndependentLinkResolverFactory() {
                @Override
                public com.vladsch.flexmark.html.LinkResolver apply(LinkResolverBasicContext context) {
                    return MarkdownRenderer::resolveLink;
                }
            });
        }
    }

    private static ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        RenderState state = STATE.get(context.getDocument());
        String url = link.getUrl();
        boolean image = node instanceof com.vladsch.flexmark.ast.Image || node instanceof com.vladsch.flexmark.ast.ImageRef;
        if (!HtmlSanitizer.safeUrl(url, image ? IMAGE_SCHEMES : LINK_SCHEMES)) {
            return link.withUrl("#").withStatus(LinkStatus.INVALID);
        }
        return link.withUrl(state == null ? url : state.resolve(url)).withStatus(LinkStatus.VALID);
    }

    /** Headings with ids, alerts and videos, and raw HTML made safe or shown as text. */
    private static final class TolkNodeRenderer implements NodeRenderer {
        private final RawHtml raw = new RawHtml();

        TolkNodeRenderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(AlertBlocks.Alert.class, this::alert),
                    new NodeRenderingHandler<>(AlertBlocks.Video.class, this::video),
                    new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> {
                        CharSequence chars = node.getChars();
                        if (isMarkup(chars)) html.raw(raw.inlineTag(chars.toString(), state(context)));
                        else html.text(chars);
                    }),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {
                        CharSequence chars = node.getChars();
                        html.line();
                        if (isMarkup(chars)) {
                            html.raw(raw.block(chars.toString(), state(context)));
                        } else {
                            html.raw("<p>").text(chars.toString().strip()).raw("</p>");
                        }
                        html.line();
                    }));
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            RenderState state = state(context);
            String text = visible(new TextCollectingVisitor().collectAndGetText(node));
            String id = Slugs.unique(Slugs.of(text), state.ids);
            state.anchors.add(id);
            state.headings.add(new RenderedArticle.Heading(node.getLevel(), id, text));
            if (node.getLevel() == 1 && state.h1.isEmpty()) state.h1 = text;
            html.attr("id", id).withAttr().tagLine("h" + node.getLevel(), () -> context.renderChildren(node));
        }

        private void alert(AlertBlocks.Alert node, NodeRendererContext context, HtmlWriter html) {
            String title = state(context).alertTitles.getOrDefault(node.kind, node.kind.toUpperCase(Locale.ROOT));
            html.attr("class", "alert alert-" + node.kind).attr("role", "note").withAttr().tagLineIndent("div", () -> {
                html.attr("class", "alert-title").withAttr().tag("p").text(title).closeTag("p").line();
                context.renderChildren(node);
            });
        }

        private void video(AlertBlocks.Video node, NodeRendererContext context, HtmlWriter html) {
            String title = state(context).alertTitles.getOrDefault("video", "Video");
            html.attr("class", "alert alert-video").withAttr().tagLineIndent("div", () -> {
                html.attr("class", "alert-title").withAttr().tag("p").text(title).closeTag("p").line();
                if (node.url.toLowerCase(Locale.ROOT).startsWith("https:") && HtmlSanitizer.safeUrl(node.url, Set.of("https"))) {
                    html.attr("src", node.url).attr("title", title).attr("loading", "lazy")
                        .attr("allowfullscreen", "").attr("referrerpolicy", "no-referrer")
                        .attr("sandbox", "allow-scripts allow-same-origin allow-presentation")
                        .withAttr().tag("iframe").closeTag("iframe").line();
                    html.tag("p").attr("href", node.url).withAttr().tag("a").text(node.url).closeTag("a").closeTag("p").line();
                }
            });
        }
    }

    /** Heading text as a reader sees it: unit markers removed, whitespace collapsed. */
    static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == UnitMarkers.START || c == UnitMarkers.END) {
                int index = UnitMarkers.readIndex(text, i);
                if (index >= 0) {
                    i += UnitMarkers.length(index);
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
