package dev.tolk.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to safe HTML: flexmark parses (CommonMark plus GFM tables, with less work per
 * document: {@link #tunedParser}; a bracket that makes no link read as CommonMark reads it: {@link CommonMarkInlines}),
 * {@link AlertBlocks} turns DocFX alerts into nodes, and
 * {@link HtmlEmitter} writes the HTML (the same bytes flexmark's HtmlRenderer wrote, faster). Built once and shared by all threads (flexmark's parser is
 * immutable; per-render state lives in a {@link RenderState}). Safety is enforced while writing
 * rather than by re-parsing the output: raw HTML goes through {@link RawHtml}, link and image
 * addresses through the page's {@link LinkResolver} and the scheme allow-list; everything else
 * is written escaped. Headings get ids (DocFX-style slugs of their visible text); anchors are
 * collected.
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

    /** The HTML of one render and what it found. */
    record Output(String html, String h1, List<RenderedArticle.Heading> headings, List<String> anchors,
                  Map<String, String> resolvedLinks) {
    }

    private final Parser parser;
    /** The list options of every document the parser makes (its options are theirs). */
    private final ListOptions listOptions;

    public MarkdownRenderer() {
        this(tunedParser(flexmarkOptions(), CommonMarkInlines::new));
    }

    /** A renderer whose documents {@code parser} parses (a test's, to compare parsers on whole pages). */
    MarkdownRenderer(Parser parser) {
        this.parser = parser;
        this.listOptions = ListOptions.get(parser.getOptions());
    }

    /**
     * The flexmark options of every render: CommonMark and pipe tables as DocFX's Markdig reads them. A delimiter
     * cell of one dash is enough, and no cell is dropped: a row may have more cells than the delimiter row (a header
     * of four cells over a delimiter row of two is a table of four columns), and every row is as wide as the widest
     * header or body row ({@link HtmlEmitter} adds the empty cells, up to a bound; Markdig's {@code NormalizeUsingMaxWidth},
     * its default).
     */
    static MutableDataSet flexmarkOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create()));
        // the empty cells are HtmlEmitter's, within a bound (flexmark would add them to the delimiter row's width, unbounded)
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        // GFM's delimiter row (and DocFX's, Markdig): one dash a column is enough (|-|-|); flexmark asks three by default
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        return options;
    }

    /**
     * flexmark with {@code options}, its inline parser and thematic break replaced by the linear ones
     * (same trees). flexmark leaves out its link reference definitions ({@code [x]: url}) when the
     * inline parser is not its own, so they are put back.
     */
    static Parser linearParser(MutableDataSet options) {
        return linearParser(options, LinearInlineParser::new);
    }

    /** As above, with the inline parsers made by {@code inlineParsers} (a test's, to look into them). */
    static Parser linearParser(MutableDataSet options, InlineParserFactory inlineParsers) {
        return Parser.builder(new MutableDataSet(options).set(Parser.THEMATIC_BREAK_PARSER, false))
                .customInlineParserFactory(inlineParsers)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .customBlockParserFactory(new LinearThematicBreak.Factory()).build();
    }

    /**
     * {@link #linearParser} doing less work per document, the parser of every render: the block
     * starts tried only on lines that can start them ({@link BlockStarts}) and one table
     * pre-processor for all documents ({@link TableParagraphs}). The same trees as
     * {@code linearParser(options)}; options whose extensions flexmark would load other than GFM
     * tables are refused, since their block parsers would escape {@link BlockStarts}' ordering.
     */
    static Parser tunedParser(MutableDataSet options) {
        return tunedParser(options, LinearInlineParser::new);
    }

    /** As above, with the inline parsers made by {@code inlineParsers} (the pages': {@link CommonMarkInlines}). */
    static Parser tunedParser(MutableDataSet options, InlineParserFactory inlineParsers) {
        Collection<Extension> extensions = Parser.EXTENSIONS.get(options);
        for (Extension e : extensions) {
            if (!(e instanceof TablesExtension)) throw new IllegalArgumentException("not a tuned extension: " + e);
        }
        MutableDataSet tuned = new MutableDataSet(options).set(Parser.THEMATIC_BREAK_PARSER, false)
                .set(Parser.EXTENSIONS, List.of());
        Parser.Builder builder = BlockStarts.switchedIn(tuned, List.of(new LinearThematicBreak.Factory()));
        // registered where the extension would have registered its own: before the link references
        if (!extensions.isEmpty()) builder.paragraphPreProcessorFactory(new TableParagraphs());
        return builder.customInlineParserFactory(inlineParsers)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    Output render(String markdown, LinkResolver links, Map<String, String> alertTitles) {
        return render(markdown, links, alertTitles, Embeds.NONE);
    }

    /** As above, with DocFX's line directives ({@link DocfxMarkdown}) taking their includes and code from {@code embeds}. */
    Output render(String markdown, LinkResolver links, Map<String, String> alertTitles, Embeds embeds) {
        DocfxMarkdown.Prepared prepared = DocfxMarkdown.prepare(markdown);
        Document doc = parser.parse(prepared.markdown());
        AlertBlocks.transform(doc);
        RenderState state = new RenderState(links, alertTitles, embeds);
        state.directives = prepared.directives();
        String html = HtmlEmitter.render(doc, state, listOptions);
        html = DocfxMarkdown.finish(html, prepared.directives(), new DocfxHtml(state));
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

    /** Heading text as a reader sees it: unit markers removed, whitespace collapsed. */
    static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == UnitMarkers.START || c == UnitMarkers.END) {
                int index = UnitMarkers.readIndex(text, i);
                if (index >= 0) {
                    i += UnitMarkers.length(index);
                    continue;
                }
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
            i++;
        }
        return sb.toString();
    }
}
