/**
 * Proration calculator: the browser half of ../shared/calculator/SPEC.md.
 *
 * A plain ES module without dependencies and without side effects at import time (no DOM, no
 * network, no dynamic code), so Node and a page under a strict Content-Security-Policy can both
 * import it. {@link prorate} takes and returns objects keyed by the column names of
 * `vectors.csv`, all values strings, and must agree byte for byte with the Java core
 * (`dev.tolk.proration`).
 *
 * Money is held in integer minor units as `BigInt`; dates are calendar dates counted in epoch
 * days from `Date.UTC`, never local time.
 *
 * @module proration
 */

const NBSP = "\u00A0";
const MS_PER_DAY = 86400000;
const MAX_PRICE_MINOR = 99999999999n;
const MAX_QTY = 10000;
const MAX_PERIOD_DAYS = 1096;
const PRICE_PATTERN = /^[0-9]{1,12}(\.[0-9]{1,12})?$/;
const QTY_PATTERN = /^[0-9]{1,6}$/;
const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const FALLBACK_LOCALE = "en-US";

/** Input column names of `vectors.csv`, in CSV order. */
export const INPUT_COLUMNS = Object.freeze([
  "locale", "currency", "price", "qty", "period_start", "period_end", "cancel_date",
  "charge_cancel_day", "switch_mode", "new_price", "new_qty",
]);

/** Output column names of `vectors.csv`, in CSV order. */
export const OUTPUT_COLUMNS = Object.freeze([
  "error", "error_field", "price_minor", "days_in_period", "days_used", "paid_minor",
  "used_minor", "credit_minor", "new_charge_minor", "net_minor", "window", "credit_display",
  "net_display", "cancel_date_display",
]);

/**
 * Minor-unit exponent per accepted ISO 4217 code (SPEC §6, pinned; not read from `Intl`).
 * @type {Readonly<Record<string, number>>}
 */
export const MINOR_UNITS = Object.freeze({
  EUR: 2, JPY: 0, SAR: 2, CNY: 2, USD: 2, ILS: 2, THB: 2, KWD: 3, BHD: 3, KRW: 0, GBP: 2,
});

/**
 * @typedef {object} Profile
 * @property {"latn"|"arab"} digits  Latin digits or Arabic-Indic U+0660–U+0669
 * @property {string} decimal        decimal separator
 * @property {string} group          thousands separator
 * @property {"prefix"|"suffix"} code where the ISO code goes (joined with U+00A0)
 * @property {string} date           numeric date pattern of `yyyy`, `MM`, `dd`
 */

/** @returns {Readonly<Profile>} */
function profile(digits, decimal, group, code, date) {
  return Object.freeze({ digits, decimal, group, code, date });
}

/**
 * Display profiles per locale (SPEC §7, a byte-identical contract).
 * @type {Readonly<Record<string, Readonly<Profile>>>}
 */
export const PROFILES = Object.freeze({
  "nl-NL": profile("latn", ",", ".", "prefix", "dd-MM-yyyy"),
  "de-DE": profile("latn", ",", ".", "suffix", "dd.MM.yyyy"),
  "fr-FR": profile("latn", ",", "\u202F", "suffix", "dd/MM/yyyy"),
  "ja-JP": profile("latn", ".", ",", "prefix", "yyyy/MM/dd"),
  "ar-SA": profile("arab", "\u066B", "\u066C", "suffix", "dd/MM/yyyy"),
  "zh-CN": profile("latn", ".", ",", "prefix", "yyyy/MM/dd"),
  "en-US": profile("latn", ".", ",", "prefix", "MM/dd/yyyy"),
  "he-IL": profile("latn", ".", ",", "suffix", "dd.MM.yyyy"),
  "th-TH": profile("latn", ".", ",", "prefix", "dd/MM/yyyy"),
});

