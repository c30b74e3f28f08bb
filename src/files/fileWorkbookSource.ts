/** WorkbookSource over files: an .xlsx read with ExcelJS, or a folder of CSV files (customers.csv, invoices.csv, …). */
import { isAscii } from "node:buffer";
import { promises as fs } from "node:fs";
import { basename, extname, join } from "node:path";
import type { RawCell, RawColumns, RawTable, WorkbookSource } from "../workbook/ports";
import { columnKinds, CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, mapColumns, type TableSchema } from "../workbook/schema";
import { rowsFromColumns } from "../workbook/tableRows";
import { CsvFormatError, parseCsv, parseCsvColumns, type CsvColumnType } from "./csv";
import { tableFromGrid, UnreadableInputError, XlsxWorkbookSource } from "./xlsxWorkbookSource";

export { rawFromExcelJs, UnreadableInputError, XlsxWorkbookSource } from "./xlsxWorkbookSource";

const SCHEMAS: Readonly<Record<string, TableSchema>> = {
  [CUSTOMERS_SCHEMA.name]: CUSTOMERS_SCHEMA,
  [INVOICES_SCHEMA.name]: INVOICES_SCHEMA,
  [HISTORY_SCHEMA.name]: HISTORY_SCHEMA,
};

/**
 * Which columns the CSV reader may type while scanning, from the header line and the table's schema: plain numbers
 * in number columns, ISO days in date columns, invoice numbers as spans. The contract reads a typed cell exactly as it
 * reads the text.
 */
function csvColumnTypes(name: string, text: string): Map<number, CsvColumnType> | undefined {
  const schema = SCHEMAS[name];
  const end = text.indexOf("\n");
  if (!schema || end < 0) return undefined;
  const header = text.slice(0, end);
  if (header.includes('"')) return undefined; // quoted headers: read the slow, plain way
  const types = new Map<number, CsvColumnType>();
  const headers = parseCsv(header)[0] ?? [];
  for (const [column, kind] of columnKinds(schema, headers)) {
    if (kind === "number") types.set(column, "number");
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

/** The CSV file names a folder may hold for each contract table (compared case-insensitively). */
export const CSV_FILE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Customers: ["customers.csv"],
  Invoices: ["invoices.csv"],
  CreditPolicy: ["policy.csv", "creditpolicy.csv"],
  Scorecard: ["scorecard.csv"],
  ReviewHistory: ["reviewhistory.csv", "history.csv"],
};

/** A folder of CSV files, one per table (see CSV_FILE_NAMES); UTF-8, RFC 4180, header in the first line. */
export class CsvFolderSource implements WorkbookSource {
  private constructor(readonly folder: string, private readonly files: ReadonlyMap<string, string>) {}

  static async open(folder: string): Promise<CsvFolderSource> {
    const entries = await fs.readdir(folder);
    const files = new Map(entries.filter((f) => extname(f).toLowerCase() === ".csv").map((f) => [f.toLowerCase(), join(folder, f)]));
    return new CsvFolderSource(folder, files);
  }

  async readTable(name: string): Promise<RawTable | undefined> {
    const candidates = CSV_FILE_NAMES[name] ?? [`${name.toLowerCase()}.csv`];
    const path = candidates.map((c) => this.files.get(c)).find((p) => p !== undefined);
    if (!path) return undefined;
    let text: string;
    try {
      const bytes = await fs.readFile(path);
      // Pure ASCII (most exports) decodes as Latin-1, a plain copy, several times faster than UTF-8 decoding.
      text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
    } catch (error) {
      throw new UnreadableInputError(`${path} cannot be read (${(error as Error).message})`);
    }
    try {
      const columnTypes = csvColumnTypes(name, text);
      if (BY_COLUMN.has(name)) {
        const { header, columns, rowCount } = parseCsvColumns(text, { columnTypes });
        return new CsvColumnTable(name, basename(path), header.map(String), { rowCount, cells: columns });
      }
      return tableFromGrid(name, basename(path), parseCsv(text, { columnTypes }), 1);
    } catch (error) {
      // The parser knows the line, not the file: name it, or a folder of several CSVs leaves the user guessing.
      if (error instanceof CsvFormatError) throw new UnreadableInputError(`${path}: ${error.message}`);
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
  readonly firstDataRow = 2;
  declare readonly rows: readonly (readonly RawCell[])[];

  constructor(
    readonly name: string,
    readonly sheet: string,
    readonly headers: readonly string[],
    readonly columns: RawColumns,
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
  private constructor(private readonly inner: WorkbookSource, readonly kind: "xlsx" | "csv") {}

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
