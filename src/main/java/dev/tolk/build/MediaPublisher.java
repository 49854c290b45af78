package dev.tolk.build;

import dev.tolk.config.ActiveContent;
import dev.tolk.model.LocaleInfo;
import dev.tolk.output.SiteOutput;
import dev.tolk.render.SvgSanitizer;
import dev.tolk.source.ContentTree;
import dev.tolk.source.WorkPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the content's media into the site: each locale's own files; a source locale rebuilt from
 * the lookups gets the media of the locales it was rebuilt from, so its images resolve; a locale
 * lacking a file of the source locale's folder gets that one, as DocFX takes images from the
 * English repository (the link checker reports it as {@code link/fallback}). HTML and SVG files
 * are as {@link ActiveContent} says: SVG sanitized, or both published as downloads.
 */
final class MediaPublisher {
    /**
     * What was published as downloads (site paths), and the content files left out because a
     * page of their own locale is written at their address (with {@code active-content: download},
     * a content {@code index.html}, or {@code a.html} beside {@code a.md}), sorted.
     */
    record Published(List<String> downloads, List<Path> displaced) {
    }

    private MediaPublisher() {
    }

    /**
     * @param unreadable files that cannot be read (reported already): left out
     * @param pagePaths  the site paths of the pages the build writes: media never take their place
     */
    static Published publish(List<LocaleInfo> locales, ContentTree tree, String source, Set<Path> unreadable,
                             Set<String> pagePaths, ActiveContent active, SiteOutput out, WorkPool pool) throws Exception {
        Map<String, Path> copies = copies(locales, tree, source);
        List<Path> displaced = new ArrayList<>();
        List<Map.Entry<String, Path>> list = new ArrayList<>();
        for (Map.Entry<String, Path> e : copies.entrySet()) {
            if (unreadable.contains(e.getValue())) continue;
            if (pagePaths.contains(e.getKey())) {
                ContentTree.LocaleFiles own = tree.locales().get(e.getKey().substring(0, e.getKey().indexOf('/')));
                if (own != null && e.getValue().startsWith(own.dir())) displaced.add(e.getValue());
                continue;
            }
            list.add(e);
        }
        Set<String> downloads = ConcurrentHashMap.newKeySet();
        pool.forEach(list.size(), i -> {
            String path = list.get(i).getKey();
            Path from = list.get(i).getValue();
            String lower = path.toLowerCase(Locale.ROOT);
            try {
                if (active == ActiveContent.DOWNLOAD && ActiveContent.isActive(lower)) {
                    out.download(path, from);
                    downloads.add(path);
                } else if (ActiveContent.isSvg(lower)) {
                    // opened on its own, an SVG runs its script in the site's origin: published sanitized
                    out.write(path, SvgSanitizer.clean(Files.readAllBytes(from)));
                } else {
                    out.copy(path, from);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> sortedDownloads = new ArrayList<>(downloads);
        Collections.sort(sortedDownloads);
        displaced.sort(null);
        return new Published(List.copyOf(sortedDownloads), List.copyOf(displaced));
    }

    /** Site path to the content file it is copied from. */
    private static Map<String, Path> copies(List<LocaleInfo> locales, ContentTree tree, String source) {
        Map<String, Path> copies = new LinkedHashMap<>();
        for (LocaleInfo l : locales) {
            ContentTree.LocaleFiles own = tree.locales().get(l.tag());
            if (own != null) {
                for (String key : own.media()) copies.put(l.tag() + "/" + key, own.dir().resolve(key));
            }
        }
        if (locales.stream().anyMatch(l -> l.tag().equals(source))) {
            for (LocaleInfo l : locales) {
                ContentTree.LocaleFiles files = tree.locales().get(l.tag());
                if (l.tag().equals(source) || files == null) continue;
                for (String key : files.media()) copies.putIfAbsent(source + "/" + key, files.dir().resolve(key));
            }
        }
        ContentTree.LocaleFiles sourceFiles = tree.locales().get(source);
        if (sourceFiles != null) {
            for (LocaleInfo l : locales) {
                if (l.tag().equals(source)) continue;
                for (String key : sourceFiles.media()) copies.putIfAbsent(l.tag() + "/" + key, sourceFiles.dir().resolve(key));
            }
        }
        return copies;
    }
}
