package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Issue 19: an SVG of the content with onload ran script when opened from the site. */
class SvgSanitizerTest {
    private static String clean(String svg) {
        return new String(SvgSanitizer.clean(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void scriptHandlersAndActiveAddressesGo() {
        String svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <?xml-stylesheet href="https://evil.example/x.xsl"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
                  <script>alert(2)</script>
                  <a href="javascript:alert(3)"><text>link</text></a>
                  <a xlink:href="JaVaScRiPt:alert(4)"><text>old link</text></a>
                  <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></body></foreignObject>
                  <set attributeName="href" to="javascript:alert(5)"/>
                  <animate attributeName="xlink:href" values="javascript:alert(6)"/>
                  <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" onerror="alert(7)"/>
                  <rect width="10" height="10" fill="url(#g)" onclick="alert(8)"/>
                  <use href="#shape"/>
                  <a href="https://example.org/ok"><text>fine</text></a>
                </svg>
                """;
        String out = clean(svg);
        for (String gone : List.of("alert(", "<script", "foreignObject", "DOCTYPE", "xml-stylesheet", "evil.example", "data:image/svg")) {
            assertFalse(out.contains(gone), gone + " in " + out);
        }
        Document doc = Jsoup.parse(out, "", Parser.xmlParser());
        assertTrue(doc.select("[onload], [onclick], [onerror]").isEmpty(), out);
        assertTrue(out.contains("<use href=\"#shape\""), out);
        assertTrue(out.contains("href=\"https://example.org/ok\""), out);
        assertTrue(out.contains("<rect width=\"10\" height=\"10\" fill=\"url(#g)\""), out);
        assertTrue(out.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), out);
    }

    @Test
    void aCleanImageIsPublishedByteForByte() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><path d=\"M0 0h1v1z\"/></svg>\n"
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(svg, SvgSanitizer.clean(svg));
    }
}
