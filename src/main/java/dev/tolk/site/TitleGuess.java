package dev.tolk.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page title for the first pass, before anything is rendered: the text of the first
 * {@code # } heading with its pairs reduced to one side and markup removed.
 */
final class TitleGuess {
    private static final Pattern H1 = Pattern.compile("(?m)^ {0,3}#[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern TARGET = Pattern.compile(
            "<span data-ttu-id=\"[^\"]*\">(.*?)</span><span class=\"sxs-lookup\"><span data-stu-id=\"[^\"]*\">(.*?)</span></span>",
            Pattern.DOTALL);

    private TitleGuess() {
    }

    static String of(String text, int from, boolean source, String fallback) {
        Matcher h = H1.matcher(text);
        if (!h.find(from)) return fallback;
        String line = h.group(1);
        Matcher pair = TARGET.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (pair.find()) pair.appendReplacement(sb, Matcher.quoteReplacement(pair.group(source ? 2 : 1)));
        pair.appendTail(sb);
        String plain = sb.toString().replaceAll("<[^>]*>", "").replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? fallback : plain;
    }
}
