package dev.tolk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code tolk} through {@link Main#run}, without a JVM of its own: the exit code and what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new CliRun(code, o.toString(), e.toString());
    }
}
