/**
 * The one cell module: the cell type every host hands over, and its readers. Strict readers (`plainNumber`) take only
 * what a machine writes; lenient ones (`readNumber`, `readDate`, `readBoolean`) read what people type in ledgers and
 * say when they repaired or could not read it.
 */
import { at } from "./arrays";
import { isValidSerial, MAX_SERIAL, MIN_SERIAL, serialFromCalendar, serialFromDate, type SerialDate } from "./dates";

/** Excel's error values, as a cell shows them (the last ones from dynamic arrays, data types, links and Python). */
export const EXCEL_ERRORS = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#EXTERNAL!",
  "#FIELD!",
  "#PYTHON!",
  "#UNKNOWN!",
] as const;
export type ExcelErrorValue = (typeof EXCEL_ERRORS)[number];

/**
 * A cell that holds no value to read, for a reason the user can fix: an Excel error value (`#N/A` from a failed
 * lookup), or a formula saved without its calculated value (a file written by a program, never opened in Excel).
 * Kept apart from blank and from text so a reader can say which it is. Frozen: one instance per kind.
 */
export class CellFault {
  /** A formula whose value was never calculated and saved. */
  static readonly NO_VALUE = new CellFault("noValue");
  private static readonly errors = new Map<string, CellFault>(EXCEL_ERRORS.map((e) => [e, new CellFault(e)]));

  private constructor(readonly fault: ExcelErrorValue | "noValue") {
    Object.freeze(this);
  }

  /** The fault of an error value's text (`#N/A`, any case), or undefined for any other text. */
  static ofError(text: string): CellFault | undefined {
    return CellFault.errors.get(text.toUpperCase());
  }

  /** As the cell shows it: the error value, or `=…` for a formula without a value. */
  toString(): string {
    return this.fault === "noValue" ? "=…" : this.fault;
  }
}

/**
 * One cell as any host hands it over: numbers, text, booleans, Dates (ExcelJS), a fault (an error value, a formula
 * without its value), or empty. The CSV, xlsx and Office.js readers, the function arguments and the policy and
 * scorecard parsers all take this one type and read it with the readers below.
 */
export type Cell = string | number | boolean | Date | CellFault | null | undefined;

/** The cell type under the name the workbook layer has always used. */
type RawCell = Cell;

/** True for an empty cell: null, undefined, or text that is only spaces. */
export function isBlankCell(value: RawCell): boolean {
  if (typeof value === "string") {
    // Most cells start with a visible ASCII character: decide without trimming (this runs for every cell).
    const c = value.charCodeAt(0);
    return !(c > 32 && c < 127) && value.trim() === "";
  }
  return value === null || value === undefined;
}

/**
 * The fault a cell holds: a CellFault (ExcelJS), or text that is exactly an Excel error value, since Office.js hands
 * error values over as their text (`#N/A`) and CSV can only hold them as text.
 * @example cellFault("#N/A") // CellFault #N/A
 */
export function cellFault(value: RawCell): CellFault | undefined {
  if (value instanceof CellFault) return value;
  // Only text that starts with `#` (after spaces) can be an error value: one comparison for most cells.
  if (typeof value !== "string" || value.indexOf("#") < 0) return undefined;
  return CellFault.ofError(value.trim());
}

/** A cell for readers that take no faults (policy settings, scorecard data): a fault as its text, `#N/A` or `=…`. */
export function faultAsText<T extends RawCell>(value: T): Exclude<T, CellFault> | string {
  return value instanceof CellFault ? String(value) : (value as Exclude<T, CellFault>);
}

