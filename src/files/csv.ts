/**
 * RFC 4180 CSV: a fast reader (quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR) and a row
 * writer over the fields of `workbook/csvFields`.
 */
import { at } from "../core/arrays";
import { isoDaySerialAt } from "../core/cells";
import { csvField, type CsvValue } from "../workbook/csvFields";
import { TextSpans } from "../workbook/textSpans";

/** How an unquoted field of a column may be typed while reading (see `parseCsv`); `span` only by column. */
export type CsvColumnType = "number" | "isoDate" | "flag" | "span";

export interface CsvReadOptions {
  /** Field separator: one character other than a quote or a line break (default `,`); anything else is a RangeError. */
  readonly delimiter?: string;
  /**
   * Columns (0-based) whose plain fields are typed during the scan, without making a string: `number` turns
   * `-1234.5` into the number Number("-1234.5") gives; `isoDate` turns `2026-06-30` into its Excel serial;
   * `flag` turns `TRUE` / `FALSE` (any case) into booleans.
   * Any other field of the column (quoted, formatted, invalid) stays text, so a reader that checks cells sees the
   * same values either way; typing only saves allocating millions of short strings.
   * `span` (read by column only, see `parseCsvColumns`) keeps the column as positions in the text: no string at all.
   */
  readonly columnTypes?: ReadonlyMap<number, CsvColumnType>;
  /** The file line the text starts on (default 1), so errors name the file's lines when a `sep=` line was cut off. */
  readonly firstLine?: number;
  /**
   * Refuse a quoted field whose line breaks are followed by lines shaped like records (see `recordShapedLines`): what a
   * quote left open makes of the records after it. RFC 4180 allows such a field, so the plain parser reads it; a
   * ledger reader sets this, as records vanishing into one field cost more than refusing a rare legitimate one.
   */
  readonly refuseRecordsInQuotes?: boolean;
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
  // fraction ≤ 15 digits here, within POW10.
  const n = fraction > 0 ? value / at(POW10, fraction) : value;
  return negative ? -n : n;
}

/**
 * A CSV that cannot be read: an opening quote never closed, or closed only after lines that look like whole records
 * (see `recordShapedLines`). `line` is 1-based.
 */
export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`CSV line ${line}: ${message}`);
    this.name = "CsvFormatError";
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Where a span column's fields are while the scan runs (see TextSpans). */
interface SpanColumn {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly other: Map<number, CsvCell>;
}

/** A field as read: text, or a number / boolean from a typed column. */
export type CsvCell = string | number | boolean;

/** `TRUE` / `FALSE` in any case at text[from, to), else undefined; compared by character, without a string. */
function flagAt(text: string, from: number, to: number): boolean | undefined {
  const word = to - from === 4 ? "TRUE" : to - from === 5 ? "FALSE" : undefined;
  if (word === undefined) return undefined;
  for (let k = 0; k < word.length; k++) {
    // ASCII letters only: clearing bit 5 upper-cases a-z and leaves A-Z as they are (and 0xffdf keeps the high bits,
    // so 乔 or Ŕ never pass for a letter).
    if ((text.charCodeAt(from + k) & 0xffdf) !== word.charCodeAt(k)) return undefined;
  }
  return word === "TRUE";
}

/** Column type codes for the scan: a lookup by index instead of a Map per field. */
const NONE = 0,
  NUMBER = 1,
  ISO_DATE = 2,
  FLAG = 3,
  SPAN = 4;
const TYPE_CODE: Readonly<Record<CsvColumnType, number>> = {
  number: NUMBER,
  isoDate: ISO_DATE,
  flag: FLAG,
  span: SPAN,
};

