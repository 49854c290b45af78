package dev.tolk.build;

import dev.tolk.check.PlacedLink;
import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import dev.tolk.diag.Suppressions;
import dev.tolk.model.Link;
import dev.tolk.search.SearchIndexWriter;
import dev.tolk.search.TermPool;
import java.io.ByteArrayOutputStream;
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
 * Kept as two payloads in a compact binary form: the meta ({@link #encode}: all but the pages'
 * bytes, with their lengths) and the pages ({@link #pageBytes}), so that a build that can take
 * the pages from the last site it wrote reads only the meta. A payload that does not decode is a
 * miss.
 */
record KeyProduct(List<Page> pages, KeyFindings findings, Map<String, String> shown) {

    /** One page: its locale, output path, length, bytes (null in a product read without them) and search entry (null for none). */
    record Page(String locale, String path, int length, byte[] bytes, Searched searched) {
        Page(String locale, String path, byte[] bytes, SearchIndexWriter.Entry entry) {
            this(locale, path, bytes.length, bytes, entry == null ? null : Searched.made(entry));
        }
    }

    /**
     * A page's search entry: made by this build, or as the store holds it, decoded only when
     * asked for (a locale whose index is taken from the store never needs its entries); and its
     * digest, what names it exactly (a locale's index is kept under its entries' digests, so an
     * edit remakes only the indexes of the locales whose entries it changed). A one-off build
     * reads a stored entry without its bytes ({@link #later}): it needs them only when a locale's
     * index is made whole, and then asks the store again, or makes the page's entry again where
     * the store no longer has it. Holding every stored entry's bytes to the end of a rebuild was
     * what its collections copied most (the entries of 8,753 pages, 13 MB, in a corpus rebuild).
     */
    static final class Searched {
        private final SearchIndexWriter.Entry made;
        private final byte[] stored;
        private final int terms;
        private volatile String digest;
        /** Where an entry read without its bytes gets them; null for the others. */
        private final Again again;

        private Searched(SearchIndexWriter.Entry made, byte[] stored, int terms, String digest, Again again) {
            this.made = made;
            this.stored = stored;
            this.terms = terms;
            this.digest = digest;
            this.again = again;
        }

        /** An entry made by this build (its digest made when first asked for). */
        static Searched made(SearchIndexWriter.Entry entry) {
            return new Searched(entry, null, entry.terms().length, null, null);
        }

        /**
         * Where an entry read without its bytes gets them when it is asked for: the same entry
         * read from the store again (null when the store no longer holds it whole), else made
         * again from its page.
         */
        interface Again {
            Searched stored();

            SearchIndexWriter.Entry remade();
        }

        /** This stored entry, its bytes let go: {@code again} gives them when they are asked for. */
        Searched later(Again again) {
            return new Searched(null, null, terms, digest, again);
        }

        String digest() {
            String d = digest;
            if (d == null) digest = d = KeyProduct.digest(made);
            return d;
        }

        /** How many terms the entry has (what it adds to its locale's index). */
        int terms() {
            return terms;
        }

        /** The entry, its terms spelled as {@code pool} spells them. */
        SearchIndexWriter.Entry entry(TermPool pool) {
            if (made != null) return made;
            if (stored != null) return decoded(pool);
            Searched back = again.stored();
            return back != null && back.stored != null && back.digest.equals(digest) ? back.decoded(pool) : again.remade();
        }

        private SearchIndexWriter.Entry decoded(TermPool pool) {
            try {
                PayloadReader in = new PayloadReader(stored);
                String url = text(in);
                String title = text(in);
                String excerpt = text(in);
                String[] terms = new String[in.readInt()];
                int[] weights = new int[terms.length];
                for (int j = 0; j < terms.length; j++) {
                    terms[j] = in.term(count(in, in.available()), pool);
                    weights[j] = in.readInt();
                }
                return new SearchIndexWriter.Entry(url, title, excerpt, terms, weights);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // its lengths were checked when the product was read
            }
        }

        /** The entry's bytes in the store. */
        private byte[] encoded() {
            if (stored != null) return stored;
            SearchIndexWriter.Entry e = made != null ? made : entry(new TermPool());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                text(out, e.url());
                text(out, e.title());
                text(out, e.excerpt());
                out.writeInt(e.terms().length);
                for (int i = 0; i < e.terms().length; i++) {
                    text(out, e.terms()[i]);
                    out.writeInt(e.weight(i));
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x); // a byte array does not fail
            }
            return buffer.toByteArray();
        }

        /**
         * An entry as {@link #encoded} wrote it, its lengths checked (its text is decoded when
         * asked for); its bytes kept when {@code kept}, else not copied out of the payload.
         */
        private static Searched read(PayloadReader in, boolean kept) throws IOException {
            int length = count(in, in.available());
            int start = in.position();
            for (int i = 0; i < 3; i++) in.skip(count(in, in.available()));
            int terms = count(in, in.available());
            for (int t = terms; t > 0; t--) in.skip(count(in, in.available()) + Integer.BYTES);
            if (in.position() - start != length) throw new IOException("a search entry of " + (in.position() - start) + " bytes, not " + length);
            byte[] stored = kept ? in.copy(start, length) : null;
            return new Searched(null, stored, terms, text(in), null);
        }
    }

    /** What names a search entry exactly: all of it, each part framed. */
    static String digest(SearchIndexWriter.Entry e) {
        Fingerprint f = new Fingerprint().add(e.url()).add(e.title()).add(e.excerpt());
        for (int i = 0; i < e.terms().length; i++) f.add(e.terms()[i]).add(Integer.toString(e.weight(i)));
        return f.hex();
    }

    /** The pages' bytes, one after the other, in the order of {@link #pages}. */
    byte[] pageBytes() {
        int total = 0;
        for (Page p : pages) total += p.length();
        byte[] all = new byte[total];
        int at = 0;
        for (Page p : pages) {
            System.arraycopy(p.bytes(), 0, all, at, p.length());
            at += p.length();
        }
        return all;
    }

    /** This product (read without its pages' bytes) with them, as {@link #pageBytes} wrote them; null when they do not fit. */
    KeyProduct withPages(byte[] all) {
        List<Page> whole = new ArrayList<>(pages.size());
        int at = 0;
        for (Page p : pages) {
            if (at + p.length() > all.length) return null;
            whole.add(new Page(p.locale(), p.path(), p.length(), java.util.Arrays.copyOfRange(all, at, at + p.length()), p.searched()));
            at += p.length();
        }
        return at == all.length ? new KeyProduct(List.copyOf(whole), findings, shown) : null;
    }

    /** The meta payload: everything but the pages' bytes. */
    byte[] encode() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(pages.size());
            for (Page p : pages) {
                text(out, p.locale());
                text(out, p.path());
                out.writeInt(p.length());
                out.writeBoolean(p.searched() != null);
                if (p.searched() != null) {
                    byte[] entry = p.searched().encoded();
                    out.writeInt(entry.length);
                    out.write(entry);
                    text(out, p.searched().digest());
                }
            }
            writeFindings(out, findings);
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

    /** The product (without its pages' bytes) a meta payload holds; an {@link IOException} (or a runtime one) when it is not one. */
    static KeyProduct decode(byte[] payload) throws IOException {
        return decode(payload, true);
    }

    /**
     * {@link #decode(byte[])}; {@code entries}: whether its search entries keep their bytes (else
     * each is to be {@linkplain Searched#later given its way to them}).
     */
    static KeyProduct decode(byte[] payload, boolean entries) throws IOException {
        PayloadReader in = new PayloadReader(payload);
        int n = count(in, payload.length);
        List<Page> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String locale = text(in);
            String path = text(in);
            int length = in.readInt();
            if (length < 0) throw new IOException("bad length " + length);
            Searched searched = in.readBoolean() ? Searched.read(in, entries) : null;
            pages.add(new Page(locale, path, length, null, searched));
        }
        KeyFindings findings = readFindings(in, payload.length);
        Map<String, String> shown = new TreeMap<>();
        for (int i = count(in, payload.length); i > 0; i--) shown.put(text(in), text(in));
        if (in.available() != 0) throw new IOException("bytes after the product");
        return new KeyProduct(List.copyOf(pages), findings, shown);
    }

    /** A key's findings: its diagnostics, suppressions, links, anchors and unit count. */
    static void writeFindings(DataOutputStream out, KeyFindings findings) throws IOException {
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
    }

    /** Findings as {@link #writeFindings} wrote them; {@code limit}: no count or length is larger. */
    static KeyFindings readFindings(PayloadReader in, int limit) throws IOException {
        KeyFindings findings = new KeyFindings();
        for (Diagnostic d : readDiagnostics(in, limit)) findings.add(d);
        for (int i = count(in, limit); i > 0; i--) {
            String file = text(in);
            Set<String> fileRules = texts(in, limit);
            Map<Integer, Set<String>> lineRules = new LinkedHashMap<>();
            for (int j = count(in, limit); j > 0; j--) lineRules.put(in.readInt(), texts(in, limit));
            findings.suppress(file, new Suppressions(fileRules, lineRules));
        }
        for (int i = count(in, limit); i > 0; i--) {
            String locale = text(in);
            String key = text(in);
            String file = text(in);
            int m = count(in, limit);
            List<PlacedLink> links = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                Link link = new Link(Link.Kind.valueOf(text(in)), text(in), in.readInt(), in.readInt());
                links.add(new PlacedLink(link, in.readInt(), in.readInt(), in.readInt(), in.readInt()));
            }
            findings.links(locale, key, file, links);
        }
        for (int i = count(in, limit); i > 0; i--) {
            String locale = text(in);
            String key = text(in);
            findings.anchors(locale, key, List.copyOf(texts(in, limit)));
        }
        findings.units(in.readInt());
        return findings;
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
    static List<Diagnostic> readDiagnostics(PayloadReader in, int limit) throws IOException {
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

    static String text(PayloadReader in) throws IOException {
        return in.utf8(count(in, in.available()));
    }

    private static Set<String> texts(PayloadReader in, int limit) throws IOException {
        Set<String> out = new HashSet<>();
        for (int i = count(in, limit); i > 0; i--) out.add(text(in));
        return Set.copyOf(out);
    }

    /** A count or length, refused when it is negative or larger than what is left could hold. */
    static int count(PayloadReader in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) throw new IOException("bad length " + n);
        return n;
    }
}
