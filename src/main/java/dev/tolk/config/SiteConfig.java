package dev.tolk.config;

import dev.tolk.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tolk.yaml}, read and validated. Every key is optional (DESIGN §2). {@code locales} is
 * empty when the configuration names none, meaning every locale folder found. {@code doNotTranslate}
 * lists terms (product names) that stay in English, so a unit holding only them is not untranslated.
 * {@code activeContent} says what becomes of content HTML and SVG files.
 */
public record SiteConfig(String title, String baseUrl, String sourceLocale, List<LocaleSpec> locales,
                         Map<String, String> urlMap, List<String> exclude,
                         Map<String, Optional<Severity>> rules, Map<String, Object> external,
                         List<String> doNotTranslate, Docfx docfx, ActiveContent activeContent) {

    /** A configuration with the default (safe) handling of active content. */
    public SiteConfig(String title, String baseUrl, String sourceLocale, List<LocaleSpec> locales, Map<String, String> urlMap,
                      List<String> exclude, Map<String, Optional<Severity>> rules, Map<String, Object> external,
                      List<String> doNotTranslate, Docfx docfx) {
        this(title, baseUrl, sourceLocale, locales, urlMap, exclude, rules, external, doNotTranslate, docfx,
                ActiveContent.SANITIZE);
    }

    /**
     * The DocFX keys (DESIGN §2): globs of front-matter keys known beside the built-in Microsoft
     * Learn schema, local xref map files, and the redirection file; paths relative to the
     * configuration's folder. {@code docset} is what the content folder says besides (a single
     * DocFX folder, {@code docfx.json} scopes, the redirection files found), filled in when the
     * configuration is loaded for a content folder.
     */
    public record Docfx(List<String> extraKeys, List<String> xrefMaps, String redirections, DocsetSettings docset) {
        public static final Docfx NONE = new Docfx(List.of(), List.of(), null);

        public Docfx(List<String> extraKeys, List<String> xrefMaps, String redirections) {
            this(extraKeys, xrefMaps, redirections, DocsetSettings.NONE);
        }

        public Docfx withDocset(DocsetSettings settings) {
            return new Docfx(extraKeys, xrefMaps, redirections, settings);
        }
    }

    /**
     * A configured locale; {@code name} and {@code dir} may be null (then derived), and so may
     * {@code title}, the site title in that locale (then the site's {@code title}).
     */
    public record LocaleSpec(String tag, String name, String dir, String title) {
        public LocaleSpec(String tag, String name, String dir) {
            this(tag, name, dir, null);
        }
    }

    /** The site title when the configuration gives none (no {@code title}, no DocFX {@code titleSuffix}); each locale says it its way. */
    public static final String DEFAULT_TITLE = "Help";

    /** The site title as a locale shows it: its own {@code title} in {@code locales}, else the site's. */
    public String title(String locale) {
        for (LocaleSpec spec : locales) {
            if (spec.tag().equalsIgnoreCase(locale) && spec.title() != null && !spec.title().isBlank()) return spec.title();
        }
        return title;
    }

    /** The same configuration with what the content folder says ({@link Docfx#docset()}). */
    public SiteConfig withDocset(DocsetSettings settings) {
        return new SiteConfig(title, baseUrl, sourceLocale, locales, urlMap, exclude, rules, external, doNotTranslate,
                docfx.withDocset(settings), activeContent);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(DEFAULT_TITLE, "", "en-US", List.of(), Map.of(), List.of(), Map.of(), Map.of(), List.of(), Docfx.NONE);
    }
}