/**
 * Parses CSV text into rows of fields (strings, untrimmed, never converted: typing is the workbook contract's job).
 *
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): fields separated by the delimiter, records by CRLF (LF and
 * lone CR are accepted too); a field in double quotes may hold delimiters, line breaks and `""` for a quote.
 * Lenient where files in the wild are: a leading UTF-8 BOM is dropped, a final line break does not make an empty
 * record, a quote inside an unquoted field is kept as a character, and rows may have different lengths.
 * Unquoted fields are taken with one `slice` each (or typed in place, see `columnTypes`).
 * @throws CsvFormatError for a quoted field that is never closed; RangeError for a delimiter that is not one character
 * @example parseCsv('id,name\r\n1,"Acme, ""Ltd"""\r\n') // [["id","name"],["1",'Acme, "Ltd"']]
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): CsvCell[][] {
  return scanCsv(text, options, false).rows;
}

/** A CSV read by column: the header record, then field c of data record i is `cellOf(columns[c], i)`. */
export interface CsvColumns {
  readonly header: CsvCell[];
  /**
   * One array per column: `rowCount` long for the header's columns, as long as the last record that has it for a
   * column past the header; a short record leaves a hole. A `span` column is TextSpans over the text, one entry per
   * data record (−1 start where a record has no such field).
   */
  readonly columns: (CsvCell[] | TextSpans)[];
  /** Data records (an empty line counts, as a record of one empty field). */
  readonly rowCount: number;
}

/**
 * Parses CSV text like {@link parseCsv}, but into one array per column instead of one per record: a million-row file
 * then costs a handful of arrays (numbers in a typed column stay unboxed) instead of a million small ones.
 * @example parseCsvColumns("a,b\n1,x\n2,y", { columnTypes: new Map([[0, "number"]]) }) // { header: ["a","b"], columns: [[1,2],["x","y"]], rowCount: 2 }
 */
export function parseCsvColumns(text: string, options: CsvReadOptions = {}): CsvColumns {
  const { rows, columns, records, spans } = scanCsv(text, options, true);
  const rowCount = Math.max(0, records - 1);
  // Columns were sized by line count; a quoted line break makes that more than the records.
  for (const column of columns) if (column.length > rowCount) column.length = rowCount;
  const out: (CsvCell[] | TextSpans)[] = columns;
  spans.forEach((span, c) => {
    if (span)
      out[c] = new TextSpans(text, span.start.subarray(0, rowCount), span.end.subarray(0, rowCount), span.other);
  });
  return { header: rows[0] ?? [], columns: out, rowCount };
}

/**
 * Line breaks from `from` on, plus one: at least the records left to read. A break is what the scanner ends a record
 * at: LF, CRLF (once), or a CR on its own, also in a file that has LFs too (`\r\r\n` after a double conversion).
 */
function linesFrom(text: string, from: number): number {
  let count = 1;
  for (let at = text.indexOf("\n", from); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  for (let at = text.indexOf("\r", from); at >= 0; at = text.indexOf("\r", at + 1))
    if (text.charCodeAt(at + 1) !== LF) count++;
  return count;
}

/**
 * How many lines after the first of a quoted field's text have the shape of a record: at least as many delimiters as
 * the header has (a header of n fields has n − 1). A quote left open swallows the records after it into one field
 * until the next quote; an address with a line break has no such lines. Tables of one or two columns are not judged
 * (a line with one comma is no evidence of a record).
 */
export function recordShapedLines(value: string, delimiter: string, headerWidth: number): number {
  if (headerWidth < 3) return 0;
  let shaped = 0;
  const [, ...after] = value.split(/\r\n|\n|\r/);
  for (const line of after) if (line.split(delimiter).length >= headerWidth) shaped++;
  return shaped;
}

/** True for a character that ends an unquoted field. */
function isBreak(c: number, delimiter: number): boolean {
  return c === delimiter || c === LF || c === CR;
}

/** Where the run of characters a plain number is made of (digits, `.`, `-`, `+`) starting at `from` ends. */
function numberRunEnd(text: string, from: number, n: number): number {
  let k = from;
  while (k < n) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43) k++;
    else break;
  }
  return k;
}

/**
 * The scanner behind both readers. Records go to `rows` (all of them, or only the header when `byColumn`), data
 * fields to `columns[c][record - 1]` when `byColumn`. `records` counts every record, the header included.
 */
function scanCsv(
  text: string,
  options: CsvReadOptions,
  byColumn: boolean,
): { rows: CsvCell[][]; columns: CsvCell[][]; records: number; spans: (SpanColumn | undefined)[] } {
  const scanner = new CsvScanner(text, options, byColumn);
  scanner.scan();
  const { rows, columns, records, spans } = scanner;
  return { rows, columns, records, spans };
}

