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
