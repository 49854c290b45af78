package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk prorate}: the calculator for support staff and scripts. */
class ProrateCommandTest {
    private static final Path VECTORS = dev.tolk.SharedData.vectors();
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void batchModeReproducesTheVectorsByteForByte() throws Exception {
        assertEquals(0, run("prorate", "--csv", VECTORS.toString()));
        assertEquals(Files.readString(VECTORS), out);
    }

    @Test
    void oneComputationReadsLikeAnInvoice() {
        assertEquals(0, run("prorate", "--currency", "EUR", "--price", "12.50", "--qty", "10", "--start", "2024-06-01",
                "--end", "2024-07-01", "--cancel", "2024-06-16", "--locale", "nl-NL"));
        assertTrue(out.contains("Prorated credit:     EUR\u00A062,50"), out);
        assertTrue(out.contains("30 days, 15 charged"), out);
        assertEquals(0, run("prorate", "--format", "json", "--currency", "USD", "--price", "10.00", "--qty", "1", "--start",
                "2024-06-01", "--end", "2024-07-01", "--cancel", "2024-06-16", "--switch", "coterm", "--new-price", "20.00",
                "--new-qty", "1"));
        assertTrue(out.contains("\"net_minor\": \"500\""), out);
    }

    @Test
    void invalidInputIsAMessageAndExitTwo(@TempDir Path tmp) throws Exception {
        assertEquals(2, run("prorate", "--currency", "EUR", "--price", "12,50", "--qty", "1", "--start", "2024-06-01",
                "--end", "2024-07-01", "--cancel", "2024-06-16"));
        assertTrue(err.contains("invalid --price") && err.contains("[E_PRICE_FORMAT]"), err);
        assertEquals(2, run("prorate", "--csv", tmp.resolve("missing.csv").toString()));
        assertTrue(err.contains("no such file"), err);
        Files.writeString(tmp.resolve("bad.csv"), "id,price\n\"V1,12\n");
        assertEquals(2, run("prorate", "--csv", tmp.resolve("bad.csv").toString()));
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void missingOptionsAreNamedAndTheCancellationDayIsNeverToday() {
        assertEquals(2, run("prorate"));
        assertTrue(err.contains("tolk prorate: missing --currency, --price, --qty, --start, --end, --cancel (or --csv FILE)"), err);
        assertFalse(err.contains("invalid"), err);
        assertEquals(2, run("prorate", "--currency", "EUR", "--price", "12.50", "--qty", "10", "--start", "2024-06-01",
                "--end", "2024-07-01"));
        assertTrue(err.contains("missing --cancel "), "no default of today, which would change the answer daily: " + err);
        assertEquals(2, run("prorate", "--currency", "EUR", "--price", "12.50", "--qty", "10", "--start", "2024-06-01",
                "--end", "2024-07-01", "--cancel", "2024-06-16", "--switch", "coterm"));
        assertTrue(err.contains("missing --new-price, --new-qty"), err);
    }
}
