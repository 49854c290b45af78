package dev.tolk.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
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
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's thematic break ({@code ***}, {@code - - -}, {@code ___}) recognized by a loop instead
 * of its regex: {@code (?:-[ \t]*){3,}} recurses once per character in {@code java.util.regex},
 * so a line of about 1,800 dashes overflowed the stack and the whole page was shown as plain text.
 * The same rule, the same place among the block parsers, the same node (flexmark's own parser is
 * switched off with {@link Parser#THEMATIC_BREAK_PARSER}).
 */
final class LinearThematicBreak {
    private LinearThematicBreak() {
    }

    /** Three or more of one of {@code * - _}, with spaces and tabs anywhere among them and nothing else. */
    static boolean isBreak(CharSequence line) {
        char marker = 0;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') continue;
            if (c != '*' && c != '-' && c != '_' || marker != 0 && c != marker) return false;
            marker = c;
            count++;
        }
        return count >= 3;
    }

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class, FencedCodeBlockParser.Factory.class,
                    HtmlBlockParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new BlockFactory(options);
        }
    }

    private static final class BlockFactory extends AbstractBlockParserFactory {
        private final boolean relaxedStart;

        BlockFactory(DataHolder options) {
            super(options);
            this.relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4 || matchedBlockParser.getBlockParser().isParagraphParser() && !relaxedStart) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            if (!isBreak(line.subSequence(state.getNextNonSpaceIndex(), line.length()))) return BlockStart.none();
            return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex()))).atIndex(line.length());
        }
    }
}
