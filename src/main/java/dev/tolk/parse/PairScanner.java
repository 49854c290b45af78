package dev.tolk.parse;

import dev.tolk.diag.FileReporter;
import dev.tolk.diag.Rule;
import dev.tolk.model.TranslationUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a paired-span Markdown body into {@link TranslationUnit}s with exact offsets, in one
 * left-to-right pass: each character is looked at a bounded number of times, so a paragraph of
 * thousands of pairs costs linear time.
 *
 * <p>Handles the variants seen in real hand-offs: pairs spanning lines, pairs in headings, list
 * items, table cells and link text, a plain {@code <span>} nested in a half, tag-like text
 * ({@code <app>}) inside a half, whitespace between the two halves. Defects become diagnostics:
 * {@code tu/unpaired}, {@code tu/id-mismatch}, {@code tu/duplicate-id}, {@code tu/bad-id}. A
 * translation without a lookup is still a unit (with an empty source, {@code sourceStart == -1});
 * a lookup without a translation is a unit with {@code targetStart == -1}, so nothing is lost.
 * Not thread-safe (it caches scan state): use one per thread.
 */
public final class PairScanner {
    // per-scan cache of the next blank line (see blankAfter); a scanner serves one thread
    private CharSequence cachedText;
    private int cachedFrom;
    private int cachedBlank;
    // the last tag read (see tagAt): the tag after a close is read to check what follows, then again to use it
    private CharSequence lastTagText;
    private int lastTagAt = -1;
    private SpanTag lastTag;

    public List<TranslationUnit> scan(CharSequence text, int from, int to, FileReporter reporter) {
        List<TranslationUnit> units = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int pos = from;
        while (pos < to) {
            int lt = CharSearch.indexOf(text, '<', pos);
            if (lt < 0 || lt >= to) break;
            SpanTag tag = tagAt(text, lt, to);
            if (tag == null || !tag.opensPairPart()) {
                pos = lt + 1;
                continue;
            }
            TranslationUnit unit = tag.kind() == SpanTag.Kind.TRANSLATION
                    ? readPair(text, tag, to, reporter)
                    : readOrphanLookup(text, tag, to, reporter);
            // a lookup half with the id of the translation half just before it, which found no lookup (a pair whose
            // markup is broken between its halves: reported unpaired at both), is that pair's other half, not a second unit
            TranslationUnit before = units.isEmpty() ? null : units.get(units.size() - 1);
            boolean otherHalf = unit.targetStart() < 0 && before != null && before.sourceStart() < 0 && before.id().equals(unit.id());
            if (!otherHalf) checkId(unit, tag, seen, reporter);
            units.add(unit);
            pos = Math.max(unit.end(), lt + 1);
        }
        return units;
    }

    private TranslationUnit readPair(CharSequence text, SpanTag open, int to, FileReporter reporter) {
        Close close = findClose(text, open.end(), to, Follow.LOOKUP);
        if (!close.found()) {
            reporter.report(Rule.TU_UNPAIRED, open.start(), open.end(),
                    "translation span '" + open.id() + "' is not closed");
        }
        int afterTarget = close.after();
        String target = text.subSequence(open.end(), close.contentEnd()).toString();
        int p = skipSpace(text, afterTarget, to);
        SpanTag wrapper = p < to && text.charAt(p) == '<' ? tagAt(text, p, to) : null;
        SpanTag inner = null;
        if (wrapper != null && wrapper.kind() == SpanTag.Kind.LOOKUP) {
            int q = skipSpace(text, wrapper.end(), to);
            inner = q < to && text.charAt(q) == '<' ? tagAt(text, q, to) : null;
            if (inner != null && inner.kind() != SpanTag.Kind.LOOKUP_INNER) inner = null;
        } else if (wrapper != null && wrapper.kind() == SpanTag.Kind.LOOKUP_INNER) {
            inner = wrapper; // lookup without its class wrapper: accept the inner span alone
            wrapper = null;
        }
        if (inner == null) {
            reporter.report(Rule.TU_UNPAIRED, open.start(), afterTarget,
                    "translation span '" + open.id() + "' has no lookup span after it");
            return new TranslationUnit(open.id(), open.start(), afterTarget,
                    open.end(), close.contentEnd(), target, -1, -1, "");
        }
        if (!inner.id().equals(open.id())) {
            reporter.report(Rule.TU_ID_MISMATCH, inner.idStart(), inner.idStart() + inner.id().length(),
                    "lookup id '" + inner.id() + "' differs from translation id '" + open.id() + "'");
        }
        Close sourceClose = findClose(text, inner.end(), to, wrapper != null ? Follow.CLOSE : Follow.ANY);
        int end = sourceClose.after();
        if (wrapper != null) {
            int q = skipSpace(text, end, to);
            SpanTag wrapperClose = q < to && text.charAt(q) == '<' ? tagAt(text, q, to) : null;
            if (wrapperClose != null && wrapperClose.kind() == SpanTag.Kind.CLOSE) end = wrapperClose.end();
            else reporter.report(Rule.TU_UNPAIRED, wrapper.start(), wrapper.end(),
                    "lookup span of '" + open.id() + "' is not closed");
        }
        if (!sourceClose.found()) {
            reporter.report(Rule.TU_UNPAIRED, inner.start(), inner.end(),
                    "lookup span '" + inner.id() + "' is not closed");
        }
        return new TranslationUnit(open.id(), open.start(), end, open.end(), close.contentEnd(), target,
                inner.end(), sourceClose.contentEnd(), text.subSequence(inner.end(), sourceClose.contentEnd()).toString());
    }

