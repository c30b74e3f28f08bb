/** RFC 4180 CSV: a fast reader (quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR) and a writer. */
import { isoDaySerialAt } from "../workbook/cells";

/** How an unquoted field of a column may be typed while reading (see `parseCsv`). */
export type CsvColumnType = "number" | "isoDate" | "flag";

export interface CsvReadOptions {
  /** Field separator, one character (default `,`). */
  readonly delimiter?: string;
  /**
   * Columns (0-based) whose plain fields are typed during the scan, without making a string: `number` turns
   * `-1234.5` into the number Number("-1234.5") gives; `isoDate` turns `2026-06-30` into its Excel serial;
   * `flag` turns `TRUE` / `FALSE` (any case) into booleans.
   * Any other field of the column (quoted, formatted, invalid) stays text, so a reader that checks cells sees the
   * same values either way; typing only saves allocating millions of short strings.
   */
  readonly columnTypes?: ReadonlyMap<number, CsvColumnType>;
}

/** Exact powers of ten up to 10^22 (the largest a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number a plain decimal field `[-+]?\d+(\.\d+)?` spells, as `Number(text)` gives it, or NaN when the field
 * has another form or more than 15 significant digits. Exact: an integer below 2^53 divided by an exact power of
 * ten is correctly rounded, like Number's own parse.
 */
export function plainNumberAt(text: string, from: number, to: number): number {
  let i = from;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  if (i >= to) return NaN;
  let digits = 0;
  let value = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (fraction >= 0) return NaN;
      fraction = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
    if (++digits > 15) return NaN;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || fraction === 0) return NaN;
  const n = fraction > 0 ? value / POW10[fraction] : value;
  return negative ? -n : n;
}

/** A CSV that cannot be read: an opening quote never closed. `line` is 1-based. */
export class CsvFormatError extends Error {
  constructor(readonly line: number, message: string) {
    super(`CSV line ${line}: ${message}`);
    this.name = "CsvFormatError";
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Parses CSV text into rows of fields (strings, untrimmed, never converted: typing is the workbook contract's job).
 *
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): fields separated by the delimiter, records by CRLF (LF and
 * lone CR are accepted too); a field in double quotes may hold delimiters, line breaks and `""` for a quote.
 * Lenient where files in the wild are: a leading UTF-8 BOM is dropped, a final line break does not make an empty
 * record, a quote inside an unquoted field is kept as a character, and rows may have different lengths.
 * Unquoted fields are taken with one `slice` each (or typed in place, see `columnTypes`).
 * @throws CsvFormatError for a quoted field that is never closed
 * @example parseCsv('id,name\r\n1,"Acme, ""Ltd"""\r\n') // [["id","name"],["1",'Acme, "Ltd"']]
 */
/** A field as read: text, or a number / boolean from a typed column. */
export type CsvCell = string | number | boolean;

/** `TRUE` / `FALSE` in any case at text[from, to), else undefined. */
function flagAt(text: string, from: number, to: number): boolean | undefined {
  const n = to - from;
  if (n !== 4 && n !== 5) return undefined;
  const word = text.slice(from, to).toUpperCase();
  return word === "TRUE" ? true : word === "FALSE" ? false : undefined;
}

export function parseCsv(text: string, options: CsvReadOptions = {}): CsvCell[][] {
  const delimiter = (options.delimiter ?? ",").charCodeAt(0);
  const rows: CsvCell[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let row: CsvCell[] = [];
  const types = options.columnTypes;
  // Typing applies from the second record on: the first is the header.
  let typed = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Quoted field: runs to the next quote not followed by another quote.
      const startLine = line;
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new CsvFormatError(startLine, "a quoted field is not closed");
        const chunk = text.slice(from, q);
        for (let p = chunk.indexOf("\n"); p >= 0; p = chunk.indexOf("\n", p + 1)) line++;
        value += chunk;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
      let end = i;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d === delimiter || d === LF || d === CR) break;
        end++;
      }
      if (end > i) value += text.slice(i, end);
      row.push(value);
      i = end;
    } else {
      let end = i;
      while (end < n) {
        c = text.charCodeAt(end);
        if (c === delimiter || c === LF || c === CR) break;
        end++;
      }
      const type = typed && end > i ? types!.get(row.length) : undefined;
      let value: number = NaN;
      if (type === "number") value = plainNumberAt(text, i, end);
      else if (type === "isoDate" && end - i === 10) value = isoDaySerialAt(text, i);
      const flag = type === "flag" ? flagAt(text, i, end) : undefined;
      row.push(flag !== undefined ? flag : value === value ? value : text.slice(i, end));
      i = end;
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    if (c === delimiter) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    // End of record.
    rows.push(row);
    row = [];
    typed = types !== undefined && types.size > 0;
    line++;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    // A record that is an empty line is an empty row (kept: the contract counts it as blank).
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d !== LF && d !== CR) break;
      rows.push([""]);
      line++;
      i += d === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A value a CSV writer can hold. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field: quoted when it holds the delimiter, a quote or a line break (quotes doubled), else as is.
 * @example csvField('Acme, "Ltd"') // '"Acme, ""Ltd"""'
 */
export function csvField(value: CsvValue, delimiter = ","): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  if (text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r")) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** Rows as CSV text with CRLF line ends (RFC 4180). */
export function formatCsv(rows: readonly (readonly CsvValue[])[], delimiter = ","): string {
  let out = "";
  for (const row of rows) out += row.map((v) => csvField(v, delimiter)).join(delimiter) + "\r\n";
  return out;
}
