package dev.tolk.l10n;

import java.util.List;

/** One XLIFF file of the loop: one article of one locale ({@code original} is its key). */
record XliffDocument(String srcLang, String trgLang, String original, List<XliffUnit> units) {
    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    /** XLIFF 2.2 has a namespace of its own (2.1 kept 2.0's); its files are read as well. */
    static final String NAMESPACE_2_2 = "urn:oasis:names:tc:xliff:document:2.2";
}