/**
 * The profile of a locale; an unknown (or missing) locale gets en-US's. Matching is exact,
 * as in the Java core. A profile itself (an object) is taken as it is: the form of a locale
 * without one in the table reads and shows amounts its language's way (`data-profile`), while
 * {@link prorate} keeps the contract's.
 * @param {string|Profile} locale
 * @returns {Readonly<Profile>}
 */
function profileOf(locale) {
  if (locale !== null && typeof locale === "object") return locale;
  return Object.prototype.hasOwnProperty.call(PROFILES, locale) ? PROFILES[locale] : PROFILES[FALLBACK_LOCALE];
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** @returns {boolean} whether `year` is a Gregorian leap year */
function isLeap(year) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @returns {number} days in `month` (1–12) of `year` */
function daysInMonth(year, month) {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Parses `YYYY-MM-DD` into numbers if the text has that shape and names an existing date
 * (any year 0000–9999; the 2000–2099 range is checked by validation).
 * @param {string} text
 * @returns {{year: number, month: number, day: number} | null}
 */
function parseIsoDate(text) {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** @returns {number} days since 1970-01-01 of a calendar date (years ≥ 100) */
function epochDay({ year, month, day }) {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** @returns {string} the date as `YYYY-MM-DD` */
function isoDate(year, month, day) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Adds whole months to a date, clamping the day to the end of the target month:
 * 2024-01-31 + 1 → 2024-02-29, 2024-02-29 + 12 → 2025-02-28. Used to prefill `period_end`
 * (the admin confirms it from the invoice).
 * @param {string} date `YYYY-MM-DD`
 * @param {number} months whole months, may be negative
 * @returns {string} `YYYY-MM-DD`, or "" when `date` is not a valid date or the result leaves years 0000–9999
 */
export function addMonths(date, months) {
  const d = parseIsoDate(String(date ?? ""));
  const n = Number(months);
  if (!d || !Number.isInteger(n)) return "";
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) return "";
  return isoDate(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/**
 * Today's date in UTC, the default `cancel_date`.
 * @returns {string} `YYYY-MM-DD`
 */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Display (SPEC §7)
// ---------------------------------------------------------------------------------------------

/** @returns {string} ASCII digits replaced by the profile's digits */
function localDigits(text, p) {
  if (p.digits !== "arab") return text;
  return text.replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + c.charCodeAt(0) - 0x30));
}

/** @returns {string} ASCII digit string grouped by threes from the right */
function groupDigits(digits, group) {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += group;
    out += digits[i];
  }
  return out;
}

/**
 * Formats an amount in minor units: absolute value (no sign; labels say "Credit" or "Amount
 * due"), grouped integer, zero-padded fraction, ISO code joined by U+00A0 per the profile.
 * No bidi controls: templates wrap amounts in `<bdi>`.
 * @param {bigint|string|number} minor integer amount in minor units, e.g. `-6250n` or "-6250"
 * @param {string} currency ISO code from {@link MINOR_UNITS}
 * @param {string} locale display profile; unknown falls back to en-US
 * @returns {string} e.g. "EUR 62,50" (nl-NL), "78,04 EUR" (de-DE)
 * @throws {RangeError} for a currency not in {@link MINOR_UNITS}
 */
export function formatAmount(minor, currency, locale) {
  if (!Object.prototype.hasOwnProperty.call(MINOR_UNITS, currency)) {
    throw new RangeError(`unsupported currency: ${currency}`);
  }
  const exponent = MINOR_UNITS[currency];
  const p = profileOf(locale);
  const value = BigInt(minor);
  const abs = value < 0n ? -value : value;
  const digits = abs.toString().padStart(exponent + 1, "0");
  const integer = digits.slice(0, digits.length - exponent);
  let number = groupDigits(integer, p.group);
  if (exponent > 0) number += p.decimal + digits.slice(digits.length - exponent);
  number = localDigits(number, p);
  return p.code === "prefix" ? currency + NBSP + number : number + NBSP + currency;
}

/**
 * Formats a count (days) in the profile's digits, as amounts are: "15" is "١٥" in ar-SA.
 * @param {number|string} n a non-negative integer
 * @param {string} locale display profile; unknown falls back to en-US
 * @returns {string}
 */
export function formatCount(n, locale) {
  return localDigits(String(n), profileOf(locale));
}

/**
 * Formats a calendar date in the profile's numeric Gregorian pattern (not CLDR's).
 * @param {string} iso `YYYY-MM-DD`
 * @param {string} locale display profile; unknown falls back to en-US
 * @returns {string} e.g. "16-06-2024" (nl-NL), "06/16/2024" (en-US); `iso` unchanged if not a date
 */
export function formatDate(iso, locale) {
  const d = parseIsoDate(String(iso ?? ""));
  if (!d) return String(iso ?? "");
  const p = profileOf(locale);
  const parts = {
    yyyy: String(d.year).padStart(4, "0"),
    MM: String(d.month).padStart(2, "0"),
    dd: String(d.day).padStart(2, "0"),
  };
  return localDigits(p.date.replace(/yyyy|MM|dd/g, (token) => parts[token]), p);
}

// ---------------------------------------------------------------------------------------------
// Price typed by a user
// ---------------------------------------------------------------------------------------------

/** @returns {string} Arabic-Indic, Extended Arabic-Indic and fullwidth digits as ASCII */
function asciiDigits(text) {
  return text
    .replace(/[\u0660-\u0669]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0660 + 0x30))
    .replace(/[\u06F0-\u06F9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x06f0 + 0x30))
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0E/g, ".")
    .replace(/\uFF0C/g, ",");
}

