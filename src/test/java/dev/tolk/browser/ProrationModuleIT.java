package dev.tolk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tolk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code node --test src/test/js/} on the {@code assets/proration.js} built into the site (not
 * the template copy): every row of {@code vectors.csv}, cell by cell, plus the module's own
 * cases. Without Node the test is skipped with a message, except in CI, where that fails.
 */
class ProrationModuleIT {
    static final Path VECTORS = dev.tolk.SharedData.vectors();

    @Test
    void theShippedModuleComputesEveryVector(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "build", "--out", site.toString());
        Path module = site.resolve("assets/proration.js");
        assertTrue(Files.isRegularFile(module), "the site ships assets/proration.js");
        ProcessBuilder pb = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true);
        pb.environment().put("TOLK_PRORATION_JS", module.toAbsolutePath().toString());
        pb.environment().put("TOLK_VECTORS", VECTORS.toString());
        Process node;
        try {
            node = pb.start();
        } catch (java.io.IOException e) {
            String why = "Node.js is not installed (" + e.getMessage() + "): apt-get install nodejs";
            if (System.getenv("CI") != null) fail(why);
            Assumptions.abort(why);
            return;
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), output);
        int rows = (int) Files.readAllLines(VECTORS).stream().skip(1).filter(l -> !l.isBlank()).count();
        var passed = java.util.regex.Pattern.compile("(?m)^# pass (\\d+)").matcher(output);
        assertTrue(passed.find(), output);
        assertTrue(Integer.parseInt(passed.group(1)) >= rows, "fewer passing tests than vector rows: " + output);
        assertTrue(output.contains("# fail 0"), output);
    }
}