/** A cell as one short line of text for a message or a data issue: at most `max` characters, a Date as its ISO day. */
export function shownCell(value: RawCell, max = 60): string {
  if (value === null || value === undefined) return "";
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? "Invalid Date"
        : value.toISOString().slice(0, 10)
      : String(value);
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

/** Text of a cell, trimmed; numbers as JavaScript writes them (ids typed as numbers stay usable). */
export function cellText(value: RawCell): string {
  if (typeof value === "string") {
    const first = value.charCodeAt(0),
      last = value.charCodeAt(value.length - 1);
    return first > 32 && first < 127 && last > 32 && last < 127 ? value : value.trim();
  }
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return shownCell(value);
  return String(value);
}

// ── Dates ──

/** How a text date of the form a/b/yyyy was read. */
export type DayMonthOrder = "dayFirst" | "monthFirst";

/**
 * The result of reading a date cell: a serial, a text date whose day and month could be swapped, a day outside the
 * plausible window (`serial` is the day it would be), a fault (error value, formula without value), or nothing.
 */
export type DateReading =
  | { readonly kind: "date"; readonly serial: SerialDate }
  | { readonly kind: "ambiguous"; readonly dayFirst: SerialDate; readonly monthFirst: SerialDate }
  | { readonly kind: "implausible"; readonly serial: SerialDate }
  | { readonly kind: "fault"; readonly fault: CellFault }
  | { readonly kind: "invalid" }
  | { readonly kind: "blank" };

/** The days a date cell may fall on, and how its numbers count days. */
export interface DateWindow {
  readonly first: SerialDate;
  readonly last: SerialDate;
  /** Numbers count days from 1904-01-01 (Excel's 1904 date system): 1,462 is added to them. */
  readonly date1904?: boolean;
}

/** Any day Excel can show, in the 1900 date system: what a function argument may hold. */
export const ANY_EXCEL_DAY: DateWindow = { first: MIN_SERIAL, last: MAX_SERIAL };

/** 1990-01-01: no open receivable or payment of a ledger in use is older, while a count of days (30, 60) reads as 1900. */
export const FIRST_LEDGER_DAY: SerialDate = 32874;

/** Years after the review date that a ledger date may reach (long contracts, instalments); further is a typo. */
export const LEDGER_YEARS_AHEAD = 50;

/** Days between Excel's 1900 and 1904 date systems for the same serial. */
export const DATE_1904_OFFSET = 1462;

/**
 * The dates a ledger column can plausibly hold for a review on `asOf`: from 1990-01-01 to 50 years (of 365.25 days)
 * after the review. A number outside it (`30` meant as 30 days, an invoice number in the wrong column) is no date.
 * @example ledgerWindow(46203) // { first: 32874 (1990-01-01), last: 64466 (2076-06-30) }
 */
export function ledgerWindow(asOf: SerialDate, date1904 = false): DateWindow {
  return {
    first: FIRST_LEDGER_DAY,
    last: Math.min(MAX_SERIAL, asOf + Math.round(LEDGER_YEARS_AHEAD * 365.25)),
    date1904,
  };
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const ZH_YMD = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const AB_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s.*)?$/;
const D_MON_Y = /^(\d{1,2})[-\s/]([A-Za-z]{3,9})\.?[-\s/,]+(\d{4}|\d{2})$/;
const MON_D_Y = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const SERIAL_TEXT = /^\d{1,7}(\.\d+)?$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;

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
  const y1 = text.charCodeAt(from) - 48,
    y2 = text.charCodeAt(from + 1) - 48;
  const y3 = text.charCodeAt(from + 2) - 48,
    y4 = text.charCodeAt(from + 3) - 48;
  const m1 = text.charCodeAt(from + 5) - 48,
    m2 = text.charCodeAt(from + 6) - 48;
  const d1 = text.charCodeAt(from + 8) - 48,
    d2 = text.charCodeAt(from + 9) - 48;
  // Unsigned: a character below "0" wraps to a large number, so one comparison checks each digit.
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9) return NaN;
  if (m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return NaN;
  const y = y1 * 1000 + y2 * 100 + y3 * 10 + y4,
    m = m1 * 10 + m2,
    d = d1 * 10 + d2;
  if (y < 1901 || m < 1 || m > 12 || d < 1) return NaN;
  const k = (y - 1901) * 12 + m - 1;
  if (MONTH_DAYS[k] === 0) learnMonth(k, y, m);
  const days = MONTH_DAYS[k];
  const start = MONTH_START[k];
  // Past year 9999 there is no month: NaN, like any other invalid date.
  if (days === undefined || start === undefined) return NaN;
  return d > days ? NaN : start + d - 1;
}

