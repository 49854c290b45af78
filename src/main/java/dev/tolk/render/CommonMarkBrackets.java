package dev.tolk.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Bracket;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The inline parser pages are rendered with: {@link LinearInlineParser} (flexmark's trees, made linear), except for
 * a bracket that makes no link, which it reads as CommonMark does (and Markdig, so DocFX). Everything else is
 * flexmark's, which the differential tests hold {@link LinearInlineParser} to.
 */
final class CommonMarkBrackets extends LinearInlineParser {

    CommonMarkBrackets(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
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
