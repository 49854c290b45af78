package dev.tolk.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * GFM tables as flexmark's tables extension finds them, with one table pre-processor per parser
 * instead of one per document, and paragraphs that cannot be tables passed over without it.
 * flexmark makes the pre-processor for every document it parses, and making it compiles the
 * separator-line pattern (about 1% of a build's CPU, for documents that mostly hold no table).
 * The pre-processor keeps nothing between paragraphs (its options and that pattern, both
 * immutable; the rest is local to each call), so the first one made serves every later
 * document, on any thread. The parser's options are the same for each of its documents, so the
 * shared one is the one flexmark would have made.
 *
 * <p>The pre-processor returns "no table" as soon as a paragraph's first line holds no {@code |};
 * it finds that out through flexmark's character sequences, a few calls per character of what
 * is often a whole paragraph on one line. Here the document's next {@code |} is looked up in its
 * text ({@link String#indexOf}, kept while the paragraphs move forward: one pass per document)
 * when the line is a plain slice of that text; any other line goes to the pre-processor as before.
 */
final class TableParagraphs implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
    /** Made by the first document; two threads racing make two equal ones, and either serves. */
    private volatile ParagraphPreProcessor shared;

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        ParagraphPreProcessor processor = shared;
        if (processor == null) {
            processor = tables.apply(state);
            shared = processor;
        }
        ParagraphPreProcessor found = processor;
        Pipes pipes = new Pipes();
        return (paragraph, parserState) -> pipes.firstLineHasNone(paragraph) ? 0 : found.preProcessBlock(paragraph, parserState);
    }

    /** One document's {@code |} characters, found forward from where its paragraphs start. */
    private static final class Pipes {
        private String text;
        /** The first {@code |} of {@link #text} at or after {@link #searchedFrom}, or -1. */
        private int next;
        private int searchedFrom = Integer.MAX_VALUE;

        /** True when the paragraph's first line is a slice of a text and holds no {@code |}; false when unsure. */
        boolean firstLineHasNone(Paragraph paragraph) {
            List<BasedSequence> lines = paragraph.getContentLines();
            if (lines.isEmpty() || !(lines.get(0) instanceof SubSequence line) || !(line.getBase() instanceof String s)) {
                return false;
            }
            int from = line.getStartOffset();
            if (s != text || from < searchedFrom || next >= 0 && next < from) {
                text = s;
                searchedFrom = from;
                next = s.indexOf('|', from);
            }
            return next < 0 || next >= line.getEndOffset();
        }
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return tables.affectsGlobalScope();
    }
}
