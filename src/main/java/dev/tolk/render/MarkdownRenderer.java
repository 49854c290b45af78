package dev.tolk.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown to HTML with flexmark: CommonMark plus GFM tables. Built once and shared by all
 * threads (flexmark's parser and renderer are immutable). Raw HTML whose tag is not a real HTML
 * element ({@code <app>}, {@code <user principal name>}) is text in these articles, not markup,
 * so it is rendered escaped instead of being handed to the sanitizer to drop.
 */
public final class MarkdownRenderer {
    /** Elements whose raw tags pass through to the sanitizer; any other tag-like text is shown. */
    static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption",
            "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
            "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr", "center", "font", "strike", "tt",
            "script", "style", "iframe", "object", "embed", "form", "input", "button", "textarea", "select",
            "option", "video", "audio", "source", "track", "link", "meta", "base", "svg", "math", "frame",
            "frameset", "applet", "noscript", "template", "nav", "section", "article", "aside", "header",
            "footer", "main", "label", "picture", "area", "map", "html", "head", "body", "title");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create(), new TagLikeTextExtension()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
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

    private static final class TagLikeTextExtension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(TagLikeTextRenderer::new);
        }
    }

    private static final class TagLikeTextRenderer implements NodeRenderer {
        TagLikeTextRenderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> {
                        CharSequence raw = node.getChars();
                        if (isMarkup(raw)) html.raw(raw);
                        else html.text(raw);
                    }),
                    new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {
                        CharSequence raw = node.getChars();
                        if (isMarkup(raw)) {
                            html.line();
                            html.rawPre(raw);
                            html.line();
                        } else {
                            renderAsParagraph(html, raw);
                        }
                    }));
        }

        private static void renderAsParagraph(HtmlWriter html, CharSequence raw) {
            html.line();
            html.raw("<p>");
            html.text(raw.toString().strip());
            html.raw("</p>");
            html.line();
        }
    }
}
