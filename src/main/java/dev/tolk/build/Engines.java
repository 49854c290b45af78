package dev.tolk.build;

import dev.tolk.parse.ArticleParser;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.render.MarkdownRenderer;
import dev.tolk.render.PageRenderer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a build runs its stages with, made once (DESIGN §4) and shared by every thread: the
 * interface strings, the article parser (front matter, pairs), the Markdown renderer (flexmark's
 * parser and renderer) and the page templates (FreeMarker). {@code tolk serve} keeps one set
 * until a template or an interface string changes.
 */
public record Engines(Path templatesDir, InterfaceStrings strings, ArticleParser parser, ArticleRenderer renderer,
                      PageRenderer templates) {

    /** The engines for the templates folder {@code templates} (its {@code i18n/} overrides the shipped strings). */
    public static Engines load(Path templates) throws IOException {
        return new Engines(templates, InterfaceStrings.load(templates.resolve("i18n")), new ArticleParser(),
                new ArticleRenderer(new MarkdownRenderer()), new PageRenderer(templates));
    }
}
