package dev.tolk.check;

import java.util.Optional;
import java.util.Set;

/**
 * What the link checker may ask about the site: which content files each locale has (articles
 * and media, by path below the locale folder), and the anchors of each page. Supplied by the
 * build orchestrator, which knows every file and has read every page.
 */
public interface SiteMap {
    String sourceLocale();

    /** Whether {@code locale} has the file at {@code path}, spelled exactly so. */
    boolean has(String locale, String path);

    /** The path as {@code locale} spells it, when the file exists there in another letter case. */
    Optional<String> spelledAs(String locale, String path);

    /**
     * Whether the source locale's own folder has the media file at {@code path}: a locale that
     * lacks it takes it from there, as DocFX takes images from the English repository.
     */
    default boolean hasSourceMedia(String path) {
        return false;
    }

    /** Whether {@code uid} is defined: by a page's front matter or metadata, or by an xref map. */
    default boolean hasUid(String uid) {
        return false;
    }

    /**
     * Whether {@code uid} is defined by a YAML page of a type Tolk does not render (a reference
     * page: DocFX publishes it, Tolk cannot, so an xref to it shows as text but is not broken).
     */
    default boolean isUnpublishedUid(String uid) {
        return false;
    }

    /**
     * The key a relative path that climbs out of {@code locale}'s folder and back into it names, from the file at
     * {@code fromKey} ({@code ../docs/a.md} in a folder {@code docs}); empty for any other.
     */
    default java.util.Optional<String> reentering(String locale, String fromKey, String path) {
        return java.util.Optional.empty();
    }

    /** Whether {@code locale}'s file at {@code key} is a YAML page of a type Tolk does not render. */
    default boolean isUnpublished(String locale, String key) {
        return false;
    }

    /**
     * Whether {@code locale}'s folder holds a plain file at {@code path} that is neither a page nor
     * a published file (a code sample a page shows with {@code :::code}, such as {@code .json} or
     * {@code .ps1}).
     */
    default boolean isFile(String locale, String path) {
        return false;
    }

    /**
     * Whether {@code path}, written in the file at {@code fromKey} and climbing out of {@code locale}'s
     * folder, names a plain file inside the project, which a page shows as a code sample (DocFX
     * reads {@code ../../src/Program.cs} from the repository).
     */
    default boolean isProjectFile(String locale, String fromKey, String path) {
        return false;
    }

    /** Whether a site-absolute path starting with this first segment is inside the site at all. */
    boolean isTopFolder(String segment);

    /** The anchors of a page read in this run, or empty when it was not (then anchors are not checked). */
    Optional<Set<String>> anchors(String locale, String key);
}
