package dev.tolk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML read back with a JDK parser, as a CI server would. */
class JunitReportTest {

    private static Document parse(Report r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        byte[] bytes = SampleReports.write(ReportFormat.JUNIT, r).getBytes(StandardCharsets.UTF_8);
        return b.parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneTestcasePerFileAndOneFailurePerFailingCase() throws Exception {
        Document doc = parse(SampleReports.report());
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("tolk", suites.getAttribute("name"));
        assertEquals("4", suites.getAttribute("tests"));
        assertEquals("2", suites.getAttribute("failures")); // README.md and the Outlook article have errors
        assertEquals("0", suites.getAttribute("errors"));
        NodeList suite = doc.getElementsByTagName("testsuite");
        assertEquals(1, suite.getLength());
        assertEquals("tolk check", ((Element) suite.item(0)).getAttribute("name"));
        assertEquals(4, doc.getElementsByTagName("testcase").getLength());
        // one <failure> a case, as the JUnit schema allows (Jenkins and Azure DevOps showed only the first of several)
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
    }

    /** With --fail-on warning a warning fails its case: a red run showed "all tests passed". */
    @Test
    void warningsFailTheirCaseWhenTheyFailTheRun() throws Exception {
        StringBuilder out = new StringBuilder();
        new JunitReport(Severity.WARNING).write(SampleReports.report(), out);
        Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("4", doc.getDocumentElement().getAttribute("failures"), out.toString());
        StringBuilder never = new StringBuilder();
        new JunitReport(null).write(SampleReports.report(), never);
        assertTrue(never.toString().contains("failures=\"0\""), never.toString());
    }

    @Test
    void attributesAndTextRoundTrip() throws Exception {
        NodeList cases = parse(SampleReports.report()).getElementsByTagName("testcase");
        Element readme = (Element) cases.item(0);
        assertEquals("tolk.files", readme.getAttribute("classname"));
        assertEquals("README.md", readme.getAttribute("name"));
        Element odd = (Element) cases.item(2);
        assertEquals("tolk.de-DE", odd.getAttribute("classname"));
        assertEquals(SampleReports.ODD_NAME, odd.getAttribute("name"));
        assertEquals(0, odd.getElementsByTagName("failure").getLength());

        Element outlook = (Element) cases.item(3);
        assertEquals("tolk.nl-NL", outlook.getAttribute("classname"));
        assertEquals(SampleReports.OUTLOOK, outlook.getAttribute("name"));
        NodeList failures = outlook.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element yaml = (Element) failures.item(0);
        assertEquals("frontmatter/invalid-yaml", yaml.getAttribute("type"));
        // quotes, backslash and newline intact; the count of the case's errors before the first
        assertEquals("2 findings; the first: " + SampleReports.YAML_MESSAGE, yaml.getAttribute("message"));
        Diagnostic yamlDiagnostic = SampleReports.report().diagnostics().get(4);
        assertTrue(yaml.getTextContent().startsWith(yamlDiagnostic.format() + "\n"), yaml.getTextContent());
        assertEquals(2, yaml.getTextContent().split("\n").length, "both errors in its text");
        String out = outlook.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains("warning: bold markers differ: **Outlook** vs *Outlook* [tu/markup-mismatch]"), out);
    }

    @Test
    void warningsAndInfoGoToSystemOutWithIllegalCharactersReplaced() throws Exception {
        Element arabic = (Element) parse(SampleReports.report()).getElementsByTagName("testcase").item(1);
        assertEquals("tolk.ar-SA", arabic.getAttribute("classname"));
        assertEquals(0, arabic.getElementsByTagName("failure").getLength());
        String out = arabic.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains(SampleReports.ARABIC_MESSAGE), out);
        assertTrue(out.contains("source text changed: 'Click \uFFFD here'"), out);
    }

    @Test
    void controlCharactersAndNoncharactersCannotBreakTheDocument() throws Exception {
        String nasty = "a\u0001b\u001bc\uFFFEd\uFFFFe]]>f<g>&h\r\ni\t";
        Diagnostic d = new Diagnostic("x\u0007<&>\".md", 1, 1, 1, 1, Severity.ERROR, "tu/empty", nasty, "");
        Element failure = (Element) parse(new Report("1", 1, 1, List.of(d))).getElementsByTagName("failure").item(0);
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe]]>f<g>&h\r\ni\t", failure.getAttribute("message"));
        Element testcase = (Element) failure.getParentNode();
        assertEquals("x\uFFFD<&>\".md", testcase.getAttribute("name"));
        // the body is the one-line diagnostic format: line breaks and controls shown, not obeyed
        assertTrue(failure.getTextContent().contains("e]]>f<g>&h\u240D\u240Ai"), failure.getTextContent());
    }
}
