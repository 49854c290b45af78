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
import com.vladsch.flexmark.ast.util.ReferenceRepository;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * the scheme allow-list and the page's {@link LinkResolver}; all other text is escaped.
 */
final class HtmlEmitter {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ms-settings");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** flexmark's default {@code SUPPRESSED_LINKS}: such links render as their text. */
    private static final Pattern SUPPRESSED = Pattern.compile("javascript:.*");
    private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");
    private static final RawHtml RAW = new RawHtml();

    private enum Kind {
        DOCUMENT, PARAGRAPH, TEXT, CHILDREN, SOFT_BREAK, HARD_BREAK, EMPHASIS, STRONG, CODE, ENTITY,
        LINK, LINK_REF, IMAGE, IMAGE_REF, AUTO_LINK, MAIL_LINK, HTML_INLINE, HTML_BLOCK, NOTHING,
        HEADING, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM, FENCED_CODE, INDENTED_CODE,
        THEMATIC_BREAK, TABLE, TABLE_SECTION, TABLE_ROW, TABLE_CELL, TABLE_CAPTION, ALERT, VIDEO, CALCULATOR
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
            Map.entry(AlertBlocks.Alert.class, Kind.ALERT), Map.entry(AlertBlocks.Video.class, Kind.VIDEO),
            Map.entry(AlertBlocks.Calculator.class, Kind.CALCULATOR));

    private final Lines out;
    private final RenderState state;
    private final Document document;
    private final ListOptions listOptions;
    private final ReferenceRepository references;
    /** The Markdown text, when text nodes can be read from it directly (flexmark reads NUL as U+FFFD). */
    private final String source;
    /** {@link #source} as an array, for the per-character scans of text (cheaper than {@code charAt} under C1). */
    private final char[] sourceChars;

    private HtmlEmitter(Document document, RenderState state, int sizeHint) {
        this.out = new Lines(sizeHint);
        this.state = state;
        this.document = document;
        this.listOptions = ListOptions.get(document);
        this.references = Parser.REFERENCES.get(document);
        this.source = document.getChars().getBase() instanceof String text && text.indexOf('\0') < 0 ? text : null;
        this.sourceChars = source == null ? null : source.toCharArray();
    }

