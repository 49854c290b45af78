package dev.tolk.model;

/**
 * One translated sentence: the translation span and its lookup span, joined by an id.
 * Offsets are UTF-16 indexes into the whole file text: {@code start}/{@code end} cover the
 * whole pair (both spans), {@code target*} the inner Markdown of the translation and
 * {@code source*} the inner Markdown of the English lookup half.
 */
public record TranslationUnit(String id, int start, int end,
                              int targetStart, int targetEnd, String target,
                              int sourceStart, int sourceEnd, String source) {

    /** The numeric part of the id as written ({@code 105}, {@code p101}), or the id itself if malformed. */
    public String number() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(dash + 1);
    }
}