/**
 * Reads a date cell. Accepted: Excel serial numbers (the time of day is dropped), JavaScript Dates (their UTC day,
 * as ExcelJS returns them), ISO text `2026-06-30` (also `2026/6/30`, `2026.06.30`, with a time part),
 * `2026年6月30日` (also in full-width digits), `30 Jun 2026`, `01-Jun-26`, `Jun 30, 2026`, `20260630` (as text or
 * as a number), serial numbers as text, and `a/b/yyyy` (also with `-` or `.`, as SAP writes `30.06.2026`).
 * In `a/b/yyyy`, a first number above 12 can only be a day and a second above 12 only a day too; when both are 12 or
 * less the reading is `ambiguous` and the caller applies its column rule ({@link resolveDayMonthOrder}).
 * A day outside `window` is `implausible`: ledgers do not hold 1900 dates, but cells holding `30` or `60` (terms typed
 * in a date column) read as them. In a 1904 workbook (`window.date1904`) numbers are shifted by 1,462 days; Dates and
 * text are days already.
 * @example readDate("2026-06-30") // { kind: "date", serial: 46203 }
 * @example readDate("03/04/2026") // { kind: "ambiguous", dayFirst: 3 April, monthFirst: 4 March }
 * @example readDate(60, ledgerWindow(46203)) // { kind: "implausible", serial: 60 }: 1900-02-29, a count of days
 */
export function readDate(value: RawCell, window: DateWindow = ANY_EXCEL_DAY): DateReading {
  if (typeof value === "number") return dateFromNumber(value, window);
  if (isBlankCell(value)) return { kind: "blank" };
  if (value instanceof Date) return within(serialFromDate(value), window);
  if (typeof value !== "string")
    return value instanceof CellFault ? { kind: "fault", fault: value } : { kind: "invalid" };
  const fault = cellFault(value);
  if (fault) return { kind: "fault", fault };
  let t = value.trim();
  if (FULL_WIDTH_DIGIT.test(t)) t = t.normalize("NFKC");
  const fast = t.length === 10 ? isoDaySerialAt(t, 0) : NaN;
  if (fast === fast) return within(fast, window);
  let m = YMD.exec(t) ?? ZH_YMD.exec(t) ?? COMPACT_YMD.exec(t);
  if (m) return within(ymd(Number(m[1]), Number(m[2]), Number(m[3])), window);
  m = AB_YEAR.exec(t);
  if (m) {
    const a = Number(m[1]),
      b = Number(m[2]),
      year = fullYear(at(m, 3));
    if (a > 12) return within(ymd(year, b, a), window);
    if (b > 12) return within(ymd(year, a, b), window);
    const dayFirst = ymd(year, b, a),
      monthFirst = ymd(year, a, b);
    if (dayFirst === undefined || monthFirst === undefined) return { kind: "invalid" };
    if (dayFirst === monthFirst) return within(dayFirst, window);
    const outside = within(dayFirst, window);
    return outside.kind === "date" ? { kind: "ambiguous", dayFirst, monthFirst } : outside;
  }
  m = D_MON_Y.exec(t);
  const dayMonth = m ? MONTHS[at(m, 2).toLowerCase()] : undefined;
  if (m && dayMonth) return within(ymd(fullYear(at(m, 3)), dayMonth, Number(m[1])), window);
  m = MON_D_Y.exec(t);
  const monthDay = m ? MONTHS[at(m, 1).toLowerCase()] : undefined;
  if (m && monthDay) return within(ymd(Number(m[3]), monthDay, Number(m[2])), window);
  // A serial typed as text counts days in the 1900 system: the user typed it, not the workbook's date system.
  if (SERIAL_TEXT.test(t)) return dateFromNumber(Number(t), { ...window, date1904: false });
  return { kind: "invalid" };
}

