package dev.tolk.render;

import dev.tolk.model.Article;
import dev.tolk.model.FrontMatter;
import dev.tolk.model.TranslationUnit;
import dev.tolk.model.YamlPage.Text;
import dev.tolk.model.YamlPage;
import dev.tolk.render.YamlPageModels.Card;
import dev.tolk.render.YamlPageModels.Content;
import dev.tolk.render.YamlPageModels.LinkList;
import dev.tolk.render.YamlPageModels.ListLink;
import dev.tolk.render.YamlPageModels.Question;
import dev.tolk.render.YamlPageModels.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link YamlPage} into the view model of its template, the way {@link ArticleRenderer}
 * renders an article: on a translated page each unit shows its translation in a
 * {@code data-ttu-id} span followed by its English in a hidden lookup (a unit without a
 * translation shows its English, marked untranslated); on a source page reconstructed from
 * lookups each unit shows its English. Plain-text fields are escaped; Markdown fields (a FAQ's
 * summary, answers and closing content, a Hub's footer) go through the Markdown renderer, so
 * their HTML, links and images are made safe as an article's are. Every address passes the scheme
 * allow-list and then the page's {@link LinkResolver}. Thread-safe.
 */
public final class YamlPageRenderer {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ms-settings");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private final ArticleRenderer markdown;

    public YamlPageRenderer(ArticleRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * A rendered page: the model, the template to run it through, its headings of sections and
     * questions (for the in-page table of contents) and every anchor a link can target.
     */
    public record Rendered(Content content, String template, List<RenderedArticle.Heading> headings,
                           List<String> anchors) {
    }

    /**
     * What a page's strings are rendered with: its link resolver, the language of the English
     * halves ({@code null} for a source page reconstructed from lookups), the alert titles of the
     * page's locale and of the source locale (for Markdown fields), and the title that heads the
     * page when its YAML has none (its metadata title, or its file name).
     */
    public record Sides(LinkResolver links, String sourceLang, Map<String, String> alertTitles,
                        Map<String, String> sourceAlertTitles, String fallbackTitle) {
    }

    public Rendered render(YamlPage page, Sides sides) {
        return new Run(page, sides).render();
    }

    /** One render: the ids taken so far, the headings and anchors found. */
    private final class Run {
        private final YamlPage page;
        private final Sides sides;
        private final Set<String> ids = new HashSet<>();
        private final List<RenderedArticle.Heading> headings = new ArrayList<>();
        private final List<String> anchors = new ArrayList<>();

        Run(YamlPage page, Sides sides) {
            this.page = page;
            this.sides = sides;
        }

        Rendered render() {
            boolean faq = page.type() == YamlPage.Type.FAQ;
            String summary = faq ? markdown(page.summary()) : text(page.summary());
            List<Section> sections = new ArrayList<>();
            // a FAQ of one section shows no section heading (the schema's rule); nor does an untitled section
            boolean sectionHeadings = !faq || page.sections().size() > 1;
            for (YamlPage.Section s : page.sections()) {
                boolean titled = sectionHeadings && !s.title().isEmpty();
                String id = titled ? heading(2, s.title()) : "";
                int itemLevel = titled ? 3 : 2;
                List<Card> cards = new ArrayList<>();
                for (YamlPage.Card c : s.cards()) cards.add(card(c, itemLevel));
                List<Question> questions = new ArrayList<>();
                for (YamlPage.Question q : s.questions()) {
                    String qid = heading(itemLevel, q.question());
                    questions.add(new Question(qid, text(q.question()), markdown(q.answer())));
                }
                sections.add(new Section(id, titled ? text(s.title()) : "", text(s.summary()), titled ? 2 : 0, itemLevel,
                        List.copyOf(cards), List.copyOf(questions)));
            }
            String additional = markdown(page.additional());
            String title = page.title().isEmpty() ? escape(sides.fallbackTitle()) : text(page.title());
            Content content = new Content(page.type().name().toLowerCase(java.util.Locale.ROOT), title,
                    summary, List.copyOf(sections), additional);
            String template = switch (page.type()) {
                case LANDING -> "landing.ftlh";
                case FAQ -> "faq.ftlh";
                case HUB -> "hub.ftlh";
            };
            return new Rendered(content, template, List.copyOf(headings), List.copyOf(anchors));
        }

        private Card card(YamlPage.Card c, int level) {
            String id = c.title().isEmpty() ? "" : heading(level, c.title());
            List<LinkList> lists = new ArrayList<>();
            for (YamlPage.LinkGroup g : c.groups()) {
                List<ListLink> links = new ArrayList<>();
                for (YamlPage.LinkItem l : g.links()) links.add(link(l));
                lists.add(new LinkList(g.type(), List.copyOf(links)));
            }
            return new Card(id, text(c.title()), text(c.summary()), href(c.url(), false), href(c.imageSrc(), true), "",
                    c.itemType(), List.copyOf(lists), c.footer() == null ? null : link(c.footer()));
        }

        private ListLink link(YamlPage.LinkItem l) {
            return new ListLink(text(l.text()), href(l.url(), false), text(l.note()), l.itemType());
        }

        /** A heading's anchor, unique in the page (and its place in the in-page table of contents). */
        private String heading(int level, Text title) {
            String visible = plain(title);
            String id = Slugs.unique(Slugs.of(visible), ids);
            anchors.add(id);
            headings.add(new RenderedArticle.Heading(level, id, visible));
            return id;
        }

        private String plain(Text t) {
            return t.plain(sides.sourceLang() == null);
        }

        /** The address to write: empty when there is none or its scheme is not allowed; else resolved for this page. */
        private String href(Text url, boolean image) {
            String u = url.value();
            if (u.isEmpty() || !HtmlSanitizer.safeUrl(u, image ? IMAGE_SCHEMES : LINK_SCHEMES)) return "";
            return sides.links().resolve(u);
        }

        /** A plain-text field: escaped, its units woven as an article's are. */
        private String text(Text t) {
            if (t.isEmpty()) return "";
            List<TranslationUnit> units = t.units();
            if (units.isEmpty()) return escape(t.value());
            boolean source = sides.sourceLang() == null;
            String value = t.value();
            StringBuilder doc = new StringBuilder(value.length() + units.size() * 8);
            String[] lookups = new String[units.size()];
            int pos = 0;
            for (int i = 0; i < units.size(); i++) {
                TranslationUnit u = units.get(i);
                doc.append(escape(value.substring(pos, u.start())));
                UnitMarkers.appendStart(doc, i);
                if (source ? u.sourceStart() >= 0 : u.targetStart() >= 0) doc.append(escape(source ? u.source() : u.target()));
                UnitMarkers.appendEnd(doc, i);
                if (!source && u.sourceStart() >= 0) lookups[i] = escape(u.source());
                pos = u.end();
            }
            doc.append(escape(value.substring(pos)));
            return source
                    ? UnitWeaver.weave(doc.toString(), units, lookups, null)
                    : UnitWeaver.weave(doc.toString(), units, lookups, sides.sourceLang(),
                            sides.alertTitles().get(ArticleRenderer.UNTRANSLATED));
        }

        /** A Markdown field: rendered as an article body is (its anchors join the page's). */
        private String markdown(Text t) {
            if (t.isEmpty()) return "";
            Article doc = new Article("", "", "", t.value(), 0, FrontMatter.NONE, t.units());
            SourceRenders sources = new SourceRenders(sides.sourceAlertTitles());
            RenderedArticle out = sides.sourceLang() == null
                    ? markdown.renderSource(doc, sides.links(), sources)
                    : markdown.renderTranslation(doc, sides.sourceLang(), sides.links(), sides.alertTitles(), sources);
            for (String a : out.anchors()) {
                if (ids.add(a)) anchors.add(a);
            }
            return out.html().strip();
        }
    }

    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r == null) {
                if (out != null) out.append(c);
            } else {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(r);
            }
        }
        return out == null ? s : out.toString();
    }
}
