package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Coverage-guided fuzzing of {@link SvgSanitizer} (Jazzer; seeds in
 * {@code SvgSanitizerFuzzTestInputs}: clean images and script-carrying ones). A cleaned image is
 * read twice: by jsoup's XML parser, as the sanitizer reads it, and by the JDK's strict XML
 * parser with internal entities expanded, as a browser opening the file reads it (one that does
 * not parse shows an error, not the image). Neither finds script, an event handler, an embedded
 * document, an address animation, an {@code xml-stylesheet}, or a script, {@code data:} (but a
 * raster image) or {@code vbscript:} address.
 */
class SvgSanitizerFuzzTest {
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "handler", "listener", "base", "meta", "link");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction");
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void cleansAnyImageOfScript(byte[] data) throws Exception {
        byte[] out = SvgSanitizer.clean(data);
        String text = new String(out, StandardCharsets.UTF_8);
        String where = "\n" + text + "\nfrom " + new String(data, StandardCharsets.UTF_8);
        org.jsoup.nodes.Document lenient = Jsoup.parse(text, "", Parser.xmlParser());
        for (Element e : lenient.getAllElements()) {
            for (Attribute a : e.attributes()) checkAttribute(e.normalName(), a.getKey(), a.getValue(), where);
            checkElement(e.normalName(), e.attr("attributeName"), where);
            for (org.jsoup.nodes.Node n : e.childNodes()) {
                // the XML declaration may stay; jsoup reads a written-back '<?xml>' as one named 'xml?'
                boolean declaration = e == lenient && n instanceof XmlDeclaration d && d.name().replace("?", "").equalsIgnoreCase("xml");
                assertFalse(n instanceof XmlDeclaration && !declaration, "processing instruction " + n + where);
            }
        }
        org.w3c.dom.Document strict = strictlyParsed(out);
        if (strict != null) walk(strict, where);
    }

    /**
     * Fuzz finding (a seed as written): a processing instruction inside the root element was
     * kept, though the sanitizer promises that none but the XML declaration stays.
     */
    @Test
    void aProcessingInstructionInsideTheImageGoes() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><?php echo 1 ?></g><?xml-stylesheet href=\"x.xsl\"?></svg>";
        String out = new String(SvgSanitizer.clean(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertFalse(out.contains("<?"), out);
    }

    private static void walk(Node node, String where) {
        if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) fail("processing instruction " + node.getNodeName() + where);
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) node;
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                checkAttribute(e.getTagName(), a.getName(), a.getValue(), where);
            }
            checkElement(e.getTagName(), e.getAttribute("attributeName"), where);
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) walk(c, where);
    }

    private static void checkElement(String qualifiedName, String attributeName, String where) {
        String name = localName(qualifiedName);
        assertFalse(FORBIDDEN.contains(name), "<" + qualifiedName + ">" + where);
        assertFalse(ANIMATIONS.contains(name) && ADDRESSES.contains(localName(attributeName.strip())),
                "<" + qualifiedName + "> changes " + attributeName + where);
    }

    private static void checkAttribute(String element, String qualifiedName, String value, String where) {
        String name = localName(qualifiedName);
        assertFalse(name.startsWith("on"), qualifiedName + " on <" + element + ">" + where);
        if (!ADDRESSES.contains(name)) return;
        String address = HtmlSanitizerFuzzTest.asBrowserReads(value);
        if (address.startsWith("javascript:") || address.startsWith("vbscript:")
                || address.startsWith("data:") && !HtmlSanitizer.isRasterDataImage(value.strip())) {
            fail(qualifiedName + "=\"" + value + "\" on <" + element + ">" + where);
        }
    }

    private static String localName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(lower.indexOf(':') + 1);
    }

    /** The document as a browser's XML parser reads it (internal entities expanded, nothing fetched), or null if it is not XML. */
    private static org.w3c.dom.Document strictlyParsed(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (org.xml.sax.SAXException | java.io.IOException notXml) { // the JDK's parser also fails without a position
            return null;
        }
    }
}
