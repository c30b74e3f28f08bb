/** Reading one raw cell as a date, an amount, a boolean or text, the way people actually type them in ledgers. */
import { isValidSerial, serialFromCalendar, serialFromDate, type SerialDate } from "../core/dates";
import type { RawCell } from "./ports";

/** True for an empty cell: null, undefined, or text that is only spaces. */
export function isBlankCell(value: RawCell): boolean {
  if (typeof value === "string") {
    // Most cells start with a visible ASCII character: decide without trimming (this runs for every cell).
    const c = value.charCodeAt(0);
    return !(c > 32 && c < 127) && value.trim() === "";
  }
  return value === null || value === undefined;
}

/** A cell as one short line of text, for data issues. */
export function shownCell(value: RawCell): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString().slice(0, 10)) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Text of a cell, trimmed; numbers as JavaScript writes them (ids typed as numbers stay usable). */
export function cellText(value: RawCell): string {
  if (typeof value === "string") {
    const first = value.charCodeAt(0), last = value.charCodeAt(value.length - 1);
    return first > 32 && first < 127 && last > 32 && last < 127 ? value : value.trim();
  }
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return shownCell(value);
  return String(value);
}

// ── Dates ──

/** How a text date of the form a/b/yyyy was read. */
export type DayMonthOrder = "dayFirst" | "monthFirst";

/** The result of reading a date cell: a serial, a text date whose day and month could be swapped, or nothing. */
export type DateReading =
  | { readonly kind: "date"; readonly serial: SerialDate }
  | { readonly kind: "ambiguous"; readonly dayFirst: SerialDate; readonly monthFirst: SerialDate }
  | { readonly kind: "invalid" }
  | { readonly kind: "blank" };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const ZH_YMD = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const AB_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s.*)?$/;
const D_MON_Y = /^(\d{1,2})[-\s/]([A-Za-z]{3,9})\.?[-\s/,]+(\d{4})$/;
const MON_D_Y = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const SERIAL_TEXT = /^\d{1,7}(\.\d+)?$/;

function fullYear(text: string): number {
  const y = Number(text);
  // Two-digit years are this century: ledgers do not hold 1926 invoices.
  return text.length === 2 ? 2000 + y : y;
}

function ymd(year: number, month: number, day: number): SerialDate | undefined {
  return serialFromCalendar({ year, month, day });
}

/** Per month from 1901-01 to 9999-12: its length in days (0 until first met) and the serial of its first day. */
const MONTH_DAYS = new Uint8Array((9999 - 1901 + 1) * 12);
const MONTH_START = new Int32Array(MONTH_DAYS.length);

/** Fills the month's entry: its length, and its first day's serial by days-from-civil (H. Hinnant). */
function learnMonth(k: number, y: number, m: number): void {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  MONTH_DAYS[k] = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  // Days since 1970-01-01, then Excel's offset of 25569 days.
  MONTH_START[k] = era * 146097 + doe - 719468 + 25569;
}

/**
 * The Excel serial of the text at `from` when it is exactly `YYYY-MM-DD` (years 1901–9999), else NaN: the fast path
 * for what CSV exports and ISO writers produce (no regex, no Date), shared with the CSV reader. A ledger's dates
 * fall in a few dozen months, so each month's calendar arithmetic is done once and looked up after that.
 * @example isoDaySerialAt("2026-06-30", 0) // 46203
 */
export function isoDaySerialAt(text: string, from: number): number {
  if (text.charCodeAt(from + 4) !== 45 || text.charCodeAt(from + 7) !== 45) return NaN;
  const y1 = text.charCodeAt(from) - 48, y2 = text.charCodeAt(from + 1) - 48;
  const y3 = text.charCodeAt(from + 2) - 48, y4 = text.charCodeAt(from + 3) - 48;
  const m1 = text.charCodeAt(from + 5) - 48, m2 = text.charCodeAt(from + 6) - 48;
  const d1 = text.charCodeAt(from + 8) - 48, d2 = text.charCodeAt(from + 9) - 48;
  // Unsigned: a character below "0" wraps to a large number, so one comparison checks each digit.
  if ((y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (y4 >>> 0) > 9) return NaN;
  if ((m1 >>> 0) > 9 || (m2 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9) return NaN;
  const y = y1 * 1000 + y2 * 100 + y3 * 10 + y4, m = m1 * 10 + m2, d = d1 * 10 + d2;
  if (y < 1901 || m < 1 || m > 12 || d < 1) return NaN;
  const k = (y - 1901) * 12 + m - 1;
  if (MONTH_DAYS[k] === 0) learnMonth(k, y, m);
  return d > MONTH_DAYS[k] ? NaN : MONTH_START[k] + d - 1;
}

/**
 * Reads a date cell. Accepted: Excel serial numbers (the time of day is dropped), JavaScript Dates (their UTC day,
 * as ExcelJS returns them), ISO text `2026-06-30` (also `2026/6/30`, `2026.06.30`, with a time part),
 * `2026年6月30日`, `30 Jun 2026`, `Jun 30, 2026`, serial numbers as text, and `a/b/yyyy` (also with `-` or `.`).
 * In `a/b/yyyy`, a first number above 12 can only be a day and a second above 12 only a day too; when both are 12 or
 * less the reading is `ambiguous` and the caller applies its column rule ({@link resolveDayMonthOrder}).
 * @example readDate("2026-06-30") // { kind: "date", serial: 46203 }
 * @example readDate("03/04/2026") // { kind: "ambiguous", dayFirst: 3 April, monthFirst: 4 March }
 */
export function readDate(value: RawCell): DateReading {
  if (isBlankCell(value)) return { kind: "blank" };
  if (typeof value === "number") {
    const whole = Math.floor(value);
    return Number.isFinite(value) && isValidSerial(whole) ? { kind: "date", serial: whole } : { kind: "invalid" };
  }
  if (value instanceof Date) {
    const serial = serialFromDate(value);
    return serial === undefined ? { kind: "invalid" } : { kind: "date", serial };
  }
  if (typeof value !== "string") return { kind: "invalid" };
  const t = value.trim();
  const fast = t.length === 10 ? isoDaySerialAt(t, 0) : NaN;
  if (fast === fast) return { kind: "date", serial: fast };
  let m = YMD.exec(t) ?? ZH_YMD.exec(t);
  if (m) return found(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = AB_YEAR.exec(t);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]), year = fullYear(m[3]);
    if (a > 12) return found(ymd(year, b, a));
    if (b > 12) return found(ymd(year, a, b));
    const dayFirst = ymd(year, b, a), monthFirst = ymd(year, a, b);
    if (dayFirst === undefined || monthFirst === undefined) return { kind: "invalid" };
    return dayFirst === monthFirst ? { kind: "date", serial: dayFirst } : { kind: "ambiguous", dayFirst, monthFirst };
  }
  m = D_MON_Y.exec(t);
  if (m && MONTHS[m[2].toLowerCase()]) return found(ymd(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1])));
  m = MON_D_Y.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return found(ymd(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2])));
  if (SERIAL_TEXT.test(t)) {
    const whole = Math.floor(Number(t));
    if (isValidSerial(whole)) return { kind: "date", serial: whole };
  }
  return { kind: "invalid" };
}

