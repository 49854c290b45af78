package dev.tolk.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the HTML of a parsed Markdown document: in goes a flexmark {@link Document} (from
 * {@link MarkdownRenderer}'s parser, after {@link AlertBlocks#transform}) and the render's
 * {@link RenderState}; out comes the HTML, and the state has learned the headings, anchors and
 * resolved links.
 *
 * <p>Why it exists: flexmark's own {@code HtmlRenderer} funnels every character through its
 * general line-formatting machinery (attribute maps, tag stacks, per-line records), which cost
 * more than parsing. This class walks the tree once into a {@link StringBuilder} and writes
 * byte for byte what that renderer wrote with our settings (soft break {@code "\n"}, no indent,
 * leading spaces of a line dropped outside {@code <pre>}, at most one blank line in a row), so
 * pages, unit weaving and caches are unchanged. Where flexmark defines the meaning (unescaping,
 * entity handling, list tightness, reference lookup) its own helpers are called. Node types
 * this parser cannot produce are refused with an exception rather than silently dropped.
 *
 * <p>Safety is as before: raw HTML goes through {@link RawHtml}; link and image addresses through
 * the scheme allow-list and the page's {@link LinkResolver} ({@link LinkHtml}); all other text is
 * escaped. The output's line shaping is {@link HtmlLines}'.
 */
final class HtmlEmitter {
    private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");
    private static final RawHtml RAW = new RawHtml();

    private enum Kind {
        DOCUMENT, PARAGRAPH, TEXT, CHILDREN, SOFT_BREAK, HARD_BREAK, EMPHASIS, STRONG, CODE, ENTITY,
        LINK, LINK_REF, IMAGE, IMAGE_REF, AUTO_LINK, MAIL_LINK, HTML_INLINE, HTML_BLOCK, NOTHING,
        HEADING, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM, FENCED_CODE, INDENTED_CODE,
        THEMATIC_BREAK, TABLE, TABLE_SECTION, TABLE_ROW, TABLE_CELL, TABLE_CAPTION, ALERT, VIDEO, CALCULATOR, DIV
    }

    /** Keyed by exact class, as flexmark dispatches. */
    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(Document.class, Kind.DOCUMENT), Map.entry(Paragraph.class, Kind.PARAGRAPH),
            Map.entry(Text.class, Kind.TEXT), Map.entry(TextBase.class, Kind.CHILDREN),
            Map.entry(SoftLineBreak.class, Kind.SOFT_BREAK), Map.entry(HardLineBreak.class, Kind.HARD_BREAK),
            Map.entry(Emphasis.class, Kind.EMPHASIS), Map.entry(StrongEmphasis.class, Kind.STRONG),
            Map.entry(Code.class, Kind.CODE), Map.entry(HtmlEntity.class, Kind.ENTITY),
            Map.entry(Link.class, Kind.LINK), Map.entry(LinkRef.class, Kind.LINK_REF),
            Map.entry(Image.class, Kind.IMAGE), Map.entry(ImageRef.class, Kind.IMAGE_REF),
            Map.entry(AutoLink.class, Kind.AUTO_LINK), Map.entry(MailLink.class, Kind.MAIL_LINK),
            Map.entry(HtmlInline.class, Kind.HTML_INLINE), Map.entry(HtmlBlock.class, Kind.HTML_BLOCK),
            Map.entry(HtmlInlineComment.class, Kind.NOTHING), Map.entry(HtmlCommentBlock.class, Kind.NOTHING),
            Map.entry(Reference.class, Kind.NOTHING), Map.entry(TableSeparator.class, Kind.NOTHING),
            Map.entry(Heading.class, Kind.HEADING), Map.entry(BlockQuote.class, Kind.BLOCK_QUOTE),
            Map.entry(BulletList.class, Kind.BULLET_LIST), Map.entry(OrderedList.class, Kind.ORDERED_LIST),
            Map.entry(BulletListItem.class, Kind.LIST_ITEM), Map.entry(OrderedListItem.class, Kind.LIST_ITEM),
            Map.entry(FencedCodeBlock.class, Kind.FENCED_CODE), Map.entry(IndentedCodeBlock.class, Kind.INDENTED_CODE),
            Map.entry(ThematicBreak.class, Kind.THEMATIC_BREAK), Map.entry(TableBlock.class, Kind.TABLE),
            Map.entry(TableHead.class, Kind.TABLE_SECTION), Map.entry(TableBody.class, Kind.TABLE_SECTION),
            Map.entry(TableRow.class, Kind.TABLE_ROW), Map.entry(TableCell.class, Kind.TABLE_CELL),
            Map.entry(TableCaption.class, Kind.TABLE_CAPTION),
            Map.entry(AlertBlocks.Alert.class, Kind.ALERT), Map.entry(AlertBlocks.Video.class, Kind.VIDEO), Map.entry(AlertBlocks.Div.class, Kind.DIV),
            Map.entry(AlertBlocks.Calculator.class, Kind.CALCULATOR));

    private final HtmlLines out;
    private final LinkHtml links;
    private final RenderState state;
    private final Document document;
    private final ListOptions listOptions;
    /** The Markdown text, when text nodes can be read from it directly (flexmark reads NUL as U+FFFD). */
    private final String source;
    /** {@link #source} as an array, for the per-character scans of text (cheaper than {@code charAt} under C1). */
    private final char[] sourceChars;
    /** The shape of the table being written. */
    private TableShape table = new TableShape(0, List.of(), 0);
    /** Empty cells added to the document's tables so far ({@link TableShape#MOST_ADDED_CELLS}). */
    private long addedCells;
    /** How many links the text being written is inside: a bare address there is no link of its own. */
    private int inLinks;

    private HtmlEmitter(Document document, RenderState state, ListOptions listOptions, int sizeHint) {
        this.out = new HtmlLines(sizeHint);
        this.state = state;
        this.document = document;
        this.listOptions = listOptions;
        this.links = new LinkHtml(out, state, Parser.REFERENCES.get(document), this::linkChildren);
        this.source = document.getChars().getBase() instanceof String text && text.indexOf('\0') < 0 ? text : null;
        this.sourceChars = source == null ? null : source.toCharArray();
    }

    /**
     * The HTML of {@code document}; headings, anchors and resolved links are added to {@code state}.
     * {@code listOptions} are those of the document's options ({@code ListOptions.get(document)}),
     * read once per parser by the caller rather than once per document.
     */
    static String render(Document document, RenderState state, ListOptions listOptions) {
        HtmlEmitter emitter = new HtmlEmitter(document, state, listOptions, document.getTextLength() * 5 / 4 + 256);
        emitter.node(document);
        return emitter.out.finish();
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
            if (child instanceof HtmlInline && opensDroppedElement(child.getChars())) child = skipToClose(child);
        }
    }

    /** {@code <script>}, {@code <style>} and the like written inline: their content is not text to show. */
    private static boolean opensDroppedElement(CharSequence raw) {
        String name = MarkdownRenderer.tagName(raw);
        return HtmlSanitizer.dropsContent(name) && !raw.toString().stripLeading().startsWith("</")
                && !raw.toString().stripTrailing().endsWith("/>");
    }

    /** The matching close tag after {@code open} (the last sibling if there is none); what lies between is skipped. */
    private static Node skipToClose(Node open) {
        String name = MarkdownRenderer.tagName(open.getChars());
        Node n = open;
        while (n.getNext() != null) {
            n = n.getNext();
            if (n instanceof HtmlInline && n.getChars().toString().stripLeading().startsWith("</")
                    && MarkdownRenderer.tagName(n.getChars()).equals(name)) {
                return n;
            }
        }
        return n;
    }

    private void node(Node node) {
        Kind kind = KINDS.get(node.getClass());
        if (kind == null) throw new IllegalStateException("no HTML for Markdown node " + node.getClass().getName());
        switch (kind) {
            case DOCUMENT, CHILDREN -> children(node);
            case NOTHING -> { }
            case TEXT -> text(node.getChars());
            case SOFT_BREAK -> out.raw("\n");
            case HARD_BREAK -> out.raw("<br />\n");
            case EMPHASIS -> inlineTag("em", node);
            case STRONG -> inlineTag("strong", node);
            case CODE -> {
                out.raw("<code>");
                out.text(Escaping.collapseWhitespace(((Code) node).getText(), true));
                out.raw("</code>");
            }
            case ENTITY -> out.text(node.getChars().unescape());
            case PARAGRAPH -> paragraph((Paragraph) node);
            case HEADING -> heading((Heading) node);
            case BLOCK_QUOTE -> blockTag("blockquote", node);
            case BULLET_LIST -> blockTag("ul", node);
            case ORDERED_LIST -> orderedList((OrderedList) node);
            case LIST_ITEM -> listItem((ListItem) node);
            case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
            case INDENTED_CODE -> indentedCode((IndentedCodeBlock) node);
            case THEMATIC_BREAK -> {
                out.line();
                out.raw("<hr />");
                out.line();
            }
            case HTML_INLINE -> htmlInline(node);
            case HTML_BLOCK -> htmlBlock(node);
            case LINK -> links.link((Link) node);
            case LINK_REF -> links.linkRef((LinkRef) node);
            case IMAGE -> links.image((Image) node);
            case IMAGE_REF -> links.imageRef((ImageRef) node);
            case AUTO_LINK -> links.autoLink((AutoLink) node);
            case MAIL_LINK -> links.mailLink((MailLink) node);
            case TABLE -> {
                table = TableShape.of(node);
                if (addedCells + table.missing() > TableShape.MOST_ADDED_CELLS) table = table.asWritten();
                addedCells += table.missing();
                blockTag("table", node);
                out.line();
            }
            case TABLE_SECTION -> lineTag(node instanceof TableHead ? "thead" : "tbody", node);
            case TABLE_ROW -> tableRow(node);
            case TABLE_CAPTION -> lineTag("caption", node);
            case TABLE_CELL -> tableCell((TableCell) node);
            case ALERT -> alert((AlertBlocks.Alert) node);
            case VIDEO -> video((AlertBlocks.Video) node);
            case DIV -> div((AlertBlocks.Div) node);
            case CALCULATOR -> {
                out.line();
                out.raw(calculatorPlaceholder(((AlertBlocks.Calculator) node).name));
                out.line();
            }
        }
    }

    // ---- shapes of output, as flexmark's tag(), tagLine() and tagLineIndent() write them ----

    /** {@code <name>children</name>} inline. */
    private void inlineTag(String name, Node node) {
        out.open(name);
        children(node);
        out.close(name);
    }

    /** A tag on lines of its own, children inline: {@code <p>…</p>}, {@code <li>…</li>}. */
    private void lineTag(String name, Node node) {
        out.line();
        out.open(name);
        children(node);
        out.close(name);
        out.line();
    }

    /** A tag whose children are blocks, each tag on a line of its own: {@code <ul>}, {@code <blockquote>}. */
    private void blockTag(String name, Node node) {
        out.line();
        out.open(name);
        blockBody(name, node);
    }

    /** What follows the opening tag of {@link #blockTag}. */
    private void blockBody(String name, Node node) {
        out.line();
        children(node);
        out.line();
        out.close(name);
        out.line();
    }

    // ---- blocks ----

    private void paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, document)) {
            children(node);
        } else {
            lineTag("p", node);
        }
    }

    /**
     * The text with each DocFX directive token ({@code ## [!INCLUDE[pn](includes/pn.md)] Warnings}) as the text it
     * brings in: a heading's id and its entry in the page's contents are made of what the reader sees ("Contoso CRM
     * Warnings"), as DocFX makes them; the token's number made the id {@code 1-warnings}, renumbered by every include
     * added above it.
     */
    private String directivesAsText(String text) {
        if (text.indexOf(DocfxMarkdown.TOKEN) < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (int t = text.indexOf(DocfxMarkdown.TOKEN); t >= 0; t = text.indexOf(DocfxMarkdown.TOKEN, pos)) {
            int end = text.indexOf(DocfxMarkdown.TOKEN_END, t);
            if (end < 0) break;
            out.append(text, pos, t);
            int index = -1;
            try {
                index = Integer.parseInt(text.substring(t + 1, end));
            } catch (NumberFormatException e) {
                // not a token: dropped with its marks
            }
            if (index >= 0 && index < state.directives.size() && state.directives.get(index) instanceof DocfxMarkdown.Include include) {
                state.embeds.include(include.path()).ifPresent(i -> out.append(org.jsoup.Jsoup.parse(i.html()).text()));
            }
            pos = end + 1;
        }
        return out.append(text, pos, text.length()).toString();
    }

    /** Headings get ids: DocFX-style slugs of their visible text, unique in the page. */
    private void heading(Heading node) {
        String text = MarkdownRenderer.visible(directivesAsText(new TextCollectingVisitor().collectAndGetText(node)));
        String id = Slugs.unique(Slugs.of(text), state.ids);
        state.anchors.add(id);
        state.headings.add(new RenderedArticle.Heading(node.getLevel(), id, text));
        if (node.getLevel() == 1 && state.h1.isEmpty()) state.h1 = text;
        String name = "h" + node.getLevel();
        out.line();
        out.startTag(name);
        out.attr("id", id);
        out.endTag();
        children(node);
        out.close(name);
        out.line();
    }

    private void orderedList(OrderedList node) {
        int start = node.getStartNumber();
        out.line();
        out.startTag("ol");
        if (listOptions.isOrderedListManualStart() && start != 1) out.attr("start", String.valueOf(start));
        out.endTag();
        blockBody("ol", node);
    }

    private void listItem(ListItem node) {
        out.line();
        out.open("li");
        BasedSequence suffix = node.getMarkerSuffix();
        if (!suffix.isEmpty()) out.text(suffix.unescape());
        children(node);
        out.close("li");
        out.line();
    }

    private void fencedCode(FencedCodeBlock node) {
        out.line();
        out.raw("<pre>");
        out.openPre();
        BasedSequence info = node.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            out.startTag("code");
            out.attr("class", "language-" + node.getInfoDelimitedByAny(LANGUAGE_DELIMITERS).unescape());
            out.endTag();
        } else {
            out.raw("<code>");
        }
        out.text(node.getContentChars().normalizeEOL());
        out.raw("</code></pre>");
        out.closePre();
        out.line();
    }

    private void indentedCode(IndentedCodeBlock node) {
        out.line();
        out.raw("<pre>");
        out.openPre();
        out.raw("<code>");
        out.text(node.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        out.raw("</code></pre>");
        out.closePre();
        out.line();
    }

    /**
     * A table row, made as wide as the table's widest with empty cells (header cells in the head, aligned as their
     * column), as Markdig does.
     */
    private void tableRow(Node row) {
        out.line();
        out.open("tr");
        children(row);
        String name = row.getParent() instanceof TableHead ? "th" : "td";
        for (int i = TableShape.cells(row); i < table.width(); i++) {
            openCell(name, table.alignment(i), 1);
            out.close(name);
        }
        out.close("tr");
        out.line();
    }

    private void tableCell(TableCell node) {
        String name = node.isHeader() ? "th" : "td";
        openCell(name, node.getAlignment(), node.getSpan());
        children(node);
        out.close(name);
    }

    /** A cell's start tag: {@code <td align="left" colspan="2">}. */
    private void openCell(String name, TableCell.Alignment alignment, int span) {
        out.startTag(name);
        if (alignment != null) out.attr("align", alignment.name().toLowerCase(Locale.ROOT));
        if (span > 1) out.attr("colspan", String.valueOf(span));
        out.endTag();
    }

    /** Where the page builder puts the calculator's form (it needs the page's locale and templates). */
    static String calculatorPlaceholder(String name) {
        return "<div data-tolk-calculator=\"" + name + "\"></div>";
    }

    private void alert(AlertBlocks.Alert node) {
        String title = state.alertTitles.getOrDefault(node.kind, node.kind.toUpperCase(Locale.ROOT));
        out.line();
        out.startTag("div");
        out.attr("class", "alert alert-" + node.kind);
        out.attr("role", "note");
        out.endTag();
        out.line();
        alertTitle(title);
        blockBody("div", node);
    }

    private void div(AlertBlocks.Div node) {
        out.line();
        out.startTag("div");
        if (!node.classes.isEmpty()) out.attr("class", node.classes);
        out.endTag();
        out.line();
        blockBody("div", node);
    }

    private void video(AlertBlocks.Video node) {
        String title = state.alertTitles.getOrDefault("video", "Video");
        out.line();
        out.raw("<div class=\"alert alert-video\">");
        out.line();
        alertTitle(title);
        if (node.url.toLowerCase(Locale.ROOT).startsWith("https:") && HtmlSanitizer.safeUrl(node.url, Set.of("https"))) {
            out.startTag("iframe");
            out.attr("src", node.url);
            out.attr("title", title);
            out.attr("loading", "lazy");
            out.attr("allowfullscreen", "");
            out.attr("referrerpolicy", "no-referrer");
            out.attr("sandbox", "allow-scripts allow-same-origin allow-presentation");
            out.endTag();
            out.raw("</iframe>");
            out.line();
            out.raw("<p>");
            out.startTag("a");
            out.attr("href", node.url);
            out.endTag();
            out.text(node.url);
            out.raw("</a></p>");
            out.line();
        }
        out.line();
        out.close("div");
        out.line();
    }

    private void alertTitle(String title) {
        out.raw("<p class=\"alert-title\">");
        out.text(title);
        out.raw("</p>");
        out.line();
    }

    // ---- raw HTML ----

    private void htmlInline(Node node) {
        BasedSequence chars = node.getChars();
        if (links.xrefTag(chars.toString())) return;
        if (MarkdownRenderer.isMarkup(chars)) out.raw(RAW.inlineTag(chars.toString(), state));
        else out.text(chars);
    }

    private void htmlBlock(Node node) {
        // its lines without the block quote's '>' and the list item's indentation, as flexmark's own renderer writes them
        CharSequence chars = node instanceof com.vladsch.flexmark.util.ast.ContentNode content ? content.getContentChars() : node.getChars();
        out.line();
        if (MarkdownRenderer.isMarkup(chars)) {
            out.raw(RAW.block(chars.toString(), state));
        } else {
            out.raw("<p>");
            out.text(chars.toString().strip());
            out.raw("</p>");
        }
        out.line();
    }

    /**
     * A text node, unescaped and with line ends normalized as flexmark does. Most text has no
     * backslash, entity or CR, and is then copied straight from the source.
     */
    private void text(BasedSequence chars) {
        if (chars.indexOf('@') >= 0 && links.shorthand(Escaping.normalizeEOL(chars.unescape()))) return;
        if (inLinks == 0 && BareUrls.mayHold(chars)) {
            withBareUrls(Escaping.normalizeEOL(chars.unescape()));
            return;
        }
        if (source != null && chars instanceof SubSequence && chars.getBase() == source) {
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            if (plain(sourceChars, start, end)) {
                out.text(source, sourceChars, start, end);
                return;
            }
        }
        out.text(Escaping.normalizeEOL(chars.unescape()));
    }

    /** {@code text} with each bare web address in it a link, as DocFX's AutoLinks make them ({@link BareUrls}). */
    private void withBareUrls(String text) {
        int at = 0;
        for (int[] url = BareUrls.next(text, 0); url != null; url = BareUrls.next(text, url[1])) {
            out.text(text.substring(at, url[0]));
            links.bareUrl(text.substring(url[0], url[1]));
            at = url[1];
        }
        out.text(text.substring(at));
    }

    /** The children of a link (its text), where no bare address is a link of its own. */
    private void linkChildren(Node link) {
        inLinks++;
        try {
            children(link);
        } finally {
            inLinks--;
        }
    }

    private static boolean plain(char[] s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c == '\\' || c == '&' || c == '\r') return false;
        }
        return true;
    }
}
