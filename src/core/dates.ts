/** Excel serial dates in the 1900 date system, including Excel's fake 1900-02-29 (serial 60). */

/**
 * A day as Excel stores it: whole days since 1899-12-31 in the 1900 date system, where serial 60 is the
 * non-existent 1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility. Day counts subtract serials
 * directly, so they agree with Excel's own `DAYS()` and `B1-A1`.
 */
export type SerialDate = number;

/** 1900-01-01. */
export const MIN_SERIAL: SerialDate = 1;
/** 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL: SerialDate = 2958465;
/** Excel's fake 1900-02-29. */
export const FAKE_LEAP_DAY: SerialDate = 60;

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 UTC: the epoch that makes serials from 61 (1900-03-01) on line up with real calendar days. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** True for an integer serial Excel can display (1900-01-01 to 9999-12-31). */
export function isValidSerial(serial: number): boolean {
  return Number.isInteger(serial) && serial >= MIN_SERIAL && serial <= MAX_SERIAL;
}

/**
 * The serial of a calendar day, or `undefined` if the day does not exist (2026-02-30) or is out of Excel's range.
 * 1900-02-29 gives 60, as in Excel.
 * @example serialFromCalendar({ year: 2026, month: 6, day: 30 }) // 46203
 */
export function serialFromCalendar(date: CalendarDate): SerialDate | undefined {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const probe = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999 and rolls 02-30 into March: reject both.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  let serial = Math.round((ms - EPOCH_MS) / MS_PER_DAY);
  // Before 1900-03-01 Excel's count is one lower than the real day count, because it inserts 02-29 after them.
  if (serial < 61) serial -= 1;
  return isValidSerial(serial) ? serial : undefined;
}

/**
 * The calendar day of a serial; serial 60 gives 1900-02-29 as Excel shows it. Fractions (times of day) are dropped.
 * @throws RangeError for a serial outside 1–2958465
 */
export function calendarFromSerial(serial: SerialDate): CalendarDate {
  const whole = Math.floor(serial);
  if (!isValidSerial(whole)) throw new RangeError(`Not an Excel date serial: ${serial}`);
  if (whole === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH_MS + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const ISO_DATE =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/**
 * The serial of ISO-8601 date text (`2026-06-30`, also with a time part that is ignored), or `undefined`.
 * @example serialFromIso("1900-03-01") // 61
 */
export function serialFromIso(text: string): SerialDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  return serialFromCalendar({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/** ISO text `YYYY-MM-DD` of a serial (serial 60 gives `1900-02-29`). */
export function isoFromSerial(serial: SerialDate): string {
  const { year, month, day } = calendarFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The serial of a JavaScript Date's UTC calendar day (how ExcelJS and CSV parsers hand dates over).
 * Returns `undefined` for an invalid Date or one outside Excel's range.
 */
export function serialFromDate(date: Date): SerialDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return serialFromCalendar({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** A JavaScript Date at UTC midnight of a serial's day (serial 60, which has no real day, gives 1900-03-01). */
export function dateFromSerial(serial: SerialDate): Date {
  const { year, month, day } = calendarFromSerial(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today's serial in the machine's local time zone: the as-of date a review shows by default. */
export function todaySerial(now: Date = new Date()): SerialDate {
  const serial = serialFromCalendar({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  if (serial === undefined) throw new RangeError("The clock is outside Excel's date range");
  return serial;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), as Excel's `DAYS(to, from)`. */
export function daysBetween(from: SerialDate, to: SerialDate): number {
  return Math.floor(to) - Math.floor(from);
}

/** The serial `days` days after `serial` (plain serial arithmetic, as Excel's `A1+30`). */
export function addDays(serial: SerialDate, days: number): SerialDate {
  return Math.floor(serial) + days;
}

/**
 * Whole calendar months from `from` to `to` (a month counts once its day-of-month is reached).
 * @example wholeMonthsBetween(serialFromIso("2026-01-31")!, serialFromIso("2026-03-31")!) // 2
 */
export function wholeMonthsBetween(
  from: SerialDate,
  to: SerialDate,
  toCalendar: CalendarDate = calendarFromSerial(to),
): number {
  if (to <= from) return 0;
  const f = calendarFromSerial(from);
  const months = toCalendar.year * 12 + toCalendar.month - (f.year * 12 + f.month);
  return toCalendar.day < f.day ? months - 1 : months;
}
