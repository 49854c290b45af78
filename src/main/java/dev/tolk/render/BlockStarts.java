package dev.tolk.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's block starts, each tried only on lines it can start. flexmark offers a line to every
 * block parser factory in turn unless the line starts with a letter; a paired article's lines
 * start with a unit marker, so every line of every document was offered to all seven, with a
 * regex match each for headings, fences and list markers (about 4% of a build's CPU). Each core
 * factory needs a particular first non-space character, except the indented code block, which
 * needs an indent of four columns. This one factory holds the factories flexmark would have used,
 * in flexmark's own order, and offers a line only to those its first non-space character can
 * start; an indented line, and every factory it does not know, is offered as flexmark offers it.
 * The factories it skips would have answered "no" without changing any state; so the trees are
 * the same.
 *
 * <p>flexmark also makes every factory anew for each document, and the heading factory's patterns
 * with it. The core factories whose fields are all set from the options and never changed are
 * made once here and serve every document on every thread; the HTML block factory (it fills a
 * field in on first use) and unknown factories are still made per document.
 *
 * <p>In: the options and custom factories of a parser ({@link #switchedIn}); out: a parser builder
 * whose core block parsers are switched off and held here instead.
 */
final class BlockStarts implements CustomBlockParserFactory {
    /** The options that switch flexmark's core block parsers on; each factory is held here instead. */
    private static final List<DataKey<Boolean>> CORE_PARSERS = List.of(Parser.BLOCK_QUOTE_PARSER, Parser.HEADING_PARSER,
            Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
            Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);
    private static final String DIGITS = "0123456789";
    /** Characters above this index never start a known block (only unknown factories are offered them). */
    private static final int ASCII = 128;

    /** The core factories that keep no state of their own: made once per parser, not once per document. */
    private static final Set<Class<?>> STATELESS = Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class,
            FencedCodeBlockParser.Factory.class, ThematicBreakParser.Factory.class, LinearThematicBreak.Factory.class,
            ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);

    /** The factories flexmark would try, in its order. */
    private final List<CustomBlockParserFactory> factories;
    /** By the same index, the block factory made from each stateless one once (null for the others). */
    private final BlockParserFactory[] shared;
    /** Indices into {@link #factories} worth trying on a line that starts with the character (below 128). */
    private final int[][] byCharacter = new int[ASCII][];
    /** Those worth trying on a line that starts with any other character: the unknown factories. */
    private final int[] otherwise;
    /** All of them, for a line indented to a code block. */
    private final int[] all;

    private BlockStarts(List<CustomBlockParserFactory> factories, DataHolder options) {
        this.factories = List.copyOf(factories);
        shared = new BlockParserFactory[factories.size()];
        for (int i = 0; i < shared.length; i++) {
            CustomBlockParserFactory f = factories.get(i);
            if (STATELESS.contains(f.getClass())) shared[i] = f.apply(options);
        }
        List<String> starts = new ArrayList<>(factories.size());
        for (CustomBlockParserFactory f : factories) starts.add(startCharacters(f, options));
        for (char c = 0; c < ASCII; c++) byCharacter[c] = candidates(starts, c);
        otherwise = candidates(starts, (char) ASCII);
        all = new int[factories.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
    }

    /**
     * A builder for a parser with {@code options} and {@code custom} block factories that tries the
     * same block starts as flexmark's, in the same order, through one {@code BlockStarts}. The lead-in
     * handlers the factories give are registered as flexmark would.
     */
    static Parser.Builder switchedIn(DataHolder options, List<CustomBlockParserFactory> custom) {
        List<CustomBlockParserFactory> ordered = DocumentParser.calculateBlockParserFactories(options, custom);
        MutableDataSet withoutCore = new MutableDataSet(options);
        for (DataKey<Boolean> key : CORE_PARSERS) withoutCore.set(key, false);
        Parser.Builder builder = Parser.builder(withoutCore);
        for (CustomBlockParserFactory f : ordered) {
            SpecialLeadInHandler handler = f.getLeadInHandler(options);
            if (handler != null) builder.specialLeadInHandler(handler);
        }
        return builder.customBlockParserFactory(new BlockStarts(ordered, options));
    }

    /**
     * The first non-space characters that can start {@code factory}'s block (below four columns of
     * indent), read off flexmark's {@code tryStart} code; null for a factory this class does not know.
     */
    private static String startCharacters(CustomBlockParserFactory factory, DataHolder options) {
        Map<Class<?>, String> known = Map.of(
                BlockQuoteParser.Factory.class, ">",
                HeadingParser.Factory.class, "#=-", // ATX, setext underlines
                FencedCodeBlockParser.Factory.class, "`~",
                HtmlBlockParser.Factory.class, "<",
                ThematicBreakParser.Factory.class, "*-_",
                LinearThematicBreak.Factory.class, "*-_",
                ListBlockParser.Factory.class, Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + DIGITS,
                IndentedCodeBlockParser.Factory.class, "");
        return known.get(factory.getClass());
    }

    private static int[] candidates(List<String> starts, char c) {
        int[] found = new int[starts.size()];
        int n = 0;
        for (int i = 0; i < starts.size(); i++) {
            String s = starts.get(i);
            if (s == null || c < ASCII && s.indexOf(c) >= 0) found[n++] = i;
        }
        return java.util.Arrays.copyOf(found, n);
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory[] applied = new BlockParserFactory[factories.size()];
        for (int i = 0; i < applied.length; i++) applied[i] = shared[i] != null ? shared[i] : factories.get(i).apply(options);
        return new Dispatch(applied);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    /** One document's factories (some shared); the lines go to those that can start there, as {@code findBlockStart} would. */
    private final class Dispatch implements BlockParserFactory {
        private final BlockParserFactory[] factories;

        Dispatch(BlockParserFactory[] factories) {
            this.factories = factories;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BlockParser active = matched.getBlockParser();
            for (int i : candidates(state)) {
                BlockParserFactory factory = factories[i];
                if (!active.canInterruptBy(factory)) continue;
                BlockStart start = factory.tryStart(state, matched);
                if (start instanceof BlockStartImpl) return start;
            }
            return BlockStart.none();
        }

        private int[] candidates(ParserState state) {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT || at >= line.length()) return all;
            char c = line.charAt(at);
            return c < ASCII ? byCharacter[c] : otherwise;
        }
    }
}
