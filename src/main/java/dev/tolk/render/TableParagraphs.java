package dev.tolk.render;

import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import java.util.Set;

/**
 * GFM tables as flexmark's tables extension finds them, with one table pre-processor per parser
 * instead of one per document. flexmark makes the pre-processor for every document it parses,
 * and making it compiles the separator-line pattern (about 1% of a build's CPU, for documents
 * that mostly hold no table). The pre-processor keeps nothing between paragraphs (its options
 * and that pattern, both immutable; the rest is local to each call), so the first one made
 * serves every later document, on any thread. The parser's options are the same for each of its
 * documents, so the shared one is the one flexmark would have made.
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
        return processor;
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
