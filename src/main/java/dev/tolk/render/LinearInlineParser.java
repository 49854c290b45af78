package dev.tolk.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regex helpers made linear. flexmark's
 * {@code match}/{@code matchWithGroups} call {@link Matcher#toMatchResult()}, which on Java 17
 * copies the whole input (the paragraph) to a string on every match; they run for every link,
 * so a paragraph of n links cost O(n²): 2,000 linked pairs in one paragraph took 19 s. These
 * overrides do the same match and return the same subsequences, reading the positions from the
 * matcher instead.
 */
class LinearInlineParser extends InlineParserImpl {

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) return null;
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        groups[0] = input.subSequence(m.start(), m.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /**
     * flexmark's link destination, found without reading the rest of the token each time. flexmark
     * takes every character up to the next space or control and stops at the first {@code )} it
     * did not open; a token with thousands of {@code ](} ({@code [a]([a]([a](…}) was read once per
     * {@code ](}, quadratic. Here one pass over the token finds, for every place in it, where a
     * destination starting there ends, and each destination is a lookup. Same answers as flexmark
     * (its hard-coded parser, or its pattern when that is switched off); options that change the
     * rule (spaces or macros in addresses) take flexmark's own way.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        LinkDestinationParser parser = linkDestinationParser;
        boolean plain = parser != null
                ? parser.allowMatchedParentheses && !parser.spaceInUrls && !parser.parseJekyllMacrosInUrls && !parser.intellijDummyIdentifier
                : options.linksAllowMatchedParentheses && !options.spaceInLinkUrls && !options.parseJekyllMacrosInUrls
                && !options.intellijDummyIdentifier;
        // a destination never starts behind a backslash ('(' or a space is before it); if it did, escapes could pair otherwise
        if (!plain || index > 0 && index < input.length() && input.charAt(index - 1) == '\\') return super.parseLinkDestination();
        BasedSequence angles = match(myParsing.LINK_DESTINATION_ANGLES);
        if (angles != null) return angles;
        if (index >= input.length()) return parser != null ? input.subSequence(index, index) : null;
        if (token == null || token.input != input || index < token.start || index > token.end) {
            token = new Token(input, index, parser != null ? parser.PAREN_ESCAPABLE_CHARS::get
                    : c -> myParsing.ESCAPABLE.matcher(String.valueOf(c)).matches());
        }
        int start = index;
        index = token.destinationEnd(start);
        return input.subSequence(start, index);
    }

    /** The token the last destination was read in. */
    private Token token;

    /**
     * A run of characters above U+0020 (what a destination may hold), read once: for each place
     * where a character starts (not the escaped half of {@code \)}), where a destination starting
     * there ends: at the first {@code )} at the same parenthesis depth, else at the run's end.
     */
    private static final class Token {
        final BasedSequence input;
        final int start;
        final int end;
        /** By offset from {@code start}. */
        private final int[] destinationEnds;

        Token(BasedSequence input, int start, IntPredicate escapable) {
            this.input = input;
            this.start = start;
            int e = start;
            while (e < input.length() && input.charAt(e) > ' ') e++;
            this.end = e;
            int n = end - start;
            int[] depth = new int[n + 1];
            boolean[] escaped = new boolean[n];
            for (int i = 0; i < n; i++) {
                char c = input.charAt(start + i);
                depth[i + 1] = depth[i] + (c == '(' ? 1 : c == ')' ? -1 : 0);
                if (c == '\\' && i + 1 < n && escapable.test(input.charAt(start + i + 1))) {
                    escaped[++i] = true;
                    depth[i + 1] = depth[i];
                }
            }
            destinationEnds = new int[n];
            // by depth + n (depths lie in -n..n): the first ')' at that depth after the place read; an array, not a
            // map of boxed depths, since a token is read for most links of a page
            int[] nextClose = new int[2 * n + 1];
            Arrays.fill(nextClose, end);
            for (int i = n - 1; i >= 0; i--) {
                if (escaped[i]) continue;
                if (input.charAt(start + i) == ')') nextClose[depth[i] + n] = start + i;
                destinationEnds[i] = nextClose[depth[i] + n];
            }
        }

        int destinationEnd(int from) {
            return from == end ? end : destinationEnds[from - start];
        }
    }

    /** Delimiters passed on the stack while resolving emphasis, for tests that hold it linear (no API). */
    long delimiterSteps;

    /**
     * flexmark resolves emphasis inside each link by walking down the delimiter stack from its top
     * to the link's opener; when nothing lies above the opener, the walk never meets it and goes
     * on to the stack's bottom. Emphasis outside links is resolved only at the paragraph's end, so
     * a paragraph of n bold words and links walked n delimiters per link: 16,000 translated units
     * with a link and a bold word each took 15 s. Nothing above the opener: nothing to do, as
     * flexmark would conclude after its walk.
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && stackBottom == lastDelimiter) return;
        // the walk flexmark makes next, counted
        for (Delimiter d = lastDelimiter; d != null && d.getPrevious() != stackBottom; d = d.getPrevious()) delimiterSteps++;
        super.processDelimiters(stackBottom);
    }

    /** The match at the current index (moving past it), or null, exactly as flexmark's own helpers. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) return null;
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) return null;
        index = m.end();
        return m;
    }
}
