package dev.tolk.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A DocFX YAML page ({@code ### YamlMime:Landing}, {@code FAQ} or {@code Hub} on its first line)
 * read against its schema, in one shape for the three: a title and summary, sections of cards
 * (Landing, Hub) or of questions (FAQ), and closing Markdown. Every string is a {@link Text}: its
 * value as YAML gives it, the translation units paired inside that value, and where the value is
 * written in the file. {@code metadata} is the page's {@code metadata:} block (with a top-level
 * {@code uid}), which stands in for front matter; {@code links} are the addresses the page shows
 * ({@code url}, {@code imageSrc} and the links of its Markdown), with offsets in the file.
 */
public record YamlPage(Type type, Text title, Text summary, List<Section> sections, Text additional,
                       FrontMatter metadata, List<Link> links) {
    /** A page with nothing on it. */
    public static final YamlPage EMPTY = new YamlPage(Type.LANDING, Text.NONE, Text.NONE, List.of(), Text.NONE,
            FrontMatter.NONE, List.of());

    /** The page types Tolk renders; {@code mime} is the name on the first line. */
    public enum Type {
        LANDING("Landing"), FAQ("FAQ"), HUB("Hub");

        private final String mime;

        Type(String mime) {
            this.mime = mime;
        }

        public String mime() {
            return mime;
        }

        /** The page type named {@code mime} (in any letter case), if Tolk renders it. */
        public static Optional<Type> ofMime(String mime) {
            for (Type t : values()) {
                if (t.mime.equalsIgnoreCase(mime)) return Optional.of(t);
            }
            return Optional.empty();
        }
    }

    /**
     * A string of the page: {@code value} as YAML decodes it, {@code units} the pairs inside it
     * (offsets into {@code value}), {@code markdown} whether the schema says it is Markdown (else
     * plain text), and {@code start}/{@code end} the UTF-16 offsets of the scalar in the file.
     */
    public record Text(String value, List<TranslationUnit> units, boolean markdown, int start, int end) {
        public static final Text NONE = new Text("", List.of(), false, 0, 0);

        public boolean isEmpty() {
            return value.isBlank();
        }

        /**
         * The text a reader sees, whitespace collapsed: each pair replaced by its translation (or
         * its English where it has no translation), or by its English when {@code english}.
         */
        public String plain(boolean english) {
            StringBuilder out = new StringBuilder(value.length());
            int pos = 0;
            for (TranslationUnit u : units) {
                out.append(value, pos, u.start());
                boolean translated = u.targetStart() >= 0 && !u.target().isBlank();
                out.append(english ? (u.sourceStart() >= 0 ? u.source() : u.target()) : translated ? u.target() : u.source());
                pos = u.end();
            }
            out.append(value, pos, value.length());
            return out.toString().replaceAll("\\s+", " ").strip();
        }
    }

    /** A titled group of cards or of questions; an untitled one has an empty {@code title}. */
    public record Section(Text title, Text summary, List<Card> cards, List<Question> questions) {
    }

    /**
     * A card: its title (a link when {@code url} is set), summary, icon ({@code imageSrc}), item
     * type ({@code itemType}: overview, tutorial, …), its lists of links and a closing link.
     */
    public record Card(Text title, Text summary, Text url, Text imageSrc, String itemType, List<LinkGroup> groups,
                       LinkItem footer) {
    }

    /** A list of links of a card; {@code type} is a Landing page's {@code linkListType}. */
    public record LinkGroup(String type, List<LinkItem> links) {
    }

    /** A link of a list: its text, address, a remark after it, and its item type. */
    public record LinkItem(Text text, Text url, Text note, String itemType) {
    }

    /** A question (plain text) and its answer (Markdown). */
    public record Question(Text question, Text answer) {
    }

    /** Whether {@code key} names a YAML file ({@code .yml} or {@code .yaml}, any letter case): a YAML page when it is one. */
    public static boolean isYamlKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }

    /** Whether {@code key} names a page of a site: an article ({@code .md}) or a YAML page. */
    public static boolean isPageKey(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith(".md") || isYamlKey(key);
    }
}