function found(serial: SerialDate | undefined): DateReading {
  return serial === undefined ? { kind: "invalid" } : { kind: "date", serial };
}

/**
 * The day/month order of one column's `a/b/yyyy` dates, decided from the column's unambiguous ones: a value like
 * `25/03/2026` is evidence for day first, `03/25/2026` for month first; the majority wins. With no evidence at all
 * the column is read day first (the order of most of the world outside the US; US ledgers nearly always contain a
 * day above 12 somewhere in a column, which settles it) and each ambiguous date is reported as a data issue.
 * @returns the order and whether it was decided by evidence
 * @example resolveDayMonthOrder(["25/03/2026", "03/04/2026"]) // { order: "dayFirst", evidence: true }
 */
export function resolveDayMonthOrder(values: Iterable<RawCell>): { order: DayMonthOrder; evidence: boolean } {
  let dayFirst = 0, monthFirst = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const m = AB_YEAR.exec(value.trim());
    if (!m) continue;
    const a = Number(m[1]), b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return { order: "dayFirst", evidence: false };
  return { order: monthFirst > dayFirst ? "monthFirst" : "dayFirst", evidence: true };
}

// ── Amounts ──

/** The result of reading a number cell: a plain number, a number recovered from formatted text, or nothing. */
export type NumberReading =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "fromText"; readonly value: number }
  | { readonly kind: "invalid" }
  | { readonly kind: "blank" };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const CURRENCY_AFFIX = /^(?:[A-Za-z]{3}\s*|[$€£¥￥])|(?:\s*[A-Za-z]{3}|[$€£¥￥元])$/g;

/**
 * Reads a number cell. Numbers and plain numeric text (`1234.5`, what CSV holds) are numbers. Formatted text —
 * thousands separators `1,234.50`, currency signs or codes `$1,234.50` / `1 234,50 EUR`, accounting negatives
 * `(1,234.50)`, a trailing minus `1234.50-` — is read as `fromText` so the caller can report the repair.
 * A comma is a decimal comma only when it is the last separator and followed by one or two digits (`1.234,56`).
 * @example readNumber("(1,234.50)") // { kind: "fromText", value: -1234.5 }
 */
export function readNumber(value: RawCell): NumberReading {
  // Small enough to be inlined where a million cells are read, so the reading of a number cell costs no object.
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
  return readNumberCell(value);
}

/** `readNumber` for everything but number cells. */
function readNumberCell(value: RawCell): NumberReading {
  if (isBlankCell(value)) return { kind: "blank" };
  if (typeof value !== "string") return { kind: "invalid" };
  const t = value.trim();
  if (PLAIN_NUMBER.test(t)) {
    // "1e400" or 400 nines spell a number too large for a double: Infinity is no amount of money.
    const n = Number(t);
    return Number.isFinite(n) ? { kind: "number", value: n } : { kind: "invalid" };
  }
  let s = t.replace(/[\s\u00a0\u202f']/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY_AFFIX, "").replace(CURRENCY_AFFIX, "");
  if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  const lastComma = s.lastIndexOf(","), lastDot = s.lastIndexOf(".");
  if (lastComma > lastDot && /,\d{1,2}$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else s = s.replace(/,(?=\d{3}(\D|$))/g, "");
  if (!PLAIN_NUMBER.test(s)) return { kind: "invalid" };
  const n = Number(s);
  return Number.isFinite(n) ? { kind: "fromText", value: negative ? -n : n } : { kind: "invalid" };
}

// ── Booleans ──

const TRUE_TEXT = new Set(["true", "yes", "y", "1", "x", "是", "真", "√", "✓", "对"]);
const FALSE_TEXT = new Set(["false", "no", "n", "0", "否", "假", "-", "×"]);

/**
 * Reads a TRUE/FALSE cell: booleans, 1/0, and text TRUE/FALSE, Yes/No, Y/N, X, 是/否 (any case). Blank is FALSE.
 * @returns the boolean, or undefined when the cell holds something else
 * @example readBoolean("是") // true
 */
export function readBoolean(value: RawCell): boolean | undefined {
  if (isBlankCell(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.trim().toLowerCase();
  if (TRUE_TEXT.has(t)) return true;
  if (FALSE_TEXT.has(t)) return false;
  return undefined;
}