/**
 * Separators a user may type in a locale: the profile's own, plus the spaces people type for
 * a space-like group separator (fr-FR's U+202F), `'` for Swiss `’`, and ASCII `.`/`,` for ar-SA.
 * @returns {{decimals: string[], groups: string[]}}
 */
function inputSeparators(p) {
  const decimals = [p.decimal];
  const groups = [p.group];
  // a space of any width groups where the profile's does (fr-FR's U+202F, Polish or Swedish U+00A0)
  if (p.group === "\u202F" || p.group === NBSP) groups.push(...[" ", NBSP, "\u202F"].filter((c) => c !== p.group));
  if (p.group === "\u2019") groups.push("'");
  if (p.decimal === "\u066B") {
    decimals.push(".");
    groups.push(",");
  }
  return { decimals, groups };
}

/** @returns {string|null} the integer part without grouping, or null if the grouping is wrong */
function ungroup(integer, groups) {
  const chunks = [];
  let chunk = "";
  for (const c of integer) {
    if (groups.includes(c)) {
      chunks.push(chunk);
      chunk = "";
    } else {
      chunk += c;
    }
  }
  chunks.push(chunk);
  if (!/^[0-9]+$/.test(chunks[0]) || (chunks.length > 1 && chunks[0].length > 3)) return null;
  if (!chunks.slice(1).every((c) => /^[0-9]{3}$/.test(c))) return null;
  return chunks.join("");
}

/**
 * Converts a price as typed in a locale ("12,50" in nl-NL, "1.234,5" in de-DE, "١٢٫٥٠" in
 * ar-SA) to the canonical string of SPEC §1 ("12.50", "1234.5") by text manipulation only,
 * never by parsing to a floating-point number. Grouping is optional but, when present, must
 * be by threes. Text that cannot be read this way is returned unchanged, so that validation
 * reports it (e.g. a leading "-" gives `E_PRICE_NEGATIVE`).
 * @param {string} text
 * @param {string} locale
 * @returns {string}
 */
/**
 * A quantity as typed, canonical: trimmed, its digits of any script (Arabic-Indic, Persian, full width) as ASCII.
 * @param {string} text
 * @returns {string}
 */
