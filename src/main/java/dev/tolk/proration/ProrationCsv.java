package dev.tolk.proration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows in the column set of {@code vectors.csv} (UTF-8, LF, RFC 4180 quoting): read a table,
 * fill every output column of each row from its input columns, write it back. Columns the
 * calculator does not know (such as {@code id} and {@code case}) are kept as they are.
 */
public final class ProrationCsv {
    /** The output columns, in the order of {@code vectors.csv}. */
    public static final List<String> OUTPUTS = List.of("error", "error_field", "price_minor", "days_in_period", "days_used",
            "paid_minor", "used_minor", "credit_minor", "new_charge_minor", "net_minor", "window", "credit_display",
            "net_display", "cancel_date_display");

    /** A malformed table: what is wrong and on which line. */
    public static final class CsvException extends Exception {
        public CsvException(String message) {
            super(message);
        }
    }

    private ProrationCsv() {
    }

    /** The input columns of a row, read by name (a missing column is empty). */
    public static ProrationInput input(Map<String, String> row) {
        return new ProrationInput(get(row, "locale"), get(row, "currency"), get(row, "price"), get(row, "qty"),
                get(row, "period_start"), get(row, "period_end"), get(row, "cancel_date"), get(row, "charge_cancel_day"),
                get(row, "switch_mode"), get(row, "new_price"), get(row, "new_qty"));
    }

    /** Every output column for an outcome, as {@code vectors.csv} writes them (empty cells after an error). */
    public static Map<String, String> outputs(Proration.Outcome outcome) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : OUTPUTS) out.put(c, "");
        if (outcome instanceof Proration.Failure f) {
            out.put("error", f.code());
            out.put("error_field", f.field());
            return out;
        }
        Proration.Result r = (Proration.Result) outcome;
        out.put("price_minor", Long.toString(r.priceMinor()));
        out.put("days_in_period", Long.toString(r.daysInPeriod()));
        out.put("days_used", Long.toString(r.daysUsed()));
        out.put("paid_minor", Long.toString(r.paidMinor()));
        out.put("used_minor", Long.toString(r.usedMinor()));
        out.put("credit_minor", Long.toString(r.creditMinor()));
        out.put("new_charge_minor", Long.toString(r.newChargeMinor()));
        out.put("net_minor", Long.toString(r.netMinor()));
        out.put("window", r.window().name());
        out.put("credit_display", r.creditDisplay());
        out.put("net_display", r.netDisplay());
        out.put("cancel_date_display", r.cancelDateDisplay());
        return out;
    }

    /** The table with every row's output columns recomputed; header, other columns and quoting rules kept. */
    public static String recompute(String csv) throws CsvException {
        List<List<String>> rows = parse(csv);
        if (rows.isEmpty()) throw new CsvException("the table is empty: it needs a header row");
        List<String> header = rows.get(0);
        StringBuilder out = new StringBuilder(csv.length() + 256);
        write(header, out);
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.size() != header.size()) {
                throw new CsvException("row " + (i + 1) + " has " + cells.size() + " cells; the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) row.put(header.get(c), cells.get(c));
            row.putAll(outputs(Proration.compute(input(row))));
            List<String> written = new ArrayList<>();
            for (String h : header) written.add(row.get(h));
            write(written, out);
        }
        return out.toString();
    }

    /** RFC 4180: records of fields, quoted fields with commas, line breaks and doubled quotes. */
    static List<List<String>> parse(String csv) throws CsvException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int line = 1;
        boolean any = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.length() == 0) {
                int j = i + 1;
                while (true) {
                    if (j >= csv.length()) throw new CsvException("line " + line + ": a quoted field is not closed");
                    char q = csv.charAt(j);
                    if (q == '"') {
                        if (j + 1 < csv.length() && csv.charAt(j + 1) == '"') {
                            field.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (q == '\n') line++;
                    field.append(q);
                    j++;
                }
                i = j + 1;
                any = true;
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\n' && csv.charAt(i) != '\r') {
                    throw new CsvException("line " + line + ": text after a closing quote");
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
                any = true;
            } else if (c == '\n' || c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
                i += c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
            } else {
                field.append(c);
                i++;
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static void write(List<String> cells, StringBuilder out) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String v = cells.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }

    private static String get(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v;
    }
}
