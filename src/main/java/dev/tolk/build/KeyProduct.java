package dev.tolk.build;

import dev.tolk.check.PlacedLink;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.Link;
import dev.tolk.search.SearchIndexWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the page pass makes of one article key, as the on-disk cache keeps it: each page's
 * output path, bytes and search entry, the key's findings (diagnostics, suppressions, the links
 * and anchors the link checker needs, units counted), and the files the pages showed besides the
 * key's own ({@code :::code} files) with their digests, checked again before the product is used.
 * Encoded in a compact binary form; a payload that does not decode is a miss.
 */
record KeyProduct(List<Page> pages, KeyFindings findings, Map<String, String> shown) {

    /** One page: its locale, output path, bytes, and search entry (null for none). */
    record Page(String locale, String path, byte[] bytes, SearchIndexWriter.Entry entry) {
        SearchIndexWriter.Doc doc() {
            return entry == null ? null : entry.doc();
        }
    }

    byte[] encode() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(pages.size());
            for (Page p : pages) {
                text(out, p.locale());
                text(out, p.path());
                out.writeInt(p.bytes().length);
                out.write(p.bytes());
                out.writeBoolean(p.entry() != null);
                if (p.entry() != null) {
                    text(out, p.doc().url());
                    text(out, p.doc().title());
                    text(out, p.doc().text());
                    text(out, p.entry().excerpt());
                    out.writeInt(p.entry().weights().size());
                    for (Map.Entry<String, Integer> w : new TreeMap<>(p.entry().weights()).entrySet()) {
                        text(out, w.getKey());
                        out.writeInt(w.getValue());
                    }
                }
            }
            writeDiagnostics(out, findings.diagnostics());
            out.writeInt(findings.suppressions().size());
            for (Map.Entry<String, Suppressions> e : findings.suppressions().entrySet()) {
                text(out, e.getKey());
                texts(out, e.getValue().fileRules());
                out.writeInt(e.getValue().lineRules().size());
                for (Map.Entry<Integer, Set<String>> l : new TreeMap<>(e.getValue().lineRules()).entrySet()) {
                    out.writeInt(l.getKey());
                    texts(out, l.getValue());
                }
            }
            out.writeInt(findings.links().size());
            for (KeyFindings.Links l : findings.links()) {
                text(out, l.locale());
                text(out, l.key());
                text(out, l.file());
                out.writeInt(l.links().size());
                for (PlacedLink p : l.links()) {
                    text(out, p.link().kind().name());
                    text(out, p.link().target());
                    out.writeInt(p.link().start());
                    out.writeInt(p.link().end());
                    out.writeInt(p.line());
                    out.writeInt(p.column());
                    out.writeInt(p.endLine());
                    out.writeInt(p.endColumn());
                }
            }
            out.writeInt(findings.anchors().size());
            for (KeyFindings.Anchors a : findings.anchors()) {
                text(out, a.locale());
                text(out, a.key());
                texts(out, a.anchors());
            }
            out.writeInt(findings.units());
            out.writeInt(shown.size());
            for (Map.Entry<String, String> e : new TreeMap<>(shown).entrySet()) {
                text(out, e.getKey());
                text(out, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    /** The product a payload holds; an {@link IOException} (or a runtime one) when it is not one. */
    static KeyProduct decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        int n = count(in, payload.length);
        List<Page> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String locale = text(in);
            String path = text(in);
            byte[] bytes = new byte[count(in, payload.length)];
            in.readFully(bytes);
            SearchIndexWriter.Entry entry = null;
            if (in.readBoolean()) {
                SearchIndexWriter.Doc doc = new SearchIndexWriter.Doc(text(in), text(in), text(in));
                String excerpt = text(in);
                int terms = count(in, payload.length);
                Map<String, Integer> weights = new java.util.HashMap<>(terms * 2);
                for (int j = 0; j < terms; j++) weights.put(text(in), in.readInt());
                entry = new SearchIndexWriter.Entry(doc, excerpt, weights);
            }
            pages.add(new Page(locale, path, bytes, entry));
        }
        KeyFindings findings = new KeyFindings();
        for (Diagnostic d : readDiagnostics(in, payload.length)) findings.add(d);
        for (int i = count(in, payload.length); i > 0; i--) {
            String file = text(in);
            Set<String> fileRules = texts(in, payload.length);
            Map<Integer, Set<String>> lineRules = new LinkedHashMap<>();
            for (int j = count(in, payload.length); j > 0; j--) lineRules.put(in.readInt(), texts(in, payload.length));
            findings.suppress(file, new Suppressions(fileRules, lineRules));
        }
        for (int i = count(in, payload.length); i > 0; i--) {
            String locale = text(in);
            String key = text(in);
            String file = text(in);
            int m = count(in, payload.length);
            List<PlacedLink> links = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                Link link = new Link(Link.Kind.valueOf(text(in)), text(in), in.readInt(), in.readInt());
                links.add(new PlacedLink(link, in.readInt(), in.readInt(), in.readInt(), in.readInt()));
            }
            findings.links(locale, key, file, links);
        }
        for (int i = count(in, payload.length); i > 0; i--) {
            String locale = text(in);
            String key = text(in);
            findings.anchors(locale, key, List.copyOf(texts(in, payload.length)));
        }
        findings.units(in.readInt());
        Map<String, String> shown = new TreeMap<>();
        for (int i = count(in, payload.length); i > 0; i--) shown.put(text(in), text(in));
        if (in.available() != 0) throw new IOException("bytes after the product");
        return new KeyProduct(List.copyOf(pages), findings, shown);
    }

    static void writeDiagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            text(out, d.file());
            out.writeInt(d.line());
            out.writeInt(d.column());
            out.writeInt(d.endLine());
            out.writeInt(d.endColumn());
            text(out, d.severity().name());
            text(out, d.rule());
            text(out, d.message());
            text(out, d.locale());
        }
    }

    /** Diagnostics as {@link #writeDiagnostics} wrote them; {@code limit}: no count or length is larger. */
    static List<Diagnostic> readDiagnostics(DataInputStream in, int limit) throws IOException {
        int n = count(in, limit);
        List<Diagnostic> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Diagnostic(text(in), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    Severity.valueOf(text(in)), text(in), text(in), text(in)));
        }
        return out;
    }

    static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void texts(DataOutputStream out, Set<String> set) throws IOException {
        List<String> sorted = new ArrayList<>(set);
        sorted.sort(null);
        out.writeInt(sorted.size());
        for (String s : sorted) text(out, s);
    }

    static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in, in.available())];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Set<String> texts(DataInputStream in, int limit) throws IOException {
        Set<String> out = new HashSet<>();
        for (int i = count(in, limit); i > 0; i--) out.add(text(in));
        return Set.copyOf(out);
    }

    /** A count or length, refused when it is negative or larger than what is left could hold. */
    static int count(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) throw new IOException("bad length " + n);
        return n;
    }
}
