package dev.tolk.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type a DocFX YAML file names on its first line, {@code ### YamlMime:<Type>} (one {@code #} or more). Some types are
 * pages (Landing, FAQ, Hub: rendered), some are data other files use ({@code Yaml},
 * {@code ZonePivotGroups}, {@code XRefMap}, …: neither pages nor problems), and every other type
 * is a page Tolk cannot render ({@code ModuleUnit}, {@code ManagedReference}, …).
 */
public final class YamlMime {
    /** DocFX's reading (Docfx.Common's YamlMime): any number of {@code #} before it, {@code #YamlMime:ApiPage} too. */
    private static final Pattern HEADER = Pattern.compile("\\A\uFEFF?#+[ \\t]*YamlMime[ \\t]*:[ \\t]*([A-Za-z0-9_.-]+)[ \\t]*\\r?(?:\\n|\\z)");
    /** Types that describe data, not a page of their own (compared in lower case). */
    private static final Set<String> DATA = Set.of("yaml", "zonepivotgroups", "contextobject", "xrefmap",
            "tableofcontent", "toc", "redirection");
    /** Enough bytes for the first line of any header. */
    private static final int HEAD_BYTES = 128;

    private YamlMime() {
    }

    /** The type named on the first line of {@code text}, as written; empty when the line is not a YamlMime header. */
    public static Optional<String> of(CharSequence text) {
        Matcher m = HEADER.matcher(text);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** {@link #of} of the first bytes of {@code file}; empty when it cannot be read. */
    public static Optional<String> sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            return of(new String(head, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The uids a reference page of another type defines, read from its lines without parsing the
     * YAML (a reference docset has thousands, some of megabytes): a top-level {@code uid:}
     * (AzureCLIGroup, RESTOperation, PowerShell pages) and each {@code - uid:} of a top-level
     * {@code items:} list (ManagedReference, UniversalReference); not those of {@code references:},
     * which name other pages' uids.
     */
    public static List<String> uids(String text) {
        List<String> out = new ArrayList<>(1);
        boolean items = false;
        int at = 0;
        int n = text.length();
        while (at < n) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = n;
            char c = text.charAt(at);
            if (c != ' ' && c != '#' && c != '\r' && at < end) { // a top-level line: a key, or an item of a top-level list
                if (c != '-') items = text.startsWith("items:", at);
                String uid = text.startsWith("uid:", at) ? value(text, at + 4, end)
                        : items && text.startsWith("- uid:", at) ? value(text, at + 6, end) : null;
                if (uid != null && !uid.isEmpty()) out.add(uid);
            }
            at = end + 1;
        }
        return out;
    }

    /** A plain or quoted scalar between {@code from} and {@code end}, stripped. */
    private static String value(String text, int from, int end) {
        String v = text.substring(from, end).strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Whether a type names data other files use rather than a page. */
    public static boolean isData(String type) {
        return DATA.contains(type.toLowerCase(Locale.ROOT));
    }


    /**
     * Whether the file at {@code file}, named {@code lowerName} (lower case), is a page of the
     * site: a {@code .yml}/{@code .yaml} file, not a table of contents, whose first line names a
     * type that is not data (a type Tolk cannot render is still a page: the build says so).
     */
    public static boolean isPageFile(Path file, String lowerName) {
        if (!(lowerName.endsWith(".yml") || lowerName.endsWith(".yaml")) || lowerName.startsWith("toc.")) return false;
        return sniff(file).filter(t -> !isData(t)).isPresent();
    }
}
