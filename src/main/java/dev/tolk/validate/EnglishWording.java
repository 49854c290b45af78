package dev.tolk.validate;

/**
 * Whether two English halves say the same thing, as {@code tu/drift} judges it ({@link EnglishHalf}):
 * what the localization loop asks to tell whether a unit's English moved since it was translated,
 * so that status, {@code xliff export --needed} and check agree on drift.
 */
public final class EnglishWording {
    private EnglishWording() {
    }

    /** Whether {@code a} and {@code b} differ in nothing but spacing, a URL's host or locale tags, or a whole link around them. */
    public static boolean same(String a, String b) {
        return a.equals(b) || EnglishHalf.of(a).sameWording(EnglishHalf.of(b));
    }
}
