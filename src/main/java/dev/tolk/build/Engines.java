package dev.tolk.build;

import dev.tolk.parse.ArticleParser;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.render.MarkdownRenderer;
import dev.tolk.render.PageRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a build runs its stages with, made once (DESIGN §4) and shared by every thread: the
 * interface strings, the article parser (front matter, pairs), the Markdown renderer (flexmark's
 * parser and renderer) and the page templates (FreeMarker). {@code tolk serve} keeps one set
 * until a template or an interface string changes.
 */
public record Engines(Path templatesDir, InterfaceStrings strings, ArticleParser parser, ArticleRenderer renderer,
                      PageRenderer templates) {

    /** The engines no option decides: the parser and the Markdown renderer. */
    private record Parts(ArticleParser parser, ArticleRenderer renderer) {
        static Parts make() {
            return new Parts(new ArticleParser(), new ArticleRenderer(new MarkdownRenderer()));
        }
    }

    /** The parts {@link #warmUp} is making, for the next {@link #load} to take. */
    private static final AtomicReference<FutureTask<Parts>> WARM = new AtomicReference<>();

    /**
     * Starts making the parts of the engines that no option decides, and loading the template
     * engine's classes, on a daemon thread: a command that will load engines calls it before it
     * reads its arguments (mostly class loading, which would otherwise wait for that), and the
     * next {@link #load} takes them.
     */
    public static void warmUp() {
        FutureTask<Parts> task = new FutureTask<>(() -> {
            Parts parts = Parts.make();
            new PageRenderer(null); // FreeMarker's classes loaded and initialized; the instance is not kept
            return parts;
        });
        if (!WARM.compareAndSet(null, task)) return;
        Thread thread = new Thread(task, "tolk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The engines for the templates folder {@code templates} (its {@code i18n/} overrides the shipped strings). */
    public static Engines load(Path templates) throws IOException {
        Parts parts = warmedUp();
        return new Engines(templates, InterfaceStrings.load(templates.resolve("i18n")), parts.parser(), parts.renderer(),
                new PageRenderer(templates));
    }

    /** The parts {@link #warmUp} made, once; else made now. */
    private static Parts warmedUp() {
        FutureTask<Parts> warm = WARM.getAndSet(null);
        if (warm == null) return Parts.make();
        try {
            return warm.get();
        } catch (ExecutionException e) {
            return Parts.make(); // a failure here is one to meet where the build can report it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Parts.make();
        }
    }
}