export function canonicalQuantity(text) {
  return asciiDigits(String(text ?? "").trim());
}

export function canonicalPrice(text, locale) {
  const original = String(text ?? "");
  const s = asciiDigits(original.trim());
  const { decimals, groups } = inputSeparators(profileOf(locale));
  const at = [...s].flatMap((c, i) => (decimals.includes(c) ? [i] : []));
  if (at.length > 1) return original;
  const integer = at.length ? s.slice(0, at[0]) : s;
  const fraction = at.length ? s.slice(at[0] + 1) : null;
  if (fraction !== null && !/^[0-9]+$/.test(fraction)) return original;
  const digits = ungroup(integer, groups);
  if (digits === null) return original;
  return fraction === null ? digits : `${digits}.${fraction}`;
}

// ---------------------------------------------------------------------------------------------
// Validation (SPEC §2)
// ---------------------------------------------------------------------------------------------

/** A validation failure: the `E_…` code and the input column it is about. */
class Invalid extends Error {
  /** @param {string} code @param {string} field */
  constructor(code, field) {
    super(`${code} (${field})`);
    this.code = code;
    this.field = field;
  }
}

/** @returns {number} the currency's exponent, or throws E_CURRENCY */
function checkCurrency(code) {
  if (!Object.prototype.hasOwnProperty.call(MINOR_UNITS, code)) throw new Invalid("E_CURRENCY", "currency");
  return MINOR_UNITS[code];
}

/**
 * A canonical price in minor units: sign, shape, precision, then range.
 * @returns {bigint}
 */
function checkPrice(text, exponent, field) {
  if (text.startsWith("-")) throw new Invalid("E_PRICE_NEGATIVE", field);
  if (!PRICE_PATTERN.test(text)) throw new Invalid("E_PRICE_FORMAT", field);
  const [integer, fraction = ""] = text.split(".");
  if (fraction.length > exponent) throw new Invalid("E_PRICE_PRECISION", field);
  const minor = BigInt(integer + fraction.padEnd(exponent, "0"));
  if (minor > MAX_PRICE_MINOR) throw new Invalid("E_PRICE_RANGE", field);
  return minor;
}

/** @returns {bigint} a quantity of 1–6 ASCII digits with value 1–10 000 */
function checkQty(text, field) {
  const value = QTY_PATTERN.test(text) ? Number(text) : 0;
  if (value < 1 || value > MAX_QTY) throw new Invalid("E_QTY", field);
  return BigInt(value);
}

/** @returns {number} epoch day of an existing `YYYY-MM-DD` date in 2000–2099 */
function checkDate(text, field) {
  const d = parseIsoDate(text);
  if (!d || d.year < 2000 || d.year > 2099) throw new Invalid("E_DATE", field);
  return epochDay(d);
}

/**
 * Validates the inputs in SPEC §2 order; the first failure throws {@link Invalid}.
 * @param {Record<string, string>} f the input columns as strings
 * @returns {{exponent: number, price: bigint, qty: bigint, start: number, end: number,
 *   cancel: number, mode: string, newPrice: bigint, newQty: bigint}}
 */
