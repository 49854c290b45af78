package dev.tolk.render;

import java.util.List;

/**
 * View models of the YAML page templates ({@code landing.ftlh}, {@code faq.ftlh},
 * {@code hub.ftlh}), which render the content of a page that {@code article.ftlh} then frames.
 * Fields named {@code …Html} hold HTML made safe here (escaped text, sanitized Markdown, each
 * translation unit a {@code data-ttu-id} span with its English lookup hidden beside it); every
 * other field is plain text for the template to escape. Addresses are relative to the page.
 */
public final class YamlPageModels {
    private YamlPageModels() {
    }

    /**
     * A page's content. {@code summaryHtml} is text for a Landing or Hub page and Markdown (block
     * HTML) for a FAQ; {@code additionalHtml} is the closing Markdown (a FAQ's
     * {@code additionalContent}, a Hub's footer).
     */
    public record Content(String kind, String titleHtml, String summaryHtml, List<Section> sections,
                          String additionalHtml) {
    }

    /**
     * A section: its heading at {@code level} (0 when it has none: a Landing page's cards, a FAQ of
     * one section), its summary, and its cards or questions, whose headings are at {@code itemLevel}.
     */
    public record Section(String id, String titleHtml, String summaryHtml, int level, int itemLevel, List<Card> cards,
                          List<Question> questions) {
    }

    /**
     * A card: heading (a link to {@code href} when set), summary, icon ({@code imageSrc}, with
     * {@code imageAlt}: empty, the icon being decorative beside the title), item type, lists of
     * links and a closing link ({@code footer}, may be null).
     */
    public record Card(String id, String titleHtml, String summaryHtml, String href, String imageSrc, String imageAlt,
                       String itemType, List<LinkList> lists, ListLink footer) {
    }

    /** A list of links; {@code type} is a Landing page's {@code linkListType} (empty if none). */
    public record LinkList(String type, List<ListLink> links) {
    }

    /** A link of a list; {@code href} is empty when the address is unsafe (the text is shown alone). */
    public record ListLink(String textHtml, String href, String noteHtml, String itemType) {
    }

    /** A question and its answer (block HTML); {@code id} is the question heading's anchor. */
    public record Question(String id, String questionHtml, String answerHtml) {
    }
}