/** A number cell as a date: a serial (shifted in a 1904 workbook), or `yyyymmdd` as ERP exports write it. */
function dateFromNumber(value: number, window: DateWindow): DateReading {
  const whole = Math.floor(value);
  if (!isValidSerial(whole)) {
    const compact =
      whole === value && whole >= 19000101 && whole <= 99991231
        ? ymd(Math.floor(whole / 10000), Math.floor(whole / 100) % 100, whole % 100)
        : undefined;
    return compact === undefined ? { kind: "invalid" } : within(compact, window);
  }
  const serial = window.date1904 ? whole + DATE_1904_OFFSET : whole;
  return isValidSerial(serial) ? within(serial, window) : { kind: "invalid" };
}

/** A day as a reading: a date inside the window, implausible outside it, invalid when there is no such day. */
function within(serial: SerialDate | undefined, window: DateWindow): DateReading {
  if (serial === undefined) return { kind: "invalid" };
  return serial >= window.first && serial <= window.last ? { kind: "date", serial } : { kind: "implausible", serial };
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
  let dayFirst = 0,
    monthFirst = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const m = AB_YEAR.exec(value.trim());
    if (!m) continue;
    const a = Number(m[1]),
      b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return { order: "dayFirst", evidence: false };
  return { order: monthFirst > dayFirst ? "monthFirst" : "dayFirst", evidence: true };
}

// ── Amounts ──

/**
 * The result of reading a number cell: a plain number, a number recovered from formatted text (`ambiguous` when
 * its one separator could mark decimals or thousands), a fault (error value, formula without value), or nothing.
 */
export type NumberReading =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "fromText"; readonly value: number; readonly ambiguous?: true }
  | { readonly kind: "fault"; readonly fault: CellFault }
  | { readonly kind: "invalid" }
  | { readonly kind: "blank" };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number plain numeric text spells (`-1234.5`, `.5`, `1e3`, spaces around), or undefined: the strict reader, for
 * what machines write and for inputs that take plain numbers only (function arguments, scorecard bins). A number too
 * large for a double (`1e400`) is no number.
 * @example plainNumber(" 12.5 ") // 12.5
 * @example plainNumber("1,234") // undefined: formatted text is readNumber's
 */
