// Tests of the proration widget module against ../shared/calculator/vectors.csv and SPEC.md.
//
//   node --test src/test/js/
//
// TOLK_VECTORS       path of vectors.csv (default: ../shared/calculator/vectors.csv from the repo root)
// TOLK_PRORATION_JS  path of the module under test (default: templates/assets/proration.js)
// Relative paths in these variables are resolved against the current directory.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const VECTORS = process.env.TOLK_VECTORS
  ? path.resolve(process.env.TOLK_VECTORS)
  : path.resolve(REPO_ROOT, "../shared/calculator/vectors.csv");
const MODULE = process.env.TOLK_PRORATION_JS
  ? path.resolve(process.env.TOLK_PRORATION_JS)
  : path.resolve(REPO_ROOT, "templates/assets/proration.js");

const m = await import(pathToFileURL(MODULE).href);
const { prorate, canonicalPrice, canonicalQuantity, addMonths, todayUtc, formatAmount, formatCount, formatDate, PROFILES, MINOR_UNITS } = m;

const INPUTS = [
  "locale", "currency", "price", "qty", "period_start", "period_end", "cancel_date",
  "charge_cancel_day", "switch_mode", "new_price", "new_qty",
];
const OUTPUTS = [
  "error", "error_field", "price_minor", "days_in_period", "days_used", "paid_minor",
  "used_minor", "credit_minor", "new_charge_minor", "net_minor", "window", "credit_display",
  "net_display", "cancel_date_display",
];
const NBSP = "\u00A0";

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF; a quoted field may hold commas,
 * line breaks and doubled quotes. A final line break does not start a record.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let i = 0;
  const endField = () => { row.push(field); field = ""; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === "") {
      const close = readQuoted(text, i + 1);
      field = close.value;
      i = close.next;
      continue;
    }
    if (c === ",") endField();
    else if (c === "\n") endRow();
    else if (c === "\r" && text[i + 1] === "\n") { endRow(); i++; }
    else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** Reads a quoted field starting after its opening quote; returns its value and the next index. */
function readQuoted(text, start) {
  let value = "";
  let i = start;
  for (;;) {
    if (i >= text.length) throw new Error("unterminated quoted field");
    if (text[i] === '"') {
      if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
      return { value, next: i + 1 };
    }
    value += text[i++];
  }
}

