package dev.tolk.render;

import java.util.List;

/**
 * An article body ready for a template: sanitized HTML, the text of its first level-1 heading
 * (empty if none), its headings (for an in-page table of contents) and every anchor a link can
 * target (heading ids, {@code <a name>}, explicit ids), in document order.
 */
public record RenderedArticle(String html, String h1, List<Heading> headings, List<String> anchors) {

    public record Heading(int level, String id, String text) {
    }
}
