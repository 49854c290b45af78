package dev.tolk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input fingerprint changes with anything a build reads, and with nothing else (not the folder it runs in). */
class InputFingerprintTest {
    private static Path project(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/nl-NL/media"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("tolk.yaml"), "title: Help\n");
        Files.writeString(dir.resolve("content/nl-NL/a.md"), "# a\n");
        Files.write(dir.resolve("content/nl-NL/media/b.png"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("templates/article.ftlh"), "<p>${body}</p>");
        return dir;
    }

    /** The fingerprint of a build run in {@code dir}. */
    private static String of(Path dir, String version, List<String> locales) throws Exception {
        return InputFingerprint.of(version, dir.resolve("tolk.yaml"), SiteConfig.defaults(), dir.resolve("content"),
                dir.resolve("templates"), locales, dir);
    }

    @Test
    void isTheSameForTheSameInputInAnyFolder(@TempDir Path tmp) throws Exception {
        String here = of(project(tmp.resolve("checkout-1")), "1.0", List.of());
        assertEquals(here, of(project(tmp.resolve("elsewhere/checkout-2")), "1.0", List.of()));
        assertEquals(64, here.length());
    }

    @Test
    void changesWithEveryInput(@TempDir Path tmp) throws Exception {
        Path p = project(tmp.resolve("p"));
        Set<String> seen = new HashSet<>();
        assertTrue(seen.add(of(p, "1.0", List.of())));
        assertTrue(seen.add(of(p, "1.1", List.of())), "another Tolk");
        assertTrue(seen.add(of(p, "1.0", List.of("nl-NL"))), "other locales asked for");
        Files.writeString(p.resolve("content/nl-NL/a.md"), "# b\n");
        assertTrue(seen.add(of(p, "1.0", List.of())), "a content byte");
        Files.move(p.resolve("content/nl-NL/a.md"), p.resolve("content/nl-NL/c.md"));
        assertTrue(seen.add(of(p, "1.0", List.of())), "a file renamed");
        Files.write(p.resolve("content/nl-NL/media/empty.png"), new byte[0]);
        assertTrue(seen.add(of(p, "1.0", List.of())), "an empty file added");
        Files.write(p.resolve("content/nl-NL/media/b.png"), new byte[] {1, 2, 4});
        assertTrue(seen.add(of(p, "1.0", List.of())), "a media byte");
        Files.writeString(p.resolve("tolk.yaml"), "title: Hulp\n");
        assertTrue(seen.add(of(p, "1.0", List.of())), "the configuration");
        Files.delete(p.resolve("tolk.yaml"));
        assertTrue(seen.add(of(p, "1.0", List.of())), "no configuration file");
        Files.writeString(p.resolve("templates/article.ftlh"), "<div>${body}</div>");
        assertTrue(seen.add(of(p, "1.0", List.of())), "a template");
        assertEquals(of(p, "1.0", List.of()), of(p, "1.0", List.of()), "and nothing else");
    }
}
