package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.render.PageRenderer;
import dev.tolk.testing.Costly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article pages written without FreeMarker ({@code DefaultArticleWriter}, used while the bundled
 * templates are in effect) are byte for byte the pages FreeMarker renders: the real docsets and
 * the DocFX docset (its YAML pages are framed by the article template too) are built again with
 * a project templates folder whose {@code article.ftlh} differs from the bundled one only by a
 * comment, which sends every page through FreeMarker, and the two sites are compared whole.
 */
@Costly(seconds = 15)
class DirectArticlePagesIT {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @Test
    void realDocsetsHaveTheSamePagesThroughFreeMarker(@TempDir Path tmp) throws Exception {
        assertSameSiteThroughFreeMarker(BuiltOnce.realDocsets(), tmp);
    }

    @Test
    void docfxDocsetHasTheSamePagesThroughFreeMarker(@TempDir Path tmp) throws Exception {
        assertSameSiteThroughFreeMarker(BuiltOnce.docfx(), tmp);
    }

    private static void assertSameSiteThroughFreeMarker(BuiltOnce.Build direct, Path tmp) throws Exception {
        assertTrue(new PageRenderer(TEMPLATES).writesArticlesDirectly(), "the bundled templates are written directly");
        Path templates = tmp.resolve("templates");
        for (String f : GoldenSiteTest.files(TEMPLATES)) {
            Files.createDirectories(templates.resolve(f).getParent());
            Files.copy(TEMPLATES.resolve(f), templates.resolve(f));
        }
        Files.writeString(templates.resolve("article.ftlh"), "<#-- a project's own copy -->\n", java.nio.file.StandardOpenOption.APPEND);
        assertFalse(new PageRenderer(templates).writesArticlesDirectly(), "a changed article.ftlh goes through FreeMarker");

        Path site = tmp.resolve("site");
        List<Diagnostic> diagnostics = GoldenSiteTest.build(direct.project(), templates, site, 2, Files::readAllBytes);
        GoldenSiteTest.assertSameTree(direct.site(), site);
        assertEquals(direct.diagnostics(), diagnostics);
    }
}