export function plainNumber(text: string): number | undefined {
  const t = text.trim();
  if (!PLAIN_NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
/** One dot or comma followed by exactly three digits, nothing else: `2.500`, `1,234` (2.5 or 2500? 1.234 or 1234?). */
const ONE_GROUP = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;
const CURRENCY_PREFIX = /^(?:[A-Za-z]{2}\$|[A-Za-z]{3}|[$€£¥₹])/;
const CURRENCY_SUFFIX = /(?:[A-Za-z]{3}|[$€£¥₹元])$/;
/** Chinese amount units: 万 (10^4) and 亿 (10^8), as exponents. */
const UNIT_EXPONENT: Record<string, number> = { 万: 4, 亿: 8 };
const THOUSANDS_COMMAS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Indian lakh/crore grouping: the last group of three, groups of two before it (`1,23,456.78`). */
const LAKH_COMMAS = /^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$/;
const THOUSANDS_DOTS = /^\d{1,3}(\.\d{3}){2,}$/;
const DECIMAL_COMMA = /^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/;

/**
 * Reads a number cell. Numbers and plain numeric text (`1234.5`, what CSV holds) are numbers. Formatted text is read
 * as `fromText` so the caller can report the repair: thousands separators `1,234.50` (also lakh `1,23,456.78` and
 * `2.500.000`), currency signs and codes before or after `$1,234.50` / `HK$1,234` / `1 234,50 EUR` / `RMB 500` /
 * `¥500元`, accounting negatives `(1,234.50)`, a trailing minus `1234.50-` (SAP), the minus sign U+2212, full-width
 * digits typed through an IME `１２３，４５６．７８`, and the units 万 and 亿 `1.5万` (15000).
 * A comma is a decimal comma only when it is the last separator and followed by one or two digits (`1.234,56`).
 * Text with a single separator and exactly three digits after it (`2.500`, `1,234`) is read the usual way (2.5,
 * 1234) but marked `ambiguous`: a European writer means 2500 and 1.234.
 * @example readNumber("(1,234.50)") // { kind: "fromText", value: -1234.5 }
 * @example readNumber("1.5万") // { kind: "fromText", value: 15000 }
 */
export function readNumber(value: RawCell): NumberReading {
  // Small enough to be inlined where a million cells are read, so the reading of a number cell costs no object.
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
  return readNumberCell(value);
}

/** `readNumber` for everything but number cells. */
function readNumberCell(value: RawCell): NumberReading {
  if (isBlankCell(value)) return { kind: "blank" };
  const fault = cellFault(value);
  if (fault) return { kind: "fault", fault };
  if (typeof value !== "string") return { kind: "invalid" };
  const t = value.trim();
  // Excel's accounting format shows zero as a dash; an export "as displayed" keeps it.
  if (t === "-" || t === "–" || t === "—") return { kind: "fromText", value: 0 };
  if (PLAIN_NUMBER.test(t)) {
    // "1e400" or 400 nines spell a number too large for a double: Infinity is no amount of money.
    const n = Number(t);
    if (!Number.isFinite(n)) return { kind: "invalid" };
    return ONE_GROUP.test(t) ? { kind: "fromText", value: n, ambiguous: true } : { kind: "number", value: n };
  }
  return numberFromFormattedText(t);
}

/** Formatted amount text, in named steps: characters, sign, currency, unit, separators. */
function numberFromFormattedText(text: string): NumberReading {
  // NFKC turns full-width digits and punctuation (and ￥) into ASCII; U+2212 is a minus sign, not a compatibility form.
  let s = (/[^\x20-\x7e]/.test(text) ? text.normalize("NFKC") : text)
    .replace(/\u2212/g, "-")
    .replace(/[\s\u00a0\u202f']/g, "");
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1);
  }
  // One sign, before or after the currency (`-HK$5`, `HK$-5`), or one trailing minus (`1.234,56-`): never two.
  let sign = "";
  const takeLeadingSign = (): void => {
    if (sign !== "" || !/^[+-]/.test(s)) return;
    sign = s.charAt(0);
    s = s.slice(1);
  };
  takeLeadingSign();
  s = s.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "");
  takeLeadingSign();
  if (sign === "" && s.endsWith("-")) {
    sign = "-";
    s = s.slice(0, -1);
  }
  if (sign === "-") negative = !negative;
  const exponent = UNIT_EXPONENT[s.slice(-1)] ?? 0;
  if (exponent > 0) s = s.slice(0, -1);
  const plain = plainDigits(s);
  if (plain === undefined) return { kind: "invalid" };
  // Scaling by the exponent in the text keeps 1.23万 exactly 12300 (1.23 * 10000 is 12300.000000000002).
  const n = Number(exponent > 0 ? `${plain}e${exponent}` : plain);
  if (!Number.isFinite(n)) return { kind: "invalid" };
  const reading = { kind: "fromText", value: negative ? -n : n } as const;
  return ONE_GROUP.test(s) ? { ...reading, ambiguous: true } : reading;
}

/** Digits with separators as plain decimal text (`1.234,56` → `1234.56`), or undefined when no grouping fits. */
function plainDigits(s: string): string | undefined {
  let plain: string;
  if (DECIMAL_COMMA.test(s)) plain = s.replace(/\./g, "").replace(",", ".");
  else if (THOUSANDS_COMMAS.test(s) || LAKH_COMMAS.test(s)) plain = s.replace(/,/g, "");
  else if (THOUSANDS_DOTS.test(s)) plain = s.replace(/\./g, "");
  else plain = s;
  // The sign was taken already: a second one (`--5`) makes no number.
  return PLAIN_NUMBER.test(plain) && plain[0] !== "-" && plain[0] !== "+" ? plain : undefined;
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
