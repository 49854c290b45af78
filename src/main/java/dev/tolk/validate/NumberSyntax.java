package dev.tolk.validate;

/**
 * How {@link InlineFacts} reads a number's shape in a unit's text: group separators and dotted runs, fractions of
 * zeros, scale words and units after it ({@code 100K}, {@code 2万}, {@code 1万5千}), and an amount glued to a
 * currency code. Positions in, positions out; the facts are InlineFacts'.
 */
final class NumberSyntax {
    private NumberSyntax() {
    }

    /** ISO 4217 codes a price is glued to ({@code USD18,750}): the digits are an amount, not part of a name. */
    static final java.util.Set<String> CURRENCY_CODES = java.util.Set.of("USD", "EUR", "GBP", "JPY", "CNY", "KRW", "INR",
            "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "BRL", "MXN", "RUB", "UAH", "TRY",
            "SAR", "AED", "ILS", "THB", "TWD", "HKD", "SGD", "ZAR", "KWD", "BHD");

    static boolean afterCurrencyCode(String s, int i) {
        return i >= 3 && CURRENCY_CODES.contains(s.substring(i - 3, i)) && (i == 3 || !Character.isLetter(s.charAt(i - 4)));
    }


    /**
     * A scale after the number: "100K users" and "30 million items" are the translation's
     * "100.000" and "30.000.000", as "2万" is "20000". Returns the index after the scale, or {@code j}.
     */
    static int scaled(String s, int j, StringBuilder digits) {
        int power = InlineSyntax.unitPower(s, j);
        if (power > 0) {
            digits.append("0".repeat(power));
            return j + 1;
        }
        int[] spaced = InlineSyntax.spacedUnit(s, j); // "10 萬", "1 लाख", "1 करोड़"
        if (spaced != null) {
            digits.append("0".repeat(spaced[0]));
            return spaced[1];
        }
        int end = InlineSyntax.scaleEnd(s, j);
        if (end < 0) return j;
        char last = s.charAt(end - 1); // K, k, thousand: 'K', 'k', 'd'; million and billion (7 letters each): 'n'
        digits.append(last != 'n' ? "000" : s.charAt(end - 7) == 'm' ? "000000" : "000000000");
        return end;
    }

    /** The index after a fraction of zeros at {@code j} ({@code .00}, {@code ,0}) that no digit follows, else {@code j}. */
    static int afterZeroFraction(String s, int j) {
        if (j + 1 >= s.length() || s.charAt(j) != '.' && s.charAt(j) != ',' || s.charAt(j + 1) != '0') return j;
        int k = j + 1;
        while (k < s.length() && s.charAt(k) == '0') k++;
        return k < s.length() && Character.isDigit(s.codePointAt(k)) ? j : k;
    }

    /**
     * Whether a dotted sequence of three parts or more starts at {@code i} (a version, an address: 5.7.708), unless it
     * is a number grouped by dots (1.800.000, 999.999.999,00: a first group of one to three digits, then groups of
     * three), as German, Dutch, Portuguese and others write thousands.
     */
    static boolean dottedAhead(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        int first = j - i;
        if (j + 1 >= s.length() || s.charAt(j) != '.' || !Character.isDigit(s.charAt(j + 1))) return false;
        boolean grouped = first <= 3;
        int parts = 1;
        while (j + 1 < s.length() && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) {
            int start = ++j;
            while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
            grouped &= j - start == 3;
            parts++;
        }
        return parts >= 3 && !grouped;
    }

    static boolean isGroupSeparator(int cp) {
        return cp == ',' || cp == '.' || cp == '\'' || cp == '\u00A0' || cp == '\u202F' || cp == '\u2009'
                || cp == '\u066C' || cp == '’';
    }

    static boolean threeDigitsAt(String s, int j) {
        int count = 0;
        while (j < s.length() && count < 4) {
            int cp = s.codePointAt(j);
            if (!Character.isDigit(cp)) break;
            count++;
            j += Character.charCount(cp);
        }
        return count == 3;
    }

    /**
     * The end of a hexadecimal literal at {@code i} ({@code 0x8004de40}, {@code 0XC004B100}: a {@code 0}, an {@code x}
     * and one hex digit or more, not inside an ASCII word), else -1.
     */
    static int hexEnd(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '0' || (s.charAt(i + 1) | 0x20) != 'x') return -1;
        // not inside an ASCII word (a1x0x2); glued to Chinese or Japanese text it is one still (步骤0x80072EFD)
        if (i > 0 && s.charAt(i - 1) < 0x80 && Character.isLetterOrDigit(s.charAt(i - 1))) return -1;
        int end = i + 2;
        while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0 && s.charAt(end) < 0x80) end++;
        if (end == i + 2 || end < s.length() && Character.isLetter(s.charAt(end)) && s.charAt(end) < 0x80) return -1;
        return end;
    }

    /** The power of ten of a Korean, Chinese or Japanese number unit: 십 十 1, 백 百 2, 천 千 3 (small); 만 万 萬 4, 억 億 亿 8, 조 兆 12. */
    private static int cjkUnit(char c) {
        return switch (c) {
            case '십', '十' -> 1;
            case '백', '百' -> 2;
            case '천', '千' -> 3;
            case '만', '万', '萬' -> 4;
            case '억', '億', '亿' -> 8;
            case '조', '兆' -> 12;
            default -> 0;
        };
    }

    /**
     * A number written with Korean, Chinese or Japanese units at {@code i} ({@code 2천5백만} is 25,000,000, {@code 1억
     * 2천만} 120,000,000, {@code 1万5千} 15,000, {@code 10만} 100,000): its value and the index after its last unit; null
     * when the digits at {@code i} are not followed by a unit. Small units add up within a section, a large one ends it.
     */
    static long[] cjkCompound(String s, int i) {
        long total = 0;
        long section = 0;
        long number = -1;
        long[] good = null; // the value and end after the last unit read: a number or a space after it is not part of it
        int k = i;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (Character.isDigit(c)) {
                if (number >= 0) break;
                long n = 0;
                int digits = 0;
                while (k < s.length() && Character.isDigit(s.charAt(k)) && digits < 12) {
                    n = n * 10 + Character.digit(s.charAt(k), 10);
                    k++;
                    digits++;
                }
                if (k < s.length() && Character.isDigit(s.charAt(k))) break; // too long to be one
                number = n;
                continue;
            }
            int power = cjkUnit(c);
            if (power > 0 && power < 4) {
                section += (number < 0 ? 1 : number) * pow10(power);
            } else if (power >= 4) {
                long part = section + Math.max(0, number);
                total += (part == 0 ? 1 : part) * pow10(power);
                section = 0;
            } else if (c == ' ' && good != null && number < 0 && k + 1 < s.length() && Character.isDigit(s.charAt(k + 1))) {
                k++; // "1억 2천만": Korean spaces its sections
                continue;
            } else {
                break;
            }
            number = -1;
            k++;
            good = new long[] {total + section, k};
        }
        return good;
    }

    private static long pow10(int power) {
        long p = 1;
        for (int n = 0; n < power; n++) p *= 10;
        return p;
    }
}
