package dev.tolk.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paths written in content files, relative to their folder or (DocFX's {@code ~/}) from the docset's root. */
class ContentPathsTest {

    @Test
    void aRelativePathResolvesAgainstTheFolderOfTheFileItIsWrittenIn() {
        assertEquals(Optional.of("a/c.md"), ContentPaths.resolve("a/b.md", "c.md"));
        assertEquals(Optional.of("c.md"), ContentPaths.resolve("a/b.md", "../c.md"));
        assertEquals(Optional.of("a/d/e.png"), ContentPaths.resolve("a/b.md", "./d//e.png"));
        assertEquals(Optional.empty(), ContentPaths.resolve("a/b.md", "../../c.md"), "above the locale's folder");
    }

    @Test
    void aPathFromTheRootResolvesTheSameFromEveryFolder() {
        for (String key : new String[] {"index.md", "a/b.md", "a/b/c/d.md"}) {
            assertEquals(Optional.of("media/x.png"), ContentPaths.resolve(key, "~/media/x.png"), key);
            assertEquals(Optional.of("x.md"), ContentPaths.resolve(key, "~/a/../x.md"), key);
            assertEquals(Optional.empty(), ContentPaths.resolve(key, "~/../x.md"), "above the root, from " + key);
        }
        assertTrue(ContentPaths.isFromRoot("~/a.md"));
        assertFalse(ContentPaths.isFromRoot("~a.md"), "a file whose name starts with ~ is relative");
        assertEquals(Optional.of("a/~a.md"), ContentPaths.resolve("a/b.md", "~a.md"));
    }
}
