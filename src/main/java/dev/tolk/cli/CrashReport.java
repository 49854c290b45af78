package dev.tolk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An internal failure (a bug in Tolk, not a problem in the input): one short message on the
 * terminal and the stack trace in a file, never the trace itself. Exit code 3.
 */
final class CrashReport {
    private CrashReport() {
    }

    static int write(Throwable ex, PrintWriter err) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        String where;
        try {
            Path file = Files.createTempFile("tolk-crash-", ".txt");
            Files.writeString(file, "tolk " + Main.version() + "\n" + trace, StandardCharsets.UTF_8);
            where = file.toString();
        } catch (IOException io) {
            where = "(could not be written: " + io.getMessage() + ")";
        }
        err.println("tolk: internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("")));
        err.println("tolk: this is a bug in Tolk; the stack trace is in " + where);
        err.flush();
        return Main.INTERNAL;
    }
}
