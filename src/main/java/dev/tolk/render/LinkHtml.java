package dev.tolk.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.tolk.model.XrefAddress;
import dev.tolk.parse.LinkExtractor;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The links and images of {@link HtmlEmitter}, written as flexmark wrote them: every address
 * goes through the scheme allow-list and then the page's {@link LinkResolver} (an unsafe one
 * becomes {@code #}); {@code javascript:} links render as their text; references without a
 * definition stay text, as CommonMark says.
 */
final class LinkHtml {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ms-settings");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** flexmark's default {@code SUPPRESSED_LINKS}: such links render as their text. */
    private static final Pattern SUPPRESSED = Pattern.compile("javascript:.*");

    private final HtmlLines out;
    private final RenderState state;
    private final ReferenceRepository references;
    /** Writes a node's children (the emitter's walk). */
    private final Consumer<Node> children;
    /** How many links the writer is inside (a cross reference inside link text stays text). */
    private int insideLink;

    LinkHtml(HtmlLines out, RenderState state, ReferenceRepository references, Consumer<Node> children) {
        this.out = out;
        this.state = state;
        this.references = references;
        this.children = children;
    }


    void link(Link node) {
        if (SUPPRESSED.matcher(node.getUrl()).matches()) {
            children.accept(node);
            return;
        }
        if (XrefAddress.is(node.getUrl())) {
            String url = node.getUrl().unescape();
            var target = state.links.xref(XrefAddress.uid(url), XrefAddress.displayProperty(url));
            if (target.isEmpty()) {
                if (node.hasChildren()) children.accept(node);
                else out.text(XrefAddress.uid(url)); // unresolved: text, never a dead link (the checker reports it)
                return;
            }
            String href = target.get().href() + XrefAddress.fragment(url);
            if (node.hasChildren()) {
                anchor(href, title(node.getTitle()), node);
            } else {
                xrefAnchor(href, xrefText(url, target.get().name()));
            }
            return;
        }
        String url = node.getUrl().unescape();
        anchor(resolve(url, false), title(node.getTitle()), node, state.links.download(url));
    }

    void linkRef(LinkRef node) {
        if (node.isDefined()) {
            Reference reference = node.getReferenceNode(references);
            String url = reference.getUrl().unescape();
            String href = resolve(url, false);
            if (SUPPRESSED.matcher(url).matches()) children.accept(node);
            else anchor(href, title(reference.getTitle()), node, state.links.download(url));
            return;
        }
        // CommonMark: brackets without a definition are text ("[Net.ServicePointManager]::…"), not a link
        if (!node.hasChildren()) {
            out.text(node.getChars().unescape());
        } else {
            out.text(node.getChars().prefixOf(node.getChildChars()).unescape());
            children.accept(node);
            out.text(node.getChars().suffixOf(node.getChildChars()).unescape());
        }
    }

    private void anchor(String href, String title, Node node) {
        anchor(href, title, node, false);
    }

    private void anchor(String href, String title, Node node, boolean download) {
        out.startTag("a");
        out.attr("href", href);
        if (title != null) out.attr("title", title);
        if (download) out.attr("download", "");
        out.endTag();
        insideLink++;
        children.accept(node);
        insideLink--;
        out.raw("</a>");
    }

    /**
     * Writes {@code text} with each DocFX shorthand cross reference ({@code @uid}, {@code @"uid"} or
     * {@code @'uid'}, after a space, a bracket or the start) that names a known uid as a link to it; returns false, having
     * written nothing, when there is none. An {@code @word} no page defines stays text: it is
     * far more often a mention than a reference.
     */
    boolean shorthand(String text) {
        if (insideLink > 0 || text.indexOf('@') < 0) return false;
        boolean found = false;
        int last = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int close = LinkExtractor.quotedShorthandAt(text, at);
            // a bare @uid only after a space, a bracket, the start, or a unit's start (a translation that begins with it)
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            if (close < 0 && !(Character.isWhitespace(before) || before == '(' || UnitMarkers.isMarker(before))) continue;
            int end = at + 1;
            String uid;
            String quoted = null;
            if (close > 0) { // @"uid" or @'uid': the uid as quoted, with DocFX's query (?text=, ?displayProperty=)
                quoted = text.substring(at + 2, close);
                uid = XrefAddress.uid(quoted);
                end = close + 1;
            } else {
                if (end >= text.length() || !Character.isLetter(text.charAt(end))) continue;
                while (end < text.length() && uidChar(text.charAt(end))) end++;
                while (end > at + 1 && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '*') end--;
                uid = text.substring(at + 1, end);
            }
            var target = state.links.xref(uid, quoted == null ? null : XrefAddress.displayProperty(quoted));
            if (target.isEmpty()) continue;
            found = true;
            out.text(text.substring(last, at));
            xrefAnchor(target.get().href() + (quoted == null ? "" : XrefAddress.fragment(quoted)),
                    quoted == null ? target.get().name() : xrefText(quoted, target.get().name()));
            last = end;
        }
        if (!found) return false;
        out.text(text.substring(last));
        return true;
    }

    /** The text of an xref with no text of its own: its {@code text=}, else the target's name. */
    private static String xrefText(String url, String name) {
        String text = XrefAddress.text(url);
        return text == null || text.isBlank() ? name : text;
    }

    private static boolean uidChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '#' || c == '*' || c == '`';
    }

    void image(Image node) {
        if (SUPPRESSED.matcher(node.getUrl()).matches()) return;
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        String src = resolve(node.getUrl().unescape(), true);
        if (!node.getUrlContent().isEmpty()) {
            src += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        img(src, alt, title(node.getTitle()));
    }

    void imageRef(ImageRef node) {
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

    private static final Pattern XREF_TAG = Pattern.compile("(?is)<xref\\s([^>]*?)/?>");
    private static final Pattern XREF_ATTRIBUTE =
            Pattern.compile("(?i)\\b(href|uid|displayProperty)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /**
     * DocFX's {@code <xref href="uid" displayProperty="fullName"/>} (or {@code uid=}): written as
     * a link to the uid's page showing its name, or as the uid when it is unknown; returns false,
     * having written nothing, for any other tag.
     */
    boolean xrefTag(String tag) {
        if (tag.length() < 6 || !tag.regionMatches(true, 0, "<xref", 0, 5)) return false;
        var m = XREF_TAG.matcher(tag);
        if (!m.matches()) return false;
        String uid = null;
        String property = null;
        var a = XREF_ATTRIBUTE.matcher(m.group(1));
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3);
            if (a.group(1).equalsIgnoreCase("displayProperty")) property = value;
            else if (uid == null) uid = value.strip();
        }
        if (uid == null || uid.isEmpty()) return false;
        var target = state.links.xref(uid, property);
        if (target.isPresent()) xrefAnchor(target.get().href(), target.get().name());
        else out.text(uid);
        return true;
    }

    /** A cross reference showing its target's name. */
    void xrefAnchor(String href, String name) {
        out.startTag("a");
        out.attr("href", href);
        out.endTag();
        out.text(name);
        out.raw("</a>");
    }

    void autoLink(AutoLink node) {
        String text = node.getText().toString();
        if (XrefAddress.is(node.getUrl())) { // <xref:uid>
            String url = node.getUrl().toString();
            var target = state.links.xref(XrefAddress.uid(url), XrefAddress.displayProperty(url));
            if (target.isPresent()) xrefAnchor(target.get().href() + XrefAddress.fragment(url), xrefText(url, target.get().name()));
            else out.text(XrefAddress.uid(url));
            return;
        }
        linkShowingAddress(node.getUrl(), text, () -> {
            String url = resolve(text, false);
            return url.startsWith("www.") ? "http://" + url : url;
        });
    }

    /**
     * A web address written bare in text ({@link BareUrls}), shown as written and linked as written ({@code www.}
     * addresses over {@code http://}, as DocFX does); not mapped to the site's pages, and not checked.
     */
    void bareUrl(String url) {
        out.startTag("a");
        out.attr("href", Escaping.percentEncodeUrl(url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url));
        out.endTag();
        out.text(url);
        out.raw("</a>");
    }

    void mailLink(MailLink node) {
        String text = node.getText().unescape();
        linkShowingAddress(node.getUrl(), text, () -> "mailto:" + resolve(text, false));
    }

    /** A link whose text is its address ({@code <…>} or a bare URL); {@code href} is asked for only if it is not suppressed. */
    private void linkShowingAddress(BasedSequence url, String text, Supplier<String> href) {
        if (SUPPRESSED.matcher(url).matches()) {
            out.text(text);
            return;
        }
        out.startTag("a");
        out.attr("href", href.get());
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
}
