package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.render.PageModels.Frame;
import dev.tolk.render.PageModels.SearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's templates are not trusted to run code: they can read the view models and print,
 * never create an object of a class they name ({@code ?new}), reach the Java API behind a value
 * ({@code ?api}), or climb from a value to its class and class loader. Each attempt is a template
 * error, and what the template printed before it is not a page.
 */
class TemplateSafetyTest {
    private static final SearchPage PAGE = new SearchPage(new Frame("nl-NL", "ltr", "T", "S", "", "index.html", "",
            List.of(), List.of(), Map.of("k", "v"), "toc.html"));

    @Test
    void refusesToInstantiateClassesWithNew(@TempDir Path templates) throws Exception {
        assertRefused(templates, "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
        assertRefused(templates, "<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>${o(\"java.io.File\", \"x\")}");
        assertRefused(templates, "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()>x");
        assertRefused(templates, "<#assign s = \"java.lang.StringBuilder\"?new()>x");
    }

    @Test
    void refusesTheJavaApiOfValues(@TempDir Path templates) throws Exception {
        assertRefused(templates, "${page.frame.t?api.get(\"k\")}");
        assertRefused(templates, "${page.frame.lang?api.getClass().getName()}");
    }

    @Test
    void refusesToReachClassesOrClassLoadersThroughValues(@TempDir Path templates) throws Exception {
        assertRefused(templates, "${page.getClass().forName(\"java.lang.Runtime\")}");
        assertRefused(templates, "${page.class.classLoader}");
        assertRefused(templates, "${page.getClass().getClassLoader()}");
        // FreeMarker's own policy allowed this one: it printed the jar's path and class loader
        assertRefused(templates, "${page.getClass().getProtectionDomain()}");
        assertRefused(templates, "${page.frame.getClass().getName()}");
        assertRefused(templates, "<#assign r = page.getClass().forName(\"java.lang.Runtime\")>${r.getRuntime()}");
    }

    @Test
    void exposesOnlyTheComponentsOfRecords(@TempDir Path templates) throws Exception {
        assertRefused(templates, "${page.hashCode()}");
        assertRefused(templates, "${page.frame.equals(page.frame)?c}");
        assertRefused(templates, "${page.frame.alternates.getClass()}");
        assertRefused(templates, "${page.frame.t.getClass()}");
    }

    @Test
    void readsTheViewModels(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("search.ftlh"), "${page.frame.title}|${page.frame.t[\"k\"]}|${page.frame.languages?size}"
                + "|${page.frame().lang()}|${page.frame?keys?sort?join(\",\")}|${page.frame.lang?upper_case}");
        assertEquals("T|v|0|nl-NL|alternates,canonical,contents,dir,home,lang,languages,root,siteTitle,t,title|NL-NL",
                new PageRenderer(templates).render("search.ftlh", PAGE));
    }

    private static void assertRefused(Path templates, String template) throws Exception {
        Files.writeString(templates.resolve("search.ftlh"), template);
        PageRenderer renderer = new PageRenderer(templates);
        PageRenderer.TemplateProblem problem = assertThrows(PageRenderer.TemplateProblem.class,
                () -> renderer.render("search.ftlh", PAGE), template);
        assertEquals("search.ftlh", problem.template(), template);
        assertTrue(problem.line() >= 1, template);
    }
}
