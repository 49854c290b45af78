package dev.tolk.check;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import dev.tolk.diag.Severity;
import dev.tolk.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run whose driver lists the whole rule catalogue
 * (plus any rule id met in the report but not in the catalogue), and one result per diagnostic
 * with a region in code-point columns (end column exclusive, as SARIF wants), a file URI
 * relative to {@code %SRCROOT%}, and a line-hash fingerprint so alerts survive unrelated edits.
 */
final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/tolk-docs/tolk";

    private final SourceLines lines;

    SarifReport(SourceLines lines) {
        this.lines = lines;
    }

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Object> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r.id(), r.description(), r.defaultSeverity()));
        }
        Map<String, Integer> occurrences = new HashMap<>();
        List<Object> results = new ArrayList<>(report.diagnostics().size());
        for (Diagnostic d : report.diagnostics()) {
            String id = d.rule() == null ? "" : d.rule();
            Integer at = index.get(id);
            if (at == null) { // not in the catalogue: describe it, since ruleIndex must point somewhere
                at = rules.size();
                index.put(id, at);
                rules.add(rule(id, "Rule " + id + ".", d.severity()));
            }
            results.add(result(d, id, at, occurrences));
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "tolk");
        driver.put("version", report.version());
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        Json.write(root, out);
    }

    private static Map<String, Object> rule(String id, String description, Severity severity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", camelCase(id));
        m.put("shortDescription", Map.of("text", description));
        m.put("fullDescription", Map.of("text", description + " Rule " + id + ", " + severity.label() + " by default."));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", help(id, description, ""));
        help.put("markdown", help(id, description, "`"));
        m.put("help", help);
        m.put("defaultConfiguration", Map.of("level", level(severity)));
        m.put("properties", Map.of("tags", List.of(id.contains("/") ? id.substring(0, id.indexOf('/')) : id)));
        return m;
    }

    /** What the rule checks and the three ways to silence it, each way quoted with {@code quote}. */
    private static String help(String id, String description, String quote) {
        return "Checks: " + description + " Fix the text at the reported position, or suppress the finding with "
                + quote + "<!-- tolk-disable-next-line " + id + " -->" + quote + " on the line before it, "
                + quote + "tolk-disable: [" + id + "]" + quote + " in the front matter, or "
                + quote + "rules: {" + id + ": off}" + quote + " in tolk.yaml.";
    }

    private Map<String, Object> result(Diagnostic d, String id, int ruleIndex, Map<String, Integer> occurrences) {
        String file = d.file() == null ? "" : d.file();
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", relativeUri(file));
        artifact.put("uriBaseId", "%SRCROOT%");
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region(d));

        String hash = lineHash(id, file, d.message(), lines.line(file, d.line()).orElse(""));
        int n = occurrences.merge(hash, 1, Integer::sum);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", id);
        m.put("ruleIndex", ruleIndex);
        m.put("level", level(d.severity()));
        m.put("message", Map.of("text", d.message() == null || d.message().isEmpty() ? id : d.message()));
        m.put("locations", List.of(Map.of("physicalLocation", physical)));
        m.put("partialFingerprints", Map.of("primaryLocationLineHash", hash + ":" + n));
        return m;
    }

    /** A region SARIF consumers accept: lines and columns at least 1, a non-empty range on one line. */
    private static Map<String, Object> region(Diagnostic d) {
        int startLine = Math.max(1, d.line());
        int startColumn = Math.max(1, d.column());
        int endLine = Math.max(startLine, d.endLine());
        int endColumn = endLine == startLine ? Math.max(d.endColumn(), startColumn + 1) : Math.max(1, d.endColumn());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startLine", startLine);
        m.put("startColumn", startColumn);
        m.put("endLine", endLine);
        m.put("endColumn", endColumn);
        return m;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code frontmatter/invalid-yaml} becomes {@code FrontmatterInvalidYaml}. */
    static String camelCase(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return b.toString();
    }

    /**
     * The file path as a relative URI reference: every byte of its UTF-8 form other than an
     * unreserved character or {@code /} is percent-encoded, so spaces, {@code %}, {@code :} (which
     * would start a scheme), {@code #}, {@code ?} and non-ASCII letters all survive the trip.
     */
    static String relativeUri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    /** First 16 hex digits of SHA-256 over the rule, file, message and the line's text without its spacing. */
    static String lineHash(String rule, String file, String message, String lineText) {
        String key = rule + '\0' + file + '\0' + (message == null ? "" : message) + '\0'
                + lineText.replaceAll("\\s+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8; i++) b.append(String.format(Locale.ROOT, "%02x", digest[i] & 0xFF));
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
