/**
 * Numbers written with a decimal comma (`1.234,56`, as a semicolon CSV from continental Europe holds them): which
 * mark a file's numbers use, decided once per file from its own cells, and the reading of one cell in that file.
 */
import { readNumber, type NumberReading } from "../core/cells";
import type { RawCell } from "./ports";

/** How many number cells of a file can only be read with a decimal comma, and how many only with a decimal point. */
export interface DecimalMarkEvidence {
  readonly comma: number;
  readonly point: number;
}

/**
 * The decimal mark one cell's text proves, if any: with both marks the last one is the decimal (`1.234,56`,
 * `1,234.56`); one mark used twice groups thousands, so the decimal is the other (`1.234.567`); one mark once is
 * the decimal unless exactly three digits follow it (`2.500` is 2.5 or 2500: no proof either way). Text without a
 * mark between digits (`A,B`, `Ltd.`) proves nothing.
 * @example decimalMarkOf("1.234,56") // ","
 */
export function decimalMarkOf(text: string): "," | "." | undefined {
  if (!/\d[.,]\d/.test(text)) return undefined;
  const s = text.replace(/[^\d.,]/g, "");
  const comma = s.lastIndexOf(","),
    point = s.lastIndexOf(".");
  if (comma >= 0 && point >= 0) return comma > point ? "," : ".";
  if (comma < 0 && point < 0) return undefined;
  const mark = comma >= 0 ? "," : ".";
  const at = Math.max(comma, point);
  if (s.indexOf(mark) !== at) return mark === "," ? "." : ",";
  return s.length - at - 1 === 3 ? undefined : mark;
}

/** Counts the decimal marks the text cells of a file's number columns prove (numbers and blanks prove nothing). */
export function decimalMarkEvidence(columns: Iterable<Iterable<RawCell>>): DecimalMarkEvidence {
  let comma = 0,
    point = 0;
  for (const cells of columns) {
    for (const cell of cells) {
      if (typeof cell !== "string") continue;
      const mark = decimalMarkOf(cell);
      if (mark === ",") comma++;
      else if (mark === ".") point++;
    }
  }
  return { comma, point };
}

/**
 * Whether a CSV file's numbers use a decimal comma: never when fields are separated by commas (a comma there is a
 * separator or a thousands mark); otherwise the mark most of its number cells prove, and without proof the mark
 * that goes with the separator: a semicolon is the list separator where the decimal separator is a comma
 * (Windows regional settings, see docs/reliability.md), a tab or a pipe says nothing, so the point.
 * @example usesDecimalComma(";", { comma: 0, point: 0 }) // true: "2.500" in that file is 2500
 */
export function usesDecimalComma(separator: string, evidence: DecimalMarkEvidence): boolean {
  if (separator === ",") return false;
  if (evidence.comma !== evidence.point) return evidence.comma > evidence.point;
  return separator === ";";
}

/** Text written with a decimal comma as the same number written with a decimal point: `.` and `,` trade places. */
function withDecimalPoint(text: string): string {
  return text.replace(/[.,]/g, (mark) => (mark === "." ? "," : "."));
}

/** Text that is only a number: digits with marks and spaces between them, a sign, a percent sign. */
const NUMBER_TEXT = /^\s*[+-]?\d[\d.,\s]*[%％]?\s*$/;

/**
 * A cell of a decimal-comma table as the same table written with decimal points holds it, for the tables whose own
 * parsers know only the point (CreditPolicy, Scorecard): a number's text becomes the number (`2.500` → 2500), a
 * percentage its text with a point (`0,5%` → `0.5%`); any other cell (a grade list `A,B`, a name) stays as it is.
 * @example cellWithDecimalPoint("1.234,5") // 1234.5
 */
export function cellWithDecimalPoint(value: RawCell): RawCell {
  if (typeof value !== "string" || !NUMBER_TEXT.test(value)) return value;
  const percent = /[%％]\s*$/.test(value);
  const reading = readNumberIn(percent ? value.replace(/[%％]/, "") : value, true);
  if (reading.kind !== "number" && reading.kind !== "fromText") return value;
  return percent ? `${reading.value}%` : reading.value;
}

/**
 * Reads a number cell of a table whose numbers use a decimal comma (see `RawTable.decimalComma`) exactly as
 * `readNumber` reads the same number written with a point: `1234,56` is a number, `1.234,56` and `2.500` (2500) are
 * numbers read from formatted text (so reported as repairs, as `1,234.56` is in a file with a decimal point). Without
 * a decimal comma it is `readNumber`. With the file's mark decided (`decimalComma` true or false), text with one group of
 * three digits (`2.500`) is read in that mark and not reported as ambiguous; `undefined` (a workbook, whose text cells
 * have no file-wide mark) leaves `readNumber`'s report.
 * @example readNumberIn("1.234,56", true) // { kind: "fromText", value: 1234.56 }
 */
export function readNumberIn(value: RawCell, decimalComma: boolean | undefined): NumberReading {
  if (decimalComma === undefined || typeof value !== "string") return readNumber(value);
  const text = decimalComma ? withDecimalPoint(value) : value;
  const reading = readNumber(text);
  if (reading.kind !== "fromText" || !reading.ambiguous) return reading;
  // The file's decimal mark is decided (from its own cells, see usesDecimalComma): `2.500` is no longer ambiguous in
  // it. Plain text in the file's own notation is a plain number; anything else was formatted.
  return /^\s*[+-]?\d+\.\d+\s*$/.test(text)
    ? { kind: "number", value: reading.value }
    : { kind: "fromText", value: reading.value };
}
