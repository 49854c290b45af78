package dev.tolk.render;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Bracket;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline parser pages are rendered with: {@link LinearInlineParser} (flexmark's trees, made linear), except
 * where flexmark departs from CommonMark (and from Markdig, so DocFX): a bracket that makes no link, and the
 * "multiple of 3" rule of emphasis. Everything else is flexmark's, which the differential tests hold
 * {@link LinearInlineParser} to.
 */
final class CommonMarkInlines extends LinearInlineParser {

    CommonMarkInlines(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                      List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, emphasisAsCommonMark(delimiterProcessors), linkRefProcessors,
                inlineParserExtensions);
    }

    /** The delimiter processors, those of {@code *} and {@code _} reading the "multiple of 3" rule as CommonMark does. */
    private static Map<Character, DelimiterProcessor> emphasisAsCommonMark(Map<Character, DelimiterProcessor> processors) {
        Map<Character, DelimiterProcessor> out = new HashMap<>(processors);
        out.replaceAll((c, p) -> c == '*' || c == '_' ? new Emphasis(p) : p);
        return out;
    }

    /**
     * flexmark's emphasis, with CommonMark's rule 9/10: when a delimiter run can both open and close, a pair whose runs'
     * lengths sum to a multiple of 3 is refused <em>unless both are multiples of 3</em>, the lengths being those of
     * the runs as written. flexmark left the exception out and counted what was left of the runs, so
     * {@code a***b***c} and {@code 拡張機能の***オプション***である} (no spaces around words in Chinese, Japanese, Korean,
     * Thai) kept their asterisks: about 20 units of each of three real AlchemyInsights locales.
     */
    private record Emphasis(DelimiterProcessor flexmark) implements DelimiterProcessor {
        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            if (opener.canClose() || closer.canOpen()) {
                int o = written(opener);
                int c = written(closer);
                if ((o + c) % 3 == 0 && (o % 3 != 0 || c % 3 != 0)) return 0;
                // flexmark's rule would refuse a pair CommonMark takes; its count of delimiters used is CommonMark's
                if ((opener.length() + closer.length()) % 3 == 0) return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
            }
            return flexmark.getDelimiterUse(opener, closer);
        }

        /** The length of the run {@code run} belongs to, as written (what was used of it counts). */
        private static int written(DelimiterRun run) {
            if (!(run instanceof Delimiter d)) return run.length();
            BasedSequence input = d.getInput();
            char c = d.getDelimiterChar();
            int start = d.getStartIndex();
            while (start > 0 && input.charAt(start - 1) == c && (start < 2 || input.charAt(start - 2) != '\\')) start--;
            int end = d.getEndIndex();
            while (end < input.length() && input.charAt(end) == c) end++;
            return end - start;
        }

        @Override
        public char getOpeningCharacter() {
            return flexmark.getOpeningCharacter();
        }

        @Override
        public char getClosingCharacter() {
            return flexmark.getClosingCharacter();
        }

        @Override
        public int getMinLength() {
            return flexmark.getMinLength();
        }

        @Override
        public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
            flexmark.process(opener, closer, delimitersUsed);
        }

        @Override
        public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
            return flexmark.unmatchedDelimiterNode(inlineParser, delimiter);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
                                   boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return flexmark.canBeOpener(before, after, leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation,
                    beforeIsWhitespace, afterIsWhiteSpace);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
                                   boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return flexmark.canBeCloser(before, after, leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation,
                    beforeIsWhitespace, afterIsWhiteSpace);
        }

        @Override
        public boolean skipNonOpenerCloser() {
            return flexmark.skipNonOpenerCloser();
        }
    }

    /**
     * A {@code ]} that closes no link, as CommonMark reads it. flexmark makes a "tentative" reference of a bracketed
     * text that names no defined reference ({@code [Next]}, {@code [Domains][]}, {@code [a][b]}), resolving the
     * emphasis inside it on its own: {@code **foo [bar** baz]} kept its {@code **} as text (322 units of a real
     * machine-translated zh-TW docset: {@code 按一下 [ **刪除]。**}), and {@code [Domains][](url)} was all text. In
     * CommonMark such a bracket is text: its emphasis delimiters stay open to the paragraph, and the brackets after
     * it may still make a link. So the opener is made text before flexmark reads the bracket, unless an inline link
     * may follow or the reference is defined.
     */
    @Override
    protected boolean parseCloseBracket() {
        Bracket opener = getLastBracket();
        if (opener != null && opener.isAllowed() && namesNoLink(opener)) opener.setAllowed(false);
        return super.parseCloseBracket();
    }

    /** Whether the {@code ]} at {@code index}, closing {@code opener}, makes neither an inline link nor a defined reference. */
    private boolean namesNoLink(Bracket opener) {
        int after = index + 1;
        if (after < input.length() && input.charAt(after) == '(') return false; // flexmark's inline link, as before
        int open = opener.isImage() ? opener.getStartIndex() - 1 : opener.getStartIndex();
        BasedSequence bare = input.subSequence(open, after);
        BasedSequence ref = bare;
        if (after < input.length() && input.charAt(after) == '[') {
            int close = labelEnd(after);
            if (close > after + 1) ref = input.subSequence(after, close + 1); // a full reference [text][label]
            else if (close < 0 && opener.isBracketAfter()) return false;
        } else if (opener.isBracketAfter()) {
            return false;
        }
        return !referenceRepository.containsKey(Escaping.normalizeReferenceChars(ref, true));
    }

    /** The {@code ]} closing the link label that opens at {@code open}: no unescaped bracket inside, at most 999 characters; else -1. */
    private int labelEnd(int open) {
        for (int i = open + 1; i < input.length() && i - open <= 1000; i++) {
            char c = input.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') return -1;
            else if (c == ']') return i;
        }
        return -1;
    }

}
