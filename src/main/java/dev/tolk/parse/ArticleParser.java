package dev.tolk.parse;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import dev.tolk.model.FrontMatter;
import dev.tolk.model.TranslationUnit;
import dev.tolk.source.LineMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one article: front matter (split, read as YAML, errors mapped to file positions) and
 * the body's translation units. Thread-safe; built once per build and shared.
 */
public final class ArticleParser {
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlReader yaml = new YamlReader();


    /**
     * @param frontMatterExpected false for includes and READMEs, which need none
     */
    public Article parse(String locale, String key, String file, String text, boolean frontMatterExpected,
                         FileReporter reporter) {
        FrontMatterSplitter.Split split = splitter.split(text);
        FrontMatter frontMatter = readFrontMatter(text, split, frontMatterExpected, reporter);
        return body(locale, key, file, text, split, frontMatter, reporter);
    }

    /**
     * The units of an article whose front matter was read before (by the first pass of a build):
     * front-matter problems are not reported again.
     */
    public Article parseBody(String locale, String key, String file, String text, FrontMatter frontMatter,
                             FileReporter reporter) {
        return body(locale, key, file, text, splitter.split(text), frontMatter, reporter);
    }

    private Article body(String locale, String key, String file, String text, FrontMatterSplitter.Split split,
                         FrontMatter frontMatter, FileReporter reporter) {
        // an unclosed block is not front matter: the whole file is body, so nothing is lost
        int bodyStart = split.closed() ? split.bodyStart() : 0;
        List<TranslationUnit> units = new PairScanner().scan(text, bodyStart, text.length(), reporter);
        return new Article(locale, key, file, text, bodyStart, frontMatter, units);
    }

    /** Front matter alone (no unit scan), for the first pass of a build. */
    public FrontMatter frontMatter(String text, boolean frontMatterExpected, FileReporter reporter) {
        return frontMatter(text, splitter.split(text), frontMatterExpected, reporter);
    }

    /** {@link #frontMatter(String, boolean, FileReporter)} for a text already split (the caller needs the split too). */
    public FrontMatter frontMatter(String text, FrontMatterSplitter.Split split, boolean frontMatterExpected,
                                   FileReporter reporter) {
        return readFrontMatter(text, split, frontMatterExpected, reporter);
    }

    private FrontMatter readFrontMatter(String text, FrontMatterSplitter.Split split, boolean expected,
                                        FileReporter reporter) {
        if (!split.present()) {
            if (expected) reporter.report(Rule.FRONTMATTER_MISSING, 0, 0, "article has no front matter");
            return FrontMatter.NONE;
        }
        if (!split.closed()) {
            reporter.report(Rule.FRONTMATTER_INVALID_YAML, 0, 3, "front matter has no closing '---' line");
            return new FrontMatter(true, false, Map.of());
        }
        YamlReader.Result result = yaml.read(text.substring(split.yamlStart(), split.yamlEnd()));
        if (result instanceof YamlReader.Failure f) {
            LineMap lines = reporter.lines();
            int firstLine = lines.line(split.yamlStart());
            // an error "at the end of the stream" is reported on the last YAML line, not the fence
            int lastLine = Math.max(firstLine, lines.line(Math.max(split.yamlStart(), split.yamlEnd() - 1)));
            int line = firstLine + f.line() - 1;
            int column = f.column();
            if (line > lastLine) {
                line = lastLine;
                int start = lines.lineStart(line);
                column = text.codePointCount(start, Math.max(start, split.yamlEnd() - 1)) + 1;
            }
            reporter.reportAt(Rule.FRONTMATTER_INVALID_YAML, line, column, "front matter is not valid YAML: " + f.message());
            return new FrontMatter(true, false, Map.of());
        }
        Object value = ((YamlReader.Values) result).value();
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            return new FrontMatter(true, true, values);
        }
        if (value instanceof String s && s.isBlank()) return new FrontMatter(true, true, Map.of());
        reporter.reportAt(Rule.FRONTMATTER_INVALID_YAML, reporter.lines().line(split.yamlStart()), 1,
                "front matter is not a mapping of keys to values");
        return new FrontMatter(true, false, Map.of());
    }
}
