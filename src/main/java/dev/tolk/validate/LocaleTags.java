package dev.tolk.validate;

/**
 * Locale tags written into URLs ({@code /en-us/}, {@code ?ui=nl-NL}), which a translation
 * localizes and the comparisons of this package make neutral: two or three letters, a hyphen,
 * two to four letters, and no further letter on either side.
 */
final class LocaleTags {
    /** What a tag is replaced with: the same in every locale. */
    static final String NEUTRAL = "{locale}";

    private LocaleTags() {
    }

    /**
     * The index after the tag that starts at {@code p}, when the character after it is one of
     * {@code follow} or the input ends there ({@code $}), else -1. The caller checks what stands
     * before {@code p}.
     *
     * @param anyCase whether upper-case ASCII letters count (else only {@code a-z})
     */
    static int tagEnd(CharSequence s, int p, boolean anyCase, String follow) {
        int language = letters(s, p, anyCase);
        if (language < 2 || language > 3 || p + language >= s.length() || s.charAt(p + language) != '-') return -1;
        int regionStart = p + language + 1;
        int region = letters(s, regionStart, anyCase);
        if (region < 2 || region > 4) return -1;
        int end = regionStart + region;
        boolean followed = end < s.length() && follow.indexOf(s.charAt(end)) >= 0 || Boundaries.inputEndAt(s, end);
        return followed ? end : -1;
    }

    private static int letters(CharSequence s, int from, boolean anyCase) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || anyCase && c >= 'A' && c <= 'Z')) break;
            i++;
        }
        return i - from;
    }
}