/** @returns {Record<string, string>[]} the CSV records keyed by the header row */
function readVectors(file) {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  return rows.map((r, n) => {
    assert.equal(r.length, header.length, `row ${n + 2} has ${r.length} fields, header ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}

/** Asserts every expected column with a message naming it. */
function assertColumns(actual, expected, label) {
  for (const [column, want] of Object.entries(expected)) {
    assert.strictEqual(actual[column], want, `${label}: column ${column}`);
  }
}

const pick = (obj, keys) => Object.fromEntries(keys.map((k) => [k, obj[k]]));

// ----- CSV parser --------------------------------------------------------------------------

test("parseCsv: quoted commas, doubled quotes, CRLF, empty fields", () => {
  assert.deepStrictEqual(parseCsv('a,"b,c","say ""hi""",\r\n"",x\n'), [
    ["a", "b,c", 'say "hi"', ""],
    ["", "x"],
  ]);
  assert.deepStrictEqual(parseCsv('"line\nbreak",2'), [["line\nbreak", "2"]]);
});

// ----- vectors.csv -------------------------------------------------------------------------

const vectors = readVectors(VECTORS);

test("vectors.csv has the input and output columns", () => {
  assert.ok(vectors.length > 0, "no rows");
  for (const c of ["id", "case", ...INPUTS, ...OUTPUTS]) assert.ok(c in vectors[0], `missing column ${c}`);
});

for (const row of vectors) {
  test(`${row.id} ${row.case}`, () => {
    const out = prorate(pick(row, INPUTS));
    const outputColumns = Object.keys(row).filter((c) => c !== "id" && c !== "case" && !INPUTS.includes(c));
    assertColumns(out, pick(row, outputColumns), row.id);
  });
}

test("prorate returns exactly the output columns, as strings", () => {
  const out = prorate(pick(vectors[0], INPUTS));
  assert.deepStrictEqual(Object.keys(out), OUTPUTS);
  for (const v of Object.values(out)) assert.strictEqual(typeof v, "string");
});

// ----- extra cases from the SPEC rules (computed by hand) ----------------------------------

const BASE = {
  locale: "en-US", currency: "USD", price: "12.50", qty: "1", period_start: "2024-06-01",
  period_end: "2024-07-01", cancel_date: "2024-06-16", charge_cancel_day: "0", switch_mode: "none",
  new_price: "", new_qty: "",
};

/** Full expected output of a failure: only error and error_field are filled. */
function err(code, field) {
  return Object.fromEntries(OUTPUTS.map((c) => [c, c === "error" ? code : c === "error_field" ? field : ""]));
}

/** Full expected output of a success from the figures (numbers as strings). */
function ok(f) {
  return { error: "", error_field: "", ...f };
}

function check(name, overrides, expected) {
  test(name, () => assertColumns(prorate({ ...BASE, ...overrides }), expected, name));
}

// Leap-year annual term: D = 366, x = 31 (Jan) + 29 (Feb) = 60 = U, R = 306, T = 12000.
// credit = ⌊(2·12000·306 + 366) / 732⌋ = ⌊7344366 / 732⌋ = 10033 (remainder 210); used = 1967.
check("X01 leap-year annual period", {
  price: "120.00", period_start: "2024-01-01", period_end: "2025-01-01", cancel_date: "2024-03-01",
}, ok({
  price_minor: "12000", days_in_period: "366", days_used: "60", paid_minor: "12000", used_minor: "1967",
  credit_minor: "10033", new_charge_minor: "0", net_minor: "-10033", window: "OUTSIDE",
  credit_display: `USD${NBSP}100.33`, net_display: `USD${NBSP}100.33`, cancel_date_display: "03/01/2024",
}));

// KRW has 0 decimals; ko-KR has no profile, so en-US display. D = 30, x = U = 10, R = 20,
// T = 15000·3 = 45000; credit = ⌊(2·45000·20 + 30) / 60⌋ = ⌊1800030 / 60⌋ = 30000; used = 15000.
check("X02 KRW 0 decimals; unknown locale falls back to en-US", {
  locale: "ko-KR", currency: "KRW", price: "15000", qty: "3", cancel_date: "2024-06-11",
}, ok({
  price_minor: "15000", days_in_period: "30", days_used: "10", paid_minor: "45000", used_minor: "15000",
  credit_minor: "30000", new_charge_minor: "0", net_minor: "-30000", window: "OUTSIDE",
  credit_display: `KRW${NBSP}30,000`, net_display: `KRW${NBSP}30,000`, cancel_date_display: "06/11/2024",
}));

// BHD 3 decimals, he-IL (suffix, "." decimal). D = 31 (Jan 15 → Feb 15), x = 7 (BOUNDARY),
// k = 1 so U = 8, R = 23; T = 1250·7 = 8750; credit = ⌊(2·8750·23 + 31) / 62⌋ = ⌊402531 / 62⌋
// = 6492 (remainder 27); used = 2258.
check("X03 BHD 3 decimals, he-IL, day 7 boundary with k=1", {
  locale: "he-IL", currency: "BHD", price: "1.250", qty: "7", period_start: "2025-01-15",
  period_end: "2025-02-15", cancel_date: "2025-01-22", charge_cancel_day: "1",
}, ok({
  price_minor: "1250", days_in_period: "31", days_used: "8", paid_minor: "8750", used_minor: "2258",
  credit_minor: "6492", new_charge_minor: "0", net_minor: "-6492", window: "BOUNDARY",
  credit_display: `6.492${NBSP}BHD`, net_display: `6.492${NBSP}BHD`, cancel_date_display: "22.01.2025",
}));

// th-TH, leap February: D = 29, x = U = 8 (OUTSIDE), R = 21; T = 123456·100 = 12345600;
// credit = ⌊(2·12345600·21 + 29) / 58⌋ = ⌊518515229 / 58⌋ = 8939917 (remainder 43); used = 3405683.
check("X04 THB th-TH, leap February, day 8 outside", {
  locale: "th-TH", currency: "THB", price: "1234.56", qty: "100", period_start: "2024-02-01",
  period_end: "2024-03-01", cancel_date: "2024-02-09",
}, ok({
  price_minor: "123456", days_in_period: "29", days_used: "8", paid_minor: "12345600",
  used_minor: "3405683", credit_minor: "8939917", new_charge_minor: "0", net_minor: "-8939917",
  window: "OUTSIDE", credit_display: `THB${NBSP}89,399.17`, net_display: `THB${NBSP}89,399.17`,
  cancel_date_display: "09/02/2024",
}));

// Overflow safety: max price 99 999 999 999 minor × max qty 10 000, D = 1096 (2024-01-01 →
// 2027-01-01: 366 + 365 + 365, exactly the limit), cancel 2026-09-27: x = U = 1000, R = 96.
// T = 999 999 999 990 000; credit = ⌊(2·T·96 + 1096) / 2192⌋ = ⌊191999999998081096 / 2192⌋
// = 87 591 240 875 036 (remainder 2184; Number arithmetic gives …037); used = T − credit
// = 912 408 759 114 964. newterm: new = T, net = T − credit = 912 408 759 114 964.
const MAX = {
  price: "999999999.99", qty: "10000", period_start: "2024-01-01", period_end: "2027-01-01",
  cancel_date: "2026-09-27", new_price: "999999999.99", new_qty: "10000",
};
const MAX_COMMON = {
  price_minor: "99999999999", days_in_period: "1096", days_used: "1000", paid_minor: "999999999990000",
  used_minor: "912408759114964", credit_minor: "87591240875036", window: "OUTSIDE",
  credit_display: `USD${NBSP}875,912,408,750.36`, cancel_date_display: "09/27/2026",
};
check("X05 max price × max qty, 1096-day period, newterm", { ...MAX, switch_mode: "newterm" }, ok({
  ...MAX_COMMON, new_charge_minor: "999999999990000", net_minor: "912408759114964",
  net_display: `USD${NBSP}9,124,087,591,149.64`,
}));
// coterm: new = ⌊(2·T·96 + 1096) / 2192⌋ = the same 87 591 240 875 036, so net = 0.
check("X06 max price × max qty, coterm nets to zero", { ...MAX, switch_mode: "coterm" }, ok({
  ...MAX_COMMON, new_charge_minor: "87591240875036", net_minor: "0", net_display: `USD${NBSP}0.00`,
}));

// Ties: T = 1, D = 30, R = 15: credit = ⌊(2·1·15 + 30) / 60⌋ = 1 (0.5 up: customer);
// coterm new = ⌊(2·3·15 + 30) / 60⌋ = ⌊120 / 60⌋ = 2 (1.5 up: seller); net = 2 − 1 = 1.
check("X07 coterm rounding ties favour customer (credit) and seller (charge)", {
  price: "0.01", switch_mode: "coterm", new_price: "0.03", new_qty: "1",
}, ok({
  price_minor: "1", days_in_period: "30", days_used: "15", paid_minor: "1", used_minor: "0",
  credit_minor: "1", new_charge_minor: "2", net_minor: "1", window: "OUTSIDE",
  credit_display: `USD${NBSP}0.01`, net_display: `USD${NBSP}0.01`, cancel_date_display: "06/16/2024",
}));

// ar-SA grouping: P = 12345670, T = 12345670·10 = 123456700 (1 234 567.00 SAR); cancel on the first day, k = 0:
// U = 0, R = D = 31, credit = ⌊(2·T·31 + 31) / 62⌋ = T.
check("X08 SAR ar-SA grouped Arabic-Indic amount and date", {
  locale: "ar-SA", currency: "SAR", price: "123456.70", qty: "10", period_start: "2024-12-31",
  period_end: "2025-01-31", cancel_date: "2024-12-31",
}, ok({
  price_minor: "12345670", days_in_period: "31", days_used: "0", paid_minor: "123456700",
  used_minor: "0", credit_minor: "123456700", new_charge_minor: "0", net_minor: "-123456700",
  window: "WITHIN", credit_display: `١٬٢٣٤٬٥٦٧٫٠٠${NBSP}SAR`, net_display: `١٬٢٣٤٬٥٦٧٫٠٠${NBSP}SAR`,
  cancel_date_display: "٣١/١٢/٢٠٢٤",
}));

// fr-FR groups with U+202F: T = 123456, cancel on the first day: credit = T.
check("X09 fr-FR narrow no-break space grouping", {
  locale: "fr-FR", currency: "EUR", price: "1234.56", cancel_date: "2024-06-01",
}, ok({
  price_minor: "123456", days_in_period: "30", days_used: "0", paid_minor: "123456", used_minor: "0",
  credit_minor: "123456", new_charge_minor: "0", net_minor: "-123456", window: "WITHIN",
  credit_display: `1\u202F234,56${NBSP}EUR`, net_display: `1\u202F234,56${NBSP}EUR`,
  cancel_date_display: "01/06/2024",
}));

// Cancel on the renewal date with k = 1: U = min(30, 30 + 1) = 30, R = 0, credit 0.
check("X10 cancel = end with k=1 clamps days used to D", {
  cancel_date: "2024-07-01", charge_cancel_day: "1",
}, ok({
  price_minor: "1250", days_in_period: "30", days_used: "30", paid_minor: "1250", used_minor: "1250",
  credit_minor: "0", new_charge_minor: "0", net_minor: "0", window: "OUTSIDE",
  credit_display: `USD${NBSP}0.00`, net_display: `USD${NBSP}0.00`, cancel_date_display: "07/01/2024",
}));

// Empty charge_cancel_day = 0 and empty switch_mode = none: same as V01-like defaults.
// T = 1250, D = 30, U = 15, R = 15: credit = ⌊(2·1250·15 + 30) / 60⌋ = ⌊37530 / 60⌋ = 625.
check("X11 empty charge_cancel_day and switch_mode mean 0 and none", {
  charge_cancel_day: "", switch_mode: "",
}, ok({
  price_minor: "1250", days_in_period: "30", days_used: "15", paid_minor: "1250", used_minor: "625",
  credit_minor: "625", new_charge_minor: "0", net_minor: "-625", window: "OUTSIDE",
  credit_display: `USD${NBSP}6.25`, net_display: `USD${NBSP}6.25`, cancel_date_display: "06/16/2024",
}));

// Windows: x = cancel − start (k does not count): 6 → WITHIN, 7 → BOUNDARY, 8 → OUTSIDE.
for (const [day, k, expected] of [["07", "1", "WITHIN"], ["08", "0", "BOUNDARY"], ["08", "1", "BOUNDARY"], ["09", "0", "OUTSIDE"]]) {
  test(`X12 window for cancel 2024-06-${day}, k=${k}: ${expected}`, () => {
    const out = prorate({ ...BASE, cancel_date: `2024-06-${day}`, charge_cancel_day: k });
    assert.strictEqual(out.window, expected, "column window");
  });
}

// Price range boundary: at most 99 999 999 999 minor units, per currency exponent.
check("X13 EUR 999999999.99 is the largest price", { currency: "EUR", price: "999999999.99" },
  { error: "", price_minor: "99999999999" });
check("X14 EUR 1000000000.00 is out of range", { currency: "EUR", price: "1000000000.00" }, err("E_PRICE_RANGE", "price"));
check("X15 JPY 99999999999 is the largest price", { currency: "JPY", price: "99999999999" },
  { error: "", price_minor: "99999999999" });
check("X16 JPY 100000000000 is out of range", { currency: "JPY", price: "100000000000" }, err("E_PRICE_RANGE", "price"));
check("X17 KWD 100000000.000 is out of range", { currency: "KWD", price: "100000000.000" }, err("E_PRICE_RANGE", "price"));
check("X18 new_price out of range", {
  currency: "EUR", switch_mode: "coterm", new_price: "1000000000", new_qty: "1",
}, err("E_PRICE_RANGE", "new_price"));

// Price shape and precision.
for (const [price, code] of [
  ["12.500", "E_PRICE_PRECISION"], ["12.", "E_PRICE_FORMAT"], [".5", "E_PRICE_FORMAT"],
  ["+5", "E_PRICE_FORMAT"], [" 5", "E_PRICE_FORMAT"], ["1234567890123", "E_PRICE_FORMAT"],
  ["1.2.3", "E_PRICE_FORMAT"], ["", "E_PRICE_FORMAT"], ["-abc", "E_PRICE_NEGATIVE"], ["-0", "E_PRICE_NEGATIVE"],
  ["١٢٫٥٠", "E_PRICE_FORMAT"],
]) {
  check(`X19 price ${JSON.stringify(price)} → ${code}`, { price }, err(code, "price"));
}

// Quantity.
check("X20 qty with leading zeros is read as 10", { qty: "0010" }, { error: "", paid_minor: "12500" });
check("X21 qty 10000 accepted", { qty: "10000" }, { error: "", paid_minor: "12500000" });
for (const qty of ["0000010", "1e3", "", "-1", "1.0", "١"]) {
  check(`X22 qty ${JSON.stringify(qty)} → E_QTY`, { qty }, err("E_QTY", "qty"));
}

// Dates.
check("X23 nonexistent 2023-02-29", { period_start: "2023-02-29" }, err("E_DATE", "period_start"));
check("X24 unpadded month", { period_end: "2024-7-01" }, err("E_DATE", "period_end"));
check("X25 year 2100 is outside 2000–2099", { period_end: "2100-01-01" }, err("E_DATE", "period_end"));
check("X26 year 1999 is outside 2000–2099", { cancel_date: "1999-12-31" }, err("E_DATE", "cancel_date"));
check("X27 month 13", { cancel_date: "2024-13-01" }, err("E_DATE", "cancel_date"));
check("X28 end before start", { period_end: "2024-05-31" }, err("E_PERIOD_ORDER", "period_end"));
check("X29 1097-day period", { period_start: "2024-01-01", period_end: "2027-01-02", cancel_date: "2024-01-01" },
  err("E_PERIOD_LENGTH", "period_end"));

// Currency: exact ISO code, never inferred.
check("X30 lower-case currency", { currency: "eur" }, err("E_CURRENCY", "currency"));
check("X31 empty currency", { currency: "" }, err("E_CURRENCY", "currency"));

// Order: the first failure wins.
check("X32 currency before price", { currency: "XXX", price: "-1" }, err("E_CURRENCY", "currency"));
check("X33 price before qty", { price: "abc", qty: "0" }, err("E_PRICE_FORMAT", "price"));
check("X34 qty before dates", { qty: "0", period_start: "x" }, err("E_QTY", "qty"));
check("X35 start date before end date", { period_start: "x", period_end: "y" }, err("E_DATE", "period_start"));
check("X36 dates before period order", { period_end: "2024-05-01", cancel_date: "bad" }, err("E_DATE", "cancel_date"));
check("X37 period before cancel", { period_end: "2024-05-01", cancel_date: "2024-04-01" }, err("E_PERIOD_ORDER", "period_end"));
check("X38 cancel before switch", { cancel_date: "2024-05-01", switch_mode: "bogus" }, err("E_CANCEL_BEFORE_START", "cancel_date"));
check("X39 unknown switch mode", { switch_mode: "upgrade" }, err("E_SWITCH", "switch_mode"));
check("X40 switch mode is case-sensitive", { switch_mode: "NONE" }, err("E_SWITCH", "switch_mode"));
check("X41 switch before new_price", { switch_mode: "x", new_price: "-1" }, err("E_SWITCH", "switch_mode"));
check("X42 new_price before new_qty", { switch_mode: "newterm", new_price: "-1", new_qty: "0" }, err("E_PRICE_NEGATIVE", "new_price"));
check("X43 new_qty", { switch_mode: "coterm", new_price: "1.00", new_qty: "0" }, err("E_QTY", "new_qty"));
check("X44 new_price precision uses the currency exponent", {
  currency: "JPY", price: "100", switch_mode: "newterm", new_price: "1.5", new_qty: "1",
}, err("E_PRICE_PRECISION", "new_price"));
check("X45 none ignores new_price and new_qty", { new_price: "junk", new_qty: "0" }, { error: "", new_charge_minor: "0" });
test("X46 missing keys read as empty strings", () => {
  assertColumns(prorate({}), err("E_CURRENCY", "currency"), "X46");
  assertColumns(prorate(undefined), err("E_CURRENCY", "currency"), "X46");
});

// newterm: charge is the full new period, P₂·Q₂ = 999·2 = 1998 (no proration); credit as X11 = 625.
check("X47 newterm positive net", { switch_mode: "newterm", new_price: "9.99", new_qty: "2" }, {
  error: "", new_charge_minor: "1998", credit_minor: "625", net_minor: "1373", net_display: `USD${NBSP}13.73`,
});

// ----- helpers -----------------------------------------------------------------------------

test("addMonths clamps to the end of the month", () => {
  assert.strictEqual(addMonths("2024-01-31", 1), "2024-02-29");
  assert.strictEqual(addMonths("2023-01-31", 1), "2023-02-28");
  assert.strictEqual(addMonths("2024-02-29", 12), "2025-02-28");
  assert.strictEqual(addMonths("2024-03-31", 1), "2024-04-30");
  assert.strictEqual(addMonths("2024-12-15", 1), "2025-01-15");
  assert.strictEqual(addMonths("2024-03-31", -1), "2024-02-29");
  assert.strictEqual(addMonths("2024-02-30", 1), "");
  assert.strictEqual(addMonths("junk", 1), "");
});

test("canonicalPrice converts by text manipulation", () => {
  assert.strictEqual(canonicalPrice("12,50", "nl-NL"), "12.50");
  assert.strictEqual(canonicalPrice("1.234,5", "de-DE"), "1234.5");
  assert.strictEqual(canonicalPrice("12.50", "en-US"), "12.50");
  assert.strictEqual(canonicalPrice("١٢٫٥٠", "ar-SA"), "12.50");
  assert.strictEqual(canonicalPrice("١٬٢٣٤٫٥", "ar-SA"), "1234.5");
  assert.strictEqual(canonicalPrice("1,234.50", "en-US"), "1234.50");
  assert.strictEqual(canonicalPrice("1\u202F234,56", "fr-FR"), "1234.56");
  assert.strictEqual(canonicalPrice("1 234,56", "fr-FR"), "1234.56");
  assert.strictEqual(canonicalPrice(" 7,5 ", "de-DE"), "7.5");
  assert.strictEqual(canonicalPrice("１２．５０", "ja-JP"), "12.50");
  assert.strictEqual(canonicalPrice("12,50", "xx-XX"), "12,50", "en-US fallback: bad grouping left alone");
  // Unreadable text is returned unchanged so validation reports it.
  assert.strictEqual(canonicalPrice("-12,50", "nl-NL"), "-12,50");
  assert.strictEqual(canonicalPrice("12,5", "en-US"), "12,5");
  assert.strictEqual(canonicalPrice("1,2,3", "de-DE"), "1,2,3");
  assert.strictEqual(canonicalPrice("abc", "de-DE"), "abc");
  assert.strictEqual(canonicalPrice("", "de-DE"), "");
  // Text already canonical that is not valid local grouping stays as it is.
  assert.strictEqual(canonicalPrice("12.50", "nl-NL"), "12.50");
});

test("canonicalQuantity reads digits of any script, full width included", () => {
  assert.strictEqual(canonicalQuantity("３"), "3");
  assert.strictEqual(canonicalQuantity(" ١٠ "), "10");
  assert.strictEqual(canonicalQuantity("۱۲"), "12");
  assert.strictEqual(prorate({ ...BASE, qty: canonicalQuantity("１０") }).error, "");
});

// charge_cancel_day: ASCII blanks around it are read away, as in Java; other spaces and controls make it no "1".
for (const [k, used] of [["1", "16"], [" 1\t", "16"], ["\u00A01", "15"], ["\uFEFF1", "15"], ["\u001F1", "15"], ["2", "15"]]) {
  check(`X47 charge_cancel_day ${JSON.stringify(k)}`, { charge_cancel_day: k }, { days_used: used });
}

test("canonicalPrice output feeds prorate", () => {
  const price = canonicalPrice("1.234,5", "de-DE");
  assert.strictEqual(prorate({ ...BASE, currency: "EUR", price }).price_minor, "123450");
  assert.strictEqual(prorate({ ...BASE, price: canonicalPrice("-5", "en-US") }).error, "E_PRICE_NEGATIVE");
});

test("formatCount writes a count in the profile's digits", () => {
  assert.strictEqual(formatCount(15, "ar-SA"), "\u0661\u0665");
  assert.strictEqual(formatCount(30, "nl-NL"), "30");
  assert.strictEqual(formatCount(7, "xx-XX"), "7");
});

test("formatAmount and formatDate", () => {
  assert.strictEqual(formatAmount(-6250n, "EUR", "nl-NL"), `EUR${NBSP}62,50`);
  assert.strictEqual(formatAmount("-7804", "EUR", "de-DE"), `78,04${NBSP}EUR`);
  assert.strictEqual(formatAmount(5, "KWD", "en-US"), `KWD${NBSP}0.005`);
  assert.strictEqual(formatAmount("0", "KWD", "ar-SA"), `٠٫٠٠٠${NBSP}KWD`);
  assert.strictEqual(formatAmount(1234567n, "JPY", "ja-JP"), `JPY${NBSP}1,234,567`);
  assert.strictEqual(formatAmount(100000n, "GBP", "zz"), `GBP${NBSP}1,000.00`);
  assert.throws(() => formatAmount(1n, "XYZ", "en-US"), RangeError);
  assert.strictEqual(formatDate("2024-07-22", "ar-SA"), "٢٢/٠٧/٢٠٢٤");
  assert.strictEqual(formatDate("2024-02-29", "zh-CN"), "2024/02/29");
  assert.strictEqual(formatDate("2024-02-29", "he-IL"), "29.02.2024");
  assert.strictEqual(formatDate("2024-02-29", "th-TH"), "29/02/2024");
  assert.strictEqual(formatDate("2024-02-29", "unknown"), "02/29/2024");
});

test("a profile given as an object reads and shows amounts its way (a locale SPEC §7 has none for)", () => {
  // what the form of es-ES and pl-PL carries in data-profile (dev.tolk.proration.LocalConventions)
  const es = { digits: "latn", decimal: ",", group: ".", code: "suffix", date: "yyyy-MM-dd" };
  const pl = { digits: "latn", decimal: ",", group: NBSP, code: "suffix", date: "yyyy-MM-dd" };
  assert.strictEqual(canonicalPrice("12,50", es), "12.50");
  assert.strictEqual(canonicalPrice("1.234,50", es), "1234.50");
  assert.strictEqual(canonicalPrice("1 234,50", pl), "1234.50", "a plain space groups where U+00A0 does");
  assert.strictEqual(canonicalPrice(`1${NBSP}234,50`, pl), "1234.50");
  assert.strictEqual(canonicalPrice("1\u202F234,50", pl), "1234.50");
  assert.strictEqual(canonicalPrice("12,50", "es-ES"), "12,50", "the tag alone keeps the contract's en-US reading");
  assert.strictEqual(canonicalPrice("1’234.50", { ...es, decimal: ".", group: "\u2019" }), "1234.50");
  assert.strictEqual(canonicalPrice("1'234.50", { ...es, decimal: ".", group: "\u2019" }), "1234.50");
  assert.strictEqual(formatAmount(617250n, "EUR", es), `6.172,50${NBSP}EUR`);
  assert.strictEqual(formatAmount(617250n, "EUR", pl), `6${NBSP}172,50${NBSP}EUR`);
  assert.strictEqual(formatDate("2026-12-07", es), "2026-12-07");
  assert.strictEqual(formatCount(15, es), "15");
  // prorate() itself is the contract: an unknown locale displays en-US's way whatever the form shows
  assert.strictEqual(prorate({ ...BASE, locale: "es-ES", currency: "EUR", price: "1234.50" }).credit_display.startsWith("EUR"), true);
});

test("todayUtc is today's UTC date", () => {
  const before = new Date().toISOString().slice(0, 10);
  const today = todayUtc();
  const after = new Date().toISOString().slice(0, 10);
  assert.match(today, /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
  assert.ok(today === before || today === after);
});

test("PROFILES and MINOR_UNITS are frozen and pinned", () => {
  assert.ok(Object.isFrozen(PROFILES) && Object.isFrozen(MINOR_UNITS));
  for (const p of Object.values(PROFILES)) assert.ok(Object.isFrozen(p));
  assert.deepStrictEqual(Object.keys(PROFILES).sort(),
    ["ar-SA", "de-DE", "en-US", "fr-FR", "he-IL", "ja-JP", "nl-NL", "th-TH", "zh-CN"]);
  assert.deepStrictEqual({ ...MINOR_UNITS }, {
    EUR: 2, JPY: 0, SAR: 2, CNY: 2, USD: 2, ILS: 2, THB: 2, KWD: 3, BHD: 3, KRW: 0, GBP: 2,
  });
});

test("module source has no dynamic code and no imports", () => {
  const source = readFileSync(MODULE, "utf8");
  assert.ok(!source.includes("eval("), "contains eval(");
  assert.ok(!source.includes("new Function"), "contains new Function");
  assert.ok(!/^\s*import\s/m.test(source), "imports another module");
});
