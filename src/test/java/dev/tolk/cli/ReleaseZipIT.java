package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip {@code mvn package} makes runs with a Java runtime alone: unpacked as a user
 * would ({@code unzip}), its {@code bin/tolk} makes a new project and builds it with a PATH that
 * holds {@code java} and nothing else (no Maven, no shell tools), and no {@code JAVA_HOME}.
 */
class ReleaseZipIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void theUnpackedReleaseBuildsANewProjectWithOnlyJava(@TempDir Path tmp) throws Exception {
        Path zip;
        try (Stream<Path> s = Files.list(TARGET)) {
            zip = s.filter(p -> p.getFileName().toString().matches("tolk-.+\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/tolk-<version>.zip: mvn package makes it"));
        }
        Path unpacked = tmp.resolve("opt");
        run(List.of("unzip", "-q", zip.toString(), "-d", unpacked.toString()), tmp, Map.of("PATH", System.getenv("PATH")), true);
        Path home;
        try (Stream<Path> s = Files.list(unpacked)) {
            home = s.findFirst().orElseThrow();
        }
        assertEquals(zip.getFileName().toString().replaceFirst("\\.zip$", ""), home.getFileName().toString());
        Path tolk = home.resolve("bin/tolk");
        assertTrue(Files.isExecutable(tolk), "bin/tolk keeps its mode bits");
        assertTrue(Files.readString(home.resolve("bin/tolk.bat")).contains("\r\n"), "bin/tolk.bat has Windows line ends");
        assertTrue(Files.isRegularFile(home.resolve("lib/tolk.jar")));

        Path onlyJava = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(onlyJava.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Map<String, String> env = Map.of("PATH", onlyJava.toString(), "LANG", "C.UTF-8");
        String version = run(List.of(tolk.toString(), "--version"), tmp, env, false);
        assertTrue(version.startsWith("tolk "), version);
        run(List.of(tolk.toString(), "new", "project", "--locale", "de-DE"), tmp, env, false);
        String built = run(List.of(tolk.toString(), "build"), tmp.resolve("project"), env, false);
        assertTrue(built.contains("0 errors, 0 warnings"), built);
        assertTrue(Files.isRegularFile(tmp.resolve("project/site/de-DE/getting-started.html")), built);
    }

    /** Runs a command to its end (two minutes at most) with exactly {@code env}; fails unless it exits 0. */
    private static String run(List<String> command, Path dir, Map<String, String> env, boolean tool) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            if (!tool) throw e;
            String why = command.get(0) + " is not installed: apt-get install " + command.get(0);
            if (SharedData.inCi()) fail(why);
            Assumptions.abort(why);
            return "";
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " did not finish: " + output);
        assertEquals(0, p.exitValue(), command + ": " + output);
        return output;
    }
}
