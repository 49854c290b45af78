package dev.tolk.l10n;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.0 through the JDK's StAX writer: one {@code <file>}
 * with {@code canResegment="no"}, one {@code <unit>} of one {@code <segment>} per translation unit,
 * each code's Markdown in {@code <originalData>} with a readable {@code disp}. Characters XML
 * cannot hold are written as {@code <cp>}. Deterministic: the same document, the same bytes.
 */
final class XliffWriter {
    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    byte[] write(XliffDocument doc) {
        StringWriter chars = new StringWriter();
        try {
            // to characters, then encoded once: the JDK's writer puts a byte stream's bytes one call at a time
            XMLStreamWriter w = factory.createXMLStreamWriter(chars);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("xliff");
            w.writeDefaultNamespace(XliffDocument.NAMESPACE);
            w.writeAttribute("version", "2.0");
            w.writeAttribute("srcLang", doc.srcLang());
            w.writeAttribute("trgLang", doc.trgLang());
            w.writeCharacters("\n  ");
            w.writeStartElement("file");
            w.writeAttribute("id", "f1");
            w.writeAttribute("original", doc.original());
            w.writeAttribute("canResegment", "no");
            for (XliffUnit u : doc.units()) unit(w, u);
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer failed on an in-memory stream", e);
        }
        return chars.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void unit(XMLStreamWriter w, XliffUnit u) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement("unit");
        w.writeAttribute("id", u.id());
        if (u.name() != null) w.writeAttribute("name", u.name());
        if (u.note() != null) {
            w.writeCharacters("\n      ");
            w.writeStartElement("notes");
            w.writeStartElement("note");
            w.writeAttribute("category", "location");
            text(w, u.note());
            w.writeEndElement();
            w.writeEndElement();
        }
        Map<String, String> data = dataIds(u);
        if (!data.isEmpty()) {
            w.writeCharacters("\n      ");
            w.writeStartElement("originalData");
            for (Map.Entry<String, String> d : data.entrySet()) {
                w.writeCharacters("\n        ");
                w.writeStartElement("data");
                w.writeAttribute("id", d.getValue());
                text(w, d.getKey());
                w.writeEndElement();
            }
            w.writeCharacters("\n      ");
            w.writeEndElement();
        }
        w.writeCharacters("\n      ");
        w.writeStartElement("segment");
        w.writeAttribute("state", u.state());
        if (u.subState() != null) w.writeAttribute("subState", u.subState());
        w.writeCharacters("\n        ");
        w.writeStartElement("source");
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        pieces(w, u.source(), data);
        w.writeEndElement();
        if (u.target() != null) {
            w.writeCharacters("\n        ");
            w.writeStartElement("target");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            pieces(w, u.target(), data);
            w.writeEndElement();
        }
        w.writeCharacters("\n      ");
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    /** One {@code <data>} per distinct piece of Markdown the unit's codes stand for, numbered in order. */
    private static Map<String, String> dataIds(XliffUnit u) {
        Map<String, String> ids = new LinkedHashMap<>();
        collect(u.source(), ids);
        if (u.target() != null) collect(u.target(), ids);
        return ids;
    }

    private static void collect(List<Inline> pieces, Map<String, String> ids) {
        for (Inline p : pieces) {
            if (p.code() == null) continue;
            ids.computeIfAbsent(p.code().data(), k -> "d" + (ids.size() + 1));
            if (p instanceof Inline.Pc pc) {
                ids.computeIfAbsent(pc.code().dataEnd(), k -> "d" + (ids.size() + 1));
                collect(pc.content(), ids);
            }
        }
    }

    private static void pieces(XMLStreamWriter w, List<Inline> pieces, Map<String, String> data) throws XMLStreamException {
        for (Inline p : pieces) {
            if (p instanceof Inline.Text t) {
                text(w, t.text());
                continue;
            }
            Inline.Code code = p.code();
            boolean empty = !(p instanceof Inline.Pc);
            if (empty) w.writeEmptyElement(Pieces.element(p));
            else w.writeStartElement("pc");
            w.writeAttribute("id", p.id());
            if (p instanceof Inline.Sc || p instanceof Inline.Ec) w.writeAttribute("isolated", "yes");
            if (code.kind().fixed) w.writeAttribute("canDelete", "no");
            w.writeAttribute("type", code.kind().xliffType);
            if (p instanceof Inline.Pc pc) {
                w.writeAttribute("dataRefStart", data.get(code.data()));
                w.writeAttribute("dataRefEnd", data.get(code.dataEnd()));
                w.writeAttribute("dispStart", disp(code, true));
                w.writeAttribute("dispEnd", disp(code, false));
                pieces(w, pc.content(), data);
                w.writeEndElement();
            } else {
                w.writeAttribute("dataRef", data.get(code.data()));
                w.writeAttribute("disp", disp(code, !(p instanceof Inline.Ec)));
            }
        }
    }

    private static String disp(Inline.Code code, boolean start) {
        return switch (code.kind()) {
            case BOLD -> start ? "<b>" : "</b>";
            case ITALIC -> start ? "<i>" : "</i>";
            case LINK -> start ? "<link>" : "</link>";
            case IMAGE -> "[image]";
            case CODE, MARK -> code.data();
            case HTML -> code.data().indexOf('\n') >= 0 ? "<br/>" : code.data(); // a hard line break
        };
    }

    /** Text, with each character XML 1.0 cannot hold as {@code <cp hex>}. */
    private static void text(XMLStreamWriter w, String s) throws XMLStreamException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean valid = c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isSurrogate(c) && validSurrogate(s, i);
            if (valid) continue;
            if (i > from) w.writeCharacters(s.substring(from, i));
            w.writeEmptyElement("cp");
            w.writeAttribute("hex", String.format(java.util.Locale.ROOT, "%04X", (int) c));
            from = i + 1;
        }
        if (from < s.length()) w.writeCharacters(s.substring(from));
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
