package dev.tolk.config;

import dev.tolk.check.ExternalSettings;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.parse.YamlReader;
import dev.tolk.source.ContentTree;
import dev.tolk.validate.Distance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code tolk.yaml} with the same safe YAML reader as front matter and checks every key.
 * Problems are returned as messages with a position; the caller reports them as
 * {@code config/invalid} and stops with exit code 2.
 */
public final class ConfigLoader {
    private String text = "";
    private static final Set<String> KEYS = Set.of("title", "base-url", "source-locale", "locales", "url-map",
            "exclude", "rules", "external", "do-not-translate", "front-matter", "xref-maps", "redirections", "active-content");

    /** A configuration problem at a 1-based line of {@code tolk.yaml}. */
    public record Problem(int line, int column, String message) {
    }

    public record Result(SiteConfig config, List<Problem> problems) {
    }

    public Result load(String yamlText) {
        this.text = yamlText;
        List<Problem> problems = new ArrayList<>();
        YamlReader.Result read = new YamlReader().read(yamlText);
        if (read instanceof YamlReader.Failure f) {
            problems.add(new Problem(f.line(), f.column(), "tolk.yaml is not valid YAML: " + f.message()));
            return new Result(SiteConfig.defaults(), problems);
        }
        Object root = ((YamlReader.Values) read).value();
        if (root instanceof String s && s.isBlank()) return new Result(SiteConfig.defaults(), problems);
        if (!(root instanceof Map<?, ?> map)) {
            problems.add(new Problem(1, 1, "tolk.yaml must be a mapping of keys to values"));
            return new Result(SiteConfig.defaults(), problems);
        }
        SiteConfig d = SiteConfig.defaults();
        for (Object key : map.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(at(String.valueOf(key), "unknown key '" + key + "' in tolk.yaml" + didYouMean(String.valueOf(key), KEYS)));
            }
        }
        String title = string(map, "title", d.title(), problems);
        String baseUrl = string(map, "base-url", d.baseUrl(), problems);
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        String source = string(map, "source-locale", d.sourceLocale(), problems);
        if (!ContentTree.LOCALE_TAG.matcher(source).matches()) problems.add(at("source-locale", "source-locale '" + source + "' is not a BCP 47 tag"));
        List<SiteConfig.LocaleSpec> locales = locales(map.get("locales"), problems);
        Map<String, String> urlMap = new LinkedHashMap<>();
        Object um = map.get("url-map");
        if (um instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String prefix = String.valueOf(k);
                String path = String.valueOf(v);
                if (path.contains("..") || path.startsWith("/")) {
                    problems.add(at(prefix, "url-map target '" + path + "' must be a relative content path inside the project"));
                } else {
                    urlMap.put(prefix, path.isEmpty() || path.endsWith("/") ? path : path + "/");
                }
            });
        } else if (um != null) {
            problems.add(at("url-map", "url-map must map URL prefixes to content paths"));
        }
        List<String> exclude = new ArrayList<>();
        Object ex = map.get("exclude");
        if (ex instanceof List<?> list) list.forEach(o -> exclude.add(String.valueOf(o)));
        else if (ex instanceof String s && !s.isBlank()) exclude.add(s);
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        Object rs = map.get("rules");
        if (rs instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String id = String.valueOf(k);
                String level = String.valueOf(v).toLowerCase(Locale.ROOT);
                if (Rule.byId(id).isEmpty()) problems.add(at(id, "unknown rule '" + id + "' in rules"));
                if (level.equals("off") || level.equals("false")) rules.put(id, Optional.empty());
                else Severity.parse(level).ifPresentOrElse(s -> rules.put(id, Optional.of(s)),
                        () -> problems.add(at(id, "rule '" + id + "': severity must be error, warning, info or off")));
            });
        } else if (rs != null) {
            problems.add(at("rules", "rules must map rule ids to severities"));
        }
        Map<String, Object> external = new LinkedHashMap<>();
        if (map.get("external") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> external.put(String.valueOf(k), v));
            for (String problem : ExternalSettings.parse(external).problems()) problems.add(at("external", "external: " + problem));
        } else if (map.get("external") != null) {
            problems.add(at("external", "external must map settings (timeout, retries, …) to values"));
        }
        List<String> doNotTranslate = new ArrayList<>();
        Object dnt = map.get("do-not-translate");
        if (dnt instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) doNotTranslate.add(s.strip());
                else problems.add(at("do-not-translate", "do-not-translate must be a list of terms"));
            }
        } else if (dnt != null) {
            problems.add(at("do-not-translate", "do-not-translate must be a list of terms"));
        }
        String active = string(map, "active-content", ActiveContent.SANITIZE.id(), problems);
        ActiveContent activeContent = ActiveContent.parse(active).orElseGet(() -> {
            problems.add(at("active-content", "active-content must be sanitize, download or skip"));
            return ActiveContent.SANITIZE;
        });
        return new Result(new SiteConfig(title, baseUrl, source, locales, urlMap, exclude, rules, external,
                List.copyOf(doNotTranslate), docfx(map, problems), activeContent), problems);
    }

    /** {@code front-matter: {extra-keys: [globs]}}, {@code xref-maps: [paths]} and {@code redirections: path}. */
    private SiteConfig.Docfx docfx(Map<?, ?> map, List<Problem> problems) {
        List<String> extraKeys = List.of();
        Object fm = map.get("front-matter");
        if (fm instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!"extra-keys".equals(k)) problems.add(at(String.valueOf(k), "unknown key '" + k + "' in front-matter"));
            }
            extraKeys = strings(m.get("extra-keys"), "front-matter: extra-keys", problems);
        } else if (fm != null) {
            problems.add(at("front-matter", "front-matter must be a mapping ({extra-keys: [...]})"));
        }
        List<String> xrefMaps = strings(map.get("xref-maps"), "xref-maps", problems);
        for (String path : xrefMaps) {
            if (path.contains("..") || path.startsWith("/")) {
                problems.add(at(path, "xref-maps: '" + path + "' must be a relative path inside the project"));
            }
        }
        String redirections = string(map, "redirections", null, problems);
        if (redirections != null && (redirections.contains("..") || redirections.startsWith("/"))) {
            problems.add(at("redirections", "redirections: '" + redirections + "' must be a relative path inside the project"));
            redirections = null;
        }
        return new SiteConfig.Docfx(extraKeys, xrefMaps, redirections);
    }

    /** A list of strings (a single string is a list of one); null is an empty list. */
    private List<String> strings(Object value, String key, List<Problem> problems) {
        if (value == null) return List.of();
        if (value instanceof String s) return s.isBlank() ? List.of() : List.of(s.strip());
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) out.add(s.strip());
                else problems.add(at(key.substring(key.lastIndexOf(' ') + 1), key + " must be a list of strings"));
            }
        } else {
            problems.add(at(key.substring(key.lastIndexOf(' ') + 1), key + " must be a list of strings"));
        }
        return List.copyOf(out);
    }

    private String string(Map<?, ?> map, String key, String fallback, List<Problem> problems) {
        Object v = map.get(key);
        if (v == null) return fallback;
        if (v instanceof String s) return s.strip();
        problems.add(at(key, key + " must be a string"));
        return fallback;
    }

    private List<SiteConfig.LocaleSpec> locales(Object value, List<Problem> problems) {
        List<SiteConfig.LocaleSpec> out = new ArrayList<>();
        if (value == null) return out;
        if (!(value instanceof List<?> list)) {
            problems.add(at("locales", "locales must be a list"));
            return out;
        }
        for (Object item : list) {
            String tag;
            String name = null;
            String dir = null;
            String title = null;
            if (item instanceof String s) {
                tag = s;
            } else if (item instanceof Map<?, ?> m && m.get("tag") instanceof String t) {
                tag = t;
                for (Object k : m.keySet()) {
                    if (!LOCALE_KEYS.contains(k)) {
                        problems.add(at(String.valueOf(k), "locale " + tag + ": unknown key '" + k + "'"
                                + didYouMean(String.valueOf(k), LOCALE_KEYS)));
                    }
                }
                name = m.get("name") instanceof String n ? n : null;
                dir = m.get("dir") instanceof String di ? di : null;
                title = m.get("title") instanceof String ti ? ti.strip() : null;
                if (m.get("title") != null && title == null) problems.add(at(tag, "locale " + tag + ": title must be a string"));
                if (dir != null && !dir.equals("ltr") && !dir.equals("rtl")) {
                    problems.add(at(tag, "locale " + tag + ": dir must be ltr or rtl"));
                    dir = null;
                }
            } else {
                String hint = item instanceof Map<?, ?> m ? m.keySet().stream().map(k -> didYouMean(String.valueOf(k), Set.of("tag")))
                        .filter(h -> !h.isEmpty()).findFirst().orElse("") : "";
                problems.add(at("locales", "each locale needs a tag" + hint));
                continue;
            }
            if (!ContentTree.LOCALE_TAG.matcher(tag).matches()) {
                problems.add(at(tag, "locale '" + tag + "' is not a BCP 47 tag"));
                continue;
            }
            out.add(new SiteConfig.LocaleSpec(tag, name, dir, title));
        }
        return out;
    }

    private static final Set<String> LOCALE_KEYS = Set.of("tag", "name", "dir", "title");

    /**
     * {@code "; did you mean 'title'?"} when {@code key} is a typo of one of {@code known} (one edit,
     * two in a key of six letters or more, or the same letters in another case), else nothing.
     */
    static String didYouMean(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : new java.util.TreeSet<>(known)) {
            int d = k.equalsIgnoreCase(key) ? 0 : Distance.damerauLevenshtein(key.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= (best.length() >= 6 ? 2 : 1) ? "; did you mean '" + best + "'?" : "";
    }

    /** A problem placed on the first line that mentions {@code word} as a key or value (line 1 if none). */
    private Problem at(String word, String message) {
        return at(text, word, message);
    }

    /** A problem placed on the first line of {@code text} that mentions {@code word} (line 1 if none). */
    public static Problem at(String text, String word, String message) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf(word);
            if (col >= 0 && !lines[i].stripLeading().startsWith("#")) return new Problem(i + 1, col + 1, message);
        }
        return new Problem(1, 1, message);
    }
}
