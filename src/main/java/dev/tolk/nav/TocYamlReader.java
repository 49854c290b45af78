package dev.tolk.nav;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.parse.YamlReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a DocFX {@code toc.yml}: a list of entries, or a mapping with {@code items} (and
 * {@code order}). The YAML is composed into nodes, not constructed into values, so that every
 * value keeps its position; like {@link YamlReader}, scalars stay the text that was typed, and
 * size, nesting and aliases are capped. Keys are case-sensitive, as in DocFX; unknown keys
 * ({@code displayName}, {@code metadata}, …) are allowed and ignored. Malformed entries are
 * reported as {@code config/invalid} at their position and left out.
 */
final class TocYamlReader {
    /** Nesting of YAML collections allowed: a TOC level is two (a list and a mapping). */
    private static final int MAX_NESTING = 64;

    /** The entries of a TOC file and its {@code order}. */
    record Parsed(List<TocFile.Entry> entries, int order) {
    }

    /** The one YAML reader, with room for deep tables of contents; shared (it keeps one engine per thread). */
    private static final YamlReader YAML = new YamlReader(MAX_NESTING, YamlReader.MAX_GENERATED_CODE_POINTS);

    private TocYamlReader() {
    }

    static Parsed read(String text, FileReporter reporter) {
        Node root;
        YamlReader.Composed composed = YAML.composed(text);
        if (composed instanceof YamlReader.Failed f) {
            reporter.reportAt(Rule.CONFIG_INVALID, f.failure().line(), f.failure().column(), "TOC is not valid YAML: " + f.failure().message());
            return new Parsed(List.of(), 0);
        }
        root = ((YamlReader.Nodes) composed).root();
        Reader r = new Reader(reporter);
        if (root == null || root instanceof ScalarNode s && s.getValue().isBlank()) return new Parsed(List.of(), 0);
        if (root instanceof SequenceNode seq) return new Parsed(r.entries(seq, 0), 0);
        if (root instanceof MappingNode map) {
            int order = 0;
            List<TocFile.Entry> entries = List.of();
            for (NodeTuple t : r.tuples(map)) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (key.equals("items")) entries = r.items(t.getValueNode(), 0);
                else if (key.equals("order")) order = r.order(t.getValueNode());
            }
            return new Parsed(entries, order);
        }
        r.problem(root, "TOC must be a list of entries (name, href, items), or a mapping with 'items'");
        return new Parsed(List.of(), 0);
    }

    /** Turns nodes into entries, reporting what does not fit the schema. */
    private static final class Reader {
        private final FileReporter reporter;

        Reader(FileReporter reporter) {
            this.reporter = reporter;
        }

        void problem(Node node, String message) {
            Mark m = node.getStartMark();
            reporter.reportAt(Rule.CONFIG_INVALID, m.getLine() + 1, m.getColumn() + 1, message);
        }

        /** A mapping's pairs whose keys are text, each key once (a repeated key is reported and its later pairs dropped). */
        List<NodeTuple> tuples(MappingNode map) {
            List<NodeTuple> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    problem(t.getKeyNode(), "TOC keys must be text");
                } else if (!seen.add(key.getValue())) {
                    problem(key, "duplicate key '" + key.getValue() + "' in a TOC entry");
                } else {
                    out.add(t);
                }
            }
            return out;
        }

        /** The value of {@code items}: a list of entries, or nothing when left empty. */
        List<TocFile.Entry> items(Node node, int depth) {
            if (node instanceof SequenceNode seq) return entries(seq, depth);
            if (node instanceof ScalarNode s && (s.getValue().isBlank() || s.getValue().equals("~")
                    || s.getValue().equals("null"))) {
                return List.of();
            }
            problem(node, "'items' must be a list of TOC entries");
            return List.of();
        }

        List<TocFile.Entry> entries(SequenceNode seq, int depth) {
            List<TocFile.Entry> out = new ArrayList<>();
            if (depth > MAX_NESTING) {
                problem(seq, "TOC entries nested more than " + MAX_NESTING + " deep");
                return out;
            }
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode map) {
                    TocFile.Entry e = entry(map, depth);
                    if (e != null) out.add(e);
                } else {
                    problem(item, "a TOC entry must be a mapping with name and href (or uid, items)");
                }
            }
            return out;
        }

        private TocFile.Entry entry(MappingNode map, int depth) {
            String name = "";
            TocFile.Value href = null;
            TocFile.Value uid = null;
            TocFile.Value topicHref = null;
            TocFile.Value topicUid = null;
            TocFile.Value tocHref = null;
            TocFile.Value homepage = null;
            boolean expanded = false;
            List<TocFile.Entry> items = List.of();
            for (NodeTuple t : tuples(map)) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                Node v = t.getValueNode();
                switch (key) {
                    case "name" -> {
                        TocFile.Value n = text(key, v);
                        if (n != null) name = n.text();
                    }
                    case "href" -> href = text(key, v);
                    case "uid" -> uid = text(key, v);
                    case "topicHref" -> topicHref = text(key, v);
                    case "topicUid" -> topicUid = text(key, v);
                    case "tocHref" -> tocHref = text(key, v);
                    case "homepage" -> homepage = text(key, v); // DocFX v2's name for topicHref
                    case "expanded" -> expanded = flag(key, v);
                    case "items" -> items = items(v, depth + 1);
                    default -> { } // displayName, metadata, …: allowed, not used
                }
            }
            if (topicHref == null) topicHref = homepage;
            if (name.isEmpty() && href == null && uid == null && topicHref == null && topicUid == null && items.isEmpty()) {
                problem(map, "TOC entry has no name, href, uid or items");
                return null;
            }
            Mark m = map.getStartMark();
            return new TocFile.Entry(name, href, uid, topicHref, topicUid, tocHref, expanded, items, m.getLine() + 1,
                    m.getColumn() + 1);
        }

        /** A text value, stripped; null (and reported, unless just empty) when absent or not text. */
        private TocFile.Value text(String key, Node v) {
            if (!(v instanceof ScalarNode s)) {
                problem(v, "TOC entry '" + key + "' must be text");
                return null;
            }
            String value = s.getValue().strip();
            if (value.isEmpty()) return null;
            Mark m = v.getStartMark();
            return new TocFile.Value(value, m.getLine() + 1, m.getColumn() + 1);
        }

        private boolean flag(String key, Node v) {
            if (v instanceof ScalarNode s) {
                String value = s.getValue().strip().toLowerCase(Locale.ROOT);
                if (value.equals("true")) return true;
                if (value.equals("false") || value.isEmpty()) return false;
            }
            problem(v, "TOC entry '" + key + "' must be true or false");
            return false;
        }

        int order(Node v) {
            if (v instanceof ScalarNode s && s.getValue().strip().matches("-?[0-9]{1,9}")) {
                return Integer.parseInt(s.getValue().strip());
            }
            problem(v, "TOC 'order' must be a whole number");
            return 0;
        }
    }
}