function validate(f) {
  const exponent = checkCurrency(f.currency);
  const price = checkPrice(f.price, exponent, "price");
  const qty = checkQty(f.qty, "qty");
  const start = checkDate(f.period_start, "period_start");
  const end = checkDate(f.period_end, "period_end");
  const cancel = checkDate(f.cancel_date, "cancel_date");
  if (end <= start) throw new Invalid("E_PERIOD_ORDER", "period_end");
  if (end - start > MAX_PERIOD_DAYS) throw new Invalid("E_PERIOD_LENGTH", "period_end");
  if (cancel < start) throw new Invalid("E_CANCEL_BEFORE_START", "cancel_date");
  if (cancel > end) throw new Invalid("E_CANCEL_AFTER_END", "cancel_date");
  const mode = f.switch_mode === "" ? "none" : f.switch_mode;
  if (mode === "none") return { exponent, price, qty, start, end, cancel, mode, newPrice: 0n, newQty: 0n };
  if (mode !== "newterm" && mode !== "coterm") throw new Invalid("E_SWITCH", "switch_mode");
  const newPrice = checkPrice(f.new_price, exponent, "new_price");
  const newQty = checkQty(f.new_qty, "new_qty");
  return { exponent, price, qty, start, end, cancel, mode, newPrice, newQty };
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (SPEC §3–§5)
// ---------------------------------------------------------------------------------------------

/**
 * amount × r ÷ d rounded half up: ⌊(2·amount·r + d) ÷ (2·d)⌋ (all operands ≥ 0).
 * @param {bigint} amount @param {bigint} r @param {bigint} d
 * @returns {bigint}
 */
function halfUp(amount, r, d) {
  return (2n * amount * r + d) / (2n * d);
}

/** @returns {"WITHIN"|"BOUNDARY"|"OUTSIDE"} the seven-day window for x = cancel − start */
function windowOf(x) {
  if (x <= 6) return "WITHIN";
  return x === 7 ? "BOUNDARY" : "OUTSIDE";
}

/** @returns {Record<string, string>} every output column empty except the error */
function failure(code, field) {
  const out = Object.fromEntries(OUTPUT_COLUMNS.map((c) => [c, ""]));
  out.error = code;
  out.error_field = field;
  return out;
}

/** @returns {Record<string, string>} the input columns as strings ("" when missing) */
function normalize(input) {
  const src = input ?? {};
  return Object.fromEntries(INPUT_COLUMNS.map((c) => [c, src[c] == null ? "" : String(src[c])]));
}

/**
 * Computes the figures of validated inputs.
 * @returns {Record<string, string>} the output columns
 */
function compute(v, f) {
  const d = v.end - v.start;
  const x = v.cancel - v.start;
  // ASCII blanks only around it, as the Java core reads it (trim() and strip() differ on others)
  const k = f.charge_cancel_day.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "") === "1" ? 1 : 0;
  const used = Math.min(d, x + k);
  const [D, R] = [BigInt(d), BigInt(d - used)];
  const paid = v.price * v.qty;
  const credit = halfUp(paid, R, D);
  const newTotal = v.newPrice * v.newQty;
  const charge = { none: 0n, newterm: newTotal, coterm: halfUp(newTotal, R, D) }[v.mode];
  const net = charge - credit;
  const currency = f.currency;
  return {
    error: "", error_field: "",
    price_minor: String(v.price), days_in_period: String(d), days_used: String(used),
    paid_minor: String(paid), used_minor: String(paid - credit), credit_minor: String(credit),
    new_charge_minor: String(charge), net_minor: String(net), window: windowOf(x),
    credit_display: formatAmount(credit, currency, f.locale),
    net_display: formatAmount(net, currency, f.locale),
    cancel_date_display: formatDate(f.cancel_date, f.locale),
  };
}

/**
 * The calculator: validates (SPEC §2, first failure wins) and prorates (§3–§5), returning
 * displays per §7. Input and output use the column names of `vectors.csv`; all values are
 * strings exactly as the CSV writes them. On a failure only `error` and `error_field` are
 * filled; on success those two are empty and every other column is filled (`net_display` shows
 * |net|; `new_charge_minor` is "0" for `none`).
 * @param {Record<string, string>} input keys of {@link INPUT_COLUMNS}; empty
 *   `charge_cancel_day` means 0, empty `switch_mode` means `none`
 * @returns {Record<string, string>} keys of {@link OUTPUT_COLUMNS}, in that order
 */
export function prorate(input) {
  const f = normalize(input);
  try {
    return compute(validate(f), f);
  } catch (e) {
    if (e instanceof Invalid) return failure(e.code, e.field);
    throw e;
  }
}
