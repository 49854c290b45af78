package dev.tolk.parse;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML the way a writer means it: the safe constructor only (no class instantiation),
 * duplicate keys refused, size and nesting capped, and no implicit typing, so {@code no},
 * {@code 04/15/2021} or {@code 1.10} stay the strings that were typed. One instance serves many
 * threads: snakeyaml's {@link Yaml} is not thread-safe, so each thread gets its own.
 */
public final class YamlReader {
    /** Largest YAML document read by default (front matter, configuration), in code points. */
    public static final int MAX_CODE_POINTS = 256 * 1024;
    /**
     * Largest generated YAML read, in code points: a reference docset's table of contents runs to megabytes (Azure
     * CLI's docs-ref-autogen TOC.yml files, up to 595 KB, were refused and their navigation dropped).
     */
    public static final int MAX_GENERATED_CODE_POINTS = 32 * 1024 * 1024;

    /** A parse outcome: the values, or an error with its 1-based position in the YAML text. */
    public sealed interface Result permits Values, Failure {
    }

    public record Values(Object value) implements Result {
    }

    public record Failure(int line, int column, String message) implements Result {
    }

    private final ThreadLocal<Yaml> yaml;
    private final int maxCodePoints;

    /** A reader for front matter and configuration: nesting up to 20 levels. */
    public YamlReader() {
        this(20);
    }

    /** A reader allowing {@code nestingLimit} levels of nesting (a table of contents nests deeper than front matter). */
    public YamlReader(int nestingLimit) {
        this(nestingLimit, MAX_CODE_POINTS);
    }

    /** A reader allowing {@code nestingLimit} levels of nesting and documents of up to {@code maxCodePoints}. */
    public YamlReader(int nestingLimit, int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
        this.yaml = ThreadLocal.withInitial(() -> newYaml(nestingLimit, maxCodePoints));
    }

