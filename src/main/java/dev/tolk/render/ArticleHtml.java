package dev.tolk.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The DOM stage of article rendering (jsoup): sanitizes, turns DocFX alert blockquotes
 * ({@code > [!NOTE]}, {@code > [!VIDEO url]}) into alert boxes with localized titles, gives every
 * heading an id, rewrites link and image addresses through the page's {@link LinkResolver}, and
 * collects headings and anchors. One parse and one serialization per page.
 */
final class ArticleHtml {
    private static final Pattern ALERT = Pattern.compile("^\\s*\\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO = Pattern.compile("^\\s*\\[!VIDEO\\s+([^\\]\\s]+)\\s*\\]\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    RenderedArticle process(String html, LinkResolver links, Map<String, String> alertTitles) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = doc.body();
        sanitizer.sanitize(body);
        for (Element quote : body.select("blockquote")) alert(quote, alertTitles);
        for (Element a : body.select("a[href]")) a.attr("href", links.resolve(a.attr("href")));
        for (Element img : body.select("img[src]")) img.attr("src", links.resolve(img.attr("src")));

        Set<String> taken = new HashSet<>();
        for (Element e : body.select("[id]")) taken.add(e.id());
        List<RenderedArticle.Heading> headings = new ArrayList<>();
        String h1 = "";
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = visibleText(h);
            if (!h.hasAttr("id")) h.attr("id", Slugs.unique(Slugs.of(text), taken));
            int level = h.normalName().charAt(1) - '0';
            if (level == 1 && h1.isEmpty()) h1 = text;
            headings.add(new RenderedArticle.Heading(level, h.id(), text));
        }
        Set<String> anchors = new LinkedHashSet<>();
        for (Element e : body.select("[id], a[name]")) {
            if (e.hasAttr("id")) anchors.add(e.id());
            if (e.hasAttr("name")) anchors.add(e.attr("name"));
        }
        return new RenderedArticle(body.html(), h1, List.copyOf(headings), List.copyOf(anchors));
    }

    /** Text a reader sees: hidden lookup halves left out, whitespace collapsed. */
    static String visibleText(Element e) {
        StringBuilder sb = new StringBuilder();
        appendVisible(e, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendVisible(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) sb.append(t.getWholeText());
            else if (child instanceof Element el && !el.hasAttr("hidden")) appendVisible(el, sb);
        }
    }

    private static void alert(Element quote, Map<String, String> titles) {
        Element first = quote.firstElementChild();
        if (first == null || !first.normalName().equals("p")) return;
        Node lead = first.childNodeSize() > 0 ? first.childNode(0) : null;
        if (!(lead instanceof TextNode text)) return;
        Matcher video = VIDEO.matcher(first.text());
        if (video.matches() && first.childNodeSize() == 1) {
            String url = video.group(1);
            Element box = new Element("div").addClass("alert").addClass("alert-video");
            box.appendElement("p").addClass("alert-title").text(titles.getOrDefault("video", "Video"));
            if (HtmlSanitizer.safeUrl(url, Set.of("https")) && url.toLowerCase(Locale.ROOT).startsWith("https:")) {
                box.appendElement("iframe").attr("src", url).attr("title", titles.getOrDefault("video", "Video"))
                        .attr("loading", "lazy").attr("allowfullscreen", true)
                        .attr("sandbox", "allow-scripts allow-same-origin allow-presentation")
                        .attr("referrerpolicy", "no-referrer");
                box.appendElement("p").appendElement("a").attr("href", url).text(url);
            }
            quote.replaceWith(box);
            return;
        }
        Matcher m = ALERT.matcher(text.getWholeText());
        if (!m.find()) return;
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        text.text(text.getWholeText().substring(m.end()));
        if (first.childNodeSize() > 0 && first.childNode(0) instanceof TextNode t && t.isBlank()) t.remove();
        if (first.childNodeSize() > 0 && first.childNode(0) instanceof Element br && br.normalName().equals("br")) br.remove();
        if (first.childNodeSize() == 0) first.remove();
        Element box = new Element("div").addClass("alert").addClass("alert-" + kind).attr("role", "note");
        box.appendElement("p").addClass("alert-title").text(titles.getOrDefault(kind, kind.toUpperCase(Locale.ROOT)));
        for (Node child : new ArrayList<>(quote.childNodes())) box.appendChild(child);
        quote.replaceWith(box);
    }
}
