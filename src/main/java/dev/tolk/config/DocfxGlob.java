package dev.tolk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file glob of {@code docfx.json} ({@code files} and {@code exclude}), matched as DocFX's
 * {@code GlobMatcher} matches it with its default options, against a {@code /}-separated path
 * relative to the folder the glob is for:
 * <ul>
 * <li>{@code *} is any run of characters within one folder or file name, {@code ?} one
 *     character, {@code [a-z]} a character class, {@code \} escapes the next character;</li>
 * <li>{@code **} as a whole segment is any number of folders ({@code **}{@code /*.md} matches
 *     {@code a.md} too); at the end it is any file below; {@code **.md} is short for
 *     {@code **}{@code /*.md};</li>
 * <li>{@code {a,b}} expands to both alternatives; a leading {@code !} negates the glob;</li>
 * <li>letter case is ignored, and a wildcard never matches a name that starts with a dot
 *     (dot files and dot folders are matched only by a glob that names the dot).</li>
 * </ul>
 */
final class DocfxGlob {
    /** One folder or file name that a wildcard may match: not empty, not starting with a dot. */
    private static final String NAME = "(?!\\.)[^/]+";

    private final String glob;
    private final boolean negated;
    private final List<Pattern> patterns = new ArrayList<>();

    DocfxGlob(String glob) {
        this.glob = glob;
        String g = glob.strip();
        negated = g.startsWith("!");
        if (negated) g = g.substring(1);
        while (g.startsWith("./")) g = g.substring(2);
        for (String one : expand(g)) patterns.add(Pattern.compile(regex(one), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    String glob() {
        return glob;
    }

    /**
     * The one file a glob without wildcards, braces or negation names ({@code bread/toc.yml}); null for any other
     * glob.
     */
    String namedFile() {
        String g = glob.strip();
        while (g.startsWith("./")) g = g.substring(2);
        for (int i = 0; i < g.length(); i++) {
            if ("*?[{\\!".indexOf(g.charAt(i)) >= 0) return null;
        }
        return g.isEmpty() || g.endsWith("/") ? null : g;
    }

    /** Whether the glob matches the path ({@code /}-separated, relative to the glob's folder). */
    boolean matches(String path) {
        boolean any = false;
        for (Pattern p : patterns) {
            if (p.matcher(path).matches()) {
                any = true;
                break;
            }
        }
        return any != negated;
    }

    /** {@code a{b,c}d} as {@code abd} and {@code acd}, nested groups included; an unclosed brace is literal. */
    static List<String> expand(String glob) {
        int open = -1;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                open = i;
                break;
            }
        }
        if (open < 0) return List.of(glob);
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                alternatives.add(glob.substring(start, i));
                start = i + 1;
            } else if (c == '}') {
                alternatives.add(glob.substring(start, i));
                List<String> out = new ArrayList<>();
                String before = glob.substring(0, open);
                for (String rest : expand(glob.substring(i + 1))) {
                    for (String alternative : alternatives) out.addAll(expand(before + alternative + rest));
                }
                return out;
            }
        }
        // no closing brace: the brace is a plain character
        List<String> out = new ArrayList<>();
        for (String rest : expand(glob.substring(open + 1))) out.add(glob.substring(0, open + 1) + rest);
        return out;
    }

    /** One expanded glob as a regular expression over the whole path. */
    private static String regex(String glob) {
        List<String> parts = new ArrayList<>();
        for (String part : glob.split("/")) {
            if (part.isEmpty()) continue;
            // "**.md" is short for "**/*.md"; "a**" is "a*"
            if (part.length() > 2 && part.startsWith("**") && part.charAt(2) != '*') {
                parts.add("**");
                parts.add("*" + part.replaceFirst("^\\*+", ""));
            } else {
                parts.add(part);
            }
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (part.matches("\\*{2,}")) {
                // any folders (none included) before what follows; at the end, any file below
                re.append(last ? NAME + "(?:/" + NAME + ")*" : "(?:" + NAME + "/)*");
                continue;
            }
            re.append(segment(part));
            if (!last) re.append('/');
        }
        return re.toString();
    }

    /** One folder or file name's pattern. */
    private static String segment(String part) {
        StringBuilder re = new StringBuilder();
        boolean magic = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < part.length()) re.append(Pattern.quote(String.valueOf(part.charAt(++i))));
                }
                case '*' -> {
                    while (i + 1 < part.length() && part.charAt(i + 1) == '*') i++;
                    re.append("[^/]*");
                    magic = true;
                }
                case '?' -> {
                    re.append("[^/]");
                    magic = true;
                }
                case '[' -> {
                    int close = part.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        String inside = part.substring(i + 1, close);
                        boolean not = inside.startsWith("!") || inside.startsWith("^");
                        if (not) inside = inside.substring(1);
                        re.append('[').append(not ? "^/" : "").append(inside.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                        i = close;
                        magic = true;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // a wildcard does not match a leading dot; a part that spells its dot does
        return magic && !part.startsWith(".") ? "(?!\\.)(?=[^/])" + re : re.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocfxGlob other && other.glob.equals(glob);
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    @Override
    public String toString() {
        return glob;
    }
}
