package dev.tolk.check;

import java.io.IOException;

/** Writes a whole {@link Report} in one format; the caller owns (and closes) the output. */
public interface ReportWriter {
    void write(Report report, Appendable out) throws IOException;
}
