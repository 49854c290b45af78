package dev.tolk.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.Article;
import dev.tolk.parse.ArticleParser;
import dev.tolk.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: an article of the real corpus ({@link dev.tolk.SharedData#corpus()}) or an inline text,
 * parsed and validated as a build does, with what the rules reported.
 */
record Checked(Article article, List<Diagnostic> diagnostics, Suppressions suppressions) {
    static final Path CORPUS = dev.tolk.SharedData.corpus();

    /** {@code locale/AlchemyInsights/name} of the corpus. */
    static Checked corpus(String locale, String name) throws IOException {
        Path file = CORPUS.resolve(locale).resolve("AlchemyInsights").resolve(name);
        assertTrue(Files.isRegularFile(file), "corpus file missing: " + file);
        return text(locale, "AlchemyInsights/" + name, SourceText.read(file).text(), List.of());
    }

    static Checked text(String locale, String key, String text, List<String> doNotTranslate) {
        List<Diagnostic> out = new ArrayList<>();
        FileReporter reporter = new FileReporter(locale + "/" + key, locale, text, out::add);
        Article article = new ArticleParser().parse(locale, key, locale + "/" + key, text, true, reporter);
        Suppressions s = new Validator(doNotTranslate).validate(article, locale.startsWith("ar") || locale.startsWith("he"), reporter);
        return new Checked(article, out, s);
    }

    static Checked text(String locale, String text) {
        return text(locale, "AlchemyInsights/test.md", text, List.of());
    }

    List<Diagnostic> of(String rule) {
        return diagnostics.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    List<Integer> linesOf(String rule) {
        return of(rule).stream().map(Diagnostic::line).toList();
    }

    /** One pair as the hand-off writes it. */
    static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id
                + "\">" + source + "</span></span>";
    }

    /** A minimal valid article around a body. */
    static String article(String locale, String body) {
        return "---\ntitle: Test\nms.contentlocale: " + locale + "\n---\n" + body + "\n";
    }
}
