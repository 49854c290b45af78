package dev.tolk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An internal failure (a bug in Tolk, not a problem in the input): one short message on the
 * terminal and the stack trace in a file, never the trace itself. Exit code 3. Running out of
 * memory is no bug: the message says how much the build had and how to give it more.
 */
final class CrashReport {
    private CrashReport() {
    }

    static int write(Throwable ex, PrintWriter err) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) return outOfMemory(err);
        }
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

    /** The build needed more memory than Java let it have: say how much it had, and how to give it more. */
    static int outOfMemory(PrintWriter err) {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        err.println("tolk: out of memory: the build needed more than the " + max + " MiB of heap Java allows it");
        err.println("tolk: give it more with TOLK_JAVA_OPTS=-Xmx<size> (for example -Xmx" + Math.max(2, 2 * max / 1024 + 1)
                + "g) or JAVA_TOOL_OPTIONS, or build fewer locales at a time (--locale)");
        err.flush();
        return Main.INTERNAL;
    }
}