/** The delimiter option as a character code. @throws RangeError unless it is one character, not a quote or break */
function delimiterCode(delimiter: string): number {
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(
      `A CSV delimiter is one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`,
    );
  }
  return delimiter.charCodeAt(0);
}

/**
 * Finds the fields and records of CSV text and hands each field to where it belongs: the record being read, or its
 * column (from the second record on, in the by-column mode). Typing a field is left to the sinks below
 * (`storeTypedRun`, `storeTypedField`) and text to `textField` / `spanField`.
 */
class CsvScanner {
  readonly rows: CsvCell[][] = [];
  readonly columns: CsvCell[][] = [];
  /** The span columns' starts and ends, sized with the other columns from the header on. */
  readonly spans: (SpanColumn | undefined)[] = [];
  records = 0;
  private readonly n: number;
  private readonly delimiter: number;
  private readonly delimiterText: string;
  /** Typed fields are read in one pass with their end unless the delimiter could occur inside one. */
  private readonly fusedTyping: boolean;
  private readonly refuseRecordsInQuotes: boolean;
  private readonly codes: number[] = [];
  private i: number;
  private line: number;
  // Fields of the record being read go into one reused array; each record is copied out at its exact length (no
  // per-record array growing by push, which leaves most of a million rows' backing stores empty).
  private readonly fields: CsvCell[] = [];
  private width = 0;
  /** The header's field count, once read: what a record-shaped line inside a quoted field is measured against. */
  private headerWidth = 0;
  /** Typing applies from the second record on: the first is the header. */
  private typed = false;
  /** Fields of data records go straight to their columns in the by-column mode. */
  private toColumns = false;
  private nextDelimiter = -1;
  private nextLf = -1;
  private nextCr = -1;
  private readonly lastText: (string | undefined)[] = [];

  constructor(
    private readonly text: string,
    options: CsvReadOptions,
    private readonly byColumn: boolean,
  ) {
    this.delimiter = delimiterCode(options.delimiter ?? ",");
    this.delimiterText = String.fromCharCode(this.delimiter);
    this.fusedTyping = !/[0-9A-Za-z.+-]/.test(this.delimiterText);
    this.refuseRecordsInQuotes = options.refuseRecordsInQuotes === true;
    for (const [column, type] of options.columnTypes ?? [])
      if (byColumn || type !== "span") this.codes[column] = TYPE_CODE[type];
    this.n = text.length;
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.line = options.firstLine ?? 1;
  }

  /** Reads the whole text: fields, then after each a delimiter, a line break or the end. */
  scan(): void {
    const { text, n, delimiter } = this;
    while (this.i < n) {
      if (text.charCodeAt(this.i) === QUOTE) this.quotedField();
      else this.unquotedField();
      if (this.i >= n) break;
      const c = text.charCodeAt(this.i);
      if (c === delimiter) {
        this.i++;
        if (this.i >= n) this.store("");
        continue;
      }
      this.endLine(c);
    }
    if (this.width > 0) this.endRecord();
  }

  /** A line break `c` at `i` ends the record; empty lines after it are records of one empty field. */
  private endLine(c: number): void {
    const { text, n } = this;
    this.endRecord();
    this.typed = this.codes.length > 0;
    this.line++;
    this.i += c === CR && text.charCodeAt(this.i + 1) === LF ? 2 : 1;
    // A record that is an empty line is an empty row (kept: the contract counts it as blank).
    while (this.i < n) {
      const d = text.charCodeAt(this.i);
      if (d !== LF && d !== CR) break;
      this.store("");
      this.endRecord();
      this.line++;
      this.i += d === CR && text.charCodeAt(this.i + 1) === LF ? 2 : 1;
    }
  }

  /** Stores a field that is not typed in place: into its span column's others, its column, or the record. */
  private store(value: CsvCell): void {
    const span = this.toColumns ? this.spans[this.width] : undefined;
    if (span) span.other.set(this.records - 1, value);
    else if (this.toColumns) (this.columns[this.width] ??= [])[this.records - 1] = value;
    else this.fields[this.width] = value;
    this.width++;
  }

