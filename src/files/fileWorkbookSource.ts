/** WorkbookSource over files: an .xlsx read with ExcelJS, or a folder of CSV files (customers.csv, invoices.csv, …). */
import { promises as fs } from "node:fs";
import { basename, extname, join } from "node:path";
import { decimalMarkEvidence, readNumberIn, usesDecimalComma } from "../workbook/decimalComma";
import type { RawCell, RawColumns, RawTable, TextFileReading, WorkbookSource } from "../workbook/ports";
import {
  columnKinds,
  CUSTOMERS_SCHEMA,
  HISTORY_SCHEMA,
  INVOICES_SCHEMA,
  mapColumns,
  type TableSchema,
} from "../workbook/schema";
import { columnCells, rowsFromColumns } from "../workbook/tableRows";
import { CsvFormatError, parseCsv, parseCsvColumns, type CsvColumnType, type CsvReadOptions } from "./csv";
import { csvDialect } from "./csvDialect";
import { decodeCsv, type DecodedCsv } from "./csvEncoding";
import { tableFromGrid, UnreadableInputError, XlsxWorkbookSource } from "./xlsxWorkbookSource";

export { rawFromExcelJs, UnreadableInputError } from "./xlsxWorkbookSource";

const SCHEMAS: Readonly<Record<string, TableSchema>> = {
  [CUSTOMERS_SCHEMA.name]: CUSTOMERS_SCHEMA,
  [INVOICES_SCHEMA.name]: INVOICES_SCHEMA,
  [HISTORY_SCHEMA.name]: HISTORY_SCHEMA,
};

/**
 * Which columns the CSV reader may type while scanning, from the header line and the table's schema: ISO days in date
 * columns, flags, invoice numbers as spans, and plain numbers in number columns when fields are comma-separated (then
 * a comma is never a decimal mark). With another separator the numbers stay text until the file's decimal mark is
 * known (see `usesDecimalComma`): typed early, `2.500` would be 2.5 in a file where it means 2500.
 * The contract reads a typed cell exactly as it reads the text.
 */
function csvColumnTypes(
  schema: TableSchema | undefined,
  text: string,
  separator: string,
): Map<number, CsvColumnType> | undefined {
  const end = text.indexOf("\n");
  if (!schema || end < 0) return undefined;
  const header = text.slice(0, end);
  if (header.includes('"')) return undefined; // quoted headers: read the slow, plain way
  const types = new Map<number, CsvColumnType>();
  const headers = parseCsv(header, { delimiter: separator })[0] ?? [];
  for (const [column, kind] of columnKinds(schema, headers)) {
    if (kind === "number" && separator === ",") types.set(column, "number");
    else if (kind === "date") types.set(column, "isoDate");
    else if (kind === "flag") types.set(column, "flag");
  }
  // Invoice numbers are only checked for duplicates: kept as spans of the text, not a million strings (see TextSpans).
  if (schema === INVOICES_SCHEMA) {
    const id = mapColumns(INVOICES_SCHEMA, headers).map.id;
    if (id >= 0) types.set(id, "span");
  }
  return types;
}

/** How many of a header line's fields name a column of the schema: what tells the right separator from a wrong one. */
function knownHeaderCount(schema: TableSchema): (fields: readonly string[]) => number {
  return (fields) => Object.values<number>(mapColumns(schema, fields).map).filter((c) => c >= 0).length;
}

/** The columns of a table whose cells are numbers: by the schema, or every column of a table without one. */
function numberColumns(table: RawTable, schema: TableSchema | undefined): number[] {
  if (!schema) return table.headers.map((_, c) => c);
  return [...columnKinds(schema, table.headers)].filter(([, kind]) => kind === "number").map(([c]) => c);
}

/**
 * Whether a table read from text writes its numbers with a decimal comma, judged from its number columns' cells (every
 * column of a table without a schema: policy values, scorecard bins).
 */
function tableUsesDecimalComma(table: RawTable, schema: TableSchema | undefined, separator: string): boolean {
  if (separator === ",") return false;
  return usesDecimalComma(
    separator,
    decimalMarkEvidence(numberColumns(table, schema).map((c) => columnCells(table, c))),
  );
}

/**
 * Types the number columns of a table read by column once its decimal mark is known, as the scanner types them in a
 * comma-separated file: a cell that reads as a plain number becomes that number, so a million-row ledger takes the
 * contract's fast path; any other cell (`1.234,56`, `abc`) stays text for the contract to read and report. The
 * contract reads a plain number's text and the number alike.
 */
function typePlainNumbers(table: CsvColumnTable, schema: TableSchema | undefined, decimalComma: boolean): void {
  for (const c of numberColumns(table, schema)) {
    const cells = table.columns.cells[c];
    if (!Array.isArray(cells)) continue;
    for (let i = 0; i < cells.length; i++) {
      const cell: RawCell = cells[i];
      if (typeof cell !== "string") continue;
      const reading = readNumberIn(cell, decimalComma);
      if (reading.kind === "number") (cells as RawCell[])[i] = reading.value;
    }
  }
}

/**
 * One CSV file's text as the table `name`: its dialect found (separator, a `sep=` line), read by column or by row,
 * and how it was read recorded on the table (`textFile`).
 * @throws CsvFormatError for a quote that is never closed or closes only after whole records
 */
