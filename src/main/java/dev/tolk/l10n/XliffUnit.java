package dev.tolk.l10n;

import java.util.List;

/**
 * One unit of an XLIFF file: one translation unit with one segment. {@code id} is the stable
 * number ({@code 105}, {@code p101}, {@code title}), {@code name} the full id
 * ({@code c657a-105}), {@code note} where it is (heading path and {@code line:col}),
 * {@code target} null when the unit has none. {@code line}/{@code column} place a unit read from
 * a file (0 when written).
 */
record XliffUnit(String id, String name, String note, String state, String subState, List<Inline> source,
                 List<Inline> target, int line, int column) {

    static final String INITIAL = "initial";
    static final String TRANSLATED = "translated";
    static final String MACHINE = "tolk:mt";
    static final String DRIFT = "tolk:drift";

    XliffUnit(String id, String name, String note, String state, String subState, List<Inline> source, List<Inline> target) {
        this(id, name, note, state, subState, source, target, 0, 0);
    }
}
