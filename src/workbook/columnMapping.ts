/**
 * When a table's headers do not match the contract (a ledger export calls the due date "Fällig" or "Net due"),
 * the user picks which of their columns holds each missing required column. The mapping renames headers as the
 * table is read; the user's sheet is never changed.
 */
import { valueError, type CreditError } from "../core/errors";
import type { RawTable, TextFileReading, WorkbookSource } from "./ports";
import { CUSTOMERS_SCHEMA, INVOICES_SCHEMA, mapColumns, type TableSchema } from "./schema";
import { separatorName } from "./textFileReading";

/** Required columns a table lacks, and the headers it does have to choose from. */
export interface MissingColumns {
  readonly table: string;
  readonly sheet: string;
  /** Canonical headers of the required columns that no header matched. */
  readonly missing: readonly string[];
  /** The table's own headers (non-blank), as the user sees them. */
  readonly headers: readonly string[];
  /** How the table's CSV file was read, when it came from one: named in the error (see `columnMissingError`). */
  readonly textFile?: TextFileReading;
}

/** For each table: canonical header → the user's header that holds it. */
export type ColumnMappings = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The schemas whose required columns the review cannot do without. */
export const MAPPABLE_SCHEMAS: readonly TableSchema[] = [CUSTOMERS_SCHEMA, INVOICES_SCHEMA];

/** Required columns missing from a table, or undefined when every required column is there. */
export function missingColumns(table: RawTable, schema: TableSchema): MissingColumns | undefined {
  const { missing } = mapColumns(schema, table.headers);
  if (missing.length === 0) return undefined;
  return {
    table: schema.name,
    sheet: table.sheet,
    missing: missing.map((c) => c.header),
    headers: table.headers.map((h) => String(h ?? "").trim()).filter((h) => h !== ""),
    ...(table.textFile ? { textFile: table.textFile } : {}),
  };
}

/**
 * The error for a required column a table lacks. For a CSV file it also names how the file was read: a wrong
 * separator leaves one header holding all the others, which the user can only tell from the separator and encoding.
 * @example columnMissingError(invoices.textFile, { table: "Invoices", column: "Amount", headers: "Invoice ID;Amount" })
 */
export function columnMissingError(
  textFile: TextFileReading | undefined,
  params: { readonly table: string; readonly column: string; readonly headers: string },
): CreditError {
  if (!textFile) return valueError("errorColumnMissing", params);
  const { file, encoding, separator } = textFile;
  return valueError("errorColumnMissingInFile", { ...params, file, encoding, separator: separatorName(separator) });
}

/**
 * The table with the mapped headers renamed to their canonical names. A mapped header that is not in the table
 * is ignored (the review then reports the column as missing, naming it).
 * @example withMappedHeaders(invoices, { "Due Date": "Net due" }).headers // [..., "Due Date", ...]
 */
export function withMappedHeaders(table: RawTable, mapping: Readonly<Record<string, string>> | undefined): RawTable {
  if (!mapping) return table;
  const byUserHeader = new Map(Object.entries(mapping).map(([canonical, user]) => [user.trim(), canonical]));
  const headers = table.headers.map((h) => byUserHeader.get(String(h ?? "").trim()) ?? h);
  return { ...table, headers };
}

/** A source that applies the user's column mappings to the tables it reads. */
export class MappedWorkbookSource implements WorkbookSource {
  constructor(
    private readonly inner: WorkbookSource,
    private readonly mappings: ColumnMappings,
  ) {}

  async readTable(name: string): Promise<RawTable | undefined> {
    const table = await this.inner.readTable(name);
    return table && withMappedHeaders(table, this.mappings[name]);
  }
}
