package dev.tolk.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tolk.diag.Diagnostic;
import dev.tolk.diag.FileReporter;
import dev.tolk.model.Article;
import dev.tolk.parse.ArticleParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterRulesTest {

    @Test
    void suggestsTheKeyATypoMeant() throws Exception {
        // not-receiving-email-in-outlook-com.md:12 "ms,.custom:"
        Checked c = Checked.corpus("nl-NL", "not-receiving-email-in-outlook-com.md");
        assertEquals(List.of(12), c.linesOf("frontmatter/unknown-key"));
        assertEquals("unknown front-matter key 'ms,.custom'; did you mean 'ms.custom'?", c.of("frontmatter/unknown-key").get(0).message());
        assertEquals(11, c.of("frontmatter/unknown-key").get(0).endColumn());
    }

    @Test
    void suggestsAKeyWithTextPastedIntoIt() throws Exception {
        // find-status-of-your-microsoft-365-ticket.md:12 "munlocking-an-account s.custom:"
        Checked c = Checked.corpus("de-DE", "find-status-of-your-microsoft-365-ticket.md");
        assertEquals(List.of(12), c.linesOf("frontmatter/unknown-key"));
        assertEquals(Optional.of("ms.custom"), FrontMatterRules.nearest("munlocking-an-account s.custom"));
        assertEquals(Optional.of("ms.custom"), FrontMatterRules.nearest("ms-custom"));
        assertEquals(Optional.of("ROBOTS"), FrontMatterRules.nearest("robots"));
        assertEquals(Optional.empty(), FrontMatterRules.nearest("zzz"));
    }

    @Test
    void acceptsTheKeysTheCorpusUsesAndTolksOwn() throws Exception {
        assertEquals(List.of(), Checked.corpus("nl-NL", "verify-your-domain.md").of("frontmatter/unknown-key"));
        String text = "---\ntitle: Prorate\ncalculator: proration\ntolk-disable: [tu/untranslated]\n---\nBody\n";
        assertEquals(List.of(), Checked.text("nl-NL", text).diagnostics());
    }

    @Test
    void reportsAMissingTitleAndAWrongLocale() {
        Checked c = Checked.text("de-DE", "---\nauthor: x\nms.contentlocale: nl-NL\n---\nText\n");
        assertEquals(List.of(1), c.linesOf("frontmatter/missing-key"));
        assertEquals(List.of(3), c.linesOf("frontmatter/locale-mismatch"));
        assertEquals(19, c.of("frontmatter/locale-mismatch").get(0).column());
        assertEquals(List.of(), Checked.text("de-DE", "---\ntitle: T\nms.contentlocale: de-de\n---\nText\n").diagnostics());
    }

    @Test
    void knowsTheMicrosoftLearnKeysOfRealDocsets() {
        // the keys behind the false warnings on Business Central, Windows and Azure docsets (issue 14)
        String text = "---\ntitle: T\nms.search.keywords: G/L account\nms.tgt_pltfrm: na\nms.sitesec: library\n"
                + "ms.search.form: '9022'\nms.search.validFrom: 2021-04-01\nms.subservice: audience-insights\n"
                + "no-loc: [Dynamics 365]\nzone_pivot_groups: os\nmonikerRange: '>= sql-server-2017'\n"
                // and of Dynamics 365 Project Operations (he-IL, 376 false warnings) and NuGet's API reference
                + "search.app:\n  - Powerplatform\nsearch.audienceType:\n  - maker\napiname: x\napitype: y\ndocumentationcenter: na\n"
                // and the platyPS keys of the PowerShell reference (sv-SE: 1,231 false warnings)
                + "external help file: M.dll-Help.xml\nLocale: sv-SE\nModule Name: M\nonline version: https://x\nschema: 2.0.0\n"
                // the companion of zone_pivot_groups (Azure Data Explorer zh-TW: 33 false warnings), DocFX's template metadata
                + "zone_pivot_group_filename: data-explorer/zone-pivot-groups.json\n_disableToc: true\n_noindex: true\n"
                // the MTPS keys of every page migrated into Learn's archives (Lync Server 2013 zh-CN: 9,690 warnings, and
                // 'ms:assetid' told to become 'ms.assetid', another key)
                + "TOCTitle: Lync\nms:assetid: 1a2b\nms:mtpsurl: https://technet.microsoft.com/x\nms:contentKeyID: 4846\n"
                + "mtps_version: v=OCS.15\n"
                // the Q# reference's, on every API page (quantum pl-PL: 4,741 warnings)
                + "qsharp.kind: operation\nqsharp.namespace: Microsoft.Quantum.Intrinsic\nqsharp.name: H\nqsharp.summary: x\n---\nText\n";
        assertEquals(List.of(), Checked.text("nl-NL", text).of("frontmatter/unknown-key"));
    }

    @Test
    void keysAreCaseSensitiveAsOnMicrosoftLearn() {
        // Learn reads ROBOTS in capitals only: a lower-case robots does nothing there
        Checked c = Checked.text("nl-NL", "---\ntitle: T\nrobots: NOINDEX\n---\nText\n");
        assertEquals(List.of(3), c.linesOf("frontmatter/unknown-key"));
        assertEquals("unknown front-matter key 'robots'; did you mean 'ROBOTS'?", c.of("frontmatter/unknown-key").get(0).message());
    }

    @Test
    void extraKeysMakeTheKeysTheirGlobsMatchKnown() {
        String text = "---\ntitle: T\ncontoso.foo: x\ncontosofoo: y\n---\nText\n";
        List<Diagnostic> byDefault = unknownKeys(text, List.of());
        assertEquals(List.of("unknown front-matter key 'contoso.foo'", "unknown front-matter key 'contosofoo'"),
                byDefault.stream().map(Diagnostic::message).toList());
        // the dot of the glob is a dot: contosofoo stays unknown
        List<Diagnostic> extended = unknownKeys(text, List.of("contoso.*"));
        assertEquals(List.of(4), extended.stream().map(Diagnostic::line).toList());
        assertEquals(List.of(), unknownKeys(text, List.of("contoso?foo", "contoso*")));
    }

    @Test
    void suggestsAKeyOnlyWhenItIsClose() throws Exception {
        assertEquals(Optional.of("title"), FrontMatterRules.nearest("titel"));
        assertEquals(Optional.of("ms.custom"), FrontMatterRules.nearest("ms,.custom"));
        assertEquals(Optional.of("ms.tgt_pltfrm"), FrontMatterRules.nearest("ms.tgt_platform"));
        assertEquals(Optional.empty(), FrontMatterRules.nearest("qsharp.foo"));
        assertEquals(Optional.empty(), FrontMatterRules.nearest("ms.search.app"));
        // create-and-use-a-shared-mailbox.md:11 "ms.common:" is four edits from ms.component: no guess
        Checked c = Checked.corpus("nl-NL", "create-and-use-a-shared-mailbox.md");
        assertEquals(List.of(11), c.linesOf("frontmatter/unknown-key"));
        assertEquals("unknown front-matter key 'ms.common'", c.of("frontmatter/unknown-key").get(0).message());
        assertEquals("unknown front-matter key 'titel'; did you mean 'title'?",
                Checked.text("nl-NL", "---\ntitel: T\n---\nText\n").of("frontmatter/unknown-key").get(0).message());
    }

    @Test
    void includeFilesNeedNoTitle() {
        String text = "---\nms.topic: include\nauthor: x\n---\nShared text\n";
        assertEquals(List.of(1), Checked.text("nl-NL", "AlchemyInsights/x.md", text, List.of()).linesOf("frontmatter/missing-key"));
        assertEquals(List.of(), Checked.text("nl-NL", "includes/x.md", text, List.of()).of("frontmatter/missing-key"));
        assertEquals(List.of(), Checked.text("nl-NL", "ci-docs/Includes/x.md", text, List.of()).of("frontmatter/missing-key"));
        // a folder that only starts with "includes" is not one
        assertEquals(List.of(1), Checked.text("nl-NL", "includes-old/x.md", text, List.of()).linesOf("frontmatter/missing-key"));
        assertFalse(Article.needsFrontMatter("includes/x.md"));
    }

    /** The {@code frontmatter/unknown-key} findings for {@code text} with the given {@code front-matter: extra-keys}. */
    private static List<Diagnostic> unknownKeys(String text, List<String> extraKeys) {
        List<Diagnostic> out = new ArrayList<>();
        FileReporter reporter = new FileReporter("nl-NL/k.md", "nl-NL", text, out::add);
        Article article = new ArticleParser().parse("nl-NL", "k.md", "nl-NL/k.md", text, true, reporter);
        new Validator(List.of(), extraKeys).validate(article, false, reporter);
        return out.stream().filter(d -> d.rule().equals("frontmatter/unknown-key")).toList();
    }
}