    private static Yaml newYaml(int nestingLimit, int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(nestingLimit);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumper = new DumperOptions();
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // none: every plain scalar is a string, exactly as typed
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, stringsOnly);
    }

    public Result read(String text) {
        Failure tooLarge = tooLarge(text);
        if (tooLarge != null) return tooLarge;
        Map<String, Object> simple = simpleMapping(text);
        return simple != null ? new Values(simple) : readBySnakeyaml(text);
    }

    /** {@link #read} by snakeyaml, whatever the text (within the size limit). */
    Result readBySnakeyaml(String text) {
        try {
            return new Values(normalize(yaml.get().load(text), java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
        } catch (SelfReference e) {
            int at = text.indexOf('&');
            int line = at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            int column = at < 0 ? 1 : at - text.lastIndexOf('\n', at - 1);
            return new Failure(line, column, "an alias refers to the value that holds it (a YAML value cannot contain itself)");
        } catch (StackOverflowError e) {
            return new Failure(1, 1, "YAML is nested too deeply");
        } catch (RuntimeException e) {
            return failure(e, text);
        }
    }

    /** The node tree of {@code text} (null for an empty document), or the failure to read it, positioned. */
    public sealed interface Composed permits Nodes, Failed {
    }

    public record Nodes(org.yaml.snakeyaml.nodes.Node root) implements Composed {
    }

    public record Failed(Failure failure) implements Composed {
    }

    /**
     * The node tree of {@code text}, each node with the position where it is written, for
     * findings about values; the same limits and the same failures as {@link #read}.
     */
    public Composed composed(String text) {
        Failure tooLarge = tooLarge(text);
        if (tooLarge != null) return new Failed(tooLarge);
        try {
            return new Nodes(yaml.get().compose(new java.io.StringReader(text)));
        } catch (StackOverflowError e) {
            return new Failed(new Failure(1, 1, "YAML is nested too deeply"));
        } catch (RuntimeException e) {
            return new Failed(failure(e, text));
        }
    }

    /** The failure of a text over the size limit, or null. */
    private Failure tooLarge(String text) {
        return text.codePointCount(0, text.length()) > maxCodePoints
                ? new Failure(1, 1, "YAML is larger than " + maxCodePoints / 1024 + " KiB") : null;
    }

    /**
     * What snakeyaml threw, as a failure at the position it names (the start when it names none).
     * The line and column are worked out from the mark's index, as Tolk counts them (lines end at
     * {@code \n}): YAML also breaks lines at a lone {@code \r}, U+0085, U+2028 and U+2029, so its
     * own line number would point at a later line of the file.
     */
    private static Failure failure(RuntimeException e, String text) {
        if (e instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            String problem = m.getProblem() != null ? m.getProblem() : m.getMessage();
            String context = m.getContext() != null ? m.getContext() + ": " : "";
            if (mark == null) return new Failure(1, 1, oneLine(context + problem));
            int[] at = position(mark, text);
            Failure unclosed = unclosed(m, at, text, problem);
            return unclosed != null ? unclosed : new Failure(at[0], at[1], oneLine(context + problem));
        }
        if (e instanceof YAMLException) return new Failure(1, 1, oneLine(String.valueOf(e.getMessage())));
        // snakeyaml can throw plain runtime exceptions on pathological input; it is still bad input
        return new Failure(1, 1, oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }


    /**
     * A quoted string or a flow collection ({@code {…}}, {@code […]}) left open is noticed by the
     * parser only where the text stops making sense, often many lines later (at the end of the
     * front matter, for a missing quote). The mistake is where it opens: the failure is placed
     * there, in plain words, saying where the parser stopped. Null for other failures.
     */
    private static Failure unclosed(MarkedYAMLException m, int[] problemAt, String text, String problem) {
        String context = m.getContext() == null ? "" : m.getContext();
        String what;
        if (context.startsWith("while scanning a quoted scalar")) what = "this quoted string is not closed";
        else if (context.startsWith("while parsing a flow mapping")) what = "this '{' is not closed by a '}' where it should be";
        else if (context.startsWith("while parsing a flow sequence")) what = "this '[' is not closed by a ']' where it should be";
        else return null;
        if (m.getContextMark() == null) return null;
        int[] opened = position(m.getContextMark(), text);
        if (opened[0] == problemAt[0]) return null;
        return new Failure(opened[0], opened[1], what + " (the YAML parser stopped at line " + problemAt[0] + ", column "
                + problemAt[1] + ": " + oneLine(problem) + ")");
    }

    /** The 1-based line and column (lines end at {@code \n}, columns in code points) of a snakeyaml mark. */
    private static int[] position(Mark mark, String text) {
        int codePoints = text.codePointCount(0, text.length());
        int at = text.offsetByCodePoints(0, Math.min(Math.max(0, mark.getIndex()), codePoints));
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
        return new int[] {line, text.codePointCount(lineStart, at) + 1};
    }

    /** A collection that holds itself through an alias ({@code a: &a [*a]}): not a value Tolk can use. */
    private static final class SelfReference extends RuntimeException {
        SelfReference() {
            super(null, null, false, false);
        }
    }

    /**
     * Keys and scalars as strings; explicit tags ({@code !!int 5}) are turned back into text.
     * {@code open}: the collections being turned, to find one that holds itself.
     */
    /**
     * The values of {@code text} when it is the YAML most front matter is, read without
     * snakeyaml (a twentieth of a build's time went to it): lines of {@code key: value}, each key
     * a plain name once, each value a scalar on its line, or a list of such scalars on the lines
     * below ({@code - item}, all at one indentation). A scalar is plain, with nothing YAML would
     * read otherwise (no indicator first, no {@code ": "}, {@code " #"} or {@code ':'} at the
     * end), or quoted in {@code "…"} or {@code '…'} with no quote or backslash inside; only
     * printable characters, no tab. Values are the scalars' text with their surrounding spaces
     * dropped, as snakeyaml reads them with no implicit typing. Null for anything else, which
     * snakeyaml reads.
     */
    static Map<String, Object> simpleMapping(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> list = null; // the items below a "key:" line
        int indent = -1; // theirs
        int at = 0;
        int n = text.length();
        while (at < n) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = n;
            if (end == at) {
                at++;
                continue;
            }
            if (list != null) {
                int dash = at;
                while (dash < end && text.charAt(dash) == ' ') dash++;
                if (dash + 1 < end && text.charAt(dash) == '-' && text.charAt(dash + 1) == ' ') {
                    if (indent < 0) indent = dash - at;
                    String item = indent == dash - at ? scalar(text, dash + 2, end) : null;
                    if (item == null) return null;
                    list.add(item);
                    at = end + 1;
                    continue;
                }
                if (list.isEmpty()) return null; // "key:" with nothing below: snakeyaml's null
                list = null;
            }
            int colon = at;
            while (colon < end && isNameChar(text.charAt(colon))) colon++;
            if (colon == at || colon == end || text.charAt(colon) != ':' || text.charAt(at) == '-' || text.charAt(at) == '.') return null;
            String key = text.substring(at, colon);
            if (out.containsKey(key)) return null; // snakeyaml says which
            int rest = colon + 1;
            while (rest < end && text.charAt(rest) == ' ') rest++;
            if (rest == end) {
                list = new ArrayList<>();
                indent = -1;
                out.put(key, list);
            } else {
                String value = rest > colon + 1 ? scalar(text, rest, end) : null;
                if (value == null) return null;
                out.put(key, value);
            }
            at = end + 1;
        }
        if (list != null && list.isEmpty()) return null;
        return out.isEmpty() ? null : out;
    }

    /** The scalar between {@code from} and {@code to} (a line's end) as {@link #simpleMapping} takes one, or null. */
    private static String scalar(String text, int from, int to) {
        int start = from;
        while (start < to && text.charAt(start) == ' ') start++;
        int end = to;
        while (end > start && text.charAt(end - 1) == ' ') end--;
        if (start == end) return null;
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            if (end - start < 2 || text.charAt(end - 1) != first) return null;
            for (int i = start + 1; i < end - 1; i++) {
                char c = text.charAt(i);
                if (c == first || c == '\\' || !printable(c)) return null;
            }
            return text.substring(start + 1, end - 1);
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0 || text.charAt(end - 1) == ':') return null;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!printable(c)) return null;
            if ((c == ':' || c == ' ') && i + 1 < end && (c == ':' ? text.charAt(i + 1) == ' ' : text.charAt(i + 1) == '#')) return null;
        }
        return text.substring(start, end);
    }

    /** Whether YAML 1.1 takes {@code c} as it is inside a scalar: printable, no surrogate, tab or line break of its own. */
    private static boolean printable(char c) {
        return c >= 0x20 && (c < 0x7F || c >= 0xA0) && (c < 0xD800 || c >= 0xE000) && c < 0xFFFE
                && c != '\u2028' && c != '\u2029' && c != '\uFEFF';
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    private static Object normalize(Object value, java.util.Set<Object> open) {
        if (value == null) return "";
        if ((value instanceof Map<?, ?> || value instanceof List<?>) && !open.add(value)) throw new SelfReference();
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(normalize(k, open)), normalize(v, open)));
            open.remove(value);
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(normalize(o, open));
            open.remove(value);
            return out;
        }
        if (value instanceof Date date) return date.toInstant().atOffset(ZoneOffset.UTC).toString();
        if (value instanceof byte[] bytes) return "(" + bytes.length + " bytes)";
        return String.valueOf(value);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
