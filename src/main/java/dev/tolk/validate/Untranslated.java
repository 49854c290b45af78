package dev.tolk.validate;

/**
 * The judgement of {@code tu/untranslated}, for the localization loop: a translation that is the English as it is,
 * where the English has words to translate (not a date, a number, a product or page name, a command). The loop
 * sends a unit back to translators only when check would call it untranslated, so {@code xliff export --needed} and
 * {@code status} agree (they did not: 380 units exported against 123 reported in a real tr-TR docset, most of them
 * dates and product names the translation rightly kept).
 */
public final class Untranslated {
    private Untranslated() {
    }

    /** Whether {@code target} is {@code source} left untranslated (without the project's do-not-translate terms). */
    public static boolean is(String target, String source) {
        return UnitTextRules.normalize(target).equals(UnitTextRules.normalize(source))
                && UnitTextRules.readsAsEnglish(InlineFacts.of(source).prose());
    }
}
