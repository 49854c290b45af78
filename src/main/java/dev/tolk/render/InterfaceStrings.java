package dev.tolk.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interface strings per locale, from UTF-8 properties bundles: those shipped in the jar
 * ({@code dev/tolk/render/i18n/<tag>.properties}) overlaid by the project's own
 * ({@code templates/i18n/<tag>.properties}). A locale without a bundle of its own borrows one
 * of the same language ({@code de-AT} from {@code de-DE}); a key still missing falls back to
 * English and is reported once per locale.
 */
public final class InterfaceStrings {
    /** A string a locale lacks, and the bundle it was taken from instead. */
    public record Missing(String locale, String key, String usedFrom) {
    }

    public record Strings(Map<String, String> values, List<Missing> missing) {
    }

    private static final String FALLBACK = "en-US";
    private static final String LANGUAGE_NAME = "language.name";
    private static final String[] SHIPPED = {"en-US", "ar-SA", "bg-BG", "cs-CZ", "da-DK", "de-DE", "el-GR", "es-ES",
            "et-EE", "fi-FI", "fr-FR", "he-IL", "hr-HR", "hu-HU", "id-ID", "it-IT", "ja-JP", "ko-KR", "lt-LT", "lv-LV",
            "nb-NO", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "ro-RO", "ru-RU", "sk-SK", "sl-SI", "sr-Latn-RS", "sv-SE",
            "th-TH", "tr-TR", "uk-UA", "vi-VN", "zh-CN", "zh-TW"};

    private final Map<String, Map<String, String>> bundles;
    private final Map<String, Strings> resolved = new ConcurrentHashMap<>();

    private InterfaceStrings(Map<String, Map<String, String>> bundles) {
        this.bundles = bundles;
    }

    /** Loads the shipped bundles and, if the folder exists, the project's {@code i18n} overrides. */
    public static InterfaceStrings load(Path projectI18n) throws IOException {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String tag : SHIPPED) {
            try (InputStream in = InterfaceStrings.class.getResourceAsStream("i18n/" + tag + ".properties")) {
                if (in != null) bundles.put(tag, read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        }
        if (projectI18n != null && Files.isDirectory(projectI18n)) {
            try (var files = Files.list(projectI18n)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".properties")) continue;
                    String tag = name.substring(0, name.length() - ".properties".length());
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        bundles.computeIfAbsent(tag, t -> new TreeMap<>()).putAll(read(r));
                    }
                }
            }
        }
        return new InterfaceStrings(bundles);
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, String> map = new TreeMap<>();
        for (String k : p.stringPropertyNames()) map.put(k, p.getProperty(k));
        return map;
    }

    /** The strings of a locale, every key present; {@link Strings#missing()} says what was borrowed. */
    public Strings forLocale(String tag) {
        return resolved.computeIfAbsent(tag, this::resolve);
    }

    private Strings resolve(String tag) {
        Map<String, String> english = bundles.getOrDefault(FALLBACK, Map.of());
        String own = bundleFor(tag);
        Map<String, String> values = new TreeMap<>();
        List<Missing> missing = new ArrayList<>();
        Map<String, String> bundle = own == null ? Map.of() : bundles.get(own);
        for (Map.Entry<String, String> e : english.entrySet()) {
            String v = bundle.get(e.getKey());
            if ((v == null || v.isBlank()) && e.getKey().equals(LANGUAGE_NAME)) v = ownName(tag);
            if (v == null || v.isBlank()) {
                missing.add(new Missing(tag, e.getKey(), FALLBACK));
                v = e.getValue();
            }
            values.put(e.getKey(), v);
        }
        return new Strings(Collections.unmodifiableMap(values), List.copyOf(missing));
    }

    /**
     * A language's name in itself, as the language switcher shows it ({@code हिन्दी} for hi-IN, from the JDK's CLDR
     * data), for a locale without a bundle; null if the JDK does not know the language.
     */
    private static String ownName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equalsIgnoreCase(locale.getLanguage())) return null;
        return name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(locale) + name.substring(name.offsetByCodePoints(0, 1));
    }

    private String bundleFor(String tag) {
        if (bundles.containsKey(tag)) return tag;
        for (String t : bundles.keySet()) {
            if (t.equalsIgnoreCase(tag)) return t;
        }
        String language = tag.split("-")[0].toLowerCase(Locale.ROOT);
        for (String t : bundles.keySet()) {
            if (t.split("-")[0].equalsIgnoreCase(language)) return t;
        }
        return null;
    }
}