function csvTable(name: string, path: string, decoded: DecodedCsv): RawTable {
  const schema = SCHEMAS[name];
  const file = basename(path);
  const dialect = csvDialect(decoded.text, path, schema && knownHeaderCount(schema));
  const text = dialect.headerAt > 0 ? decoded.text.slice(dialect.headerAt) : decoded.text;
  const options: CsvReadOptions = {
    delimiter: dialect.separator,
    firstLine: dialect.headerLine,
    columnTypes: csvColumnTypes(schema, text, dialect.separator),
    refuseRecordsInQuotes: true,
  };
  const reading = (table: RawTable): TextFileReading => ({
    file,
    encoding: decoded.encoding,
    separator: dialect.separator,
    decimalComma: tableUsesDecimalComma(table, schema, dialect.separator),
  });
  if (BY_COLUMN.has(name)) {
    const { header, columns, rowCount } = parseCsvColumns(text, options);
    const table = new CsvColumnTable(
      name,
      file,
      header.map(String),
      { rowCount, cells: columns },
      dialect.headerLine + 1,
    );
    table.textFile = reading(table);
    if (dialect.separator !== ",") typePlainNumbers(table, schema, table.textFile.decimalComma);
    return table;
  }
  const table = tableFromGrid(name, file, parseCsv(text, options), dialect.headerLine);
  return { ...table, textFile: reading(table) };
}

/** The CSV file names a folder may hold for each contract table (compared case-insensitively). */
export const CSV_FILE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Customers: ["customers.csv"],
  Invoices: ["invoices.csv"],
  CreditPolicy: ["policy.csv", "creditpolicy.csv"],
  Scorecard: ["scorecard.csv"],
  ReviewHistory: ["reviewhistory.csv", "history.csv"],
};

/**
 * A folder of CSV files, one per table (see CSV_FILE_NAMES); header in the first line (or the second, after Excel's
 * `sep=` line). Encodings and separators are found per file (see `decodeCsv`, `csvDialect`).
 */
export class CsvFolderSource implements WorkbookSource {
  private constructor(
    readonly folder: string,
    private readonly files: ReadonlyMap<string, string>,
  ) {}

  static async open(folder: string): Promise<CsvFolderSource> {
    const entries = await fs.readdir(folder);
    const files = new Map(
      entries.filter((f) => extname(f).toLowerCase() === ".csv").map((f) => [f.toLowerCase(), join(folder, f)]),
    );
    return new CsvFolderSource(folder, files);
  }

  async readTable(name: string): Promise<RawTable | undefined> {
    const candidates = CSV_FILE_NAMES[name] ?? [`${name.toLowerCase()}.csv`];
    const path = candidates.map((c) => this.files.get(c)).find((p) => p !== undefined);
    if (!path) return undefined;
    const decoded = decodeCsv(await readBytes(path), path);
    try {
      return csvTable(name, path, decoded);
    } catch (error) {
      // The parser knows the line, not the file: name it, or a folder of several CSVs leaves the user guessing.
      if (error instanceof CsvFormatError) {
        throw new UnreadableInputError(`${path} (read as ${decoded.encoding}): ${error.message}`);
      }
      throw error;
    }
  }
}

/** Tables read by column: the one that runs to a million rows, whose reader walks the columns (see `rowReader`). */
const BY_COLUMN: ReadonlySet<string> = new Set([INVOICES_SCHEMA.name]);

/**
 * A CSV table read by column; `rows` is built from the columns on first use, for readers that want rows. `rows` is an
 * own enumerable property (a lazy getter), so a copy made with `{ ...table }` still has its rows.
 */
class CsvColumnTable implements RawTable {
  declare readonly rows: readonly (readonly RawCell[])[];
  textFile?: TextFileReading;

  constructor(
    readonly name: string,
    readonly sheet: string,
    readonly headers: readonly string[],
    readonly columns: RawColumns,
    readonly firstDataRow: number,
  ) {
    let built: RawCell[][] | undefined;
    Object.defineProperty(this, "rows", { enumerable: true, get: () => (built ??= rowsFromColumns(columns)) });
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    throw new UnreadableInputError(`${path} cannot be read (${(error as Error).message})`);
  }
}

/**
 * The file host's WorkbookSource: a folder is read as CSV files, anything else as an .xlsx workbook.
 * @example const source = await FileWorkbookSource.open("assets/sample-portfolio.xlsx");
 */
export class FileWorkbookSource implements WorkbookSource {
  private constructor(
    private readonly inner: WorkbookSource,
    readonly kind: "xlsx" | "csv",
  ) {}

  /** @throws UnreadableInputError when the path does not exist or is not a workbook */
  static async open(path: string): Promise<FileWorkbookSource> {
    let stat;
    try {
      stat = await fs.stat(path);
    } catch {
      throw new UnreadableInputError(`${path} does not exist`);
    }
    return stat.isDirectory()
      ? new FileWorkbookSource(await CsvFolderSource.open(path), "csv")
      : new FileWorkbookSource(await XlsxWorkbookSource.fromBytes(await readBytes(path), path), "xlsx");
  }

  readTable(name: string): Promise<RawTable | undefined> {
    return this.inner.readTable(name);
  }
}
