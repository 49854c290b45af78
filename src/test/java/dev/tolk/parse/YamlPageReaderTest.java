package dev.tolk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.model.Link;
import dev.tolk.model.YamlPage;
import dev.tolk.source.LineMap;
import dev.tolk.source.YamlMime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML pages read against the Microsoft Learn schemas (Landing, structured FAQ, Hub), with the
 * documented variants, and malformed files reported at their positions.
 */
class YamlPageReaderTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String text;

    private Optional<YamlPage> read(String yaml) {
        text = yaml;
        return new YamlPageReader().read("nl-NL", yaml, new FileReporter("p.yml", "nl-NL", new LineMap(yaml), diagnostics::add));
    }

    private static String pair(String id, String target, String source) {
        return "<span data-ttu-id=\"" + id + "\">" + target + "</span><span class=\"sxs-lookup\"><span data-stu-id=\""
                + id + "\">" + source + "</span></span>";
    }

    private String at(Link l) {
        return text.substring(l.start(), l.end());
    }

    @Test
    void readsALandingPageCardsAndLinkLists() {
        YamlPage p = read("""
                ### YamlMime:Landing

                metadata:
                  title: Help hub
                  description: Start here.
                title: Docs
                summary: Find resources.
                landingContent:
                # a comment between keys
                  - title: Meet it
                    linkLists:
                      - linkListType: overview
                        links:
                          - text: Overview
                            url: overview.md
                      - linkListType: How-To Guide
                        links:
                          - text: Export
                            url: https://example.org/x
                """).orElseThrow();
        assertEquals(YamlPage.Type.LANDING, p.type());
        assertEquals("Docs", p.title().value());
        assertEquals("Find resources.", p.summary().value());
        assertFalse(p.summary().markdown());
        assertEquals("Help hub", p.metadata().string("title").orElseThrow());
        YamlPage.Card card = p.sections().get(0).cards().get(0);
        assertEquals("Meet it", card.title().value());
        assertEquals(List.of("overview", "how-to-guide"), card.groups().stream().map(YamlPage.LinkGroup::type).toList());
        assertEquals("overview.md", card.groups().get(0).links().get(0).url().value());
        assertEquals(List.of("overview.md", "https://example.org/x"), p.links().stream().map(Link::target).toList());
        assertEquals("overview.md", at(p.links().get(0)));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void readsAFaqWithMarkdownAnswersAndPlacesTheirLinksInTheFile() {
        YamlPage p = read("""
                ### YamlMime:FAQ
                metadata:
                  title: FAQ
                title: Questions
                summary: |
                  See [the overview](overview.md).
                sections:
                  - name: General
                    questions:
                      - question: |
                          How?
                        answer: |
                          Like [this](how.md#step) and ![a picture](media/a.png).
                additionalContent: |
                  ## More
                  [Support](https://example.org/support)
                """).orElseThrow();
        assertTrue(p.summary().markdown());
        YamlPage.Question q = p.sections().get(0).questions().get(0);
        assertEquals("How?", q.question().value());
        assertTrue(q.answer().markdown());
        assertEquals("General", p.sections().get(0).title().value());
        assertTrue(p.additional().value().startsWith("## More"));
        assertEquals(List.of("overview.md", "how.md#step", "media/a.png", "https://example.org/support"),
                p.links().stream().map(Link::target).toList());
        for (Link l : p.links()) assertEquals(l.target(), at(l));
        assertEquals(13, new LineMap(text).line(p.links().get(1).start()));
    }

    @Test
    void readsAHubsSectionsInTheOrderWritten() {
        YamlPage p = read("""
                ### YamlMime:Hub
                title: Products
                summary: All of them.
                metadata:
                  title: Hub
                tools:
                  title: Tools
                  items:
                    - title: CLI
                      imageSrc: media/cli.svg
                      url: https://example.org/cli
                highlightedContent:
                  items:
                    - title: What is it?
                      itemType: overview
                      url: overview.md
                conceptualContent:
                  title: Concepts
                  summary: Basics.
                  items:
                    - title: Basics
                      links:
                        - itemType: concept
                          text: FAQ
                          url: faq.yml
                      footerLink:
                        text: More
                        url: more.md
                additionalContent:
                  sections:
                    - title: Developers
                      items:
                        - title: Java
                          links:
                            - text: SDK
                              url: https://example.org/java
                              note: (Preview)
                  footer: "Ask [us](https://example.org/ask)."
                """).orElseThrow();
        assertEquals(List.of("Tools", "", "Concepts", "Developers"),
                p.sections().stream().map(s -> s.title().value()).toList());
        YamlPage.Card cli = p.sections().get(0).cards().get(0);
        assertEquals("media/cli.svg", cli.imageSrc().value());
        assertEquals("overview", p.sections().get(1).cards().get(0).itemType());
        YamlPage.Card basics = p.sections().get(2).cards().get(0);
        assertEquals("faq.yml", basics.groups().get(0).links().get(0).url().value());
        assertEquals("more.md", basics.footer().url().value());
        assertEquals("(Preview)", p.sections().get(3).cards().get(0).groups().get(0).links().get(0).note().value());
        assertTrue(p.additional().markdown());
        assertEquals(Link.Kind.HTML_SRC, p.links().get(0).kind());
        assertTrue(p.links().stream().map(Link::target).toList().contains("https://example.org/ask"));
        assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    }

    @Test
    void keepsTheUnitsPairedInsideAValue() {
        Optional<YamlPage> p = read("### YamlMime:Landing\nmetadata:\n  title: " + pair("abcde-100", "Hub", "Hub EN") + "\ntitle: "
                + pair("abcde-101", "Documentatie", "Documentation") + "\n");
        YamlPage.Text title = p.orElseThrow().title();
        assertEquals(1, title.units().size());
        assertEquals("abcde-101", title.units().get(0).id());
        assertEquals("Documentatie", title.plain(false));
        assertEquals("Documentation", title.plain(true));
        assertEquals("Hub EN", YamlPageReader.plain(p.orElseThrow().metadata().string("title").orElseThrow(), true));
    }

    @Test
    void validatesTheUnitsOfTheWholeFileAtTheirPositions() {
        String yaml = "### YamlMime:Landing\nmetadata:\n  title: T\ntitle: <span data-ttu-id=\"abcde-101\">Alleen</span>\n";
        YamlPage p = read(yaml).orElseThrow();
        Article a = new YamlPageReader().article("nl-NL", "p.yml", "p.yml", yaml, p,
                new FileReporter("p.yml", "nl-NL", new LineMap(yaml), diagnostics::add));
        assertEquals(1, a.units().size());
        assertEquals("tu/unpaired", diagnostics.get(0).rule());
        assertEquals(4, diagnostics.get(0).line());
        assertEquals(8, diagnostics.get(0).column());
    }

    @Test
    void metadataStandsInForFrontMatterWithATopLevelUid() {
        YamlPage p = read("### YamlMime:FAQ\nuid: example.faq\nmetadata:\n  title: T\n  ms.date: 07/30/2021\ntitle: Q\n").orElseThrow();
        assertEquals("example.faq", p.metadata().string("uid").orElseThrow());
        assertEquals("07/30/2021", p.metadata().string("ms.date").orElseThrow());
    }

    @Test
    void reportsInvalidYamlAtTheYamlError() {
        assertTrue(read("### YamlMime:FAQ\nmetadata:\n  title: T\nsections:\n  - name: A\n    questions:\n      - question: Q\n      answer: A\n").isEmpty());
        assertEquals(1, diagnostics.size());
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
        assertEquals(8, diagnostics.get(0).line());
    }

    @Test
    void refusesDuplicateKeys() {
        assertTrue(read("### YamlMime:Landing\ntitle: A\ntitle: B\n").isEmpty());
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
        assertEquals(3, diagnostics.get(0).line());
    }

    @Test
    void refusesADocumentThatIsNotAMapping() {
        assertTrue(read("### YamlMime:Hub\n- a\n- b\n").isEmpty());
        assertEquals("frontmatter/invalid-yaml", diagnostics.get(0).rule());
        assertEquals(2, diagnostics.get(0).line());
    }

    @Test
    void reportsAMissingTitleAndMetadataTitle() {
        YamlPage p = read("### YamlMime:Landing\nmetadata:\n  description: D\nsummary: S\n").orElseThrow();
        assertTrue(p.title().isEmpty());
        assertEquals(List.of("frontmatter/missing-key", "frontmatter/missing-key"), diagnostics.stream().map(Diagnostic::rule).toList());
        // the metadata finding points at the metadata block
        assertEquals(2, diagnostics.get(0).line());
    }

    @Test
    void reportsAnotherContentLocale() {
        read("### YamlMime:Landing\nmetadata:\n  title: T\n  ms.contentlocale: de-DE\ntitle: X\n");
        assertEquals("frontmatter/locale-mismatch", diagnostics.get(0).rule());
        assertEquals(4, diagnostics.get(0).line());
        assertEquals(21, diagnostics.get(0).column());
    }

    @Test
    void reportsATypeItDoesNotRenderAtItsName() {
        assertTrue(read("### YamlMime:ModuleUnit\ntitle: Unit\n").isEmpty());
        assertEquals("content/unsupported", diagnostics.get(0).rule());
        assertEquals(1, diagnostics.get(0).line());
        assertEquals(14, diagnostics.get(0).column());
        assertTrue(diagnostics.get(0).message().contains("ModuleUnit"));
    }

    @Test
    void skipsValuesOfTheWrongShape() {
        YamlPage p = read("### YamlMime:Landing\nmetadata:\n  title: T\ntitle: [a, b]\nlandingContent: none\n").orElseThrow();
        assertTrue(p.title().isEmpty());
        assertTrue(p.sections().get(0).cards().isEmpty());
    }

    @Test
    void namesTheTypeOnTheFirstLine(@TempDir Path dir) throws Exception {
        assertEquals(Optional.of("Landing"), YamlMime.of("### YamlMime:Landing\r\ntitle: x"));
        assertEquals(Optional.of("FAQ"), YamlMime.of("\uFEFF###  YamlMime: FAQ \n"));
        assertEquals(Optional.empty(), YamlMime.of("title: x\n### YamlMime:Landing\n"));
        // as DocFX reads it: any number of #, so #YamlMime:ApiPage (DocFX's own docs) and #YamlMime:Landing are headers too
        assertEquals(Optional.of("ApiPage"), YamlMime.of("#YamlMime:ApiPage\ntitle: x"));
        assertEquals(Optional.of("Landing"), YamlMime.of("# YamlMime:Landing\n"));
        assertEquals(Optional.empty(), YamlMime.of("YamlMime:Landing\n"));
        assertTrue(YamlMime.isData("ZonePivotGroups"));
        assertTrue(YamlMime.isData("Yaml"));
        assertEquals(Optional.of(YamlPage.Type.FAQ), YamlPage.Type.ofMime("faq"));
        Path page = Files.writeString(dir.resolve("index.yml"), "### YamlMime:Hub\ntitle: x\n");
        Path data = Files.writeString(dir.resolve("chromeless.yml"), "### YamlMime:Yaml\nchromeless: true\n");
        Path toc = Files.writeString(dir.resolve("toc.yml"), "### YamlMime:Landing\n");
        Path unit = Files.writeString(dir.resolve("unit.yaml"), "### YamlMime:ModuleUnit\n");
        assertTrue(YamlMime.isPageFile(page, "index.yml"));
        assertFalse(YamlMime.isPageFile(data, "chromeless.yml"));
        assertFalse(YamlMime.isPageFile(toc, "toc.yml"));
        assertTrue(YamlMime.isPageFile(unit, "unit.yaml"), "a page Tolk does not render is still reported as one");
    }
}