  private endRecord(): void {
    if (!this.toColumns) this.rows.push(this.fields.slice(0, this.width));
    if (this.records === 0) {
      this.headerWidth = this.width;
      if (this.byColumn) this.sizeColumns();
    }
    this.records++;
    this.width = 0;
    this.toColumns = this.byColumn;
  }

  /** The header's columns are sized once from the line count: no copying of million-entry arrays as they grow. */
  private sizeColumns(): void {
    const capacity = linesFrom(this.text, this.i);
    for (let c = 0; c < this.width; c++) {
      this.columns[c] = new Array<CsvCell>(capacity);
      if (this.codes[c] === SPAN)
        this.spans[c] = { start: new Int32Array(capacity).fill(-1), end: new Int32Array(capacity), other: new Map() };
    }
  }

  /** Quoted field: runs to the next quote not followed by another quote. */
  private quotedField(): void {
    const { text, n, delimiter } = this;
    const startLine = this.line;
    let value = "";
    let from = this.i + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0)
        throw new CsvFormatError(
          startLine,
          `a quoted field opened on line ${startLine} is never closed: close it (or remove the stray quote)`,
        );
      const chunk = text.slice(from, q);
      for (let p = chunk.indexOf("\n"); p >= 0; p = chunk.indexOf("\n", p + 1)) this.line++;
      value += chunk;
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += '"';
        from = q + 2;
      } else {
        this.i = q + 1;
        break;
      }
    }
    // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
    let end = this.i;
    while (end < n && !isBreak(text.charCodeAt(end), delimiter)) end++;
    if (end > this.i) value += text.slice(this.i, end);
    if (this.refuseRecordsInQuotes && (this.line > startLine || value.includes("\r")))
      refuseRunawayQuote(value, this.delimiterText, this.headerWidth, startLine, this.line);
    this.store(value);
    this.i = end;
  }

  /** An unquoted field: typed in place when its column is typed and it has the usual shape, else text or a span. */
  private unquotedField(): void {
    const { text, i } = this;
    const code = this.typed ? (this.codes[this.width] ?? NONE) : NONE;
    const column = this.toColumns ? (this.columns[this.width] ??= []) : this.fields;
    const at = this.toColumns ? this.records - 1 : this.width;
    // A typed field of the usual shape (ten characters of ISO date, a plain number, TRUE/FALSE) is read and its end
    // found in one pass.
    let end = code !== NONE && this.fusedTyping ? storeTypedRun(text, i, this.n, this.delimiter, code, column, at) : -1;
    if (end < 0) {
      end = this.fieldEnd();
      // Typed columns whose field has another shape: as before the fused pass, typed over the whole field.
      const stored =
        code !== NONE &&
        code !== SPAN &&
        end > i &&
        !this.fusedTyping &&
        storeTypedField(text, i, end, code, column, at);
      const span = code === SPAN && this.toColumns ? this.spans[this.width] : undefined;
      if (span !== undefined) spanField(span, at, i, end, this.line);
      else if (!stored) this.textField(column, at, end);
    }
    this.width++;
    this.i = end;
  }

  /**
   * Where an unquoted field ends: at the first delimiter or line break, found with indexOf (a vectorised search,
   * faster than a loop over charCodeAt), each position remembered until the scan has passed it.
   */
  private fieldEnd(): number {
    const i = this.i;
    if (this.nextDelimiter < i) this.nextDelimiter = this.nextOf(this.delimiterText, i);
    if (this.nextLf < i) this.nextLf = this.nextOf("\n", i);
    if (this.nextCr < i) this.nextCr = this.nextOf("\r", i);
    const { nextDelimiter, nextLf, nextCr } = this;
    return nextDelimiter < nextLf
      ? nextDelimiter < nextCr
        ? nextDelimiter
        : nextCr
      : nextLf < nextCr
        ? nextLf
        : nextCr;
  }

  private nextOf(what: string, from: number): number {
    const at = this.text.indexOf(what, from);
    return at < 0 ? this.n : at;
  }

  /**
   * The field's text. The same text as the field above (a customer id down a ledger sorted by customer, a currency
   * code) is the same string: one string per run of repeats instead of one per row. Lengths, then last characters
   * first: ids that differ (invoice numbers) differ there, without a call.
   */
  private textField(column: CsvCell[], at: number, end: number): void {
    const { text, i, width } = this;
    const previous = this.lastText[width];
    const same =
      previous !== undefined &&
      previous.length === end - i &&
      (end === i || previous.charCodeAt(end - i - 1) === text.charCodeAt(end - 1)) &&
      text.startsWith(previous, i);
    column[at] = same ? previous : (this.lastText[width] = text.slice(i, end));
  }
}

