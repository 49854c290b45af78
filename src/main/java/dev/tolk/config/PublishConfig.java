package dev.tolk.config;

import dev.tolk.json.JsonDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Microsoft Learn repository's {@code .openpublishing.publish.config.json} says that Tolk uses: the locale
 * of each docset it publishes ({@code docsets_to_publish}: {@code build_source_folder} and {@code locale}), and the
 * redirection files it names ({@code "redirection_files"},
 * paths from the repository root, as PowerShell-Docs keeps them in {@code redir/}). Read leniently, as Open
 * Publishing reads it; a file that cannot be read says nothing.
 */
record PublishConfig(Map<String, String> docsetLocales, List<String> redirectionFiles) {
    static final String NAME = ".openpublishing.publish.config.json";
    private static final PublishConfig NONE = new PublishConfig(Map.of(), List.of());

    /** The locale of the docset published from {@code folder} ({@code ci-docs}, from the repository root), if it says. */
    Optional<String> localeOf(String folder) {
        String key = folderKey(folder);
        for (Map.Entry<String, String> e : docsetLocales.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    /** The configuration in the repository root {@code root}, or one that says nothing. */
    static PublishConfig in(Path root) {
        Path file = root.resolve(NAME);
        if (!Files.isRegularFile(file)) return NONE;
        Object parsed;
        try {
            parsed = JsonDocument.parse(Files.readString(file));
        } catch (IOException | RuntimeException unreadable) {
            return NONE;
        }
        if (!(parsed instanceof JsonDocument doc) || !(doc.root() instanceof Map<?, ?> top)) return NONE;
        Map<String, String> locales = new java.util.LinkedHashMap<>();
        if (top.get("docsets_to_publish") instanceof List<?> docsets) {
            for (Object d : docsets) {
                if (d instanceof Map<?, ?> m && m.get("build_source_folder") instanceof String folder && m.get("locale") instanceof String l
                        && !l.isBlank()) {
                    locales.putIfAbsent(folderKey(folder), l.strip());
                }
            }
        }
        List<String> redirections = new ArrayList<>();
        if (top.get("redirection_files") instanceof List<?> files) {
            for (Object f : files) if (f instanceof String s && !s.isBlank()) redirections.add(s.strip().replace('\\', '/'));
        }
        return new PublishConfig(Map.copyOf(locales), List.copyOf(redirections));
    }

    /** A folder as the configuration names it, compared: forward slashes, no leading {@code ./}, no trailing {@code /}. */
    private static String folderKey(String folder) {
        return folder.strip().replace('\\', '/').replaceAll("^\\./|/$", "");
    }
}