    private TranslationUnit readOrphanLookup(CharSequence text, SpanTag open, int to, FileReporter reporter) {
        SpanTag inner = open;
        int wrapperStart = open.start();
        if (open.kind() == SpanTag.Kind.LOOKUP) {
            int q = skipSpace(text, open.end(), to);
            SpanTag next = q < to && text.charAt(q) == '<' ? tagAt(text, q, to) : null;
            if (next == null || next.kind() != SpanTag.Kind.LOOKUP_INNER) {
                // a bare sxs-lookup wrapper: hide its content as an anonymous lookup
                Close close = findClose(text, open.end(), to, Follow.ANY);
                reporter.report(Rule.TU_UNPAIRED, open.start(), open.end(),
                        "lookup span without a translation span before it");
                return new TranslationUnit("", open.start(), close.after(), -1, -1, "",
                        open.end(), close.contentEnd(), text.subSequence(open.end(), close.contentEnd()).toString());
            }
            inner = next;
        }
        Close close = findClose(text, inner.end(), to, open.kind() == SpanTag.Kind.LOOKUP ? Follow.CLOSE : Follow.ANY);
        int end = close.after();
        if (open.kind() == SpanTag.Kind.LOOKUP) {
            int q = skipSpace(text, end, to);
            SpanTag wrapperClose = q < to && text.charAt(q) == '<' ? tagAt(text, q, to) : null;
            if (wrapperClose != null && wrapperClose.kind() == SpanTag.Kind.CLOSE) end = wrapperClose.end();
        }
        reporter.report(Rule.TU_UNPAIRED, inner.start(), inner.end(),
                "lookup span '" + inner.id() + "' has no translation span before it");
        return new TranslationUnit(inner.id(), wrapperStart, end, -1, -1, "",
                inner.end(), close.contentEnd(), text.subSequence(inner.end(), close.contentEnd()).toString());
    }

    /** The number part of a unit id, as a regex: 3 or 4 digits, or the counter going on past 9999. */
    public static final String ID_NUMBER = "(?:[0-9]{3,4}|[1-9][0-9]{4,8})";

    private static void checkId(TranslationUnit unit, SpanTag tag, Map<String, Integer> seen, FileReporter reporter) {
        String id = unit.id();
        if (id.isEmpty()) return;
        int idStart = tag.kind() == SpanTag.Kind.LOOKUP ? unit.sourceStart() : tag.idStart();
        if (!isValidId(id)) {
            reporter.report(Rule.TU_BAD_ID, Math.max(0, idStart), Math.max(0, idStart) + id.length(),
                    "unit id '" + id + "' does not match the id grammar 5-hex '-' [p] 3-4 digits (or more, going on past 9999)");
        }
        Integer first = seen.putIfAbsent(id, unit.start());
        if (first != null) {
            reporter.report(Rule.TU_DUPLICATE_ID, unit.start(), unit.start(),
                    "unit id '" + id + "' is also used at line " + reporter.lines().line(first));
        }
    }

