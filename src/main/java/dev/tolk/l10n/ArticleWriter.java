package dev.tolk.l10n;

import dev.tolk.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an article of a locale with new translations of some of its units. A paired article
 * changes only inside the translation spans (and front-matter values) of those units; a
 * segmented one is the source-locale article with each sentence replaced by a pair (its new
 * translation, the one kept from before, or a copy of the English where there is none yet)
 * under the locale's front matter, or for a new article the source's with the locale's
 * {@code ms.contentlocale} and {@code ms.translationtype}.
 */
final class ArticleWriter {
    private final ArticlePlan plan;

    ArticleWriter(ArticlePlan plan) {
        this.plan = plan;
    }

    /**
     * The paired article with the changed units' translations replaced, and the English half of each that was
     * translated from another locale's newer English (a drifted unit) made that English.
     */
    String paired(Map<PlannedUnit, List<Inline>> changed) {
        String text = plan.localized().text();
        List<int[]> spans = new ArrayList<>(); // start, end, index into replacements
        List<String> replacements = new ArrayList<>();
        for (PlannedUnit u : changed.keySet()) {
            if (u.pair() == null) continue;
            boolean wrapped = inLink(text, u.pair());
            spans.add(new int[] {u.pair().targetStart(), u.pair().targetEnd(), replacements.size()});
            replacements.add(wrapped ? linkText(markdown(u, changed.get(u))) : markdown(u, changed.get(u)));
            if (u.english() != null && u.pair().sourceStart() >= 0) {
                spans.add(new int[] {u.pair().sourceStart(), u.pair().sourceEnd(), replacements.size()});
                replacements.add(wrapped ? linkText(u.english()) : u.english());
            }
        }
        spans.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder out = new StringBuilder(text);
        for (int[] span : spans) out.replace(span[0], span[1], replacements.get(span[2]));
        return frontMatter(out.toString(), changed);
    }

    /** A whole inline link ({@code [text](target)} and nothing else but spaces): group 1 its text. */
    private static final java.util.regex.Pattern WHOLE_LINK = java.util.regex.Pattern.compile("\\s*\\[(.*)\\]\\([^()\\s]*\\)\\s*",
            java.util.regex.Pattern.DOTALL);

    /**
     * Whether the pair sits in a link's text ({@code [<span data-ttu-id>…</span><span class="sxs-lookup">…</span>](b.md)},
     * as Microsoft's localized files wrap a list of links): its halves are then the link's text, not the link.
     */
    private static boolean inLink(String text, dev.tolk.model.TranslationUnit pair) {
        int open = text.lastIndexOf('<', pair.targetStart() - 1);
        int before = open - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int close = text.indexOf("</span></span>", Math.max(pair.sourceEnd(), pair.targetEnd()));
        return before >= 0 && text.charAt(before) == '[' && close >= 0 && text.startsWith("](", close + "</span></span>".length());
    }

    /** The text of a whole link ({@code [Eerste item](b.md)} is {@code Eerste item}); other Markdown as it is. */
    private static String linkText(String markdown) {
        java.util.regex.Matcher m = WHOLE_LINK.matcher(markdown);
        return m.matches() ? m.group(1) : markdown;
    }

    /** The segmented article written from the source-locale article. */
    String segmented(Map<PlannedUnit, List<Inline>> changed, boolean machine) {
        Article en = plan.english();
        String source = en.text();
        StringBuilder body = new StringBuilder(source.length() * 2);
        int pos = en.bodyStart();
        for (PlannedUnit u : plan.units()) {
            if (u.segment() == null) continue;
            String english = source.substring(u.segment().start(), u.segment().end());
            String target = changed.containsKey(u) ? markdown(u, changed.get(u)) : u.oldTarget() != null ? u.oldTarget() : english;
            body.append(source, pos, u.segment().start()).append(headingAnchor(source, u.segment().start(), english))
                    .append(pair(u.name(), target, english));
            pos = u.segment().end();
        }
        body.append(source, pos, source.length());
        String head;
        if (plan.localized() != null) {
            head = plan.localized().text().substring(0, plan.localized().bodyStart());
        } else {
            head = FrontMatterEdit.set(source.substring(0, en.bodyStart()), "ms.contentlocale", plan.locale());
            head = FrontMatterEdit.set(head, "ms.translationtype", machine ? "MT" : "HT");
        }
        return frontMatter(head, changed) + body;
    }

    private static final java.util.regex.Pattern HEADING_START = java.util.regex.Pattern.compile(" {0,3}#{1,6}[ \\t]+");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    /**
     * Before the text of a heading, the anchor of its English id ({@code <a name="status-types"></a>}),
     * as Microsoft's localized articles keep it: the translated heading gets an id of its own words,
     * and links to {@code #status-types} from other pages and locales still land (a new locale made
     * by the loop had hundreds of link/missing-anchor otherwise). Empty for text that is no
     * heading's, or a heading whose line has an anchor already.
     */
    private static String headingAnchor(String source, int textStart, String english) {
        int lineStart = source.lastIndexOf('\n', textStart - 1) + 1;
        if (!HEADING_START.matcher(source.substring(lineStart, textStart)).matches()) return "";
        String visible = LINK.matcher(english).replaceAll("$1").replaceAll("<[^>]*>", "").replace("*", "").replace("`", "");
        String id = dev.tolk.render.Slugs.of(visible);
        return id.isEmpty() ? "" : "<a name=\"" + id + "\"></a>";
    }

    private static String frontMatter(String text, Map<PlannedUnit, List<Inline>> changed) {
        for (Map.Entry<PlannedUnit, List<Inline>> e : changed.entrySet()) {
            if (e.getKey().field() != null) text = FrontMatterEdit.set(text, e.getKey().field(), plain(e.getValue()));
        }
        return text;
    }

    static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\"" + id + "\">"
                + source + "</span></span>";
    }

    /** The translation's Markdown: codes as the current translation writes them, else as the source does. */
    private static String markdown(PlannedUnit u, List<Inline> target) {
        Map<String, Inline> codes = new HashMap<>(Pieces.codes(u.source()));
        if (u.target() != null) codes.putAll(Pieces.codes(u.target()));
        return InlineWriter.markdown(target, codes);
    }

    private static String plain(List<Inline> pieces) {
        StringBuilder b = new StringBuilder();
        for (Inline p : pieces) if (p instanceof Inline.Text t) b.append(t.text());
        return b.toString();
    }
}
