package dev.tolk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docfx.json globs, matched as DocFX's GlobMatcher matches them with its default options. */
class DocfxGlobTest {
    private static boolean m(String glob, String path) {
        return new DocfxGlob(glob).matches(path);
    }

    @Test
    void globstarSlashMatchesNoFolderToo() {
        assertTrue(m("**/*.md", "a.md"));
        assertTrue(m("**/*.md", "x/y/a.md"));
        assertFalse(m("**/*.md", "a.mdx"));
        assertFalse(m("**/*.md", "x/a.yml"));
    }

    @Test
    void globstarShortcutIsGlobstarSlashStar() {
        assertTrue(m("**.md", "a.md"));
        assertTrue(m("**.md", "x/y/a.md"));
        assertTrue(m("articles/**.md", "articles/x/a.md"));
    }

    @Test
    void globstarFolderPatternMatchesEverythingBelowThatFolderAnywhere() {
        assertTrue(m("**/includes/**", "includes/a.md"));
        assertTrue(m("**/includes/**", "x/includes/y/a.png"));
        assertFalse(m("**/includes/**", "xincludes/a.md"));
        assertFalse(m("**/includes/**", "includes"));
        assertTrue(m("_themes/**", "_themes/a/b.css"));
        assertFalse(m("_themes/**", "x/_themes/b.css"));
    }

    @Test
    void aPlainNameMatchesOnlyAtTheTopAndInAnyLetterCase() {
        assertTrue(m("README.md", "README.md"));
        assertTrue(m("README.md", "readme.md"));
        assertFalse(m("README.md", "x/README.md"));
        assertTrue(m("ThirdPartyNotices", "ThirdPartyNotices"));
        assertFalse(m("ThirdPartyNotices", "ThirdPartyNotices.md"));
    }

    @Test
    void bracesExpandNestedToo() {
        assertTrue(m("**/*.{md,yml}", "a/b.yml"));
        assertTrue(m("**/*.{md,yml}", "b.md"));
        assertFalse(m("**/*.{md,yml}", "b.json"));
        assertEquals(List.of("a.md", "a.yml", "a.yaml"), DocfxGlob.expand("a.{md,y{ml,aml}}"));
        assertEquals(List.of("a{b"), DocfxGlob.expand("a{b"));
    }

    @Test
    void wildcardsStayInsideOneName() {
        assertTrue(m("images/*.png", "images/a.png"));
        assertFalse(m("images/*.png", "images/x/a.png"));
        assertTrue(m("?.md", "a.md"));
        assertFalse(m("?.md", "ab.md"));
        assertTrue(m("[ab].md", "b.md"));
        assertFalse(m("[!ab].md", "b.md"));
        assertTrue(m("a\\*.md", "a*.md"));
        assertFalse(m("a\\*.md", "ab.md"));
    }

    @Test
    void wildcardsDoNotMatchDotFilesOrDotFolders() {
        assertFalse(m("**/*.json", ".openpublishing.redirection.json"));
        assertFalse(m("**/*.md", ".github/a.md"));
        assertFalse(m("**", ".git/config"));
        assertTrue(m(".github/**", ".github/a.md"));
        assertTrue(m("**/.*.json", "x/.a.json"));
    }

    @Test
    void aLeadingBangNegates() {
        assertTrue(m("!**/*.png", "a.md"));
        assertFalse(m("!**/*.png", "x/a.png"));
    }
}