    /**
     * The id grammar, {@code [0-9a-f]{5}-p?[0-9]{3,4}}, checked by hand: it runs for every unit. The counter goes on
     * past 9999 in a file of more units than that ({@code cf3aa-10000}, a real error-code reference of 3,354 such
     * ids): five digits or more without a leading zero are its continuation ({@link #ID_NUMBER}).
     */
    static boolean isValidId(String id) {
        int n = id.length();
        if (n < 9 || id.charAt(5) != '-') return false;
        for (int i = 0; i < 5; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        int p = id.charAt(6) == 'p' ? 7 : 6;
        if (n - p < 3 || n - p > 9 || n - p > 4 && id.charAt(p) == '0') return false;
        for (; p < n; p++) {
            char c = id.charAt(p);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /**
     * {@link SpanTag#at}, remembering the last answer: the same tag is often asked for twice in a
     * row. A tag that runs past {@code to} is none: nothing is read beyond the scanned range.
     */
    private SpanTag tagAt(CharSequence text, int at, int to) {
        if (at != lastTagAt || text != lastTagText) {
            lastTag = SpanTag.at(text, at);
            lastTagAt = at;
            lastTagText = text;
        }
        return lastTag != null && lastTag.end() > to ? null : lastTag;
    }

    /** Where a span's content ends: the matching {@code </span>}, nested plain spans counted. */
    private record Close(boolean found, int contentEnd, int after) {
    }

    /** Which closing tag ends a half when the half holds a stray {@code </span>} of its own. */
    private enum Follow { LOOKUP, CLOSE, ANY }

    /**
     * Finds the end of a span's content. Plain spans inside are counted. A translation can hold
     * a stray {@code </span>} (seen in real hand-offs: {@code …instructies </span> in dit…</span>}),
     * so the close that ends a half is the first one at depth 0 that is followed by what must come
     * next ({@code follow}): the lookup span after a translation, the wrapper's close after a
     * lookup. Failing that, the first close at depth 0. The search stops at the next pair or the
     * end of the paragraph, so each character is still read a bounded number of times.
     */
    private Close findClose(CharSequence text, int from, int to, Follow follow) {
        int depth = 0;
        int pos = from;
        Close first = null;
        while (pos < to) {
            int lt = CharSearch.indexOf(text, '<', pos);
            if (lt < 0 || lt >= to) break;
            int blank = blankAfter(text, pos);
            if (first != null && blank >= 0 && blank < lt) break;
            SpanTag tag = tagAt(text, lt, to);
            if (tag == null) {
                pos = lt + 1;
            } else if (tag.kind() == SpanTag.Kind.CLOSE) {
                if (depth > 0) {
                    depth--;
                } else {
                    Close here = new Close(true, lt, tag.end());
                    if (follow == Follow.ANY || followedBy(text, tag.end(), to, follow)) return here;
                    if (first == null) first = here;
                }
                pos = tag.end();
            } else if (tag.opensPairPart()) {
                break; // the next pair begins
            } else {
                if (!literal(text, lt, tag.end())) depth++; // '\<span>' and '`<span>`' are text, not a span to close
                pos = tag.end();
            }
        }
        if (first != null) return first;
        int end = Math.min(to, text.length());
        int blank = blankAfter(text, from);
        if (blank >= 0 && blank < end) end = blank; // an unclosed span stops at its paragraph
        int next = CharSearch.indexOf(text, '<', from);
        while (next >= 0 && next < end) {
            SpanTag tag = tagAt(text, next, to);
            if (tag != null && tag.opensPairPart()) return new Close(false, next, next);
            next = CharSearch.indexOf(text, '<', next + 1);
        }
        return new Close(false, end, end);
    }

    /**
     * Whether the tag at {@code [lt, end)} is text a reader sees rather than a tag: escaped ({@code \<span>}) or
     * written as code ({@code `<span>`}, a backtick right before or after it), as CommonMark reads them.
     */
    private static boolean literal(CharSequence text, int lt, int end) {
        int slashes = 0;
        for (int i = lt - 1; i >= 0 && text.charAt(i) == '\\'; i--) slashes++;
        if (slashes % 2 == 1) return true;
        return lt > 0 && text.charAt(lt - 1) == '`' || end < text.length() && text.charAt(end) == '`';
    }

    /**
     * The first blank line at or after {@code pos}. Cached: scanning moves forward, so a blank
     * found for an earlier position is still the answer while it lies ahead; without the cache a
     * paragraph of many pairs would be searched to its end once per pair.
     */
    private int blankAfter(CharSequence text, int pos) {
        if (cachedText != text || cachedBlank < pos || (cachedFrom > pos)) {
            cachedText = text;
            cachedFrom = pos;
            int b = CharSearch.indexOfBlankLine(text, pos);
            cachedBlank = b < 0 ? Integer.MAX_VALUE : b;
        }
        return cachedBlank == Integer.MAX_VALUE ? -1 : cachedBlank;
    }

    private boolean followedBy(CharSequence text, int at, int to, Follow follow) {
        int p = skipSpace(text, at, to);
        if (p >= to || text.charAt(p) != '<') return false;
        SpanTag next = tagAt(text, p, to);
        if (next == null) return false;
        return follow == Follow.LOOKUP
                ? next.kind() == SpanTag.Kind.LOOKUP || next.kind() == SpanTag.Kind.LOOKUP_INNER
                : next.kind() == SpanTag.Kind.CLOSE;
    }

    private static int skipSpace(CharSequence text, int pos, int to) {
        while (pos < to && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) pos++;
        return pos;
    }
}
