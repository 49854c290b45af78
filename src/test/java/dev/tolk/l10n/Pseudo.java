package dev.tolk.l10n;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Characters;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * A pseudo-translator for tests: every target becomes a copy of its source with letters
 * accented (not those of a hexadecimal code, a number) and each run of text that has a word about 30% longer, the
 * codes left where they are. Works on the
 * XML events, so whatever wrote the file, only the targets change.
 */
final class Pseudo {
    private static final String PLAIN = "AaCcEeIiNnOoUuYy";
    private static final String ACCENTED = "ÅåÇçÉéÎîÑñÖöÛûÝý";
    /** The first word of letters alone (never a number or a delimiter, which padding would change): compiled once, not per text run. */
    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}\\p{P}\\p{S}])\\p{L}+(?=\\s)");

    private Pseudo() {
    }

    /** A hexadecimal code (0x8004de40): a number, which a translation keeps as it is. */
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("0[xX][0-9A-Fa-f]+");

    static String accent(String text) {
        StringBuilder b = new StringBuilder(text.length() * 4 / 3 + 2);
        int letters = 0;
        java.util.regex.Matcher hex = HEX.matcher(text);
        int hexStart = hex.find() ? hex.start() : -1;
        for (int i = 0; i < text.length(); i++) {
            if (i == hexStart) { // copied as it is
                b.append(text, hex.start(), hex.end());
                i = hex.end() - 1;
                hexStart = hex.find() ? hex.start() : -1;
                continue;
            }
            char c = text.charAt(i);
            int k = PLAIN.indexOf(c);
            b.append(k >= 0 ? ACCENTED.charAt(k) : c);
            if (Character.isLetter(c)) letters++;
        }
        if (letters > 0) {
            // longer, as translations are: a word of padding after the first word of letters alone
            // (never touching a number or a delimiter, which would change what they are)
            java.util.regex.Matcher word = FIRST_WORD.matcher(b);
            if (word.find()) b.insert(word.end(), " " + "ŵ".repeat((letters * 3 + 9) / 10));
        }
        return b.toString();
    }

    /** Every {@code .xlf} below {@code from}, pseudo-translated, to the same place below {@code to}. */
    static void translateTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlf")).toList()) {
                Path out = to.resolve(from.relativize(f).toString());
                Files.createDirectories(out.getParent());
                Files.write(out, translate(Files.readString(f)));
            }
        }
    }

    static byte[] translate(String xliff) {
        try {
            XMLEventReader in = XMLInputFactory.newDefaultFactory().createXMLEventReader(new StringReader(xliff));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLEventWriter out = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(bytes, "UTF-8");
            XMLEventFactory events = XMLEventFactory.newDefaultFactory();
            List<XMLEvent> source = null;
            boolean skipping = false;
            while (in.hasNext()) {
                XMLEvent e = in.nextEvent();
                if (skipping) {
                    if (e.isEndElement() && e.asEndElement().getName().getLocalPart().equals("target")) skipping = false;
                    continue;
                }
                if (source != null) {
                    source.add(e);
                    if (e.isEndElement() && e.asEndElement().getName().getLocalPart().equals("source")) {
                        for (XMLEvent s : source) out.add(s);
                        XMLEvent next = in.peek();
                        while (next != null && next.isCharacters() && next.asCharacters().isWhiteSpace()) {
                            out.add(in.nextEvent());
                            next = in.peek();
                        }
                        if (next != null && next.isStartElement() && next.asStartElement().getName().getLocalPart().equals("target")) {
                            in.nextEvent();
                            skipping = true;
                        }
                        target(source, out, events);
                        source = null;
                    }
                    continue;
                }
                if (e.isStartElement() && e.asStartElement().getName().getLocalPart().equals("source")) {
                    source = new ArrayList<>();
                    source.add(e);
                    continue;
                }
                out.add(e);
            }
            out.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void target(List<XMLEvent> source, XMLEventWriter out, XMLEventFactory events) throws XMLStreamException {
        for (int i = 0; i < source.size(); i++) {
            XMLEvent e = source.get(i);
            if (i == 0) {
                StartElement s = e.asStartElement();
                out.add(events.createStartElement(s.getName().getPrefix(), s.getName().getNamespaceURI(), "target",
                        s.getAttributes(), s.getNamespaces()));
            } else if (i == source.size() - 1) {
                out.add(events.createEndElement(e.asEndElement().getName().getPrefix(), e.asEndElement().getName().getNamespaceURI(), "target"));
            } else if (e.isCharacters()) {
                Characters c = e.asCharacters();
                out.add(events.createCharacters(accent(c.getData())));
            } else {
                out.add(e);
            }
        }
    }
}
