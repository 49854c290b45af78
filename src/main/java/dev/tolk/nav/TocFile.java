package dev.tolk.nav;

import dev.tolk.diag.FileReporter;
import java.util.List;
import java.util.Locale;

/**
 * One table of contents file as written ({@code toc.yml} or {@code toc.md}, in any letter case):
 * its entries with the place of every value in the file, so that a problem found later (a link
 * that leads nowhere) is reported where the writer typed it. {@code order} is DocFX's pick order
 * between tables of contents that list the same page (smaller first; 0 unless the file says).
 * Reading never throws: what cannot be read is reported and left out.
 */
public record TocFile(String key, List<Entry> entries, int order) {

    /** A value of an entry and where it starts in the file (1-based line and code-point column). */
    record Value(String text, int line, int column) {
    }

    /**
     * One entry ({@code name}, {@code href}, {@code uid}, {@code topicHref}, {@code topicUid},
     * {@code tocHref}, {@code expanded}, {@code items}); an absent value is null, {@code name} may be empty.
     */
    record Entry(String name, Value href, Value uid, Value topicHref, Value topicUid, Value tocHref, boolean expanded,
                 List<Entry> items, int line, int column) {
    }


    /**
     * Whether a table of contents is a breadcrumb one: it drives breadcrumbs, not navigation. Microsoft Learn docsets
     * keep it in a folder named {@code breadcrumb}, {@code breadcrumbs} or {@code bread} (azure-docs, PowerShell).
     */
    static boolean isBreadcrumb(String key) {
        String folder = folder(key);
        String name = folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals("breadcrumb") || name.equals("breadcrumbs") || name.equals("bread");
    }

    /** The folder of a key ({@code a/b} for {@code a/b/toc.yml}; empty at the top). */
    static String folder(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    /** Reads a table of contents; problems go to {@code reporter}. */
    static TocFile read(String key, String text, FileReporter reporter) {
        if (key.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return new TocFile(key, TocMarkdownReader.read(text, reporter), 0);
        }
        TocYamlReader.Parsed parsed = TocYamlReader.read(text, reporter);
        return new TocFile(key, parsed.entries(), parsed.order());
    }
}
