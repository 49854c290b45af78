package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user types first: {@code tolk help}, {@code --help} with examples, and {@code serve} on a port that is taken. */
class HelpAndServeCommandTest {
    @Test
    void helpListsTheCommandsWithExamples() {
        CliRun help = CliRun.of("help");
        assertEquals(0, help.code(), help.err());
        for (String command : new String[] {"build", "check", "serve", "help"}) assertTrue(help.out().contains("  " + command), help.out());
        assertTrue(help.out().contains("Examples:") && help.out().contains("tolk build "), help.out());
        assertFalse(help.err().contains("Did you mean"), help.err());
        assertEquals(CliRun.of("--help").out(), help.out());
    }

    @Test
    void helpOfACommandIsItsUsageWithExamples() {
        for (String command : new String[] {"build", "check", "serve"}) {
            CliRun help = CliRun.of("help", command);
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().startsWith("Usage: tolk " + command), help.out());
            assertTrue(help.out().contains("Examples:\n  tolk " + command), help.out());
            assertEquals(CliRun.of(command, "--help").out(), help.out());
        }
    }

    @Test
    void serveOnAPortInUseIsAUsageErrorWithAClearMessage(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(tmp.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun serve = CliRun.of("serve", "--config", "/dev/null", "--source", tmp.resolve("content").toString(),
                    "--templates", tmp.resolve("none").toString(), "--port", String.valueOf(port));
            assertEquals(2, serve.code(), serve.err());
            assertTrue(serve.err().contains("tolk serve: port " + port + " on 127.0.0.1 is in use"), serve.err());
            assertTrue(serve.err().contains("--port 0"), serve.err());
            assertFalse(serve.err().contains("internal error") || serve.err().contains("bug"), serve.err());
            // said at once, before a first build (which took 55 s on the corpus to end in this message)
            assertFalse(serve.err().contains("tolk serve: build 1"), serve.err());
            assertEquals("", serve.out());
        }
    }
}
