package dev.tolk.parse;

/**
 * CommonMark's punctuation: the ASCII punctuation a backslash escapes, and the punctuation that decides whether a
 * run of {@code *} or {@code _} flanks a word (ASCII's and Unicode's P categories). One definition for every reader
 * of a unit's Markdown.
 */
public final class Punctuation {
    private Punctuation() {
    }

    /** {@code !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}. */
    public static boolean isAscii(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    public static boolean is(int cp) {
        if (cp < 0x80) return isAscii((char) cp);
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
