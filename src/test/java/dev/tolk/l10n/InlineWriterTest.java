package dev.tolk.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a translator's text becomes in Markdown (helper review of the loop on a DocFX docset with new locales). */
class InlineWriterTest {
    private static final Inline.Pc BOLD = new Inline.Pc("1", new Inline.Code(Inline.Kind.BOLD, "**", "**"), List.of(), -1, -1);
    private static final Inline.Ph BREAK = new Inline.Ph("2", new Inline.Code(Inline.Kind.HTML, "    \n", ""), -1, -1);
    private static final Map<String, Inline> CODES = Map.of("1", BOLD, "2", BREAK);

    private static String write(Inline... pieces) {
        return InlineWriter.markdown(List.of(pieces), CODES);
    }

    private static Inline text(String t) {
        return new Inline.Text(t, -1, -1);
    }

    private static Inline bold(String t) {
        return new Inline.Pc("1", BOLD.code(), List.of(text(t)), -1, -1);
    }

    /** "<pc>gras </pc>texte" was "**gras **texte", which CommonMark does not make bold: the space goes outside. */
    @Test
    void spacesAtTheEdgesOfBoldGoOutsideItsDelimiters() {
        assertEquals("Élément avec **gras** texte.", write(text("Élément avec"), bold(" gras "), text("texte.")));
    }

    /** A line after a hard break that starts with '>', '-', '#' or '1.' became a quote, a list, a heading. */
    @Test
    void aLineAfterAHardBreakStartsNoBlockAndLosesItsSpaces() {
        assertEquals("Voir.    \n\\> Entités", write(text("Voir."), BREAK, text(" > Entités")));
        assertEquals("Voir.    \n\\- suite", write(text("Voir."), BREAK, text("- suite")));
        assertEquals("Voir.    \n\\# Titre", write(text("Voir."), BREAK, text("# Titre")));
        assertEquals("Voir.    \n2\\. stap", write(text("Voir."), BREAK, text("2. stap")));
        assertEquals("Voir.    \nDeuxième.", write(text("Voir."), BREAK, text("   Deuxième.")));
    }

    /** A '*' between spaces opens nothing: written as typed, not as '\*' that check reports as asterisks shown. */
    @Test
    void anAsteriskBetweenSpacesIsNotEscaped() {
        assertEquals("Champs d'un * obligatoires, \\*x\\*", write(text("Champs d'un * obligatoires, *x*")));
    }
}
