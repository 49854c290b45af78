package dev.tolk.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter of an article as the writer typed it: scalars are strings (never booleans
 * or dates), sequences are lists and mappings are maps, in document order. {@code present} is
 * false when the file has no front matter block; {@code valid} is false when the block could not
 * be read as YAML (then {@code values} is empty).
 */
public record FrontMatter(boolean present, boolean valid, Map<String, Object> values) {
    public static final FrontMatter NONE = new FrontMatter(false, true, Map.of());
    /** Values this long or shorter are shared (ids, dates, authors, topics); longer ones are mostly one file's own. */
    private static final int SHARED_LENGTH = 32;

    /**
     * Keeps {@code values} in document order, unmodifiable, with its keys and short values shared
     * (see {@link #shared}), each map in two arrays ({@link SmallMap}).
     */
    @SuppressWarnings("unchecked")
    public FrontMatter {
        values = values.isEmpty() ? Map.of() : (Map<String, Object>) shared(values);
    }

    /**
     * The same value with each map key and each short string the JVM's one copy of that text
     * ({@link String#intern}): every file of a docset repeats the same keys and most of the same
     * values, and a build keeps every page's front matter (a third of the strings a large build
     * holds).
     */
    private static Object shared(Object value) {
        if (value instanceof String s) return s.length() <= SHARED_LENGTH ? s.intern() : s;
        if (value instanceof List<?> list) {
            List<Object> out = new java.util.ArrayList<>(list.size());
            for (Object o : list) out.add(shared(o));
            return java.util.Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>((int) (map.size() / 0.75f) + 1);
            for (Map.Entry<?, ?> e : map.entrySet()) out.put(e.getKey() instanceof String k ? k.intern() : e.getKey(), shared(e.getValue()));
            return SmallMap.copyOf(out);
        }
        return value;
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v instanceof String s && !s.isBlank()) return Optional.of(s.strip());
        return Optional.empty();
    }

    public List<String> strings(String key) {
        Object v = values.get(key);
        if (v instanceof String s) return List.of(s);
        if (v instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