    /** The HTML of {@code document}; headings, anchors and resolved links are added to {@code state}. */
    static String render(Document document, RenderState state) {
        HtmlEmitter emitter = new HtmlEmitter(document, state, document.getTextLength() * 5 / 4 + 256);
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
            case LINK -> link((Link) node);
            case LINK_REF -> linkRef((LinkRef) node);
            case IMAGE -> image((Image) node);
            case IMAGE_REF -> imageRef((ImageRef) node);
            case AUTO_LINK -> autoLink((AutoLink) node);
            case MAIL_LINK -> mailLink((MailLink) node);
            case TABLE -> {
                blockTag("table", node);
                out.line();
            }
            case TABLE_SECTION -> lineTag(node instanceof TableHead ? "thead" : "tbody", node);
            case TABLE_ROW -> lineTag("tr", node);
            case TABLE_CAPTION -> lineTag("caption", node);
            case TABLE_CELL -> tableCell((TableCell) node);
            case ALERT -> alert((AlertBlocks.Alert) node);
            case VIDEO -> video((AlertBlocks.Video) node);
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

    /** Headings get ids: DocFX-style slugs of their visible text, unique in the page. */
    private void heading(Heading node) {
        String text = MarkdownRenderer.visible(new TextCollectingVisitor().collectAndGetText(node));
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

    private void tableCell(TableCell node) {
        String name = node.isHeader() ? "th" : "td";
        out.startTag(name);
        if (node.getAlignment() != null) out.attr("align", node.getAlignment().name().toLowerCase(Locale.ROOT));
        if (node.getSpan() > 1) out.attr("colspan", String.valueOf(node.getSpan()));
        out.endTag();
        children(node);
        out.close(name);
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
        if (MarkdownRenderer.isMarkup(chars)) out.raw(RAW.inlineTag(chars.toString(), state));
        else out.text(chars);
    }

    private void htmlBlock(Node node) {
        CharSequence chars = node.getChars();
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

    // ---- links and images ----

    private void link(Link node) {
        if (SUPPRESSED.matcher(node.getUrl()).matches()) {
            children(node);
            return;
        }
        anchor(resolve(node.getUrl().unescape(), false), title(node.getTitle()), node);
    }

    private void linkRef(LinkRef node) {
        if (node.isDefined()) {
            Reference reference = node.getReferenceNode(references);
            String url = reference.getUrl().unescape();
            String href = resolve(url, false);
            if (SUPPRESSED.matcher(url).matches()) children(node);
            else anchor(href, title(reference.getTitle()), node);
            return;
        }
        // CommonMark: brackets without a definition are text ("[Net.ServicePointManager]::…"), not a link
        if (!node.hasChildren()) {
            out.text(node.getChars().unescape());
        } else {
            out.text(node.getChars().prefixOf(node.getChildChars()).unescape());
            children(node);
            out.text(node.getChars().suffixOf(node.getChildChars()).unescape());
        }
    }

    private void anchor(String href, String title, Node node) {
        out.startTag("a");
        out.attr("href", href);
        if (title != null) out.attr("title", title);
        out.endTag();
        children(node);
        out.raw("</a>");
    }

    private void image(Image node) {
        if (SUPPRESSED.matcher(node.getUrl()).matches()) return;
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        String src = resolve(node.getUrl().unescape(), true);
        if (!node.getUrlContent().isEmpty()) {
            src += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        img(src, alt, title(node.getTitle()));
    }

    private void imageRef(ImageRef node) {
        if (node.isDefined()) {
            Reference reference = node.getReferenceNode(references);
            String url = reference.getUrl().unescape();
            String src = resolve(url, true);
            if (!SUPPRESSED.matcher(url).matches()) {
                img(src, new TextCollectingVisitor().collectAndGetText(node), title(reference.getTitle()));
            }
            return;
        }
        out.text(node.getChars().unescape()); // no definition: text, as CommonMark says
    }

    private void img(String src, String alt, String title) {
        out.startTag("img");
        out.attr("src", src);
        out.attr("alt", alt);
        if (title != null) out.attr("title", title);
        out.raw(" />");
    }

    private void autoLink(AutoLink node) {
        String text = node.getText().toString();
        if (SUPPRESSED.matcher(node.getUrl()).matches()) {
            out.text(text);
            return;
        }
        String url = resolve(text, false);
        out.startTag("a");
        out.attr("href", url.startsWith("www.") ? "http://" + url : url);
        out.endTag();
        out.text(text);
        out.raw("</a>");
    }

    private void mailLink(MailLink node) {
        String text = node.getText().unescape();
        if (SUPPRESSED.matcher(node.getUrl()).matches()) {
            out.text(text);
            return;
        }
        out.startTag("a");
        out.attr("href", "mailto:" + resolve(text, false));
        out.endTag();
        out.text(text);
        out.raw("</a>");
    }

    private static String title(BasedSequence title) {
        return title.isNotNull() ? title.unescape() : null;
    }

    /**
     * The address to write for a link or image: empty stays empty (flexmark asks no resolver then,
     * and an undefined reference with it stays text); an unsafe scheme becomes {@code #}; anything
     * else goes through the page's resolver.
     */
    private String resolve(String url, boolean image) {
        if (url.isEmpty()) return url;
        if (!HtmlSanitizer.safeUrl(url, image ? IMAGE_SCHEMES : LINK_SCHEMES)) return "#";
        return state.resolve(url);
    }

    /**
     * A text node, unescaped and with line ends normalized as flexmark does. Most text has no
     * backslash, entity or CR, and is then copied straight from the source.
     */
    private void text(BasedSequence chars) {
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

    private static boolean plain(char[] s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c == '\\' || c == '&' || c == '\r') return false;
        }
        return true;
    }

    /**
     * The part of flexmark's {@code LineAppendableImpl} that shapes the renderer's output with our
     * settings (no indent prefix, {@code F_TRIM_LEADING_WHITESPACE}, at most one blank line in a
     * row, also at the end): {@link #line()} ends the current line only if it has text (always,
     * inside {@code <pre>}); outside {@code <pre>} spaces at the start of a line are dropped, and
     * runs of empty lines are cut to one. Written straight into one {@link StringBuilder}; blank
     * lines are held back until the next text, so they can be cut without looking back.
     */
    static final class Lines {
        private static final Set<String> NOT_RENDERED_WHEN_EMPTY = Set.of("class", "id", "name", "style");

        private final StringBuilder sb;
        private int lineStart;
        /** The current line holds only spaces and tabs (flexmark's {@code allWhitespace}). */
        private boolean blankSoFar = true;
        private int preNesting;
        private int lineCount;
        private int preFirstLine = -1;
        private int pendingBlankLines;

        Lines(int capacity) {
            sb = new StringBuilder(capacity);
        }

        void raw(CharSequence s) {
            String str = s.toString();
            write(str, null, 0, str.length(), false);
        }

        /** {@code s} escaped as flexmark's {@code Escaping.escapeHtml(s, false)} does. */
        void text(CharSequence s) {
            String str = s.toString();
            write(str, null, 0, str.length(), true);
        }

        /** {@code s[from, to)} escaped; {@code chars} is {@code s} as an array. */
        void text(String s, char[] chars, int from, int to) {
            write(s, chars, from, to, true);
        }

        /**
         * Appends {@code s[from, to)}, escaped if {@code escape}, in runs: only the characters that
         * the line rules or escaping care about are taken one at a time. {@code chars}, when not
         * null, is {@code s} as an array: scanned instead of {@code s}, runs still copied from {@code s}.
         */
        private void write(String s, char[] chars, int from, int to, boolean escape) {
            int run = from;
            for (int i = from; i < to; i++) {
                char c = chars != null ? chars[i] : s.charAt(i);
                if (c > '>') continue;
                boolean special = switch (c) {
                    case ' ' -> blankSoFar && run == i;
                    case '\n', '\r', '\t' -> true;
                    case '&', '<', '>', '"' -> escape;
                    default -> false;
                };
                if (!special) continue;
                appendRun(s, run, i);
                run = i + 1;
                switch (c) {
                    case '&' -> appendRun("&amp;", 0, 5);
                    case '<' -> appendRun("&lt;", 0, 4);
                    case '>' -> appendRun("&gt;", 0, 4);
                    case '"' -> appendRun("&quot;", 0, 6);
                    default -> put(c);
                }
            }
            appendRun(s, run, to);
        }

        /** Characters that are neither line breaks, tabs nor leading spaces: taken as they are. */
        private void appendRun(String s, int from, int to) {
            if (from >= to) return;
            if (pendingBlankLines > 0) flushBlankLines();
            sb.append(s, from, to);
            blankSoFar = false;
        }

        void open(String name) {
            put('<');
            raw(name);
            put('>');
        }

        void close(String name) {
            put('<');
            put('/');
            raw(name);
            put('>');
        }

        /** {@code <name}: attributes follow, then {@link #endTag()}. */
        void startTag(String name) {
            put('<');
            raw(name);
        }

        void endTag() {
            put('>');
        }

        /** One attribute as flexmark writes it: entities in the value kept, empty ids and classes left out. */
        void attr(String name, String value) {
            if (value.isEmpty() && NOT_RENDERED_WHEN_EMPTY.contains(name)) return;
            put(' ');
            raw(name);
            raw("=\"");
            raw(needsEscape(value) ? Escaping.escapeHtml(value, true) : value);
            put('"');
        }

        private static boolean needsEscape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '&' || c == '<' || c == '>' || c == '"') return true;
            }
            return false;
        }

        /** Ends the current line if it has text, or always inside {@code <pre>}. */
        void line() {
            if (preNesting > 0 || sb.length() != lineStart) eol();
        }

        void openPre() {
            if (preNesting == 0 && preFirstLine != lineCount) preFirstLine = lineCount;
            preNesting++;
        }

        void closePre() {
            preNesting--;
        }

        String finish() {
            line();
            if (pendingBlankLines > 0) sb.append('\n');
            return sb.toString();
        }

        private void put(char c) {
            if (c == '\n') {
                eol();
                return;
            }
            if (c == ' ') {
                if (preNesting == 0 && blankSoFar) return;
            } else if (c != '\t') {
                blankSoFar = false;
            }
            if (pendingBlankLines > 0 && c != '\r') flushBlankLines();
            sb.append(c);
        }

        /**
         * Ends the line. flexmark counts a line as empty also when all it holds is the {@code \r} of
         * a CRLF (the {@code \r} goes with the line end); outside {@code <pre>} such lines are held back.
         */
        private void eol() {
            int length = sb.length() - lineStart;
            boolean empty = length == 0 || length == 1 && sb.charAt(lineStart) == '\r';
            if (empty && preNesting == 0 && preFirstLine != lineCount) {
                sb.setLength(lineStart);
                pendingBlankLines++;
            } else {
                if (pendingBlankLines > 0) flushBlankLines();
                sb.append('\n');
            }
            lineCount++;
            lineStart = sb.length();
            blankSoFar = true;
        }

        /** Writes the held-back empty lines (at most one) before the text of the current line. */
        private void flushBlankLines() {
            // the line holds at most a CR so far: usually the break can be appended, not inserted
            if (lineStart == sb.length()) sb.append('\n');
            else sb.insert(lineStart, '\n');
            pendingBlankLines = 0;
            lineStart++;
        }
    }
}