/** Where a span column's field is, not what it says: no string. (Sized by linesFrom, which counts every break.) */
function spanField(span: SpanColumn, at: number, from: number, to: number, line: number): void {
  if (at >= span.start.length) throw new RangeError(`CSV line ${line}: more records than line breaks`);
  span.start[at] = from;
  span.end[at] = to;
}

/** True when a typed field ending at `after` ends there: at the text's end, a delimiter or a line break. */
function endsAt(text: string, after: number, n: number, delimiter: number): boolean {
  return after <= n && (after === n || isBreak(text.charCodeAt(after), delimiter));
}

/**
 * The fused sink: a typed field of the usual shape at `i` (ten characters of ISO date, a plain number, TRUE/FALSE),
 * read and its end found in one pass, stored in `column[at]`. Returns its end, or −1 when the field has another
 * shape. Each kind of value is stored by its own statement, so a number reaches a column of numbers unboxed.
 */
function storeTypedRun(
  text: string,
  i: number,
  n: number,
  delimiter: number,
  code: number,
  column: CsvCell[],
  at: number,
): number {
  if (code === ISO_DATE) {
    const after = i + 10;
    if (!endsAt(text, after, n, delimiter)) return -1;
    const value = isoDaySerialAt(text, i);
    if (value !== value) return -1;
    column[at] = value;
    return after;
  }
  if (code === NUMBER) {
    const after = numberRunEnd(text, i, n);
    if (after <= i || !endsAt(text, after, n, delimiter)) return -1;
    const value = plainNumberAt(text, i, after);
    if (value !== value) return -1;
    column[at] = value;
    return after;
  }
  if (code === FLAG) {
    // TRUE ends four characters on, FALSE five.
    const after = (text.charCodeAt(i) & 0xffdf) === 70 ? i + 5 : i + 4;
    if (!endsAt(text, after, n, delimiter)) return -1;
    const value = flagAt(text, i, after);
    if (value === undefined) return -1;
    column[at] = value;
    return after;
  }
  return -1;
}

/** The whole-field sink: text[from, to) typed as its column's `code` into `column[at]`; false when it is not. */
function storeTypedField(text: string, from: number, to: number, code: number, column: CsvCell[], at: number): boolean {
  if (code === NUMBER) {
    const value = plainNumberAt(text, from, to);
    if (value !== value) return false;
    column[at] = value;
    return true;
  }
  if (code === ISO_DATE) {
    const value = to - from === 10 ? isoDaySerialAt(text, from) : NaN;
    if (value !== value) return false;
    column[at] = value;
    return true;
  }
  const value = flagAt(text, from, to);
  if (value === undefined) return false;
  column[at] = value;
  return true;
}

/**
 * Stops at a quoted field that runs from `startLine` to `endLine` over lines shaped like records: reading it as one
 * field would make those records disappear from the review without a word.
 * @throws CsvFormatError naming both lines and what to fix
 */
function refuseRunawayQuote(
  value: string,
  delimiter: string,
  headerWidth: number,
  startLine: number,
  endLine: number,
): void {
  const shaped = recordShapedLines(value, delimiter, headerWidth);
  if (shaped === 0) return;
  throw new CsvFormatError(
    startLine,
    `a quoted field opened on line ${startLine} closes only on line ${endLine}, and ${shaped} line(s) inside it look like whole records ` +
      `(as many separators as the header). A closing quote is probably missing on line ${startLine}: close it (or remove the stray quote), ` +
      "or no record between those lines would be read",
  );
}

/** Rows as CSV text with CRLF line ends (RFC 4180). */
export function formatCsv(rows: readonly (readonly CsvValue[])[], delimiter = ","): string {
  let out = "";
  for (const row of rows) out += row.map((v) => csvField(v, delimiter)).join(delimiter) + "\r\n";
  return out;
}
