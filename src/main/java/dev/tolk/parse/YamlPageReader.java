package dev.tolk.parse;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.Article;
import dev.tolk.model.FrontMatter;
import dev.tolk.model.Link;
import dev.tolk.model.TranslationUnit;
import dev.tolk.model.YamlPage.Card;
import dev.tolk.model.YamlPage.LinkGroup;
import dev.tolk.model.YamlPage.LinkItem;
import dev.tolk.model.YamlPage.Question;
import dev.tolk.model.YamlPage.Section;
import dev.tolk.model.YamlPage.Text;
import dev.tolk.model.YamlPage;
import dev.tolk.source.LineMap;
import dev.tolk.source.YamlMime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a DocFX YAML page into a {@link YamlPage}, following the schemas of Microsoft Learn
 * (the contributor guide's Landing, Hub and structured FAQ pages):
 * <ul>
 * <li>Landing: {@code title}, {@code summary}, {@code landingContent} (cards: {@code title},
 *     {@code linkLists} of {@code linkListType} and {@code links} of {@code text}/{@code url});</li>
 * <li>FAQ: {@code title}, {@code summary} (Markdown), {@code sections} ({@code name},
 *     {@code questions} of {@code question} and Markdown {@code answer}),
 *     {@code additionalContent} (Markdown);</li>
 * <li>Hub: {@code title}, {@code summary}, then {@code highlightedContent}, {@code conceptualContent},
 *     {@code productDirectory}, {@code tools} and {@code additionalContent} (sections of cards with
 *     {@code title}, {@code summary}, {@code url}, {@code imageSrc}, {@code itemType}, {@code links},
 *     {@code footerLink}; a Markdown {@code footer}), in the order the file gives them.</li>
 * </ul>
 * All three have {@code metadata} ({@code title}, {@code description}, …). Problems are reported
 * with positions in the file: {@code frontmatter/invalid-yaml} (not YAML, or not a mapping),
 * {@code content/unsupported} (a YamlMime type Tolk does not render), {@code frontmatter/missing-key}
 * (no {@code title} or no {@code metadata.title}) and {@code frontmatter/locale-mismatch}. Values of
 * the wrong shape are skipped. Thread-safe; one per build.
 */
public final class YamlPageReader {
    private final YamlReader yaml = new YamlReader(20, YamlReader.MAX_GENERATED_CODE_POINTS); // reference pages are generated too
    private final LinkExtractor extractor = new LinkExtractor();

    /**
     * The page of {@code text} (a whole {@code .yml} file), or empty when it is not a page Tolk
     * renders: not a Landing, FAQ or Hub page, or not YAML. Every problem goes to {@code reporter}.
     */
    public Optional<YamlPage> read(String locale, String text, FileReporter reporter) {
        Optional<String> mime = YamlMime.of(text);
        Optional<YamlPage.Type> type = mime.flatMap(YamlPage.Type::ofMime);
        if (type.isEmpty()) {
            if (unsupported(text, reporter).isEmpty()) {
                int at = Math.max(0, text.indexOf("###"));
                reporter.report(Rule.CONTENT_UNSUPPORTED, at, at, "YAML file has no '### YamlMime:<type>' first line; it is not published");
            }
            return Optional.empty();
        }
        YamlReader.Result result = yaml.read(text);
        if (result instanceof YamlReader.Failure f) {
            LineMap lines = reporter.lines();
            int line = Math.min(f.line(), lines.lineCount());
            int column = f.line() > lines.lineCount() ? 1 : f.column();
            reporter.reportAt(Rule.FRONTMATTER_INVALID_YAML, line, column, "YAML page is not valid YAML: " + f.message());
            return Optional.empty();
        }
        Object values = ((YamlReader.Values) result).value();
        // read() took it, so composing does too; a failure here still becomes the finding below, never an exception
        Optional<Node> tree = yaml.composed(text) instanceof YamlReader.Nodes n ? Optional.ofNullable(n.root()) : Optional.empty();
        if (!(values instanceof Map<?, ?> map) || tree.isEmpty() || !(tree.get() instanceof MappingNode root)) {
            reporter.reportAt(Rule.FRONTMATTER_INVALID_YAML, Math.min(2, reporter.lines().lineCount()), 1,
                    "YAML page is not a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new Schema(locale, text, reporter, type.get()).page(root, map));
    }

    /**
     * The type {@code text}'s first line names when it is a page type Tolk does not render (a
     * reference page, {@code AzureCLIGroup}, {@code ManagedReference}, …), said to {@code reporter};
     * else empty (a page Tolk renders, or no {@code YamlMime} line).
     */
    public static Optional<String> unsupported(String text, FileReporter reporter) {
        Optional<String> mime = YamlMime.of(text).filter(name -> YamlPage.Type.ofMime(name).isEmpty());
        mime.ifPresent(name -> {
            int at = Math.max(0, text.indexOf(name));
            reporter.report(Rule.CONTENT_UNSUPPORTED, at, at + name.length(),
                    "YAML page type '" + name + "' is not supported (Landing, FAQ and Hub are); the file is not published");
        });
        return mime;
    }

    /**
     * The article Tolk validates for a YAML page: the whole file as text (so unit positions are
     * positions in the file), the pairs found anywhere in it (problems reported to
     * {@code reporter}), and the page's metadata standing in for front matter.
     */
    public Article article(String locale, String key, String file, String text, YamlPage page, FileReporter reporter) {
        List<TranslationUnit> units = new PairScanner().scan(text, 0, text.length(), reporter);
        return new Article(locale, key, file, text, 0, page.metadata(), units);
    }

    /**
     * A string of the page as a reader sees it ({@link Text#plain}): the translation of each
     * pair in it, or its English when {@code english}. For values read without their units, such
     * as the metadata title.
     */
    public static String plain(String value, boolean english) {
        if (value.indexOf('<') < 0) return value.replaceAll("\\s+", " ").strip();
        FileReporter quiet = new FileReporter("", "", value, d -> { });
        return new Text(value, new PairScanner().scan(value, 0, value.length(), quiet), false, 0, 0).plain(english);
    }

    /** One read: the file, and the links found so far. */
    private final class Schema {
        private final String locale;
        private final String text;
        private final FileReporter reporter;
        private final YamlPage.Type type;
        private final List<Link> links = new ArrayList<>();

        Schema(String locale, String text, FileReporter reporter, YamlPage.Type type) {
            this.locale = locale;
            this.text = text;
            this.reporter = reporter;
            this.type = type;
        }

        YamlPage page(MappingNode root, Map<?, ?> values) {
            FrontMatter metadata = metadata(root, values);
            Text title = text(root, "title", false);
            if (title.isEmpty()) {
                reporter.reportAt(Rule.FRONTMATTER_MISSING_KEY, 1, 1, type.mime() + " page has no title");
            }
            List<Section> sections = new ArrayList<>();
            Text additional = Text.NONE;
            switch (type) {
                case LANDING -> sections.add(new Section(Text.NONE, Text.NONE, cards(list(root, "landingContent")), List.of()));
                case FAQ -> {
                    for (MappingNode s : mappings(list(root, "sections"))) sections.add(faqSection(s));
                    additional = text(root, "additionalContent", true);
                }
                case HUB -> additional = hubSections(root, sections);
            }
            Text summary = text(root, "summary", type == YamlPage.Type.FAQ);
            links.sort(java.util.Comparator.comparingInt(Link::start)); // in the order the file has them
            return new YamlPage(type, title, summary, List.copyOf(sections), additional, metadata, List.copyOf(links));
        }

        /** {@code metadata:} as front matter, with a top-level {@code uid}; its title and locale checked. */
        private FrontMatter metadata(MappingNode root, Map<?, ?> values) {
            Map<String, Object> meta = new LinkedHashMap<>();
            if (values.get("metadata") instanceof Map<?, ?> m) m.forEach((k, v) -> meta.put(String.valueOf(k), v));
            if (values.get("uid") instanceof String uid && !meta.containsKey("uid")) meta.put("uid", uid);
            Node metaNode = get(root, "metadata");
            if (!(meta.get("title") instanceof String t) || t.isBlank()) {
                Mark at = metaNode != null ? keyMark(root, "metadata") : null;
                reporter.reportAt(Rule.FRONTMATTER_MISSING_KEY, at == null ? 1 : at.getLine() + 1,
                        at == null ? 1 : at.getColumn() + 1, type.mime() + " page has no metadata title");
            }
            if (meta.get("ms.contentlocale") instanceof String declared && !declared.isBlank()
                    && !declared.strip().equalsIgnoreCase(locale) && metaNode instanceof MappingNode mm
                    && get(mm, "ms.contentlocale") instanceof ScalarNode s) {
                reporter.report(Rule.FRONTMATTER_LOCALE_MISMATCH, offset(s.getStartMark()), offset(s.getEndMark()),
                        "ms.contentlocale is '" + declared.strip() + "' but the file is in the " + locale + " folder");
            }
            return new FrontMatter(false, true, java.util.Collections.unmodifiableMap(meta));
        }

        private Section faqSection(MappingNode s) {
            List<Question> questions = new ArrayList<>();
            for (MappingNode q : mappings(list(s, "questions"))) {
                questions.add(new Question(text(q, "question", false), text(q, "answer", true)));
            }
            return new Section(text(s, "name", false), Text.NONE, List.of(), List.copyOf(questions));
        }

        /** The sections of a Hub page in the order written; returns its Markdown footer. */
        private Text hubSections(MappingNode root, List<Section> sections) {
            Text footer = Text.NONE;
            for (NodeTuple t : root.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!(t.getValueNode() instanceof MappingNode part)) continue;
                switch (key) {
                    case "highlightedContent", "conceptualContent", "productDirectory", "tools" ->
                            sections.add(new Section(text(part, "title", false), text(part, "summary", false),
                                    cards(list(part, "items")), List.of()));
                    case "additionalContent" -> {
                        for (MappingNode s : mappings(list(part, "sections"))) {
                            sections.add(new Section(text(s, "title", false), text(s, "summary", false),
                                    cards(list(s, "items")), List.of()));
                        }
                        footer = text(part, "footer", true);
                    }
                    default -> { }
                }
            }
            return footer;
        }

        /** Cards as Landing and Hub pages write them; one shape covers both schemas. */
        private List<Card> cards(SequenceNode items) {
            List<Card> cards = new ArrayList<>();
            for (MappingNode c : mappings(items)) {
                List<LinkGroup> groups = new ArrayList<>();
                SequenceNode direct = list(c, "links");
                if (direct != null) groups.add(new LinkGroup("", linkItems(direct)));
                for (MappingNode l : mappings(list(c, "linkLists"))) {
                    groups.add(new LinkGroup(token(l, "linkListType"), linkItems(list(l, "links"))));
                }
                LinkItem footer = get(c, "footerLink") instanceof MappingNode f ? linkItem(f) : null;
                cards.add(new Card(text(c, "title", false), text(c, "summary", false), url(c, "url", false),
                        url(c, "imageSrc", true), token(c, "itemType"), List.copyOf(groups), footer));
            }
            return List.copyOf(cards);
        }

        private List<LinkItem> linkItems(SequenceNode list) {
            List<LinkItem> items = new ArrayList<>();
            for (MappingNode l : mappings(list)) items.add(linkItem(l));
            return List.copyOf(items);
        }

        private LinkItem linkItem(MappingNode l) {
            return new LinkItem(text(l, "text", false), url(l, "url", false), text(l, "note", false), token(l, "itemType"));
        }

        /** An address ({@code url}, {@code imageSrc}): a link for the checker when it is written. */
        private Text url(MappingNode m, String key, boolean image) {
            if (!(get(m, key) instanceof ScalarNode s)) return Text.NONE;
            int start = offset(s.getStartMark());
            int end = Math.max(start, offset(s.getEndMark()));
            links.add(new Link(image ? Link.Kind.HTML_SRC : Link.Kind.INLINE, s.getValue().strip(), start, end));
            return new Text(s.getValue().strip(), List.of(), false, start, end);
        }

        /** A string; for Markdown, its links are found (the English halves skipped) and placed in the file. */
        private Text text(MappingNode m, String key, boolean markdown) {
            if (!(get(m, key) instanceof ScalarNode s)) return Text.NONE;
            String value = markdown ? s.getValue() : s.getValue().strip();
            int start = offset(s.getStartMark());
            int end = Math.max(start, offset(s.getEndMark()));
            FileReporter quiet = new FileReporter("", locale, value, d -> { });
            List<TranslationUnit> units = value.indexOf('<') < 0 ? List.of() : new PairScanner().scan(value, 0, value.length(), quiet);
            if (markdown) {
                int from = start;
                for (Link l : extractor.extract(new Article(locale, "", "", value, 0, FrontMatter.NONE, units))) {
                    // the address is written in the file as in the value (quoted scalars aside)
                    int at = l.target().isEmpty() ? -1 : text.indexOf(l.target(), from);
                    if (at >= 0 && at < end) {
                        from = at + l.target().length();
                        links.add(new Link(l.kind(), l.target(), at, from));
                    } else {
                        links.add(new Link(l.kind(), l.target(), start, start));
                    }
                }
            }
            return new Text(value, units, markdown, start, end);
        }

        /** A value that names a kind ({@code linkListType}, {@code itemType}): lower case letters, digits and hyphens. */
        private String token(MappingNode m, String key) {
            if (!(get(m, key) instanceof ScalarNode s)) return "";
            return s.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        }

        /** The offset in the file of a position snakeyaml gives (line and column in code points, from 0). */
        private int offset(Mark mark) {
            LineMap lines = reporter.lines();
            if (mark.getLine() + 1 > lines.lineCount()) return text.length();
            int lineStart = lines.lineStart(mark.getLine() + 1);
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            int available = text.codePointCount(lineStart, lineEnd);
            return text.offsetByCodePoints(lineStart, Math.min(mark.getColumn(), available));
        }
    }

    private static Node get(MappingNode m, String key) {
        if (m == null) return null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
        }
        return null;
    }

    private static Mark keyMark(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return k.getStartMark();
        }
        return null;
    }

    private static SequenceNode list(MappingNode m, String key) {
        return get(m, key) instanceof SequenceNode s ? s : null;
    }

    /** The mappings of a sequence (other entries are skipped). */
    private static List<MappingNode> mappings(SequenceNode list) {
        if (list == null) return List.of();
        List<MappingNode> out = new ArrayList<>();
        for (Node n : list.getValue()) {
            if (n instanceof MappingNode m) out.add(m);
        }
        return out;
    }
}
