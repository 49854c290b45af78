package dev.tolk.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page title for the first pass, before anything is rendered: the text of the first
 * {@code # } heading with its pairs reduced to one side and markup removed.
 */
final class TitleGuess {

    private static final Pattern TARGET = Pattern.compile(
            "<span data-ttu-id=\"[^\"]*\">(.*?)</span><span class=\"sxs-lookup\"><span data-stu-id=\"[^\"]*\">(.*?)</span></span>",
            Pattern.DOTALL);

    private TitleGuess() {
    }

    /** The text of the first ATX level-1 heading line ({@code # Title}), or null; a plain scan, no regex. */
    private static String firstH1(String text, int from) {
        int n = text.length();
        for (int p = from; p < n; ) {
            int end = text.indexOf('\n', p);
            if (end < 0) end = n;
            int q = p;
            while (q < end && q - p < 3 && text.charAt(q) == ' ') q++;
            if (q + 1 < end && text.charAt(q) == '#' && (text.charAt(q + 1) == ' ' || text.charAt(q + 1) == '\t')) {
                String line = text.substring(q + 2, end).strip();
                while (line.endsWith("#")) line = line.substring(0, line.length() - 1).strip();
                return line;
            }
            p = end + 1;
        }
        return null;
    }

    static String of(String text, int from, boolean source, String fallback) {
        String line = firstH1(text, from);
        if (line == null) return fallback;
        Matcher pair = TARGET.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (pair.find()) pair.appendReplacement(sb, Matcher.quoteReplacement(pair.group(source ? 2 : 1)));
        pair.appendTail(sb);
        String plain = sb.toString().replaceAll("<[^>]*>", "").replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? fallback : plain;
    }
}
