package dev.tolk.l10n;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Rule;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 2.0–2.2 file of the loop into an {@link XliffDocument}, through the JDK's StAX
 * reader with DTDs and external entities off. What is not well-formed XLIFF 2 (malformed XML, an
 * XLIFF 1.2 file, an unknown {@code state}, more than one segment in a unit, a unit twice) is an
 * {@code xliff/invalid} diagnostic at its line and column, and the file is not read further.
 * Annotations ({@code <mrk>}) keep their text; elements of other namespaces (modules,
 * extensions) are skipped. Pieces read here carry their element's line as {@code start} and its
 * column as {@code end}. Thread-safe.
 */
final class XliffReader {
    private static final Set<String> STATES = Set.of("initial", "translated", "reviewed", "final");
    /** How deep inline elements may nest ({@code <pc>} in {@code <pc>}…). */
    static final int MAX_DEPTH = 100;
    private final XMLInputFactory factory;

    XliffReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The document, or empty with the reason in {@code problems}. */
    Optional<XliffDocument> read(byte[] bytes, String file, List<Diagnostic> problems) {
        // bytes that are not UTF-8 are said here, with their line: the JDK's parser also prints "[Fatal Error]" to stderr
        int[] malformed = malformedUtf8(bytes);
        if (malformed != null) {
            problems.add(invalid(file, malformed[0], malformed[1], "not well-formed XML: the bytes are not UTF-8 here"));
            return Optional.empty();
        }
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return new Parse(r, file, problems).document();
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            int cut = message == null ? -1 : message.indexOf("Message: ");
            if (cut >= 0) message = message.substring(cut + 9);
            // the JDK says only "found: DTD" of a document type declaration, which is refused on purpose
            boolean dtd = message != null && message.contains("DTD");
            problems.add(invalid(file, at == null ? 1 : at.getLineNumber(), at == null ? 1 : at.getColumnNumber(), dtd
                    ? "a DOCTYPE (document type declaration) is not allowed: XLIFF 2 has none, and its entities could read files"
                    : "not well-formed XML: " + message));
            return Optional.empty();
        } catch (Invalid e) {
            return Optional.empty();
        }
    }

    /**
     * Where a file that is to be UTF-8 (no UTF-16 byte order mark or zero byte in its first two, no other encoding in
     * its XML declaration) first breaks UTF-8,
     * as 1-based line and column (of characters decoded so far), or null.
     */
    private static int[] malformedUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff || (bytes[0] & 0xff) == 0xff
                && (bytes[1] & 0xff) == 0xfe || bytes[0] == 0 || bytes[1] == 0)) {
            return null; // UTF-16, which the parser reads
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher declared = java.util.regex.Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)").matcher(head);
        if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) return null; // another encoding it names
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) return null;
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    static Diagnostic invalid(String file, int line, int column, String message) {
        return diagnostic(Rule.XLIFF_INVALID, file, Math.max(1, line), Math.max(1, column), message);
    }

    static Diagnostic diagnostic(Rule rule, String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, line, column, rule.defaultSeverity(), rule.id(), message, "");
    }

    /** Stops reading a file once its problem is reported. */
    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    /** One reading of one file. */
    private static final class Parse {
        private final XMLStreamReader r;
        /** The file's XLIFF namespace: 2.0's (also 2.1's), or 2.2's own. */
        private String ns = XliffDocument.NAMESPACE;
        private final String file;
        private final List<Diagnostic> problems;
        /** How deep in inline elements the reading is. */
        private int depth;

        Parse(XMLStreamReader r, String file, List<Diagnostic> problems) {
            this.r = r;
            this.file = file;
            this.problems = problems;
        }

        private RuntimeException fail(String message) {
            Location at = r.getLocation();
            problems.add(invalid(file, at.getLineNumber(), at.getColumnNumber(), message));
            return new Invalid();
        }

        Optional<XliffDocument> document() throws XMLStreamException {
            r.nextTag();
            String version = attr("version");
            if (XliffDocument.NAMESPACE_2_2.equals(r.getNamespaceURI())) ns = XliffDocument.NAMESPACE_2_2;
            if (!ns.equals(r.getNamespaceURI()) || !r.getLocalName().equals("xliff")) {
                boolean old = "xliff".equals(r.getLocalName()) && (version != null && version.startsWith("1.")
                        || String.valueOf(r.getNamespaceURI()).contains("xliff:document:1."));
                throw fail(old ? "XLIFF " + (version == null ? "1.x" : version) + " is not read: export again and translate the XLIFF 2.0 file"
                        : "not an XLIFF 2 file: the root element is {" + r.getNamespaceURI() + "}" + r.getLocalName());
            }
            if (version == null || !version.matches("2\\.[0-2]")) throw fail("XLIFF version '" + version + "' is not 2.0, 2.1 or 2.2");
            String srcLang = attr("srcLang");
            if (srcLang == null) throw fail("the xliff element has no srcLang");
            String trgLang = attr("trgLang");
            String original = null;
            List<XliffUnit> units = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int files = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (!ns.equals(r.getNamespaceURI())) {
                    skip();
                } else if (r.getLocalName().equals("file")) {
                    if (++files > 1) throw fail("more than one <file>: the loop writes one article per XLIFF file");
                    original = attr("original");
                } else if (r.getLocalName().equals("unit")) {
                    XliffUnit u = unit();
                    if (!ids.add(u.id())) throw fail("unit id '" + u.id() + "' is used twice");
                    units.add(u);
                } else if (r.getLocalName().equals("notes") || r.getLocalName().equals("skeleton")) {
                    skip();
                }
            }
            return Optional.of(new XliffDocument(srcLang, trgLang == null ? "" : trgLang, original, units));
        }

        private XliffUnit unit() throws XMLStreamException {
            int line = r.getLocation().getLineNumber();
            int column = r.getLocation().getColumnNumber();
            String id = attr("id");
            if (id == null) throw fail("a unit without an id");
            String name = attr("name");
            String state = null;
            String subState = null;
            List<Inline> source = null;
            List<Inline> target = null;
            int segments = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("unit")) break;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (!ns.equals(r.getNamespaceURI())) {
                    skip();
                    continue;
                }
                switch (r.getLocalName()) {
                    case "segment" -> {
                        if (++segments > 1) throw fail("unit '" + id + "' has more than one segment: the loop's units are not resegmented (canResegment=\"no\")");
                        state = attr("state");
                        subState = attr("subState");
                        if (state != null && !STATES.contains(state)) {
                            throw fail("state '" + state + "' is not one of initial, translated, reviewed, final");
                        }
                    }
                    case "source" -> source = content("source");
                    case "target" -> target = content("target");
                    case "notes", "originalData", "ignorable" -> skip();
                    default -> { }
                }
            }
            if (source == null) throw fail("unit '" + id + "' has no source");
            return new XliffUnit(id, name, null, state == null ? XliffUnit.INITIAL : state, subState, source, target, line, column);
        }

        /** The inline content of the element just opened, up to its end. */
        private List<Inline> content(String element) throws XMLStreamException {
            // an article's markup nests a few levels; thousands of nested <pc> would only overflow the stack
            if (++depth > MAX_DEPTH) throw fail("inline elements nested more than " + MAX_DEPTH + " deep");
            try {
                return contentOf(element);
            } finally {
                depth--;
            }
        }

        private List<Inline> contentOf(String element) throws XMLStreamException {
            List<Inline> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!ns.equals(r.getNamespaceURI())) {
                        skip();
                        continue;
                    }
                    String name = r.getLocalName();
                    if (name.equals("cp")) {
                        text.append(codePoint(attr("hex")));
                        skip();
                        continue;
                    }
                    if (name.equals("mrk")) {
                        flush(text, out);
                        out.addAll(content("mrk"));
                        continue;
                    }
                    if (name.equals("sm") || name.equals("em")) {
                        skip();
                        continue;
                    }
                    flush(text, out);
                    out.add(code(name));
                } else if (event != XMLStreamConstants.COMMENT && event != XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    throw fail("unexpected content in <" + element + ">");
                }
            }
            flush(text, out);
            return Pieces.merge(out);
        }

        private Inline code(String name) throws XMLStreamException {
            int line = r.getLocation().getLineNumber();
            int column = r.getLocation().getColumnNumber();
            String id = name.equals("ec") && attr("id") == null ? attr("startRef") : attr("id");
            if (id == null) throw fail("<" + name + "> without an id");
            switch (name) {
                case "pc" -> {
                    return new Inline.Pc(id, null, content("pc"), line, column);
                }
                case "ph" -> {
                    skip();
                    return new Inline.Ph(id, null, line, column);
                }
                case "sc" -> {
                    skip();
                    return new Inline.Sc(id, null, line, column);
                }
                case "ec" -> {
                    skip();
                    return new Inline.Ec(id, null, line, column);
                }
                default -> throw fail("<" + name + "> is not an inline element of XLIFF 2");
            }
        }

        private String codePoint(String hex) {
            int cp;
            try {
                cp = Integer.parseInt(hex, 16);
                Character.toChars(cp);
            } catch (RuntimeException e) {
                throw fail("<cp hex=\"" + hex + "\"> is not a code point");
            }
            // a control character has no place in an article's text (the reader would see nothing, or worse)
            if (Character.getType(cp) == Character.CONTROL) throw fail("<cp hex=\"" + hex + "\"> is a control character");
            return new String(Character.toChars(cp));
        }

        private static void flush(StringBuilder text, List<Inline> out) {
            if (text.isEmpty()) return;
            out.add(new Inline.Text(text.toString(), -1, -1));
            text.setLength(0);
        }

        /** Skips to the end of the element just opened. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) depth++;
                else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }

        private String attr(String name) {
            return r.getAttributeValue(null, name);
        }
    }
}
