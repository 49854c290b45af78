package dev.tolk.check;

import dev.tolk.json.Json;
import java.io.IOException;

/**
 * The JSON report of DESIGN §6, the contract the other formats derive from: {@code tool},
 * {@code version}, {@code summary} and {@code diagnostics}, every key always present and in
 * the order shown there, two-space indentation and one diagnostic per line.
 */
final class JsonReport implements ReportWriter {

    @Override
    public void write(Report report, Appendable out) throws IOException {
        Json.write(ReportJson.tree(report), out);
    }
}
