package dev.tolk.cli;

import dev.tolk.json.Json;
import dev.tolk.proration.DisplayProfile;
import dev.tolk.proration.Proration;
import dev.tolk.proration.ProrationCsv;
import dev.tolk.proration.ProrationInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tolk prorate}: the help site's proration calculator on the command line, for support
 * staff and scripts. One computation from options (readable, or {@code --format json}), or a
 * whole table with {@code --csv} (the column set of {@code vectors.csv}, output columns filled,
 * written to standard output). Invalid input is a message and exit 2.
 */
@Command(name = "prorate", mixinStandardHelpOptions = true,
        description = "Prorated credit for cancelled or switched licences (same arithmetic as the help site's calculator).")
final class ProrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "FILE", description = "Compute every row of a table with the columns of vectors.csv; write it to standard output.")
    Path csv;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code (EUR, USD, JPY, …).")
    String currency = "";

    @Option(names = "--price", paramLabel = "AMOUNT", description = "Price of one licence for one full billing period, e.g. 12.50.")
    String price = "";

    @Option(names = "--qty", paramLabel = "N", description = "Licences cancelled or removed (1–10000).")
    String qty = "";

    @Option(names = "--start", paramLabel = "DATE", description = "First day of the billing period (yyyy-MM-dd).")
    String start = "";

    @Option(names = "--end", paramLabel = "DATE", description = "Next renewal date, exclusive (yyyy-MM-dd).")
    String end = "";

    @Option(names = "--cancel", paramLabel = "DATE", description = "Day the cancellation takes effect (yyyy-MM-dd). Required: "
            + "the result depends on it, and a default of today would change from day to day.")
    String cancel = "";

    @Option(names = "--charge-cancel-day", description = "Charge the cancellation day too.")
    boolean chargeCancelDay;

    @Option(names = "--switch", paramLabel = "MODE", description = "none, newterm (new subscription, full period) or coterm (new plan co-terminates).")
    String switchMode = "none";

    @Option(names = "--new-price", paramLabel = "AMOUNT", description = "Price of one licence of the new plan.")
    String newPrice = "";

    @Option(names = "--new-qty", paramLabel = "N", description = "Licences of the new plan.")
    String newQty = "";

    @Option(names = "--locale", paramLabel = "TAG", description = "How amounts and dates are written (default: ${DEFAULT-VALUE}).")
    String locale = "en-US";

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (csv != null) return table(out, err);
        if (!format.equals("text") && !format.equals("json")) return usage(err, "unknown --format '" + format + "'; use text or json");
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            return usage(err, "missing " + String.join(", ", missing) + " (or --csv FILE); see tolk prorate --help");
        }
        ProrationInput input = new ProrationInput(locale, currency, price, qty, start, end, cancel,
                chargeCancelDay ? "1" : "0", switchMode, newPrice, newQty);
        Proration.Outcome outcome = Proration.compute(input);
        if (format.equals("json")) {
            out.println(json(ProrationCsv.outputs(outcome)));
            return outcome instanceof Proration.Failure ? Main.USAGE : Main.OK;
        }
        if (outcome instanceof Proration.Failure f) {
            return usage(err, "invalid --" + option(f.field()) + ": " + explain(f.code()) + " [" + f.code() + "]");
        }
        Proration.Result r = (Proration.Result) outcome;
        DisplayProfile p = r.profile();
        out.println("Billing period: " + r.daysInPeriod() + " days, " + r.daysUsed() + " charged (cancelled "
                + r.cancelDateDisplay() + ")");
        out.println("Paid for the period: " + p.amount(r.paidMinor(), r.currency()));
        out.println("Used:                " + p.amount(r.usedMinor(), r.currency()));
        out.println("Prorated credit:     " + r.creditDisplay());
        if (r.newChargeMinor() != 0 || !switchMode.equals("none")) {
            out.println("New plan charge:     " + p.amount(r.newChargeMinor(), r.currency()));
            out.println((r.netMinor() >= 0 ? "Amount due:          " : "Credit balance:      ") + r.netDisplay());
        }
        out.println("Cancellation window: " + r.window() + switch (r.window()) {
            case WITHIN -> " (within seven days of the period start)";
            case BOUNDARY -> " (day 7: depends on the time of purchase)";
            case OUTSIDE -> " (licence subscriptions can normally be cancelled only within seven days of purchase or renewal)";
        });
        return Main.OK;
    }

    /** The options a computation needs that were not given, in the order of the usage line. */
    private List<String> missing() {
        List<String> names = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("--currency", currency);
        given.put("--price", price);
        given.put("--qty", qty);
        given.put("--start", start);
        given.put("--end", end);
        given.put("--cancel", cancel);
        if (!switchMode.equals("none")) {
            given.put("--new-price", newPrice);
            given.put("--new-qty", newQty);
        }
        given.forEach((name, value) -> {
            if (value.isBlank()) names.add(name);
        });
        return names;
    }

    private int table(PrintWriter out, PrintWriter err) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(csv);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return usage(err, "no such file: " + csv);
        } catch (CharacterCodingException e) {
            return usage(err, csv + " is not UTF-8");
        } catch (IOException e) {
            return usage(err, "cannot read " + csv + ": " + e.getMessage());
        }
        try {
            out.print(ProrationCsv.recompute(text));
            out.flush();
            return Main.OK;
        } catch (ProrationCsv.CsvException e) {
            return usage(err, csv + ": " + e.getMessage());
        }
    }

    private static String option(String field) {
        return switch (field) {
            case "period_start" -> "start";
            case "period_end" -> "end";
            case "cancel_date" -> "cancel";
            case "switch_mode" -> "switch";
            default -> field.replace('_', '-');
        };
    }

    static String explain(String code) {
        return switch (code) {
            case "E_CURRENCY" -> "not a supported currency code";
            case "E_PRICE_NEGATIVE" -> "a price cannot be negative";
            case "E_PRICE_FORMAT" -> "write the amount with digits and '.' as the decimal separator, e.g. 12.50";
            case "E_PRICE_PRECISION" -> "more decimals than the currency has";
            case "E_PRICE_RANGE" -> "the amount is too large";
            case "E_QTY" -> "a whole number from 1 to 10000";
            case "E_DATE" -> "a date yyyy-MM-dd between 2000 and 2099";
            case "E_PERIOD_ORDER" -> "the period must end after it starts";
            case "E_PERIOD_LENGTH" -> "the period is longer than three years (1096 days)";
            case "E_CANCEL_BEFORE_START" -> "the cancellation is before the period starts";
            case "E_CANCEL_AFTER_END" -> "the cancellation is after the period ends";
            case "E_SWITCH" -> "use none, newterm or coterm";
            default -> code;
        };
    }

    private static String json(Map<String, String> fields) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (b.length() > 1) b.append(", ");
            b.append(Json.literal(e.getKey())).append(": ").append(Json.literal(e.getValue()));
        }
        return b.append('}').toString();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("tolk prorate: " + message);
        return Main.USAGE;
    }
}
