package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Heading ids as DocFX makes them (Markdig's {@code UrilizeAsGfm}), so that links written against Microsoft Learn's
 * pages find their anchors here: the DocFX corpus links {@code #productrecommendation-or-next-best-action} to a
 * heading with a no-break space in "Product recommendation", and a German article {@code #step-5---review--create}.
 */
class SlugsTest {
    @Test
    void keepsEveryHyphenAndSpaceAndDropsOtherPunctuation() {
        assertEquals("step-1---install", Slugs.of("Step 1 - Install"));
        assertEquals("tips--insights", Slugs.of("Tips & Insights"));
        assertEquals("step-5---review--create", Slugs.of("Step 5 - Review + create"));
        assertEquals("what-about-init-", Slugs.of("What about init ?"));
        assertEquals("-new-features", Slugs.of("🎉 New features"));
        assertEquals("snake_case-and-kebab-case", Slugs.of("snake_case and kebab-case"));
    }

    @Test
    void dropsNoBreakSpacesMarksAndCharactersOutsideTheBmp() {
        assertEquals("productrecommendation-or-next-best-action", Slugs.of("Product\u00A0recommendation or Next Best Action"));
        assertEquals("-changes-to-physics", Slugs.of("⚙️ Changes to physics"));
        assertEquals("ठक-ह", Slugs.of("ठीक है")); // Devanagari vowel signs are marks, not letters, to .NET too
        assertEquals("iptal", Slugs.of("İptal"));
    }

    @Test
    void lowerCasesLettersAndDigitsOfAnyScript() {
        assertEquals("überblick-2024", Slugs.of("Überblick 2024"));
        assertEquals("設定資料來源", Slugs.of("設定資料來源"));
        assertEquals("обзор", Slugs.of("Обзор"));
    }

    @Test
    void anEmptyIdIsSectionAndRepeatsAreNumbered() {
        assertEquals("section", Slugs.of("?!"));
        Set<String> taken = new HashSet<>();
        assertEquals("a", Slugs.unique("a", taken));
        assertEquals("a-1", Slugs.unique("a", taken));
        assertEquals("a-2", Slugs.unique("a", taken));
    }
}
